/**
 * Match keys: the form of a text that matching compares, never the form that is stored or shown.
 *
 * Arabic news copy spells the same words several ways (`فى`/`في`, `أمريكا`/`امريكا`,
 * `عبدالفتاح`/`عبد الفتاح`, `مسئول`/`مسؤول`), decorates them (harakat, tatweel, quotes) and mixes
 * digit systems. A match key folds all of that away so that equal keys mean "the same words".
 */
import { MAX_MATCH_WORD_LENGTH } from './limits';

// Invisible format characters (ZWNJ, ZWJ, RLM/LRM, BOM, Arabic letter mark): deleted, never a word break.
const FORMAT_CHARS = /[\p{Cf}]/gu;
// Harakat (U+064B–U+0652), superscript alef (U+0670), Quranic marks, tatweel (U+0640).
const ARABIC_MARKS = /[\u0610-\u061A\u0640\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g; // آ أ إ ٱ and the wavy-hamza alefs
const ALEF_MAKSURA = /\u0649/g; // ى
const TEH_MARBUTA = /\u0629/g; // ة
// ؤ and ئ: `مسئول` and `مسؤول` are the same word, so both carriers fold to the bare hamza ء.
const HAMZA_CARRIERS = /[\u0624\u0626]/g;
const FARSI_YEH = /[\u06CC\u06D0]/g; // ی ې written for ي by Persian keyboards
const KEHEH = /\u06A9/g; // ک written for ك
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
// Everything that is neither a letter nor a digit: quotes, brackets, dashes, punctuation, symbols.
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
// `عبدالفتاح`, `عبدالله`: the compound is written with and without a space; keys use the spaced form.
const ABD_COMPOUND = /(^| )عبد(?=ال)/g;

const easternDigit = (digit: string): string => {
  const code = digit.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
};

// Text made of these characters only (ASCII, Arabic letters and harakat, Arabic punctuation and
// digits) is left as it is by NFKC, but for the order of harakat, which keys drop anyway: the
// costly normalization, most of a parse's time, is skipped for it.
const PLAIN = /^[\t\n\r\u0020-\u007E\u060C\u061B\u061F\u0621-\u0652\u0660-\u0669]*$/;

/** Whether NFKC would change `text` in anything but the order of its harakat. */
export const isPlainText = (text: string): boolean => PLAIN.test(text);

const nfkc = (text: string): string => (isPlainText(text) ? text : text.normalize('NFKC'));

/** The chain of folds a match key is made of; exported for the tests that compare `foldPlain` with it. */
export const computeKey = (text: string): string =>
  nfkc(text)
    .replace(FORMAT_CHARS, '')
    .replace(ARABIC_MARKS, '')
    .replace(ALEF_FORMS, '\u0627')
    .replace(ALEF_MAKSURA, '\u064A')
    .replace(TEH_MARBUTA, '\u0647')
    .replace(HAMZA_CARRIERS, '\u0621')
    .replace(FARSI_YEH, '\u064A')
    .replace(KEHEH, '\u0643')
    .replace(EASTERN_DIGITS, easternDigit)
    .toLowerCase()
    .replace(NOT_WORD, ' ')
    .trim()
    .replace(ABD_COMPOUND, '$1عبد ');

/**
 * `computeKey` for plain text (see `isPlainText`) in one pass over its characters, without a
 * string per fold: a parse asks for the keys of every line, and the chain of replacements was half
 * of its time. Null when the text is not plain; the chain then decides. Property-tested to give
 * what the chain gives (__tests__/normalize.property.test.ts).
 */
export const foldPlain = (text: string): string | null => {
  let key = '';
  // Characters kept as they are are copied by the run, a word at a time, not one by one.
  let run = -1;
  let gap = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    let folded = code;
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) folded = code + 0x20; // A-Z: lower case
      else if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39))) {
        if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return null;
        folded = -1; // a word break
      }
    } else if (code >= 0x0621 && code <= 0x0652) {
      if (code === 0x0640 || code >= 0x064b) folded = 0; // tatweel, harakat: dropped, no break
      else if (code === 0x0622 || code === 0x0623 || code === 0x0625) folded = 0x0627; // آ أ إ -> ا
      else if (code === 0x0649) folded = 0x064a; // ى -> ي
      else if (code === 0x0629) folded = 0x0647; // ة -> ه
      else if (code === 0x0624 || code === 0x0626) folded = 0x0621; // ؤ ئ -> ء
    } else if (code >= 0x0660 && code <= 0x0669) folded = code - (0x0660 - 0x30); // Arabic-Indic digits
    else if (code === 0x060c || code === 0x061b || code === 0x061f) folded = -1; // ، ؛ ؟
    else return null;

    if (folded === code && !gap) {
      if (run < 0) run = i;
      continue;
    }
    if (run >= 0) {
      key += text.slice(run, i);
      run = -1;
    }
    if (folded < 0) gap = true;
    else if (folded > 0) {
      if (gap && key !== '') key += ' ';
      gap = false;
      if (folded === code) run = i;
      else key += String.fromCharCode(folded);
    }
  }
  if (run >= 0) key += text.slice(run);
  return key.includes('عبدال') ? key.replace(ABD_COMPOUND, '$1عبد ') : key;
};

