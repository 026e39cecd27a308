/**
 * Slugs for articles and officials, per locale.
 *
 * Strapi's own uid generator transliterates Arabic into unreadable Latin and only checks drafts for
 * collisions, and the database does not enforce `unique` (draft and published rows share a slug).
 * This Document Service middleware fills a missing slug from the title or name in the locale's
 * script and refuses a slug that another document of the same locale already uses, so every entry
 * point (REST, GraphQL, admin, plugin imports, scripts) gets the same rules.
 */
import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { getDefaultLocale } from '../bootstrap/locales';
import { isSlugConflict } from '../bootstrap/slug-indexes';
import { isValidSlug, slugOrFallback } from '../language/slug';

export const SLUG_SOURCES: Partial<Record<UID.ContentType, string>> = {
  'api::article.article': 'title',
  'api::official.official': 'name',
};

/** The slug `text` gives an entry of `uid` in `locale`, before numbering; `article-<hash>` at worst. */
export const baseSlug = (uid: string, text: string, locale: string | undefined | null): string =>
  slugOrFallback(text, locale, uid.split('.').pop() ?? 'entry');

const STATUSES = ['draft', 'published'] as const;
// Slugs asked at once when numbering: `x`, `x-2`... `x-20`, then the next twenty.
const NUMBERED_BATCH = 20;
const numbered = (base: string, n: number) => (n === 1 ? base : `${base}-${n}`);

const invalidSlugMessage = (slug: string) =>
  `The slug "${slug}" may only contain lowercase Latin letters, Arabic letters, digits and - _ . ~ ` +
  '(no spaces, capitals or diacritics).';

export const createSlugService = (strapi: Core.Strapi) => {
  const slugsLike = async (uid: UID.ContentType, locale: string, filter: object, excludeId?: string) => {
    const filters = excludeId ? { $and: [filter, { documentId: { $ne: excludeId } }] } : filter;
    const found = await Promise.all(
      STATUSES.map((status) =>
        strapi.documents(uid).findMany({ filters, locale, status, fields: ['slug'] } as any)
      )
    );
    return new Set(found.flat().map((entry: any) => entry.slug as string));
  };

  return {
    /** Whether another document than `documentId` uses `slug` in `locale`, as draft or published. */
    async isTaken(uid: UID.ContentType, slug: string, locale: string, documentId?: string) {
      return (await slugsLike(uid, locale, { slug }, documentId)).has(slug);
    },

    /**
     * `base`, or `base-2`, `base-3`... whichever is free in `locale`. Asked by exact slugs, a batch
     * at a time, so that the unique (slug, locale) indexes answer: a `$startsWith` filter is a LIKE
     * that neither SQLite (case-insensitive LIKE) nor PostgreSQL (non-C collation) serves from an
     * index, and it scanned the whole archive on every new article.
     */
    async unique(uid: UID.ContentType, base: string, locale: string, documentId?: string) {
      for (let first = 1; ; first += NUMBERED_BATCH) {
        const candidates = Array.from({ length: NUMBERED_BATCH }, (_, i) => numbered(base, first + i));
        const taken = await slugsLike(uid, locale, { slug: { $in: candidates } }, documentId);
        const free = candidates.find((slug) => !taken.has(slug));
        if (free) return free;
      }
    },
  };
};

/**
 * The database's unique index caught what the check above could not: another document took the
 * slug between our check and our write. A clear 400; saving again picks the next free slug.
 */
const refusingRaces =
  (singular: string) =>
  async <T>(write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } catch (error) {
      if (!isSlugConflict(error)) throw error;
      throw new errors.ValidationError(
        `Another ${singular} took this slug at the same moment. Save again to get a free slug.`,
        { path: ['slug'] }
      );
    }
  };

export const slugMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, rawNext) => {
    const source = SLUG_SOURCES[context.uid];
    if (!source || !['create', 'update', 'publish'].includes(context.action)) return rawNext();
    const next = () => refusingRaces(context.contentType.info.singularName)(rawNext as () => Promise<unknown>) as any;
    if (context.action === 'publish') return next();

    const params = context.params as { data?: Record<string, any>; locale?: string; documentId?: string };
    const data = params.data;
    if (!data) return next();

    const uid = context.uid as UID.ContentType;
    const locale = params.locale ?? (await getDefaultLocale(strapi));
    const documentId = context.action === 'update' ? params.documentId : undefined;
    const slugs = createSlugService(strapi);

    if (typeof data.slug === 'string' && data.slug.trim() !== '') {
      const slug = data.slug.trim();
      if (!isValidSlug(slug)) {
        throw new errors.ValidationError(invalidSlugMessage(slug), { path: ['slug'] });
      }
      if (await slugs.isTaken(uid, slug, locale, documentId)) {
        throw new errors.ValidationError(
          `The slug "${slug}" is already used by another ${context.contentType.info.singularName} in locale "${locale}".`,
          { path: ['slug'] }
        );
      }
      data.slug = slug;
      return next();
    }

    // An update that does not touch the slug keeps it: a published URL must not move with the title.
    let text = data[source];
    if (documentId && data.slug === undefined) {
      const current: any = await strapi
        .documents(uid)
        .findOne({ documentId, locale, status: 'draft', fields: ['slug', source] } as any);
      if (current?.slug) return next();
      text ??= current?.[source];
    }
    if (typeof text === 'string' && text.trim() !== '') {
      data.slug = await slugs.unique(uid, baseSlug(uid, text, locale), locale, documentId);
    }
    return next();
  };
