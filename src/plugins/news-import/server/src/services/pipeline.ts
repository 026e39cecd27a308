/**
 * The one path every story takes, for preview and import alike: parse, recognise officials,
 * resolve the related headlines. It reads, never writes; the importer adds the write.
 */
import crypto from 'node:crypto';

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { stripInvisible } from '../language/invisible';
import { markerOf } from '../language/markers';
import { recogniseOfficials } from '../language/officials';
import { overlongLine } from '../language/limits';
import { parseLines } from '../language/parse';
import { canonicalOfLines, splitLines } from '../language/segment';
import type { LinkStatus, OfficialMention, ParsedStory } from '../language/types';
import { resolveHeadlines, type Resolution } from '../matching/resolve';
import { MAX_STRING_LENGTH } from '../validation/import';
import { getService, storyLimits } from '../utils';

const { ValidationError } = errors;

export type AnalysedLink = {
  headline: string;
  position: number;
  matchKey: string;
} & Omit<Resolution, 'status'> & {
    // `rejected` only by an editor's decision (./import-decisions.ts), never by matching.
    status: LinkStatus;
  };

export type Analysis = {
  locale: string;
  /** The submitted text without invisible formatting characters: what is stored as `sourceText`. */
  text: string;
  /** Whether the caller may see drafts: targets are presented with the titles it may read. */
  drafts: boolean;
  /** sha256 of the canonical text: what makes two submissions "the same story". */
  sourceHash: string;
  story: ParsedStory & { title: string };
  summary: string;
  links: AnalysedLink[];
  officials: OfficialMention[];
  warnings: string[];
};

/** sha256 of the canonical text (see `canonicalText`), from the lines `splitLines` gave. */
export const sourceHashOf = (lines: readonly string[]): string =>
  crypto.createHash('sha256').update(canonicalOfLines(lines)).digest('hex');

/** The hash `analyse` gives a submitted text, without analysing it (a cheap idempotency check). */
export const sourceHashOfText = (text: string): string => sourceHashOf(splitLines(stripInvisible(text).text));

export const createPipeline = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The locale to import into: the one asked for, which must exist, or the default one. */
  async resolveLocale(locale: string | undefined): Promise<string> {
    const locales = strapi.plugin('i18n').service('locales');
    if (locale === undefined) return locales.getDefaultLocale();
    if (await locales.findByCode(locale)) return locale;
    const known = ((await locales.find()) as { code: string }[]).map(({ code }) => code).sort();
    throw new ValidationError(`Unknown locale "${locale}". Available locales: ${known.join(', ')}.`, {
      field: 'locale',
    });
  },

  /**
   * `drafts: false` (a caller without draft rights) matches against published titles only, so that
   * neither a target nor a score tells of an embargoed story.
   */
  async analyse(
    text: string,
    locale: string,
    options: { exclude?: string | null; drafts?: boolean } = {}
  ): Promise<Analysis> {
    const limits = storyLimits(strapi);
    const cleaned = stripInvisible(text);
    const lines = splitLines(cleaned.text);
    const long = overlongLine(lines, limits.maxLineLength);
    if (long) {
      throw new ValidationError(
        `A line of the story is ${long.length} characters long; the limit is ${limits.maxLineLength}. Break it into paragraphs (it starts "${long.start}…").`,
        { field: 'text', line: long.index + 1, length: long.length, limit: limits.maxLineLength }
      );
    }
    const story = parseLines(lines, limits);
    if (story.title === null) {
      throw new ValidationError('The story has no title: its first line has no words.', { field: 'text' });
    }
    if (markerOf(story.title)) {
      throw new ValidationError(
        `The story starts with a "read also" marker ("${story.title}"), not a headline. Put the story's headline on the first line.`,
        { field: 'text' }
      );
    }
    if (story.paragraphs.length === 0) {
      throw new ValidationError(
        'The story has a headline but no body paragraph. Paste the whole story: the headline, then its text.',
        { field: 'text' }
      );
    }
    if (story.title.length > MAX_STRING_LENGTH) {
      throw new ValidationError(
        `The first line is ${story.title.length} characters long, too long for a headline (at most ${MAX_STRING_LENGTH}). Put the headline alone on the first line.`,
        { field: 'text' }
      );
    }

    const gazetteer = await getService(strapi, 'gazetteer').forLocale(locale);
    const officials = recogniseOfficials(story, gazetteer);
    const keys = story.related.map((related) => related.matchKey);
    const rejected = await getService(strapi, 'decisions').rejectedFor(locale, keys);
    const resolutions = await resolveHeadlines(
      keys,
      getService(strapi, 'titleIndex').view(options.drafts === false ? 'published' : 'latest'),
      { locale, exclude: options.exclude ?? null, rejected }
    );

    return {
      locale,
      drafts: options.drafts !== false,
      sourceHash: sourceHashOf(lines),
      story: { ...story, title: story.title },
      summary: story.paragraphs[0] ?? '',
      links: story.related.map((related, i) => ({ ...related, ...resolutions[i] })),
      officials,
      warnings: [
        ...(cleaned.removed > 0
          ? [
              `Removed ${cleaned.removed} invisible formatting character(s) (direction controls, zero-width spaces) that could make the text display wrongly.`,
            ]
          : []),
        ...story.warnings.map((warning) => warning.message),
      ],
      text: cleaned.text,
    };
  },
});
