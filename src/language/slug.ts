/**
 * URL slugs for headlines and names.
 *
 * Arabic news sites keep Arabic script in their URLs, so `ar` slugs keep the letters as written
 * (only diacritics and tatweel go, words are joined by `-`); transliteration would turn
 * `الرئيس السيسي` into unreadable Latin. Other locales get Latin slugs from `slugify`.
 */
import crypto from 'node:crypto';

import slugify from 'slugify';

export const SLUG_MAX_LENGTH = 200;

/** Characters a slug may hold: ASCII letters and digits, Arabic letters and digits, `-_.~`. */
export const SLUG_PATTERN =
  '^[a-z0-9\\u0621-\\u063A\\u0641-\\u064A\\u0660-\\u0669\\u0671-\\u06D3\\u06F0-\\u06F9_.~-]+$';

const SLUG_RE = new RegExp(SLUG_PATTERN);

// Harakat, Quranic marks, superscript alef and tatweel: presentation only, never part of a word.
const ARABIC_MARKS = /[\u0610-\u061A\u0640\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const ARABIC_CHAR = /[\u0621-\u063A\u0641-\u064A\u0660-\u0669\u0671-\u06D3\u06F0-\u06F9]/;
const NOT_SLUG_CHAR = /[^a-z0-9\u0621-\u063A\u0641-\u064A\u0660-\u0669\u0671-\u06D3\u06F0-\u06F9]+/g;

const trimToLength = (slug: string, maxLength: number): string => {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
};

const latinWord = (word: string): string => slugify(word, { lower: true, strict: true, trim: true });

/** An Arabic-script slug: `الرئيسُ السيسي يجتمعُ` -> `الرئيس-السيسي-يجتمع`. Latin words are slugified. */
export const arabicSlug = (text: string, maxLength = SLUG_MAX_LENGTH): string => {
  const words = text
    .normalize('NFKC')
    .replace(ARABIC_MARKS, '')
    .split(/\s+/)
    .map((word) => (ARABIC_CHAR.test(word) ? word.toLowerCase() : latinWord(word)))
    .join('-')
    .replace(NOT_SLUG_CHAR, '-')
    .replace(/^-+|-+$/g, '');
  return trimToLength(words, maxLength);
};

/** A Latin slug: `US Secretary of State` -> `us-secretary-of-state`. */
export const latinSlug = (text: string, maxLength = SLUG_MAX_LENGTH): string =>
  trimToLength(latinWord(text.normalize('NFKC')), maxLength);

const isArabicLocale = (locale: string | undefined | null): boolean =>
  typeof locale === 'string' && /^ar(\b|-|_|$)/i.test(locale);

/** The slug for `text` in `locale`: Arabic script for `ar`, Latin (slugify) for every other locale. */
export const slugFor = (text: string, locale?: string | null, maxLength = SLUG_MAX_LENGTH): string =>
  isArabicLocale(locale) ? arabicSlug(text, maxLength) : latinSlug(text, maxLength);

/**
 * A slug for text with no letter or digit a slug can keep (`中文标题新闻`, `«»!`): `kind` (`article`)
 * and a short hash of the text. Every entry needs a slug (GraphQL declares it non-null, publishing
 * requires it), and the same text always gives the same one, so collisions number like any other.
 */
export const fallbackSlug = (kind: string, text: string): string => {
  const hash = crypto.createHash('sha256').update(text.normalize('NFKC').trim()).digest('hex').slice(0, 8);
  return `${latinSlug(kind) || 'entry'}-${hash}`;
};

/** `slugFor`, or the fallback when the text leaves nothing to keep. */
export const slugOrFallback = (text: string, locale: string | undefined | null, kind: string): string =>
  slugFor(text, locale) || fallbackSlug(kind, text);

export const isValidSlug = (slug: string): boolean => SLUG_RE.test(slug);
