/**
 * The shape of a "read also" headline: short, one clause, no sentence-final full stop. Used by the
 * list reader (a list runs while its lines look like headlines) and by the widget-block reader (a
 * "most read" block runs while its lines do).
 */
import { matchKey } from './normalize';

// Related headlines in Arabic and English desks run 6-18 words; a 25-word or 200-character line is prose.
export const HEADLINE_MAX_WORDS = 25;
export const HEADLINE_MAX_LENGTH = 200;
// Three commas or semicolons make a line a run of clauses, which a headline never is.
const HEADLINE_MAX_CLAUSE_BREAKS = 2;

const DIGITS = '0-9\\u0660-\\u0669\\u06F0-\\u06F9';
// Bullets that are always bullets, and dashes/asterisks, which only are when a space follows
// (`-5 درجات` is a number, `- 5 مجازر` a bulleted headline).
const BULLET = /^(?:[•·▪▫●○◦■□►▶▸‣⁃]+\s*|[-–—*]+\s+)/u;
// `1.` `1)` `1-` `(1)` `١-`: numbering only with its punctuation, so `5 مجازر ...` keeps its 5.
// The punctuation must not be followed by a digit: `1.5 مليون` and `2-0` are numbers, not numbering.
const NUMBERING = new RegExp(
  `^(?:\\(\\s*[${DIGITS}]{1,3}\\s*\\)|[${DIGITS}]{1,3}\\s*[.)\\-–—](?![${DIGITS}]))\\s*`,
  'u'
);

/** A list line without its bullet and/or number: `- ١) الخبر` -> `الخبر`. */
export const stripListMarker = (line: string): string => line.replace(BULLET, '').replace(NUMBERING, '').trim();

const CLOSING_QUOTES = `"'»”’)\\]`;
// `!` ends a sentence; `.` and `…` do even inside a closing quote (`قال: "لن نتراجع."`); a trailing
// comma, semicolon or colon means the sentence goes on. `؟`/`?` and a bare closing quote are fine.
const SENTENCE_END = new RegExp(`(?:[.…][${CLOSING_QUOTES}]*|[!,،;؛:])$`, 'u');
// A full stop after a word of two or more letters, then more words: a second sentence. A single
// letter (`د.`, `U.S.`) is an abbreviation and `...` is a pause, which headlines do use.
const SENTENCE_BREAK = /(?<![.\p{L}])(\p{L}{2,})\.\s+(?=[\p{L}\p{N}])/gu;
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'vs', 'no', 'prof', 'gen', 'gov', 'sen', 'rep']);
const CLAUSE_BREAK = /[,،;؛]/g;
const THOUSANDS = /(\d),(?=\d)/g;

// Most lines have no full stop at all: the regular expression, costly at every letter, is skipped.
const hasSentenceBreak = (line: string): boolean =>
  line.includes('.') &&
  [...line.matchAll(SENTENCE_BREAK)].some((match) => !ABBREVIATIONS.has(match[1].toLowerCase()));

/** Whether a (bullet-stripped) line reads like a headline rather than a paragraph. */
export const looksLikeHeadline = (line: string): boolean =>
  line.length <= HEADLINE_MAX_LENGTH &&
  matchKey(line) !== '' &&
  line.split(/\s+/).length <= HEADLINE_MAX_WORDS &&
  !SENTENCE_END.test(line) &&
  !hasSentenceBreak(line) &&
  (line.replace(THOUSANDS, '$1').match(CLAUSE_BREAK) ?? []).length <= HEADLINE_MAX_CLAUSE_BREAKS;
