import { withoutDeskTags } from '../desk-tags';
import { matchKey } from '../normalize';
import { parseStory } from '../parse';

const X = 'مصر تواصل جهودها في تقديم المساعدات الإنسانية لقطاع غزة';

describe('withoutDeskTags', () => {
  it.each([
    `بالفيديو.. ${X}`,
    `بالصور | ${X}`,
    `عاجل: ${X}`,
    `فيديو وصور.. ${X}`,
    `${X} - اليوم السابع`,
    `${X} (فيديو)`,
    `${X} | صور`,
    `بالفيديو.. ${X} (صور)`,
  ])('reads the headline under "%s"', (tagged) => {
    expect(withoutDeskTags(tagged)).toBe(X);
  });

  it('drops an English tag whatever its case', () => {
    expect(withoutDeskTags('Exclusive: Egypt and Jordan discuss Gaza')).toBe('Egypt and Jordan discuss Gaza');
    expect(withoutDeskTags('EXCLUSIVE - Egypt and Jordan discuss Gaza')).toBe('Egypt and Jordan discuss Gaza');
  });

  it.each([
    ['عاجل mid-headline', 'الحكومة تعلن قرارا عاجلا بشأن أسعار الخبز'],
    ['a tag word without its punctuation', 'عاجل الحكومة تعلن قرارا بشأن الخبز'],
    ['a dash suffix that is not an outlet', 'مصر والأردن - شراكة استراتيجية'],
    ['a headline that is only a tag', 'بالفيديو..'],
  ])('keeps %s', (_, headline) => {
    expect(withoutDeskTags(headline)).toBe(headline);
  });
});

describe('desk tags in a related list', () => {
  it('keeps the headline as printed and matches on it without the tag', () => {
    const [related] = parseStory(`العنوان\nفقرة.\nاقرأ أيضاً\nبالفيديو.. ${X}`).related;
    expect(related.headline).toBe(`بالفيديو.. ${X}`);
    expect(related.matchKey).toBe(matchKey(X));
  });
});
