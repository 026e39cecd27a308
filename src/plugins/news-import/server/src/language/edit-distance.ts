/**
 * Spelling variants of one word: transliterated names and news copy disagree on a letter or two
 * (`أنطوني`/`أنتوني`, `جوتيريش`/`غوتيريش`) after match keys have folded the rest away.
 */
import { MAX_MATCH_WORD_LENGTH } from './limits';

/** Levenshtein distance, giving up (returning `limit + 1`) as soon as it exceeds `limit`. */
export const editDistance = (a: string, b: string, limit = Infinity): number => {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      best = Math.min(best, current[j]);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
};

/**
 * Whether two words are spellings of one word: never for numbers or words of three letters or
 * fewer (`عيد`/`عبد` are different words), one edit for 4–7 letters, two from 8.
 */
export const isSpellingVariant = (a: string, b: string): boolean => {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter <= 3 || Math.max(a.length, b.length) > MAX_MATCH_WORD_LENGTH) return false;
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const allowed = shorter >= 8 ? 2 : 1;
  return editDistance(a, b, allowed) <= allowed;
};