/**
 * Whether the match key of `text` is certainly longer than `length` characters, told without
 * computing it: true only for plain text (see `isPlainText`) with more than `length` characters
 * that its key keeps (letters but harakat and tatweel, digits; `foldPlain` maps each to one
 * character and only adds spaces); false when unsure. Stops after `length + 1` such characters, so
 * a paragraph is refused as a short phrase (a marker, a desk label) in constant time.
 */
export const keyCertainlyLongerThan = (text: string, length: number): boolean => {
  let kept = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) kept += 1;
      else if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return false;
    } else if ((code >= 0x0621 && code <= 0x063f) || (code >= 0x0641 && code <= 0x064a) || (code >= 0x0660 && code <= 0x0669)) kept += 1;
    else if (!((code >= 0x064b && code <= 0x0652) || code === 0x0640 || code === 0x060c || code === 0x061b || code === 0x061f)) return false;
    if (kept > length) return true;
  }
  return false;
};

// The parser asks for the key of one line several times (words? marker? debris? headline?), and
// Unicode normalization is most of a parse's time: the keys of recent texts are kept.
const RECENT_KEYS = 512;
const recentKeys = new Map<string, string>();

/** The match key of a text: see the file comment. Idempotent: `matchKey(matchKey(x)) === matchKey(x)`. */
export const matchKey = (text: string): string => {
  const known = recentKeys.get(text);
  if (known !== undefined) return known;
  if (recentKeys.size >= RECENT_KEYS) recentKeys.clear();
  // NFKC once more: lower-casing and the folds above can leave compatibility forms behind (a
  // plain text's key is plain: nothing is left).
  const key = foldPlain(text) ?? nfkc(computeKey(text));
  recentKeys.set(text, key);
  return key;
};

/** The words of a match key. */
export const keyTokens = (key: string): string[] => (key === '' ? [] : key.split(' '));

/** The words of a text, as match keys. */
export const tokensOf = (text: string): string[] => keyTokens(matchKey(text));

// Clitics Arabic writes onto the front of a word: conjunctions و ف, prepositions ب ل ك, the article ال.
const CLITIC_PREFIXES = ['وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];

/**
 * A key token and the forms it takes without its attached prefixes (`وبالجهود` -> `بالجهود`,
 * `الجهود`, `جهود`), longest first. A stripped form keeps at least `minLength` letters so that short
 * words (`بل`, `كل`) are not cut to nothing.
 */
export const prefixVariants = (token: string, minLength = 3): string[] => {
  const variants = [token];
  if (token.length > MAX_MATCH_WORD_LENGTH) return variants;
  const queue = [token];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const prefix of CLITIC_PREFIXES) {
      if (!current.startsWith(prefix)) continue;
      const rest = current.slice(prefix.length);
      if (rest.length >= minLength && !variants.includes(rest)) {
        variants.push(rest);
        queue.push(rest);
      }
    }
  }
  return variants;
};

/** The shortest prefix-free form of a key token: what fuzzy scoring compares word by word. */
export const tokenStem = (token: string): string => {
  const variants = prefixVariants(token);
  return variants.reduce((shortest, variant) => (variant.length < shortest.length ? variant : shortest));
};
