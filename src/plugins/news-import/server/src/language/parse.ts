/**
 * Pasted story text -> title, body paragraphs and the "read also" list, as a chain of pure steps:
 * `splitLines` (segment) -> `classifyLines` (title / paragraph / marker / headline) -> `extractStory`.
 *
 * The related list has no closing marker: desks paste it between paragraphs and carry on with the
 * story. So a list runs from its marker for as long as the lines look like headlines (short, one
 * clause, no sentence-final full stop) and the first line that reads like prose ends it. Text is
 * returned as printed (trimmed, list bullets stripped from headlines); match keys only compare.
 */
import { DEFAULT_STORY_LIMITS, droppedHeadlinesWarning, type StoryLimits } from './limits';
import { markerOf } from './markers';
import { matchKey } from './normalize';
import { splitLines } from './segment';
import type { LineKind, ParsedStory, ParseWarning, RelatedHeadline } from './types';

/** The `title` column is a 255-character string. */
export const TITLE_MAX_LENGTH = 255;
// Related headlines in Arabic and English desks run 6-18 words; a 25-word or 200-character line is prose.
export const HEADLINE_MAX_WORDS = 25;
export const HEADLINE_MAX_LENGTH = 200;
// Three commas or semicolons make a line a run of clauses, which a headline never is.
const HEADLINE_MAX_CLAUSE_BREAKS = 2;

export type ClassifiedLine = {
  kind: LineKind;
  /** As printed; for a headline, without its bullet or number. */
  text: string;
  /** Which marker (0-based, in source order) a marker or headline line belongs to. */
  list: number | null;
};

// ---------------------------------------------------------------------------------------------
// Headline shape

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

const hasSentenceBreak = (line: string): boolean =>
  [...line.matchAll(SENTENCE_BREAK)].some((match) => !ABBREVIATIONS.has(match[1].toLowerCase()));

/** Whether a (bullet-stripped) line reads like a headline rather than a paragraph. */
export const looksLikeHeadline = (line: string): boolean =>
  line.length <= HEADLINE_MAX_LENGTH &&
  matchKey(line) !== '' &&
  line.split(/\s+/).length <= HEADLINE_MAX_WORDS &&
  !SENTENCE_END.test(line) &&
  !hasSentenceBreak(line) &&
  (line.replace(THOUSANDS, '$1').match(CLAUSE_BREAK) ?? []).length <= HEADLINE_MAX_CLAUSE_BREAKS;

// ---------------------------------------------------------------------------------------------
// Classify

/** A line "has words" when its match key is not empty: decoration (`***`, `ـــ`) has none. */
const hasWords = (line: string): boolean => matchKey(line) !== '';

/**
 * Each line's role. Lines without words before the title are decoration and are left out; after
 * the title every line is classified.
 */
export const classifyLines = (lines: readonly string[]): ClassifiedLine[] => {
  const titleIndex = lines.findIndex(hasWords);
  if (titleIndex < 0) return [];
  const classified: ClassifiedLine[] = [{ kind: 'title', text: lines[titleIndex], list: null }];
  let lists = 0;
  let inList = false;

  for (const line of lines.slice(titleIndex + 1)) {
    const marker = markerOf(line);
    if (marker) {
      const first = marker.rest === null ? null : stripListMarker(marker.rest);
      // `اقرأ أيضاً: <prose>` is a sentence that happens to start with the phrase, not a list.
      if (first === null || looksLikeHeadline(first)) {
        const list = lists++;
        classified.push({ kind: 'marker', text: line, list });
        if (first !== null) classified.push({ kind: 'headline', text: first, list });
        inList = true;
        continue;
      }
    } else if (inList) {
      const headline = stripListMarker(line);
      if (looksLikeHeadline(headline)) {
        classified.push({ kind: 'headline', text: headline, list: lists - 1 });
        continue;
      }
    }
    inList = false;
    classified.push({ kind: 'paragraph', text: line, list: null });
  }
  return classified;
};

// ---------------------------------------------------------------------------------------------
// Extract

const quote = (text: string): string => `"${text}"`;

const warning = (code: ParseWarning['code'], message: string): ParseWarning => ({ code, message });

