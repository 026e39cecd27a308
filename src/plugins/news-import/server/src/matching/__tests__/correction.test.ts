import { matchKey } from '../../language/normalize';
import {
  CORRECTION_MIN_BODY_SIMILARITY,
  correctionTarget,
  isCorrectionOf,
  leadSimilarity,
} from '../correction';

const story = (title: string, ...paragraphs: string[]) => ({ titleKey: matchKey(title), paragraphs });

const TITLE = 'وزير الخارجية يستقبل نظيره الأردني في القاهرة';
const ORIGINAL = story(
  TITLE,
  'استقبل وزير الخارجية سامح شكري اليوم الثلاثاء نظيره الأردني أيمن الصفدي في مقر الوزارة بالقاهرة، وبحث الجانبان تطورات الأوضاع في قطاع غزة وسبل إدخال المساعدات الإنسانية.',
  'وأكد الوزيران ضرورة الوقف الفوري لإطلاق النار وحماية المدنيين.'
);
// The desk fixed the day, a spelling, and added a clause.
const EDITED = story(
  'وزير الخارجية يستقبل نظيره الاردني فى القاهرة',
  'استقبل وزير الخارجية سامح شكري اليوم الأربعاء نظيره الأردني أيمن الصفدي في مقر الوزارة بالقاهرة، وبحث الجانبان تطورات الأوضاع في قطاع غزة وسبل إدخال المساعدات الإنسانية العاجلة.',
  'وأكد الوزيران ضرورة الوقف الفوري لإطلاق النار وحماية المدنيين، وتنسيق المواقف العربية.'
);
// The same two ministers, another visit: the same headline, another story.
const ANOTHER_VISIT = story(
  TITLE,
  'استقبل وزير الخارجية سامح شكري نظيره الأردني أيمن الصفدي، ووقع الجانبان اتفاقية للتعاون في مجالات الطاقة والنقل والربط الكهربائي بين البلدين.',
  'وتأتي الزيارة في إطار اجتماعات اللجنة العليا المشتركة التي تعقد كل عامين.'
);

describe('is a text a correction of a stored story?', () => {
  it('takes an edited version (a word fixed, a clause added) under the same headline as a correction', () => {
    const verdict = isCorrectionOf(EDITED, ORIGINAL);
    expect(verdict.correction).toBe(true);
    expect(verdict.headline).toBeGreaterThanOrEqual(0.99);
    expect(verdict.body).toBeGreaterThan(0.8);
  });

  it('does not take another story under the same headline as a correction', () => {
    const verdict = isCorrectionOf(ANOTHER_VISIT, ORIGINAL);
    expect(verdict).toMatchObject({ correction: false, headline: 1 });
    expect(verdict.body).toBeLessThan(CORRECTION_MIN_BODY_SIMILARITY);
  });

  it('does not compare bodies under a headline that would not even link', () => {
    const verdict = isCorrectionOf(story('وزير الري يتفقد مشروعات تبطين الترع في الفيوم', ...ORIGINAL.paragraphs), ORIGINAL);
    expect(verdict).toEqual({ correction: false, headline: expect.any(Number), body: 0 });
    expect(verdict.headline).toBeLessThan(0.85);
  });

  it('accepts a headline with one word added when the lead is the same story', () => {
    const verdict = isCorrectionOf(story(`${TITLE} اليوم`, ...EDITED.paragraphs), ORIGINAL);
    expect(verdict.correction).toBe(true);
  });

  it('never takes a story without body words as a correction', () => {
    expect(isCorrectionOf(story(TITLE), story(TITLE)).correction).toBe(false);
    expect(leadSimilarity([], ORIGINAL.paragraphs)).toBe(0);
  });

  it('scores the worked numbers of the rule: 18 of 20 and 26 words, and 6 of 20 and 22', () => {
    const words = Array.from({ length: 40 }, (_, i) => `كلمة${String.fromCharCode(0x628 + (i % 20))}${'ب'.repeat(Math.floor(i / 20) + 1)}`);
    const lead = words.slice(0, 20);
    const edited = [...lead.slice(0, 18), ...words.slice(20, 28)];
    expect(leadSimilarity([lead.join(' ')], [edited.join(' ')])).toBeCloseTo((2 * 18) / 46, 5);
    const other = [...lead.slice(0, 6), ...words.slice(24, 40)];
    expect(leadSimilarity([lead.join(' ')], [other.join(' ')])).toBeCloseTo((2 * 6) / 42, 5);
  });

  it('reads only the first paragraphs: a long appended background does not count', () => {
    const background = Array.from({ length: 5 }, (_, i) => `خلفية رقم ${i} عن العلاقات الثنائية والتاريخ المشترك والاتفاقيات السابقة منذ عقود`);
    expect(isCorrectionOf(story(TITLE, ...ORIGINAL.paragraphs, 'فقرة ثالثة قصيرة.', ...background), ORIGINAL).correction).toBe(true);
  });
});

describe('which stored story a text corrects', () => {
  it('picks the candidate whose headline and lead fit, not the other story under the same headline', () => {
    const found = correctionTarget(EDITED, [
      { documentId: 'other', ...ANOTHER_VISIT },
      { documentId: 'original', ...ORIGINAL },
    ]);
    expect(found?.documentId).toBe('original');
  });

  it('finds none among stories that are not this one', () => {
    expect(correctionTarget(EDITED, [{ documentId: 'other', ...ANOTHER_VISIT }])).toBeNull();
    expect(correctionTarget(EDITED, [])).toBeNull();
  });
});
