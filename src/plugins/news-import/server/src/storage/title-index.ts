/**
 * The title index: every article title's match key and words, per locale (see ./tables.ts).
 *
 * It mirrors each document's draft row, which in Strapi 5 always holds the latest title, and is
 * kept in step by a Document Service middleware (../middlewares/title-index.ts). It implements
 * the matching core's `TitleIndex` port.
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

type TitleRow = { documentId: string; locale: string; title: string };

const writeRows = async (table: TableOf, rows: TitleRow[]) => {
  const keys = rows.map((row) => ({
    document_id: row.documentId,
    locale: row.locale,
    match_key: matchKey(row.title).slice(0, 1000),
  }));
  const tokens = keys.flatMap((key) =>
    indexTokens(key.match_key).map((token) => ({
      document_id: key.document_id,
      locale: key.locale,
      token: token.slice(0, 255),
    }))
  );
  for (const chunk of chunks(keys)) await table(TITLE_KEYS).insert(chunk);
  for (const chunk of chunks(tokens)) await table(TITLE_TOKENS).insert(chunk);
};

export const createTitleIndex = (strapi: Core.Strapi) => {
  // The index mirrors rows, below the Document Service middlewares (drafts included on purpose).
  const draftTitles = (where: Record<string, unknown>): Promise<TitleRow[]> =>
    strapi.db.query(ARTICLE).findMany({
      where: { ...where, publishedAt: null },
      select: ['documentId', 'locale', 'title'],
    }) as Promise<TitleRow[]>;

  const port: TitleIndex = {
    async exact(locale, keys) {
      const found: TitleCandidate[] = [];
      for (const chunk of chunks(keys)) {
        const rows = await withTables(strapi, (table) =>
          table(TITLE_KEYS)
            .where({ locale })
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
      return withTables(strapi, async (table) => {
        const ranked = await table(TITLE_TOKENS)
          .where({ locale })
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
          .where({ locale })
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
  };

  return {
    ...port,

    /** Re-reads one document's titles (every locale) into the index; a deleted document leaves it. */
    async syncDocument(documentId: string): Promise<void> {
      // One transaction (joined when the caller has one): readers never see a title half-indexed.
      await strapi.db.transaction(async () => {
        const rows = await draftTitles({ documentId });
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
          where: { publishedAt: null },
          select: ['documentId', 'locale', 'title'],
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
