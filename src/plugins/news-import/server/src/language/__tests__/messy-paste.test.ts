/**
 * Whole pastes as desks really send them: a web page, an agency wire, a correspondent's file.
 * Each shape comes with a near miss that must be left alone.
 */
import { parseStory } from '../parse';

const story = (...lines: string[]) => lines.join('\n');
const TITLE = 'وزير الخارجية يبحث مع نظيره الأردني تطورات الأوضاع في غزة';
const P2 = 'وأكد الوزيران ضرورة الوقف الفوري لإطلاق النار وإدخال المساعدات الإنسانية دون عوائق.';
const H1 = 'مصر تواصل جهودها فى تقديم المساعدات الإنسانية لقطاع غزة';
const H2 = 'شكري ووزيرة خارجية جنوب افريقيا يبحثان تعزيز العلاقات الثنائية';
const H3 = 'هل تنجح المفاوضات في وقف إطلاق النار؟';
const headlines = (text: string) => parseStory(text).related.map((related) => related.headline);

describe('a story copied from a web page', () => {
  const page = story(
    'الرئيسية > أخبار مصر > سياسة',
    'الثلاثاء، 14 نوفمبر 2023 03:15 م',
    TITLE,
    'وزير الخارجية خلال اللقاء',
    'وزير الخارجية خلال اللقاء',
    'كتب: أحمد علي',
    'مشاركة',
    'القاهرة (أ ش أ) - التقى وزير الخارجية اليوم نظيره الأردني.',
    'اقرأ أيضاً:',
    H1,
    H2,
    P2,
    'المصدر: أ ش أ',
    'اضف تعليقاً واقرأ تعليقات القراء',
    'الأكثر قراءة',
    'الأهلي يفوز على الزمالك في القمة',
    'ارتفاع أسعار الذهب اليوم',
    'العودة للأعلى',
    '© 2023 جميع الحقوق محفوظة'
  );
  const parsed = parseStory(page);

  it('takes the headline for the title, never the breadcrumb or the date', () => {
    expect(parsed.title).toBe(TITLE);
  });

  it('keeps only the story in the body, the dateline read off the first paragraph', () => {
    expect(parsed.paragraphs).toEqual(['التقى وزير الخارجية اليوم نظيره الأردني.', P2]);
    expect(parsed).toMatchObject({ byline: 'أحمد علي', dateline: 'القاهرة', agency: 'أ ش أ' });
  });

  it('does not make the "most read" headlines related links', () => {
    expect(headlines(page)).toEqual([H1, H2]);
  });

  it('lists what it removed, and says so in one warning', () => {
    expect(parsed.removed.map((line) => line.kind)).toEqual([
      'breadcrumb',
      'date',
      'caption',
      'caption',
      'share',
      'source',
      'share',
      'widget',
      'widget',
      'widget',
      'back-to-top',
      'copyright',
    ]);
    const debris = parsed.warnings.filter((warning) => warning.code === 'removed-debris');
    expect(debris).toHaveLength(1);
    expect(debris[0].message).toContain('Removed 12 lines of web-page debris');
    expect(debris[0].message).toContain('breadcrumb "الرئيسية > أخبار مصر > سياسة"');
    expect(debris[0].message).toContain('"most read" block (3 lines)');
  });
});

describe('an English agency wire', () => {
  const wire = story(
    'Egypt and Jordan discuss the situation in Gaza',
    'By Jane Doe and John Roe',
    'Updated 3:15 PM GMT, November 14, 2023',
    'CAIRO (Reuters) - The foreign ministers met in Cairo on Sunday.',
    'By late afternoon, both ministers had called for an immediate ceasefire.',
    'RELATED COVERAGE',
    'U.S. and Egypt discuss Gaza truce',
    'Aid trucks cross the Rafah crossing',
    '(Reporting by Jane Doe; Editing by John Roe)',
    'Our Standards: The Thomson Reuters Trust Principles.',
    'Share this article'
  );
  const parsed = parseStory(wire);

  it('fills byline, dateline and agency and keeps "By late …" in the body', () => {
    expect(parsed).toMatchObject({ byline: 'Jane Doe and John Roe', dateline: 'CAIRO', agency: 'Reuters' });
    expect(parsed.paragraphs).toEqual([
      'The foreign ministers met in Cairo on Sunday.',
      'By late afternoon, both ministers had called for an immediate ceasefire.',
    ]);
  });

  it('ends a list at the end of the story at the debris that follows it', () => {
    expect(headlines(wire)).toEqual(['U.S. and Egypt discuss Gaza truce', 'Aid trucks cross the Rafah crossing']);
    expect(parsed.removed.map((line) => line.kind)).toEqual(['date', 'credit', 'share', 'share']);
  });
});

