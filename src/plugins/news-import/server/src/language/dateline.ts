/**
 * Agency datelines at the start of a story's first paragraph:
 *
 *   `القاهرة (أ ش أ) - …`   `واشنطن، 3 مارس (رويترز) - …`   `غزة - (الأناضول) …`
 *   `القاهرة - أ ش أ: …`    `CAIRO (Reuters) - …`          `GAZA, March 3 (AP) — …`
 *
 * The place (1-3 words, no digits) becomes `dateline`, the agency `agency`, and the paragraph keeps
 * the text after the dateline. Only the paragraph's first `DATELINE_MAX_LENGTH` characters are
 * looked at, so the regexes below run on a bounded string whatever the paragraph's length.
 *
 * An agency in brackets is taken even when `data/agencies.json` does not know it (with a warning):
 * the brackets after a place are the wire's signature. Without brackets (`القاهرة - X: …`) only a
 * known agency counts, because `القاهرة - قال الوزير: …` is prose of the same shape.
 */
import { agencyName } from './agencies';

export const DATELINE_MAX_LENGTH = 120;

export type Dateline = {
  /** The place, as printed: `القاهرة`, `CAIRO`. */
  place: string;
  /** The agency's name (see `agencyName`). */
  agency: string;
  /** Whether the agency list knows it; an unknown one earns a warning. */
  agencyKnown: boolean;
  /** The paragraph after the dateline. */
  rest: string;
};

// A place word: letters (with the apostrophes and dots of `N'Djamena`, `St.`), never digits.
const WORD = `\\p{L}[\\p{L}\\p{M}'’.]*`;
const PLACE = `(${WORD}(?: ${WORD}){0,2})`;
// `، 3 مارس` / `, March 3`: a comma and a short date, which must hold a digit (checked below).
const DATE = `(?:\\s*[،,]\\s*([^()\\-–—:،,]{1,25}))?`;
const DASH = '[-–—]';

const BRACKETED = new RegExp(`^${PLACE}${DATE}\\s*(?:${DASH}\\s*)?\\(\\s*([^()]{1,40}?)\\s*\\)\\s*(?:${DASH}|:)?\\s*`, 'u');
const DASH_COLON = new RegExp(`^${PLACE}${DATE}\\s*${DASH}\\s*([^()\\-–—:]{1,40}?)\\s*:\\s*`, 'u');

const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
// An unknown agency is a name of at most four words, no digits, no sentence punctuation.
const PLAUSIBLE_AGENCY = /^[\p{L}\p{M}.'’ ]+$/u;
// A Latin place is capitalised (`CAIRO`, `Cairo`): `officials (who …) - …` is prose.
const LATIN_LOWER_START = /^[a-z]/;

const make = (match: RegExpExecArray, paragraph: string, requireKnown: boolean): Dateline | null => {
  const [whole, place, date, printedAgency] = match;
  if (date !== undefined && !DIGIT.test(date)) return null;
  if (LATIN_LOWER_START.test(place)) return null;
  const words = printedAgency.trim().split(/\s+/);
  if (words.length > 4 || !PLAUSIBLE_AGENCY.test(printedAgency)) return null;
  const { name, known } = agencyName(printedAgency);
  if (requireKnown && !known) return null;
  const rest = paragraph.slice(whole.length).trim();
  if (rest === '') return null;
  return { place, agency: name, agencyKnown: known, rest };
};

/** The dateline a paragraph opens with, or `null`. Pure; looks at a bounded prefix only. */
export const extractDateline = (paragraph: string): Dateline | null => {
  const head = paragraph.slice(0, DATELINE_MAX_LENGTH);
  const bracketed = BRACKETED.exec(head);
  if (bracketed) return make(bracketed, paragraph, false);
  const dashColon = DASH_COLON.exec(head);
  return dashColon ? make(dashColon, paragraph, true) : null;
};
