/**
 * How close a "read also" headline is to an article title, from their match keys alone.
 *
 * Outlets reprint one story under slightly different headlines: a word added or dropped
 * (`5 مجازر إسرائيلية [جديدة] في غزة`), a clitic moved, a name spelled another way. They also
 * print many stories with nearly the same words: the same actors at a different event
 * (`عيد الأضحى`/`عيد الفطر`), the same event with a new toll (`70 شهيدا`/`50 شهيدا`). So the score
 * is word overlap, but the status also looks at *how* the words differ: only added or dropped words
 * can link a story; a substituted word or a different number leaves the link to an editor.
 */
import { isSpellingVariant } from '../language/edit-distance';
import { keyTokens, matchKey, tokenStem } from '../language/normalize';
import type { HeadlineScore } from '../language/types';

/**
 * Thresholds, on the Dice coefficient of aligned words (2·matched / (|A| + |B|)):
 *
 * - `LINK_MIN_CONFIDENCE` 0.85 with at most `LINK_MAX_WORD_DIFFERENCE` 2 added or dropped words:
 *   one extra word in a 3-word headline scores 0.857, one in 10 scores 0.947. Linked without review.
 * - `SUGGEST_MIN_CONFIDENCE` 0.7: a few words added or dropped (a shortened headline, a subtitle
 *   run on) is probably the story, but an editor confirms.
 * - `SUBSTITUTION_SUGGEST_MIN_CONFIDENCE` 0.92: one word swapped for another on each side is
 *   usually a different event (`الأضحى`/`الفطر` in a 10-word headline scores 0.9 and must stay
 *   unresolved); only in a headline of 13 or more content words is one swap likely a rewording,
 *   and even then it is only suggested.
 */
export const LINK_MIN_CONFIDENCE = 0.85;
export const LINK_MAX_WORD_DIFFERENCE = 2;
export const SUGGEST_MIN_CONFIDENCE = 0.7;
export const SUBSTITUTION_SUGGEST_MIN_CONFIDENCE = 0.92;

/**
 * Words that carry no story (prepositions, conjunctions, demonstratives, relatives), as match keys
 * (`إلى` is `الي`, `على` is `علي`). `علي` the name goes with them: a price worth paying in headlines.
 */
const STOP_WORDS = new Set(
  `في من علي مع عن الي ان بعد قبل حول خلال بين ضد عند هذا هذه ذلك تلك التي الذي الذين و او ثم
   كما لا ما لم لن قد هو هي هم كل بعض اي الا حتي منذ لدي نحو عبر دون غير فيه فيها منه منها له لها
   به بها عليه عليها اليه اليها انه انها كان كانت يكون تكون اين كيف متي هل ايضا فقط لقد`
    .split(/\s+/)
    .map((word) => matchKey(word))
);

const NUMBER = /^\d+$/;
// `و16`, `بـ5`: clitics written onto a number (matchKey keeps them in one token).
const PREFIXED_NUMBER = /^(?:و|ف|ب|ل|ك|ال|وال|بال|لل)(\d+)$/;

const isStopWord = (token: string): boolean =>
  STOP_WORDS.has(token) || (/^[وف]/.test(token) && STOP_WORDS.has(token.slice(1)));

/** The form a token is compared and indexed by: its stem, or the bare number. */
const stemOf = (token: string): string => PREFIXED_NUMBER.exec(token)?.[1] ?? tokenStem(token);

/**
 * The tokens a match key is stored under and queried by in the database token index: stems, in
 * order of appearance, without duplicates, stop words or one-letter words (numbers are kept).
 */
export const indexTokens = (key: string): string[] => [...new Set(contentWords(key))];

/** The stems of a key's content words, in order, repeats kept. */
const contentWords = (key: string): string[] =>
  keyTokens(key).flatMap((token) => {
    if (isStopWord(token)) return [];
    const stem = stemOf(token);
    return (stem.length < 2 && !NUMBER.test(stem)) || STOP_WORDS.has(stem) ? [] : [stem];
  });

/**
 * Content words to align, with their counts: `عيد الميلاد في كاتدرائية الميلاد` has `ميلاد` twice,
 * so against `عيد القيامة في كاتدرائية الميلاد` one `ميلاد` is left over and meets `قيامة`: a
 * swapped word (another feast), not a dropped one. A headline of nothing but stop words is
 * compared word for word.
 */
const wordsOf = (key: string): string[] => {
  const words = contentWords(key);
  return words.length > 0 ? words : keyTokens(key).map(stemOf);
};

const sameWord = (a: string, b: string): boolean => a === b || isSpellingVariant(a, b);

/**
 * The largest one-to-one pairing of equal or spelling-variant words (augmenting paths; headlines
 * are short). Maximum, not greedy, so that the count is the same whichever side is `a`.
 */
const alignedPairs = (a: string[], b: string[]): Array<[number, number]> => {
  const partnerOfB = new Array<number>(b.length).fill(-1);
  const tryAssign = (i: number, visited: boolean[]): boolean => {
    for (let j = 0; j < b.length; j += 1) {
      if (visited[j] || !sameWord(a[i], b[j])) continue;
      visited[j] = true;
      if (partnerOfB[j] < 0 || tryAssign(partnerOfB[j], visited)) {
        partnerOfB[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < a.length; i += 1) tryAssign(i, new Array<boolean>(b.length).fill(false));
  return partnerOfB.flatMap((i, j): Array<[number, number]> => (i >= 0 ? [[i, j]] : []));
};

// Confidence is stored in a DECIMAL(10,2) column: two decimals, rounded down so that a score is
// never reported above the threshold it failed. Statuses are decided on the exact value.
const twoDecimalsDown = (value: number): number => Math.floor(value * 100 + 1e-9) / 100;

export const scoreHeadline = (headlineKey: string, titleKey: string): HeadlineScore => {
  if (headlineKey === titleKey) return { confidence: 1, status: 'linked' };
  const a = wordsOf(headlineKey);
  const b = wordsOf(titleKey);
  if (a.length === 0 || b.length === 0) return { confidence: 0, status: 'unresolved' };

  const pairs = alignedPairs(a, b);
  const dice = (2 * pairs.length) / (a.length + b.length);
  // 1 is kept for equal keys; differing keys whose words all align score just below it.
  const confidence = Math.min(twoDecimalsDown(dice), 0.99);
  const unmatchedA = a.filter((_, i) => !pairs.some(([pi]) => pi === i));
  const unmatchedB = b.filter((_, j) => !pairs.some(([, pj]) => pj === j));

  // A number on one side only: another toll, another date, another count of countries.
  if ([...unmatchedA, ...unmatchedB].some((word) => NUMBER.test(word))) return { confidence, status: 'unresolved' };

  if (unmatchedA.length > 0 && unmatchedB.length > 0) {
    const oneSwap = unmatchedA.length === 1 && unmatchedB.length === 1;
    const status = oneSwap && dice >= SUBSTITUTION_SUGGEST_MIN_CONFIDENCE ? 'suggested' : 'unresolved';
    return { confidence, status };
  }

  const difference = unmatchedA.length + unmatchedB.length;
  if (dice >= LINK_MIN_CONFIDENCE && difference <= LINK_MAX_WORD_DIFFERENCE) return { confidence, status: 'linked' };
  if (dice >= SUGGEST_MIN_CONFIDENCE) return { confidence, status: 'suggested' };
  return { confidence, status: 'unresolved' };
};