describe('lists', () => {
  it.each(['المزيد:', 'طالع أيضا', 'Related:', 'Read more:', 'RELATED COVERAGE', 'related coverage'])(
    'opens a list at "%s"',
    (marker) => {
      expect(headlines(story(TITLE, 'فقرة أولى من الخبر.', marker, H1, 'فقرة ثانية من الخبر.'))).toEqual([H1]);
    }
  );

  it('runs positions on across two lists in one story', () => {
    const parsed = parseStory(story(TITLE, 'فقرة أولى.', 'اقرأ أيضاً', H1, 'فقرة ثانية.', 'طالع أيضا:', H2, H3));
    expect(parsed.related.map(({ headline, position }) => [position, headline])).toEqual([
      [1, H1],
      [2, H2],
      [3, H3],
    ]);
  });

  it('ends a trailing list at a date line, not only at prose', () => {
    const parsed = parseStory(story(TITLE, 'فقرة.', 'اقرأ أيضاً', H1, '14/11/2023 - 3:15 PM', 'مشاركة'));
    expect(parsed.related.map((related) => related.headline)).toEqual([H1]);
    expect(parsed.paragraphs).toEqual(['فقرة.']);
  });

  it('keeps a list item that holds عاجل mid-headline', () => {
    const headline = 'الحكومة تعلن قرارا عاجلا بشأن أسعار الخبز';
    expect(headlines(story(TITLE, 'فقرة.', 'اقرأ أيضاً', headline))).toEqual([headline]);
  });
});

describe('near misses stay in the body', () => {
  it('keeps a paragraph that starts with a city and a dash', () => {
    const paragraph = 'القاهرة - شهدت العاصمة اليوم أمطارا غزيرة أدت إلى توقف حركة المرور.';
    const parsed = parseStory(story(TITLE, paragraph));
    expect(parsed.paragraphs).toEqual([paragraph]);
    expect(parsed.dateline).toBeNull();
  });

  it('keeps a short one-sentence paragraph and paragraphs that mention بمشاركة or a date', () => {
    const lines = [
      'مشاركة واسعة في الانتخابات.',
      'انطلقت فعاليات المؤتمر بمشاركة 30 دولة.',
      'وقعت الحادثة يوم الثلاثاء 14 نوفمبر 2023.',
    ];
    const parsed = parseStory(story(TITLE, ...lines));
    expect(parsed.paragraphs).toEqual(lines);
    expect(parsed.removed).toEqual([]);
    expect(parsed.warnings).toEqual([]);
  });

  it('keeps a byline-shaped line that is the first paragraph of prose', () => {
    const paragraph = 'كتب الرئيس رسالة إلى نظيره الأمريكي';
    expect(parseStory(story(TITLE, paragraph)).paragraphs).toEqual([paragraph]);
  });

  it('takes no byline after the body has started', () => {
    const parsed = parseStory(story(TITLE, 'فقرة أولى.', 'كتب: أحمد علي'));
    expect(parsed.byline).toBeNull();
    expect(parsed.paragraphs).toEqual(['فقرة أولى.', 'كتب: أحمد علي']);
  });

  it('warns about an agency the list does not know, and still takes it', () => {
    const parsed = parseStory(story(TITLE, 'الخرطوم (وكالة النيل) - قال المتحدث إن الوضع مستقر.'));
    expect(parsed).toMatchObject({ dateline: 'الخرطوم', agency: 'وكالة النيل' });
    expect(parsed.warnings.map((warning) => warning.code)).toEqual(['unknown-agency']);
  });

  it('takes the agency from a closing source line when there is no dateline', () => {
    expect(parseStory(story(TITLE, 'فقرة.', 'المصدر: رويترز')).agency).toBe('رويترز');
  });
});
