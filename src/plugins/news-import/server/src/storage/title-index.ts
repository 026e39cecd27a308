/**
 * The title index: every article title's match key and words, per locale (see ./tables.ts).
 *
 * It mirrors every article row: the draft row, which in Strapi 5 always holds the latest title,
 * and the published row when there is one. It is kept in step by a Document Service middleware
 * (../middlewares/index.ts). `view('latest')` and `view('published')` implement the matching
 * core's `TitleIndex` port over one or the other.
 */
import type { Core } from '@strapi/strapi';

import { matchKey } from '../language/normalize';
import type { TitleCandidate, TitleIndex } from '../matching/resolve';
import { indexTokens } from '../matching/score';
import { TITLE_KEYS, TITLE_TOKENS, withTables, type TableOf } from './tables';

const ARTICLE = 'api::article.article';
// Bound parameters per statement stay well under SQLite's and PostgreSQL's limits.
const CHUNK = 500;

const chunks = <T>(items: T[], size = CHUNK): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

type TitleRow = { documentId: string; locale: string; title: string; publishedAt: string | Date | null };

/** Which titles a lookup sees: the newsroom's latest ones, or what the public can read. */
export type TitleView = 'latest' | 'published';

const ROW_FIELDS = ['documentId', 'locale', 'title', 'publishedAt'];

const writeRows = async (table: TableOf, rows: TitleRow[]) => {
  const keys = rows.map((row) => ({
    document_id: row.documentId,
    locale: row.locale,
    published: row.publishedAt !== null,
    match_key: matchKey(row.title).slice(0, 1000),
  }));
  const tokens = keys.flatMap((key) =>
    indexTokens(key.match_key).map((token) => ({
      document_id: key.document_id,
      locale: key.locale,
      published: key.published,
      token: token.slice(0, 255),
    }))
  );
  for (const chunk of chunks(keys)) await table(TITLE_KEYS).insert(chunk);
  for (const chunk of chunks(tokens)) await table(TITLE_TOKENS).insert(chunk);
};

export const createTitleIndex = (strapi: Core.Strapi) => {
  // The index mirrors rows, below the Document Service middlewares (drafts included on purpose).
  const titleRows = (where: Record<string, unknown>): Promise<TitleRow[]> =>
    strapi.db.query(ARTICLE).findMany({ where, select: ROW_FIELDS }) as Promise<TitleRow[]>;

  const view = (which: TitleView): TitleIndex => ({
    async exact(locale, keys) {
      const published = which === 'published';
      const found: TitleCandidate[] = [];
      for (const chunk of chunks(keys)) {
        const rows = await withTables(strapi, (table) =>
          table(TITLE_KEYS)
            .where({ locale, published })
            .whereIn('match_key', chunk)
            .orderBy('id', 'desc')
            .select('document_id', 'match_key')
        );
        found.push(...rows.map((row: any) => ({ documentId: row.document_id, matchKey: row.match_key })));
      }
      return found;
    },

    async similar(locale, tokens, limit) {
      if (tokens.length === 0) return [];
      const published = which === 'published';
      return withTables(strapi, async (table) => {
        const ranked = await table(TITLE_TOKENS)
          .where({ locale, published })
          .whereIn('token', tokens.slice(0, CHUNK))
          .groupBy('document_id')
          .select('document_id')
          .count({ shared: '*' })
          .orderBy([
            { column: 'shared', order: 'desc' },
            { column: 'document_id', order: 'asc' },
          ])
          .limit(limit);
        if (ranked.length === 0) return [];
        const keys = await table(TITLE_KEYS)
          .where({ locale, published })
          .whereIn(
            'document_id',
            ranked.map((row: any) => row.document_id)
          )
          .select('document_id', 'match_key');
        const keyOf = new Map<string, string>(keys.map((row: any) => [row.document_id, row.match_key]));
        return ranked
          .filter((row: any) => keyOf.has(row.document_id))
          .map((row: any) => ({ documentId: row.document_id, matchKey: keyOf.get(row.document_id)! }));
      });
    },
  });

  return {
    view,

    /** Re-reads one document's titles (every locale) into the index; a deleted document leaves it. */
    async syncDocument(documentId: string): Promise<void> {
      // One transaction (joined when the caller has one): readers never see a title half-indexed.
      await strapi.db.transaction(async () => {
        const rows = await titleRows({ documentId });
        await withTables(strapi, async (table) => {
          await table(TITLE_TOKENS).where({ document_id: documentId }).delete();
          await table(TITLE_KEYS).where({ document_id: documentId }).delete();
          await writeRows(table, rows);
        });
      });
    },

    /** Rebuilds the whole index from the articles table, page by page. */
    async rebuild(pageSize = 1000): Promise<number> {
      await withTables(strapi, async (table) => {
        await table(TITLE_TOKENS).delete();
        await table(TITLE_KEYS).delete();
      });
      let indexed = 0;
      for (let offset = 0; ; offset += pageSize) {
        const rows = (await strapi.db.query(ARTICLE).findMany({
          select: ROW_FIELDS,
          orderBy: { id: 'asc' },
          offset,
          limit: pageSize,
        })) as TitleRow[];
        if (rows.length === 0) break;
        await withTables(strapi, (table) => writeRows(table, rows));
        indexed += rows.length;
      }
      return indexed;
    },

    async size(): Promise<number> {
      const row = await withTables(strapi, (table) => table(TITLE_KEYS).count({ n: '*' }).first());
      return Number(row?.n ?? 0);
    },
  };
};

export type TitleIndexStore = ReturnType<typeof createTitleIndex>;
