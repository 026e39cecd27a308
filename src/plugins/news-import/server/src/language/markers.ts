/**
 * "Read also" markers: the line that opens a list of related headlines inside a pasted story.
 *
 * Desks spell the marker many ways (`اقرأ أيضاً`, `إقرأ أيضًا:`, `اقرا ايضا`, `Read also`), so lines
 * are compared by match key: hamza forms, tanween, case and punctuation do not matter. The whole
 * line must be the phrase; a sentence that merely contains it (`اقرأ أيضا ما كتبه الزميل أمس.`)
 * is prose. The one exception is `phrase: first headline` on the same line, split at the colon.
 */
import { keyCertainlyLongerThan, matchKey } from './normalize';

/** The phrases, as a desk would print them; only their match keys are used. */
export const MARKER_PHRASES: readonly string[] = [
  'اقرأ أيضاً',
  'اقرأ كذلك',
  'اقرأ المزيد',
  'المزيد',
  'طالع المزيد',
  'طالع كذلك',
  'طالع أيضاً',
  'شاهد أيضاً',
  'ذات صلة',
  'أخبار ذات صلة',
  'موضوعات ذات صلة',
  'مواضيع ذات صلة',
  'مقالات ذات صلة',
  'Read also',
  'Also read',
  'Read more',
  'Related',
  'Related stories',
  'Related articles',
  'Related news',
  'See also',
  'Related coverage',
  'More on this story',
];

const MARKER_KEYS: ReadonlySet<string> = new Set(MARKER_PHRASES.map(matchKey));
const LONGEST_MARKER_KEY = Math.max(...[...MARKER_KEYS].map((key) => key.length));

// ASCII colon, fullwidth colon and the small colon: what an Arabic keyboard or a web page produces.
const COLON = /[:\uFF1A\uFE55]/;

/** Whether a text, as a whole, is one of the marker phrases (in any spelling). */
export const isMarkerPhrase = (text: string): boolean =>
  // A paragraph is told from a phrase in a few characters, without the key of the whole line.
  !keyCertainlyLongerThan(text, LONGEST_MARKER_KEY) && MARKER_KEYS.has(matchKey(text));

/**
 * `{ rest: null }` when the line is a marker on its own, `{ rest }` when it is `marker: text` (the
 * text after the colon, trimmed, is the list's first headline), `null` when it is not a marker.
 */
export const markerOf = (line: string): { rest: string | null } | null => {
  // The colon form first: `Related: stories` is the marker `Related` with a headline, not `Related stories`.
  const colon = line.search(COLON);
  if (colon >= 0 && isMarkerPhrase(line.slice(0, colon))) {
    const rest = line.slice(colon + 1).trim();
    return { rest: matchKey(rest) === '' ? null : rest };
  }
  return isMarkerPhrase(line) ? { rest: null } : null;
};
