/**
 * Slugs are unique per locale in the database, not only in a read-then-write check.
 *
 * The slug middleware (../app/slugs.ts) picks a free slug, but two creates at the same moment can
 * both find `x` free. Strapi 5 cannot declare the constraint (draft and published rows of one
 * document share a slug), so the app owns partial unique indexes on what Strapi stores: one slug
 * per locale among draft rows, one among published rows (articles); one per locale (officials).
 * Created idempotently after Strapi's schema sync, which leaves indexes it did not create alone.
 */
import type { Core } from '@strapi/strapi';

type SlugIndex = { uid: string; name: string; where: 'draft' | 'published' | null };

export const SLUG_INDEXES: SlugIndex[] = [
  { uid: 'api::article.article', name: 'articles_slug_locale_draft_uq', where: 'draft' },
  { uid: 'api::article.article', name: 'articles_slug_locale_published_uq', where: 'published' },
  { uid: 'api::official.official', name: 'officials_slug_locale_uq', where: null },
];

// Building the index found two rows that already share a slug.
const isDuplicateData = (error: unknown): boolean => {
  const e = error as { code?: string; message?: string } | null;
  return e?.code === '23505' || /UNIQUE constraint failed|could not create unique index/i.test(e?.message ?? '');
};

export const ensureSlugIndexes = async (strapi: Core.Strapi): Promise<void> => {
  const schema = strapi.db.getSchemaName();
  for (const index of SLUG_INDEXES) {
    const meta: any = strapi.db.metadata.get(index.uid as any);
    const column = (attribute: string) => meta.attributes[attribute]?.columnName ?? attribute;
    const table = schema ? `${schema}.${meta.tableName}` : meta.tableName;
    const where =
      index.where === null ? '' : ` WHERE ?? IS ${index.where === 'draft' ? 'NULL' : 'NOT NULL'}`;
    const bindings = [index.name, table, column('slug'), column('locale'), ...(index.where ? [column('publishedAt')] : [])];
    try {
      await strapi.db.connection.raw(`CREATE UNIQUE INDEX IF NOT EXISTS ?? ON ?? (??, ??)${where}`, bindings);
    } catch (error) {
      if (!isDuplicateData(error)) throw error;
      // Slugs already duplicated (data from before the index): the app still refuses new ones.
      strapi.log.warn(
        `[newsroom] unique slug index ${index.name} not created: ${(error as Error).message}. ` +
          'Give the entries that share a slug distinct slugs, then restart.'
      );
    }
  }
};

/** True for the error one of these indexes raises, on SQLite and PostgreSQL. */
export const isSlugConflict = (error: unknown): boolean => {
  const e = error as { code?: string; constraint?: string; message?: string } | null;
  const message = e?.message ?? '';
  if (e?.code === '23505') return SLUG_INDEXES.some((index) => index.name === e.constraint || message.includes(index.name));
  return /UNIQUE constraint failed: \w+\.slug, \w+\.locale/.test(message);
};
