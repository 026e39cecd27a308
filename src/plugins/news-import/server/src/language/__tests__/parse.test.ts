import { readFileSync } from 'fs';
import { join } from 'path';
import { matchKey } from '../normalize';
import { looksLikeHeadline, parseStory, stripListMarker } from '../parse';

const SEED = readFileSync(join(__dirname, '../../../../../../../database/seed/stories/seed-article.ar.txt'), 'utf8');
const seedLines = SEED.split('\n').map((line) => line.trim());
/** Line `n` of the seed file, 1-based as an editor would count it. */
const seedLine = (n: number) => seedLines[n - 1];

const TITLE = 'وزير الخارجية يبحث مع نظيره الأردني تطورات الأوضاع في غزة';
const P1 = 'التقى وزير الخارجية اليوم نظيره الأردني في القاهرة، وبحث الجانبان آخر تطورات الأوضاع في قطاع غزة.';
const P2 = 'وأكد الوزيران ضرورة الوقف الفوري لإطلاق النار وإدخال المساعدات الإنسانية دون عوائق.';
const P3 = 'واتفق الجانبان على مواصلة التنسيق خلال الفترة المقبلة.';
const H1 = 'مصر تواصل جهودها فى تقديم المساعدات الإنسانية لقطاع غزة';
const H2 = 'شكري ووزيرة خارجية جنوب افريقيا يبحثان تعزيز العلاقات الثنائية';
const H3 = 'هل تنجح المفاوضات في وقف إطلاق النار؟';
const story = (...lines: string[]) => lines.join('\n');
const headlines = (text: string) => parseStory(text).related.map((related) => related.headline);
const codes = (text: string) => parseStory(text).warnings.map((warning) => warning.code);

