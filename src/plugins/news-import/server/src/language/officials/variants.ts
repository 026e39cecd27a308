/**
 * Spellings of a known official's foreign name that the gazetteer does not list: agency copy
 * transliterates `Netanyahu`, `Blinken`, `Guterres`, `Zelensky` its own way (`نتانياهو`,
 * `بلينكين`, `جوتيريس`, `زيلنسكي`). Such a word is read as the gazetteer's spelling before
 * phrases are matched, so it counts for the official instead of being proposed as somebody new.
 *
 * Arabic words one letter apart are usually different words (`محمد`/`أحمد`, `سلمان`/`سليمان`,
 * `ميقاتي`/`ميقات`), so a word is a variant only when all of these hold:
 * - both words have five letters or more, and neither is definite (`ال` family names are Arabic)
 *   nor a function word or verb; the text's word is no given name at all, the gazetteer's no Arab one;
 * - they differ by one edit (two from eight letters: `isSpellingVariant`);
 * - they share a transliteration skeleton: the same first and last letter up to letters that
 *   render one foreign sound (`ج`/`غ`/`ك`/`ق` for g, `س`/`ش`/`ز`/`ص`, `ت`/`ط`/`ث`, `د`/`ض`/`ذ`),
 *   the same consonants in between, long vowels and hamza ignored. So vowels may come and go
 *   inside the word, but a different consonant, or a letter gained or lost at either end, never;
 * - exactly one gazetteer word fits.
 */
import { prefixVariants } from '../normalize';
import { MAX_MATCH_WORD_LENGTH } from '../limits';
import { isSpellingVariant } from '../edit-distance';
import { ARAB_GIVEN_NAMES, GIVEN_NAMES } from './given-names';
import { isDefinite, type Line } from './line';
import { NOT_NAME_WORDS } from './stopwords';

/** Gazetteer words by skeleton. */
export type VariantIndex = { words: Set<string>; bySkeleton: Map<string, string[]> };

const MIN_LETTERS = 5;

const SOUND_CLASSES: Record<string, string> = {
  غ: 'ج', ك: 'ج', ق: 'ج', گ: 'ج',
  ش: 'س', ز: 'س', ص: 'س',
  ط: 'ت', ث: 'ت',
  ض: 'د', ذ: 'د',
  ڤ: 'ف', پ: 'ب',
};
const VOWELS_AND_HAMZA = new Set(['ا', 'و', 'ي', 'ء']);

const soundOf = (letter: string): string => SOUND_CLASSES[letter] ?? letter;

export const skeleton = (word: string): string => {
  const letters = [...word];
  let out = soundOf(letters[0]);
  for (let i = 1; i < letters.length - 1; i += 1) {
    if (VOWELS_AND_HAMZA.has(letters[i])) continue;
    const sound = soundOf(letters[i]);
    if (!out.endsWith(sound)) out += sound;
  }
  const last = soundOf(letters[letters.length - 1]);
  return letters.length > 1 && !out.endsWith(last) ? out + last : out;
};

const isArabicWord = (word: string): boolean => /^[\u0621-\u064A\u06A4\u067E\u06AF]+$/.test(word);

const mayVary = (word: string): boolean =>
  word.length >= MIN_LETTERS &&
  word.length <= MAX_MATCH_WORD_LENGTH &&
  isArabicWord(word) &&
  !isDefinite(word) &&
  !NOT_NAME_WORDS.has(word);

export const buildVariantIndex = (gazetteerWords: Iterable<string>): VariantIndex => {
  const words = new Set(gazetteerWords);
  const bySkeleton = new Map<string, string[]>();
  for (const word of words) {
    if (!mayVary(word) || ARAB_GIVEN_NAMES.has(word)) continue;
    const key = skeleton(word);
    bySkeleton.set(key, [...(bySkeleton.get(key) ?? []), word]);
  }
  return { words, bySkeleton };
};

/** The gazetteer word `form` is a spelling of, or `null`. */
const variantOf = (index: VariantIndex, form: string): string | null => {
  if (!mayVary(form) || GIVEN_NAMES.has(form)) return null;
  const fits = (index.bySkeleton.get(skeleton(form)) ?? []).filter((word) => isSpellingVariant(word, form));
  return fits.length === 1 ? fits[0] : null;
};

/**
 * The line with each variant read as the gazetteer's word; clitics stay on (`وبلينكين` reads as
 * `وبلينكن`). A word the gazetteer holds as printed is left alone, whatever else it resembles.
 */
export const withGazetteerSpellings = (line: Line, index: VariantIndex): Line => {
  if (index.bySkeleton.size === 0) return line;
  let changed = false;
  const tokens = line.tokens.map((token) => {
    // Longest form first: the word with fewest clitics read off.
    for (const form of prefixVariants(token.key)) {
      if (index.words.has(form)) return token;
      const word = variantOf(index, form);
      if (word) {
        changed = true;
        return { ...token, key: token.key.slice(0, token.key.length - form.length) + word };
      }
    }
    return token;
  });
  return changed ? { ...line, tokens } : line;
};
