/**
 * Properties of `parseStory` over generated input. Arbitrary Unicode rarely forms a marker or a
 * headline list, so a second generator builds story-like text from Arabic words, marker spellings,
 * bullets and numbering, with mixed line ends and stray spaces.
 */
import fc from 'fast-check';
import { markerOf } from '../markers';
import { matchKey } from '../normalize';
import { looksLikeHeadline, parseStory } from '../parse';
import { canonicalText, splitLines } from '../segment';
import type { ParsedStory } from '../types';

const WORDS = [
  'السيسي',
  'يستقبل',
  'وزير',
  'الخارجية',
  'الأمريكي',
  'غزة',
  'فى',
  'في',
  'مصر',
  'تواصل',
  'جهودها',
  'المساعدات',
  'الإنسانية',
  'عبدالفتاح',
  'أيضاً',
  'اقرأ',
  'ذات',
  'صلة',
  '5',
  '١٠',
  'شهيدا',
  'Gaza',
  'Read',
  'also',
];
const MARKERS = [
  'اقرأ أيضاً',
  'إقرأ أيضًا:',
  'اقرا ايضا',
  'ذات صلة',
  'أخبار ذات صلة',
  'Read also:',
  'RELATED',
  'اقرأ أيضاً: ',
];
const BULLETS = ['', '', '- ', '• ', '* ', '1. ', '2) ', '(3) ', '١- ', '— '];
const ENDINGS = ['', '', '.', '؟', '!', '…', '،', ':'];
const BREAKS = ['\n', '\n', '\r\n', '\r', '\n\n', '\u2028'];
const SPACES = ['', '', ' ', '\t', '\u00A0', '  '];

const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 30 }).map((list) => list.join(' '));
const line = fc.oneof(
  fc.tuple(words, fc.constantFrom(...ENDINGS)).map(([text, end]) => text + end),
  fc.tuple(fc.constantFrom(...BULLETS), words).map(([bullet, text]) => bullet + text),
  fc.tuple(fc.constantFrom(...MARKERS), fc.option(words, { nil: '' })).map(([marker, rest]) => marker + rest),
  fc.constantFrom('', '   ', '***', '—', '؟')
);
const storyText = fc
  .array(fc.tuple(fc.constantFrom(...SPACES), line, fc.constantFrom(...SPACES), fc.constantFrom(...BREAKS)), {
    maxLength: 25,
  })
  .map((parts) => parts.map(([before, text, after, lineBreak]) => before + text + after + lineBreak).join(''));

const anyText = fc.oneof(fc.fullUnicodeString(), fc.string16bits(), storyText);

/** The text with CRLF line ends, trailing spaces/tabs on its lines and extra blank lines. */
const messedUp = (text: string, trailing: string[], blankEvery: number): string =>
  text
    .split('\n')
    .map((line, index) => line + trailing[index % trailing.length] + (index % blankEvery === 0 ? '\n \t' : ''))
    .join('\r\n');

const isSubsequence = (items: readonly string[], of: readonly string[]): boolean => {
  let at = 0;
  for (const item of items) {
    at = of.indexOf(item, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
};

const wellFormed = (parsed: ParsedStory): void => {
  parsed.related.forEach((related, index) => {
    expect(related.position).toBe(index + 1);
    expect(related.matchKey).toBe(matchKey(related.headline));
    expect(related.matchKey).not.toBe('');
  });
  expect(new Set(parsed.related.map((related) => related.matchKey)).size).toBe(parsed.related.length);
  if (parsed.title === null) expect(parsed).toMatchObject({ paragraphs: [], related: [] });
  for (const warning of parsed.warnings) expect(warning.message.length).toBeGreaterThan(0);
};

describe('parseStory properties', () => {
  it('never throws on arbitrary Unicode strings and always returns a well-formed story', () => {
    fc.assert(
      fc.property(fc.oneof(fc.fullUnicodeString(), fc.string16bits()), (text) => wellFormed(parseStory(text))),
      { numRuns: 1000 }
    );
  });

  it('never throws on story-like text mixing Arabic words, markers, bullets, CR/LF and spaces', () => {
    fc.assert(
      fc.property(storyText, (text) => wellFormed(parseStory(text))),
      { numRuns: 1000 }
    );
  });

  it('finds a related list in generated text that has a marker followed by a headline', () => {
    const withList = fc
      .tuple(storyText, fc.constantFrom(...MARKERS), fc.constantFrom(...BULLETS), words)
      // The generated words can themselves form a marker (`اقرأ أيضاً`) or run too long for a
      // headline; a number alone is no headline either (`١- ١٠` reads as a range, not an item).
      .filter(([, , , headline]) => looksLikeHeadline(headline) && markerOf(headline) === null && /\p{L}/u.test(headline))
      .map(
        ([before, marker, bullet, headline]) =>
          `عنوان الخبر\n${before}\n${marker.replace(/:\s*$/, '')}\n${bullet}${headline}`
      );
    fc.assert(fc.property(withList, (text) => expect(parseStory(text).related.length).toBeGreaterThan(0)));
  });

  it('gives the same result under CRLF line ends, trailing spaces/tabs and extra blank lines', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.array(fc.constantFrom(' ', '\t', ' \t ', '\u00A0', ''), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 4 }),
        (text, trailing, blankEvery) => {
          expect(parseStory(messedUp(text, trailing, blankEvery))).toEqual(parseStory(text));
        }
      ),
      { numRuns: 1000 }
    );
  });

  it('returns the text as printed: title and paragraphs are source lines in order, headlines end source lines', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const lines = splitLines(text);
        const parsed = parseStory(text);
        if (parsed.title !== null) expect(lines).toContain(parsed.title);
        expect(isSubsequence(parsed.paragraphs, lines)).toBe(true);
        for (const { headline } of parsed.related) {
          expect(lines.some((source) => source.endsWith(headline))).toBe(true);
        }
      }),
      { numRuns: 1000 }
    );
  });

  it('keeps the canonical text stable: canonicalizing twice changes nothing', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const canonical = canonicalText(text);
        expect(canonicalText(canonical)).toBe(canonical);
        expect(parseStory(canonical)).toEqual(parseStory(text));
      }),
      { numRuns: 1000 }
    );
  });
});