describe('parseStory on the seed story', () => {
  const parsed = parseStory(SEED);

  it('parses the seed story: title, 9 paragraphs, 11 related headlines in source order', () => {
    expect(parsed.title).toBe(seedLine(1));
    expect(parsed.paragraphs).toEqual([4, 5, 6, 7, 21, 22, 23, 24, 25].map(seedLine));
    expect(parsed.related.map((related) => related.headline)).toEqual(
      [9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20].map(seedLine)
    );
  });

  it('numbers the seed headlines 1..11 after the duplicate is removed and carries their match keys', () => {
    expect(parsed.related.map((related) => related.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const related of parsed.related) expect(related.matchKey).toBe(matchKey(related.headline));
  });

  it('keeps the number that starts the seed headline "5 مجازر ..."', () => {
    expect(parsed.related[4].headline).toBe('5 مجازر إسرائيلية جديدة فى غزة تسفر عن 70 شهيدا و150 مصابا');
  });

  it('warns once about the repeated seed headline, naming it', () => {
    expect(parsed.warnings).toEqual([
      {
        code: 'duplicate-headline',
        message: `The related headline "${seedLine(16)}" appears twice; it was kept once.`,
      },
    ]);
  });

  it('keeps neither the marker nor any headline among the paragraphs', () => {
    expect(parsed.paragraphs).not.toContain(seedLine(8));
    for (const related of parsed.related) expect(parsed.paragraphs).not.toContain(related.headline);
  });

  it('parses the seed the same with CRLF line ends, a BOM and trailing spaces', () => {
    const messy = `\uFEFF${SEED.split('\n')
      .map((line) => `${line}  \t`)
      .join('\r\n')}`;
    expect(parseStory(messy)).toEqual(parsed);
  });
});

describe('parseStory: title and paragraphs', () => {
  it('takes the first non-empty line as the title, as printed', () => {
    const parsed = parseStory(story('', '   ', `  ${TITLE}  `, '', P1, '', '', P2));
    expect(parsed.title).toBe(TITLE);
    expect(parsed.paragraphs).toEqual([P1, P2]);
    expect(parsed.warnings).toEqual([]);
  });

  it('parses a story without a list: every line after the title is a paragraph', () => {
    expect(parseStory(story(TITLE, P1, H1, P2))).toEqual({
      title: TITLE,
      paragraphs: [P1, H1, P2],
      related: [],
      byline: null,
      dateline: null,
      agency: null,
      removed: [],
      warnings: [],
    });
  });

  it('gives no title for text without a letter or digit (spaces, punctuation, tatweel)', () => {
    for (const text of ['', '   \n\t\n', '... ، ؟ !\n***\n—', 'ـــــ']) {
      const parsed = parseStory(text);
      expect(parsed).toMatchObject({ title: null, paragraphs: [], related: [] });
      expect(parsed.warnings.map((warning) => warning.code)).toEqual(['no-paragraphs']);
    }
  });

  it('skips decoration lines without words before the title', () => {
    expect(parseStory(story('***', TITLE, P1))).toMatchObject({ title: TITLE, paragraphs: [P1] });
  });

  it('warns when the story has a title but no paragraphs', () => {
    const parsed = parseStory(TITLE);
    expect(parsed).toMatchObject({ title: TITLE, paragraphs: [], related: [] });
    expect(parsed.warnings).toEqual([
      { code: 'no-paragraphs', message: 'The story has a title but no body paragraphs.' },
    ]);
  });

  it('warns about a title longer than 255 characters and still returns it whole', () => {
    const long = `${TITLE} `.repeat(5).trim();
    expect(long.length).toBeGreaterThan(255);
    const parsed = parseStory(story(long, P1));
    expect(parsed.title).toBe(long);
    expect(parsed.warnings.map((warning) => warning.code)).toEqual(['title-too-long']);
    expect(parsed.warnings[0].message).toContain(String(long.length));
    expect(codes(story(TITLE.padEnd(255, 'ا'), P1))).toEqual([]);
  });
});

describe('parseStory: the related list', () => {
  it.each([
    'اقرأ أيضاً',
    'اقرأ أيضا:',
    'إقرأ أيضًا',
    'اقرا ايضا',
    'طالع أيضاً',
    'شاهد أيضاً',
    'اقرأ المزيد',
    'ذات صلة',
    'أخبار ذات صلة',
    'موضوعات ذات صلة',
    'مواضيع ذات صلة',
    'اقرأ كذلك',
    'Read also',
    'Read more',
    'Related:',
    'Related stories',
    'See also',
  ])('opens a list at the marker %j in the middle of the body', (marker) => {
    const parsed = parseStory(story(TITLE, P1, marker, H1, H2, P2));
    expect(parsed.paragraphs).toEqual([P1, P2]);
    expect(parsed.related).toEqual([
      { headline: H1, position: 1, matchKey: matchKey(H1) },
      { headline: H2, position: 2, matchKey: matchKey(H2) },
    ]);
    expect(parsed.warnings).toEqual([]);
  });

  it('takes the text after an inline marker colon as the first headline', () => {
    const parsed = parseStory(story(TITLE, P1, `اقرأ أيضاً: ${H1}`, H2, P2));
    expect(parsed.related.map((related) => related.headline)).toEqual([H1, H2]);
    expect(parsed.paragraphs).toEqual([P1, P2]);
  });

  it('keeps a sentence that merely contains a marker phrase as a paragraph', () => {
    const prose = ['وقال إن على القراء أن يقرأوا أيضاً التقرير.', 'اقرأ أيضا ما كتبه الزميل أمس عن القمة.'];
    const parsed = parseStory(story(TITLE, P1, ...prose, H1));
    expect(parsed.paragraphs).toEqual([P1, ...prose, H1]);
    expect(parsed.related).toEqual([]);
  });

  it('keeps "marker: <a full sentence>." as a paragraph, not as a list', () => {
    const line = 'اقرأ أيضاً: تقرير مفصل نشرناه أمس عن نتائج القمة.';
    expect(parseStory(story(TITLE, P1, line, H1))).toMatchObject({ paragraphs: [P1, line, H1], related: [] });
  });

  it('reads a list at the end of the text', () => {
    const parsed = parseStory(story(TITLE, P1, P2, 'اقرأ أيضاً', H1, H2, H3));
    expect(parsed.paragraphs).toEqual([P1, P2]);
    expect(parsed.related.map((related) => related.headline)).toEqual([H1, H2, H3]);
  });

  it('reads a list right after the title', () => {
    const parsed = parseStory(story(TITLE, 'ذات صلة', H1, H2, P1, P2));
    expect(parsed.related.map((related) => related.headline)).toEqual([H1, H2]);
    expect(parsed.paragraphs).toEqual([P1, P2]);
  });

  it('ends the list at the first line that reads like a paragraph; later short lines are body again', () => {
    const parsed = parseStory(story(TITLE, P1, 'اقرأ أيضاً', H1, P2, H2, P3));
    expect(parsed.related.map((related) => related.headline)).toEqual([H1]);
    expect(parsed.paragraphs).toEqual([P1, P2, H2, P3]);
  });

  it('lets a headline end in a question mark or a quote', () => {
    const quoted = 'الوزير: "لن نقبل بالتهجير"';
    expect(headlines(story(TITLE, P1, 'اقرأ أيضاً', H3, quoted, 'Will the truce hold?', P2))).toEqual([
      H3,
      quoted,
      'Will the truce hold?',
    ]);
  });

  it('strips bullets, dashes and numbering from headlines', () => {
    const markers = ['- ', '– ', '— ', '• ', '* ', '· ', '▪ ', '1. ', '2) ', '(3) ', '١- ', '٢) ', '4- ', '5 - ', '•'];
    const lines = markers.map((marker) => marker + H1);
    for (const line of lines) expect(headlines(story(TITLE, P1, 'اقرأ أيضاً', line, P2))).toEqual([H1]);
  });

  it('keeps a number that is part of the headline', () => {
    const numbered = [
      '5 مجازر إسرائيلية جديدة فى غزة تسفر عن 70 شهيدا',
      '1.5 مليون نازح في رفح',
      '١٠ آلاف طن من المساعدات تعبر معبر رفح',
    ];
    expect(headlines(story(TITLE, P1, 'اقرأ أيضاً', ...numbered, P2))).toEqual(numbered);
    expect(headlines(story(TITLE, P1, 'اقرأ أيضاً', `1. ${numbered[0]}`, P2))).toEqual([numbered[0]]);
  });

  it('keeps repeated headlines once, first position wins, one warning per repeated headline', () => {
    const spelledOtherwise = 'مصر تواصل جهودها في تقديم المساعدات الانسانية لقطاع غزة';
    const parsed = parseStory(story(TITLE, P1, 'اقرأ أيضاً', H1, H2, `- ${spelledOtherwise}`, H1, P2));
    expect(parsed.related).toEqual([
      { headline: H1, position: 1, matchKey: matchKey(H1) },
      { headline: H2, position: 2, matchKey: matchKey(H2) },
    ]);
    expect(parsed.warnings).toEqual([
      { code: 'duplicate-headline', message: `The related headline "${H1}" appears 3 times; it was kept once.` },
    ]);
  });

  it('merges several lists in order and says so', () => {
    const parsed = parseStory(story(TITLE, P1, 'اقرأ أيضاً', H1, P2, 'شاهد أيضاً', H2, H3, P3));
    expect(parsed.related.map((related) => [related.position, related.headline])).toEqual([
      [1, H1],
      [2, H2],
      [3, H3],
    ]);
    expect(parsed.paragraphs).toEqual([P1, P2, P3]);
    expect(parsed.warnings.map((warning) => warning.code)).toEqual(['several-related-lists']);
  });

  it('drops a marker with no headline after it and warns', () => {
    for (const text of [story(TITLE, P1, 'اقرأ أيضاً', P2), story(TITLE, P1, P2, 'اقرأ أيضاً:')]) {
      const parsed = parseStory(text);
      expect(parsed).toMatchObject({ paragraphs: [P1, P2], related: [] });
      expect(parsed.warnings.map((warning) => warning.code)).toEqual(['empty-related-list']);
    }
  });

  it('parses an English story with "Read also:"', () => {
    const text = story(
      'Egypt and Jordan discuss the situation in Gaza',
      'The foreign ministers met in Cairo on Sunday. They discussed the latest developments.',
      'Read also:',
      '- U.S. and Egypt discuss Gaza truce',
      '- Aid trucks cross the Rafah crossing',
      'Both ministers called for an immediate ceasefire.'
    );
    expect(parseStory(text)).toEqual({
      title: 'Egypt and Jordan discuss the situation in Gaza',
      paragraphs: [
        'The foreign ministers met in Cairo on Sunday. They discussed the latest developments.',
        'Both ministers called for an immediate ceasefire.',
      ],
      related: [
        { headline: 'U.S. and Egypt discuss Gaza truce', position: 1, matchKey: 'u s and egypt discuss gaza truce' },
        {
          headline: 'Aid trucks cross the Rafah crossing',
          position: 2,
          matchKey: 'aid trucks cross the rafah crossing',
        },
      ],
      byline: null,
      dateline: null,
      agency: null,
      removed: [],
      warnings: [],
    });
  });
});

describe('headline shape', () => {
  it('tells headlines from paragraphs', () => {
    for (const line of [H1, H2, H3, seedLine(13), seedLine(18), 'بعد 10 سنوات... الأهلي يعود']) {
      expect(looksLikeHeadline(line)).toBe(true);
    }
    for (const line of [
      P1,
      P2,
      seedLine(21),
      'قال الوزير!',
      'وأضاف المتحدث:',
      'قال: "لن نتراجع."',
      'وصل الوزير. ثم بدأ الاجتماع',
      'مصر، والأردن، والسعودية، والإمارات تبحث',
      'كلمة '.repeat(26).trim(),
    ]) {
      expect(looksLikeHeadline(line)).toBe(false);
    }
  });

  it('strips list markers only, never the words', () => {
    expect(stripListMarker('(12) السيسي يستقبل')).toBe('السيسي يستقبل');
    expect(stripListMarker('-5 درجات حرارة متوقعة')).toBe('-5 درجات حرارة متوقعة');
    expect(stripListMarker('2-0 فوز الأهلي')).toBe('2-0 فوز الأهلي');
    expect(stripListMarker('2024 عام الانتخابات')).toBe('2024 عام الانتخابات');
  });
});
