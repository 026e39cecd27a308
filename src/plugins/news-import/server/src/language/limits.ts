/**
 * How much of a story the pipeline reads: the bounds that keep one request from holding the server.
 * The plugin's configuration (server/src/config) starts from these defaults; the README's import
 * section documents them.
 *
 * Every step is linear in the text, but a 200,000-character paste still carries shapes no desk
 * sends (a single 200,000-character line, 30,000 "headlines"), so each is bounded where an editor
 * can understand the bound: a paragraph, a "read also" list.
 */
import type { ParseWarning } from './types';

/**
 * The longest token that is read as a word: Arabic words run to 15 letters with their clitics,
 * English ones rarely past 25. Anything longer (a run of one letter, a pasted hash) is matched only
 * as it stands, without prefixes read off or spelling variants, so the work per word stays bounded.
 */
export const MAX_MATCH_WORD_LENGTH = 40;

export type StoryLimits = {
  /** Longest line (paragraph) accepted, in characters; a longer one is refused with a 400. */
  maxLineLength: number;
  /** Related headlines kept per story, after duplicates are removed; the rest are dropped with a warning. */
  maxRelatedHeadlines: number;
};

// A long agency paragraph runs to 2,000 characters; 10,000 is a story pasted without line breaks.
// Forty links is a long "read also" list; 100 leaves room for a desk's index page.
export const DEFAULT_STORY_LIMITS: StoryLimits = {
  maxLineLength: 10_000,
  maxRelatedHeadlines: 100,
};

export type LongLine = { index: number; length: number; start: string };

/** The first line longer than `maxLineLength`, with its opening words for the editor to find it. */
export const overlongLine = (lines: readonly string[], maxLineLength: number): LongLine | null => {
  const index = lines.findIndex((line) => line.length > maxLineLength);
  if (index < 0) return null;
  return { index, length: lines[index].length, start: lines[index].slice(0, 40) };
};

export const droppedHeadlinesWarning = (kept: number, dropped: number): ParseWarning => ({
  code: 'too-many-related-headlines',
  message: `The related list has ${kept + dropped} headlines; only the first ${kept} were kept and ${dropped} were dropped.`,
});