type RelatedResult = { related: RelatedHeadline[]; warnings: ParseWarning[] };

/**
 * The lists merged in source order, empty markers and duplicate headlines reported, at most
 * `maxRelated` headlines kept. Maps, not searches: a pasted index page can hold thousands of lines.
 */
const extractRelated = (lines: readonly ClassifiedLine[], maxRelated: number): RelatedResult => {
  const warnings: ParseWarning[] = [];
  const markers = lines.filter((line) => line.kind === 'marker');
  const headlines = lines.filter((line) => line.kind === 'headline');
  const listsWithHeadlines = new Set(headlines.map((headline) => headline.list));

  for (const marker of markers) {
    if (!listsWithHeadlines.has(marker.list)) {
      warnings.push(
        warning(
          'empty-related-list',
          `The line ${quote(marker.text)} has no related headlines after it; it was removed.`
        )
      );
    }
  }
  if (listsWithHeadlines.size > 1) {
    warnings.push(
      warning(
        'several-related-lists',
        `The text has ${listsWithHeadlines.size} related-headline lists; they were merged into one.`
      )
    );
  }

  // First occurrence of each key, in order, with how often it appears.
  const byKey = new Map<string, { headline: string; count: number }>();
  for (const { text } of headlines) {
    const key = matchKey(text);
    const seen = byKey.get(key);
    if (seen) seen.count += 1;
    else byKey.set(key, { headline: text, count: 1 });
  }
  const related: RelatedHeadline[] = [];
  for (const [key, { headline, count }] of byKey) {
    if (related.length === maxRelated) break;
    related.push({ headline, position: related.length + 1, matchKey: key });
    // One warning per repeated headline, not per repeat: 30,000 pasted copies make one warning.
    if (count === 1) continue;
    const times = count === 2 ? 'twice' : `${count} times`;
    warnings.push(
      warning('duplicate-headline', `The related headline ${quote(headline)} appears ${times}; it was kept once.`)
    );
  }
  if (byKey.size > maxRelated) warnings.push(droppedHeadlinesWarning(maxRelated, byKey.size - maxRelated));
  return { related, warnings };
};

const NO_WORDS: ParsedStory = {
  title: null,
  paragraphs: [],
  related: [],
  warnings: [warning('no-paragraphs', 'The text has no words: no title and no paragraphs were found.')],
};

/** Title, paragraphs, related list and warnings from classified lines. */
export const extractStory = (
  lines: readonly ClassifiedLine[],
  limits: Pick<StoryLimits, 'maxRelatedHeadlines'> = DEFAULT_STORY_LIMITS
): ParsedStory => {
  const title = lines.find((line) => line.kind === 'title')?.text ?? null;
  if (title === null) return { ...NO_WORDS, warnings: [...NO_WORDS.warnings] };

  const warnings: ParseWarning[] = [];
  if (title.length > TITLE_MAX_LENGTH) {
    warnings.push(
      warning(
        'title-too-long',
        `The title is ${title.length} characters long; the limit is ${TITLE_MAX_LENGTH}. Shorten it before publishing.`
      )
    );
  }
  const { related, warnings: listWarnings } = extractRelated(lines, limits.maxRelatedHeadlines);
  warnings.push(...listWarnings);
  const paragraphs = lines.filter((line) => line.kind === 'paragraph').map((line) => line.text);
  if (paragraphs.length === 0) {
    warnings.push(warning('no-paragraphs', 'The story has a title but no body paragraphs.'));
  }
  return { title, paragraphs, related, warnings };
};

/** Parses segmented lines (see `splitLines`). Pure, and total. */
export const parseLines = (
  lines: readonly string[],
  limits: Pick<StoryLimits, 'maxRelatedHeadlines'> = DEFAULT_STORY_LIMITS
): ParsedStory => extractStory(classifyLines(lines), limits);

/** Parses pasted story text. Pure, and total: any string gives a `ParsedStory`. */
export const parseStory = (
  text: string,
  limits: Pick<StoryLimits, 'maxRelatedHeadlines'> = DEFAULT_STORY_LIMITS
): ParsedStory => parseLines(splitLines(text), limits);
