/**
 * Desk tags on "read also" headlines: `بالفيديو.. X`, `بالصور | X`, `عاجل: X`, `Exclusive: X`,
 * `X - اليوم السابع`, `X (فيديو)`, `X | صور`. The headline keeps what was printed; its match key is
 * made from the headline without them, so `بالفيديو.. X` links to the article titled `X`.
 *
 * A tag counts only at the very start or end and only with its punctuation (`..`, `|`, `:`, `-`,
 * brackets): `الحكومة تعلن قرارا عاجلا` and `عاجل الحكومة …` keep every word. The regexes are
 * anchored and run on a headline, which the parser caps at 200 characters.
 */

const PREFIX_TAGS = [
  'بالفيديو',
  'فيديو',
  'بالصور',
  'صور',
  'فيديو وصور',
  'بالفيديو والصور',
  'عاجل',
  'خاص',
  'حصري',
  'انفوجراف',
  'إنفوجراف',
  'exclusive',
  'breaking',
  'video',
  'watch',
  'photos',
];
// Outlet names desks append after a dash or bar; a bare dash-suffix can be part of the headline.
const SUFFIX_TAGS = [
  'فيديو',
  'صور',
  'فيديو وصور',
  'بالفيديو',
  'بالصور',
  'اليوم السابع',
  'بوابة الأهرام',
  'الأهرام',
  'المصري اليوم',
  'الشروق',
  'الوطن',
  'مصراوي',
  'video',
  'photos',
];

const alternatives = (tags: readonly string[]): string =>
  [...tags].sort((a, b) => b.length - a.length).join('|');

const PREFIX = new RegExp(`^(?:${alternatives(PREFIX_TAGS)})\\s*(?:\\.{2,}|…|[|:\\-–—])\\s*`, 'iu');
const SUFFIX = new RegExp(
  `\\s*(?:\\(\\s*(?:${alternatives(SUFFIX_TAGS)})\\s*\\)|\\s[|\\-–—]\\s*(?:${alternatives(SUFFIX_TAGS)}))$`,
  'iu'
);

/** The headline without its desk tags, for matching only; never stored or shown. */
export const withoutDeskTags = (headline: string): string => {
  const bare = headline.replace(PREFIX, '').replace(SUFFIX, '').trim();
  // A headline that is nothing but a tag keeps it: an empty key would match nothing anyway.
  return bare === '' ? headline : bare;
};
