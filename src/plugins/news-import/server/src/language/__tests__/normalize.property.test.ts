import fc from 'fast-check';
import { computeKey, foldPlain, isPlainText, keyCertainlyLongerThan, keyTokens, matchKey } from '../normalize';

// Arabic letters, harakat, tatweel, hamza forms, presentation forms, both digit systems, format
// characters and punctuation: the alphabet where the folds in `matchKey` interact.
const arabicChar = fc
  .oneof(
    fc.integer({ min: 0x0600, max: 0x06ff }),
    fc.integer({ min: 0xfb50, max: 0xfdff }),
    fc.integer({ min: 0xfe70, max: 0xfeff }),
    fc.integer({ min: 0x200b, max: 0x200f }),
    fc.constantFrom(0x20, 0x2e, 0x3a, 0x22, 0xab, 0xbb, 0x61f, 0x60c, 0x640, 0x31, 0x130, 0x3a3)
  )
  .map((code) => String.fromCodePoint(code));
const arabicText = fc.array(arabicChar, { maxLength: 40 }).map((chars) => chars.join(''));
const anyText = fc.oneof(fc.fullUnicodeString(), fc.string16bits(), arabicText);

describe('matchKey properties', () => {
  it('is idempotent: matchKey(matchKey(x)) === matchKey(x)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const key = matchKey(text);
        expect(matchKey(key)).toBe(key);
      }),
      { numRuns: 5000 }
    );
  });

  it('gives keys of single-space-separated words with no spaces at the ends', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const key = matchKey(text);
        expect(key).toBe(key.trim());
        expect(key).not.toContain('  ');
        expect(keyTokens(key).every((token) => token.length > 0)).toBe(true);
      }),
      { numRuns: 2000 }
    );
  });
});

describe('skipping NFKC for plain text', () => {
  const plainChar = fc.oneof(
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.integer({ min: 0x0621, max: 0x0652 }),
    fc.integer({ min: 0x0660, max: 0x0669 }),
    fc.constantFrom(0x09, 0x0a, 0x0d, 0x060c, 0x061b, 0x061f)
  );
  const harakat = /[\u064B-\u0652]/g;

  it('plain text is what NFKC gives, but for the order of harakat', () => {
    fc.assert(
      fc.property(fc.array(plainChar, { maxLength: 40 }), (codes) => {
        const text = String.fromCodePoint(...codes);
        expect(isPlainText(text)).toBe(true);
        expect(text.normalize('NFKC').replace(harakat, '')).toBe(text.replace(harakat, ''));
      }),
      { numRuns: 2000 }
    );
  });

  it('the one-pass fold gives what the chain of folds gives, and declines text that is not plain', () => {
    const words = fc.constantFrom('عبدالله', 'عبد الفتاح', 'عبدالفتاح', 'أمريكا', 'مسئول', 'فى', 'ABC', 'x9');
    const plainText = fc
      .array(fc.oneof(plainChar.map((code) => String.fromCodePoint(code)), words), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(plainText, (text) => {
        expect(foldPlain(text)).toBe(computeKey(text).normalize('NFKC'));
      }),
      { numRuns: 5000 }
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const folded = foldPlain(text);
        if (isPlainText(text)) expect(folded).toBe(computeKey(text).normalize('NFKC'));
        else expect(folded).toBeNull();
      }),
      { numRuns: 5000 }
    );
  });

  it('text NFKC changes is not plain', () => {
    for (const text of ['\uFEFB', 'ﻻ', '\u0627\u0654', '\u00A0', 'ﬁ', '٥\u0675']) expect(isPlainText(text)).toBe(false);
  });
});

describe('keyCertainlyLongerThan', () => {
  it('says "longer" only when the key is longer, and says it for plain text with more kept characters', () => {
    const plainText = fc
      .array(fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x0621, max: 0x0652 }), fc.constantFrom(0x0a, 0x060c, 0x0661)), {
        maxLength: 60,
      })
      .map((codes) => String.fromCodePoint(...codes));
    fc.assert(
      fc.property(fc.oneof(anyText, plainText), fc.integer({ min: 0, max: 30 }), (text, length) => {
        const key = matchKey(text);
        if (keyCertainlyLongerThan(text, length)) expect(key.length).toBeGreaterThan(length);
        // For plain text it is exact about the characters a key keeps (the spaces between words aside).
        if (isPlainText(text) && key.replace(/ /g, '').length > length) expect(keyCertainlyLongerThan(text, length)).toBe(true);
      }),
      { numRuns: 10000 }
    );
  });

  it('is unsure of what NFKC may change, and reads a long paragraph only as far as it needs', () => {
    expect(keyCertainlyLongerThan('ﷲ'.repeat(10), 3)).toBe(false); // the Allah ligature: NFKC decides
    expect(keyCertainlyLongerThan('اقرأ أيضاً', 20)).toBe(false);
    expect(keyCertainlyLongerThan(`${'كلمة '.repeat(50)}ﷲ`, 20)).toBe(true);
  });
});
