/**
 * The link index: the words of every related link's headline that a later story may still take
 * (open, or linked short of certainty: see ../matching/arrivals.ts), per locale (see ./tables.ts).
 *
 * Kept in step by a Document Service middleware on related-link writes (../middlewares), read when
 * an article arrives to find the open links that share the most words with its title.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

import type { Core } from '@strapi/strapi';

import { matchKey } from '../language/normalize';
import { isImprovable } from '../matching/arrivals';
import { planLookup, POSTING_CAP, rankPostings } from '../matching/rarest';
import { indexTokens } from '../matching/score';
import { LINK_TOKENS, refreshStatistics, withTables } from './tables';

const RELATED_LINK = 'api::related-link.related-link';
/** The links a later story may still take, as a query filter (see `isImprovable`). */
export const IMPROVABLE_FILTER = {
  $or: [{ status: { $in: ['unresolved', 'suggested'] } }, { status: 'linked', confidence: { $lt: 1 } }],
};
// Bound parameters per statement stay well under SQLite's and PostgreSQL's limits.
const CHUNK = 500;
const WORDS_PER_QUERY = 25;

type LinkRow = { documentId: string; locale: string; headline: string; status: string; confidence: unknown };
const LINK_FIELDS = ['documentId', 'locale', 'headline', 'status', 'confidence'];

const tokenRows = (rows: LinkRow[]) =>
  rows
    .filter((row) => isImprovable(row.status, Number(row.confidence ?? 0)))
    .flatMap((row) =>
      indexTokens(matchKey(row.headline)).map((token) => ({
        link_document_id: row.documentId,
        locale: row.locale,
        token: token.slice(0, 255),
      }))
    );

const insert = async (table: (name: string) => any, rows: ReturnType<typeof tokenRows>) => {
  for (let i = 0; i < rows.length; i += CHUNK) await table(LINK_TOKENS).insert(rows.slice(i, i + CHUNK));
};

/**
 * The links written inside a `batch`, waiting for their one `sync` at its end. Closed at that end:
 * a callback that outlives the batch (it keeps the batch's async context) syncs at once.
 */
const batched = new AsyncLocalStorage<{ written: Set<string>; open: boolean }>();

export const createLinkIndex = (strapi: Core.Strapi) => ({
  /**
   * Runs `write` (an import's or a correction's links, created one by one) with the index's
   * upkeep of every link it writes gathered into one `sync` at its end: three statements instead
   * of three per link. Call it inside the transaction that writes the links; whatever reads the
   * index comes after the batch.
   */
  async batch<T>(write: () => Promise<T>): Promise<T> {
    if (batched.getStore()?.open) return write();
    const batch = { written: new Set<string>(), open: true };
    let result: T;
    try {
      result = await batched.run(batch, write);
    } finally {
      batch.open = false;
    }
    // Only on success: a failed write rolls back the caller's transaction, the links with it.
    await this.sync([...batch.written]);
    return result;
  },

  /** Keeps a written link in step: now, or at the end of the batch it was written in. */
  async written(documentId: string): Promise<void> {
    const batch = batched.getStore();
    if (batch?.open) batch.written.add(documentId);
    else await this.sync([documentId]);
  },

  /** Re-reads these links (every locale) into the index; a deleted or closed link leaves it. */
  async sync(documentIds: string[]): Promise<void> {
    const ids = [...new Set(documentIds)];
    if (ids.length === 0) return;
    await strapi.db.transaction(async () => {
      const rows = (await strapi.db.query(RELATED_LINK).findMany({
        where: { documentId: { $in: ids } },
        select: LINK_FIELDS,
      })) as LinkRow[];
      await withTables(strapi, async (table) => {
        await table(LINK_TOKENS).whereIn('link_document_id', ids).delete();
        await insert(table, tokenRows(rows));
      });
    });
  },

  /**
   * Up to `limit` open links of `locale` sharing the rarest of `tokens`, heaviest first (see
   * ../matching/rarest.ts). Each word's list is read at most `POSTING_CAP + 1` long: its length is
   * its document frequency when shorter, and a longer one is a common word, used only when the
   * title has too few rare ones.
   */
  async candidates(locale: string, tokens: string[], limit: number): Promise<string[]> {
    if (tokens.length === 0) return [];
    return withTables(strapi, async (table) => {
      const words = [...new Set(tokens)].slice(0, CHUNK);
      const postings = new Map<string, string[]>(words.map((token) => [token, []]));
      // Every word's list in one statement: one subquery each (its own ORDER BY and LIMIT).
      for (let i = 0; i < words.length; i += WORDS_PER_QUERY) {
        const [first, ...rest] = words.slice(i, i + WORDS_PER_QUERY).map((token, n) =>
          table(LINK_TOKENS)
            .select('*')
            .from(
              table(LINK_TOKENS)
                .where({ locale, token })
                .orderBy('link_document_id', 'desc')
                .limit(POSTING_CAP + 1)
                .select('token', 'link_document_id')
                .as(`p${n}`)
            )
        );
        const rows = (await (rest.length > 0 ? first.unionAll(rest) : first)) as { token: string; link_document_id: string }[];
        for (const row of rows) postings.get(row.token)?.push(row.link_document_id);
      }
      const plan = planLookup(tokens, new Map([...postings].map(([token, ids]) => [token, ids.length])));
      return rankPostings(plan, postings, limit).map(({ id }) => id);
    });
  },

  /** Rebuilds the index from every open link in one transaction, paging by id (see titleIndex.rebuild). */
  async rebuild(pageSize = 1000): Promise<number> {
    return strapi.db.transaction(async () => {
      await withTables(strapi, (table) => table(LINK_TOKENS).delete());
      let indexed = 0;
      for (let lastId = 0; ; ) {
        const rows = (await strapi.db.query(RELATED_LINK).findMany({
          where: { $and: [{ id: { $gt: lastId } }, IMPROVABLE_FILTER] },
          select: [...LINK_FIELDS, 'id'],
          orderBy: { id: 'asc' },
          limit: pageSize,
        })) as (LinkRow & { id: number })[];
        if (rows.length === 0) break;
        await withTables(strapi, (table) => insert(table, tokenRows(rows)));
        lastId = rows[rows.length - 1].id;
        indexed += rows.length;
      }
      await refreshStatistics(strapi, [LINK_TOKENS]);
      return indexed;
    });
  },

  async isEmpty(): Promise<boolean> {
    return !(await withTables(strapi, (table) => table(LINK_TOKENS).first('id')));
  },
});

export type LinkIndex = ReturnType<typeof createLinkIndex>;
