/**
 * Pasted story text -> title, body paragraphs and the "read also" list, as a chain of pure steps:
 * `splitLines` (segment) -> `classifyLines` (title / paragraph / marker / headline / byline / debris)
 * -> `extractStory` (with `extractFields`: byline, dateline, agency, the debris dropped).
 *
 * The related list has no closing marker: desks paste it between paragraphs and carry on with the
 * story. So a list runs from its marker for as long as the lines look like headlines (short, one
 * clause, no sentence-final full stop) and the first line that reads like prose ends it. Text is
 * returned as printed (trimmed, list bullets stripped from headlines); match keys only compare.
 */
import { DEFAULT_STORY_LIMITS, droppedHeadlinesWarning, type StoryLimits } from './limits';
import { bylineOf } from './byline';
import { withoutDeskTags } from './desk-tags';
import { isBreadcrumb, isWidgetHeading, lineDebris } from './debris';
import { looksLikeHeadline, stripListMarker } from './headline';
import { markerOf } from './markers';
import { matchKey } from './normalize';
import { splitLines } from './segment';
import { extractFields } from './story-fields';
import type { ClassifiedLine, DebrisKind, ParsedStory, ParseWarning, RelatedHeadline } from './types';

/** The `title` column is a 255-character string. */
export const TITLE_MAX_LENGTH = 255;

export { HEADLINE_MAX_LENGTH, HEADLINE_MAX_WORDS, looksLikeHeadline, stripListMarker } from './headline';
export type { ClassifiedLine } from './types';

// ---------------------------------------------------------------------------------------------
// Classify

/** A line "has words" when its match key is not empty: decoration (`***`, `ـــ`) has none. */
const hasWords = (line: string): boolean => matchKey(line) !== '';

/** Debris a web page puts above the headline: a breadcrumb trail, a date, share buttons. */
const aboveTitleDebris = (line: string): DebrisKind | null =>
  lineDebris(line) ?? (isBreadcrumb(line, true) ? 'breadcrumb' : null);

const debrisLine = (text: string, debris: DebrisKind): ClassifiedLine => ({ kind: 'debris', text, list: null, debris });

/**
 * Each line's role. Lines without words before the title are decoration and are left out; debris
 * before it (breadcrumbs, a date) is kept as debris, so the title is the story's headline. After
 * the title every line is classified: a list runs while its lines look like headlines and ends at
 * prose or at debris; a "most read" widget swallows the headlines under it; a byline is only
 * looked for before the first paragraph, and a caption pasted twice only there too.
 */
export const classifyLines = (lines: readonly string[]): ClassifiedLine[] => {
  const classified: ClassifiedLine[] = [];
  let titleIndex = -1;
  for (let i = 0; i < lines.length && titleIndex < 0; i += 1) {
    if (!hasWords(lines[i])) continue;
    const debris = aboveTitleDebris(lines[i]);
    if (debris) classified.push(debrisLine(lines[i], debris));
    else titleIndex = i;
  }
  if (titleIndex < 0) return [];
  classified.push({ kind: 'title', text: lines[titleIndex], list: null });
  let lists = 0;
  let inList = false;
  let inWidget = false;
  let bodyStarted = false;

  for (let i = titleIndex + 1; i < lines.length; i += 1) {
    const line = lines[i];
    const marker = markerOf(line);
    if (marker) {
      const first = marker.rest === null ? null : stripListMarker(marker.rest);
      // `اقرأ أيضاً: <prose>` is a sentence that happens to start with the phrase, not a list.
      if (first === null || looksLikeHeadline(first)) {
        const list = lists++;
        classified.push({ kind: 'marker', text: line, list });
        if (first !== null) classified.push({ kind: 'headline', text: first, list });
        inList = true;
        inWidget = false;
        continue;
      }
    }
    if (isWidgetHeading(line)) {
      classified.push(debrisLine(line, 'widget'));
      inList = false;
      inWidget = true;
      continue;
    }
    const debris = lineDebris(line) ?? (isBreadcrumb(line, false) ? 'breadcrumb' : null);
    if (debris) {
      classified.push(debrisLine(line, debris));
      inList = false;
      continue;
    }
    if (inWidget && looksLikeHeadline(stripListMarker(line))) {
      classified.push(debrisLine(line, 'widget'));
      continue;
    }
    inWidget = false;
    if (!bodyStarted && !inList) {
      if (i + 1 < lines.length && matchKey(lines[i + 1]) === matchKey(line) && looksLikeCaption(line)) {
        classified.push(debrisLine(line, 'caption'), debrisLine(lines[i + 1], 'caption'));
        i += 1;
        continue;
      }
      if (bylineOf(line) !== null) {
        classified.push({ kind: 'byline', text: line, list: null });
        continue;
      }
    }
    if (inList && !marker) {
      const headline = stripListMarker(line);
      if (looksLikeHeadline(headline)) {
        classified.push({ kind: 'headline', text: headline, list: lists - 1 });
        continue;
      }
    }
    inList = false;
    bodyStarted = true;
    classified.push({ kind: 'paragraph', text: line, list: null });
  }
  return classified;
};

// A caption is a line or two of text; a paragraph pasted twice by mistake is left to the editor.
const CAPTION_MAX_WORDS = 40;
const looksLikeCaption = (line: string): boolean => line.split(/\s+/).length <= CAPTION_MAX_WORDS;

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
    const key = matchKey(withoutDeskTags(text));
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
  byline: null,
  dateline: null,
  agency: null,
  removed: [],
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
  const { paragraphs, warnings: fieldWarnings, ...fields } = extractFields(lines);
  warnings.push(...fieldWarnings);
  if (paragraphs.length === 0) {
    warnings.push(warning('no-paragraphs', 'The story has a title but no body paragraphs.'));
  }
  return { title, paragraphs, related, ...fields, warnings };
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
