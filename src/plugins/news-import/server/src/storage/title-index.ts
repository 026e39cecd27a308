/**
 * The title index: every article title's match key and words, per locale (see ./tables.ts).
 *
 * It mirrors every article row: the draft row, which in Strapi 5 always holds the latest title,
 * and the published row when there is one. It is kept in step by a Document Service middleware
 * (../middlewares/index.ts). `view('latest')` and `view('published')` implement the matching
 * core's `TitleIndex` port over one or the other. Candidates are looked up by their rarest words
 * (../matching/rarest.ts), with the document frequencies kept in ./token-stats.ts.
 */
import type { Core } from '@strapi/strapi';

import { matchKey } from '../language/normalize';
import type { TitleCandidate, TitleIndex } from '../matching/resolve';
import { planLookup, POSTING_CAP, rankPostings, type TokenLookup } from '../matching/rarest';
import { indexTokens } from '../matching/score';
import { createIndexes, dropIndexes, refreshStatistics, TITLE_INDEXES, TITLE_KEYS, TITLE_TOKEN_STATS, TITLE_TOKENS, withTables, type TableOf } from './tables';
import { frequencies, hasCounts, storeCounts, tallyTokens, type TokenCounts } from './token-stats';

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

/** Writes the rows' keys and tokens; returns the token rows for the document frequencies. */
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
  return tokens;
};

type Ranked = { document_id: string; weight: number };
type Where = { locale: string; published: boolean };
// Headlines ranked per statement: a long list is read in a few statements, never one per headline.
const HEADLINES_PER_QUERY = 25;

/** One headline's candidates from short posting lists: the database sums weights, keeps the best. */
const rankQuery = (table: TableOf, where: Where, plan: TokenLookup[], limit: number, slot: number) => {
  const query = table(TITLE_TOKENS);
  const cases = plan.map(() => 'WHEN ? THEN CAST(? AS DOUBLE PRECISION)').join(' ');
  return query
    .where(where)
    .whereIn(
      'token',
      plan.map((lookup) => lookup.token)
    )
    .groupBy('document_id')
    .select(
      query.client.raw('? AS slot', [slot]),
      'document_id',
      query.client.raw(`SUM(CASE token ${cases} END) AS weight`, plan.flatMap((lookup) => [lookup.token, lookup.weight]))
    )
    .orderBy([
      { column: 'weight', order: 'desc' },
      { column: 'document_id', order: 'asc' },
    ])
    .limit(limit);
};

/**
 * Several headlines' candidates in one statement: each headline's ranking as its own subquery
 * (its own ORDER BY and LIMIT), joined by UNION ALL. Rows come back tagged with their headline.
 */
const rankTogether = async (
  table: TableOf,
  where: Where,
  plans: { slot: number; plan: TokenLookup[] }[],
  limit: number
): Promise<Map<number, Ranked[]>> => {
  const ranked = new Map<number, Ranked[]>(plans.map(({ slot }) => [slot, []]));
  for (const group of chunks(plans, HEADLINES_PER_QUERY)) {
    const [first, ...rest] = group.map(({ slot, plan }, n) =>
      table(TITLE_TOKENS)
        .select('*')
        .from(rankQuery(table, where, plan, limit, slot).as(`r${n}`))
    );
    const rows = (await (rest.length > 0 ? first.unionAll(rest) : first)) as (Ranked & { slot: number | string })[];
    // Each subquery's order is kept here: UNION ALL promises no order across them.
    for (const row of rows) ranked.get(Number(row.slot))!.push({ document_id: row.document_id, weight: Number(row.weight) });
  }
  for (const list of ranked.values()) {
    list.sort((a, b) => b.weight - a.weight || (a.document_id < b.document_id ? -1 : a.document_id > b.document_id ? 1 : 0));
  }
  return ranked;
};

/** A headline of common words: a bounded slice of each long list, summed here. */
const rankCapped = async (table: TableOf, where: Where, plan: TokenLookup[], limit: number): Promise<Ranked[]> => {
  const postings = new Map<string, string[]>();
  for (const lookup of plan) {
    let query = table(TITLE_TOKENS).where({ ...where, token: lookup.token }).select('document_id');
    if (lookup.capped) query = query.orderBy('document_id', 'desc').limit(POSTING_CAP);
    postings.set(lookup.token, (await query).map((row: any) => row.document_id));
  }
  return rankPostings(plan, postings, limit).map(({ id, weight }) => ({ document_id: id, weight }));
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

    async similar(locale, tokenLists, limit) {
      const where = { locale, published: which === 'published' };
      const all = [...new Set(tokenLists.flat())];
      if (all.length === 0) return tokenLists.map(() => []);
      return withTables(strapi, async (table) => {
        const df = await frequencies(table, locale, where.published, all);
        const plans = tokenLists.map((tokens, slot) => ({ slot, plan: planLookup(tokens, df) }));
        const ranked = await rankTogether(
          table,
          where,
          plans.filter(({ plan }) => plan.length > 0 && plan.every((lookup) => !lookup.capped)),
          limit
        );
        for (const { slot, plan } of plans) {
          if (plan.some((lookup) => lookup.capped)) ranked.set(slot, await rankCapped(table, where, plan, limit));
        }

        const ids = [...new Set([...ranked.values()].flatMap((rows) => rows.map((row) => row.document_id)))];
        const keyOf = new Map<string, string>();
        for (const chunk of chunks(ids)) {
          const rows = await table(TITLE_KEYS).where(where).whereIn('document_id', chunk).select('document_id', 'match_key');
          for (const row of rows) keyOf.set(row.document_id, row.match_key);
        }
        return tokenLists.map((_, slot) =>
          (ranked.get(slot) ?? [])
            .filter((row) => keyOf.has(row.document_id))
            .map((row) => ({ documentId: row.document_id, matchKey: keyOf.get(row.document_id)! }))
        );
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
          const before = await table(TITLE_TOKENS).where({ document_id: documentId }).select('locale', 'published', 'token');
          await storeCounts(table, tallyTokens(before), -1);
          await table(TITLE_TOKENS).where({ document_id: documentId }).delete();
          await table(TITLE_KEYS).where({ document_id: documentId }).delete();
          await storeCounts(table, tallyTokens(await writeRows(table, rows)));
        });
      });
    },

    /**
     * Rebuilds the whole index from the articles table, in one transaction (readers see the old
     * index or the new one, never half of it), paging by id: an offset would re-read the skipped
     * rows on every page, quadratic in a large archive.
     */
    async rebuild(pageSize = 1000): Promise<number> {
      return strapi.db.transaction(async () => {
        await withTables(strapi, async (table) => {
          await table(TITLE_TOKENS).delete();
          await table(TITLE_KEYS).delete();
          await table(TITLE_TOKEN_STATS).delete();
        });
        // Filled in bulk, then indexed once (created again before the transaction commits).
        await dropIndexes(strapi, TITLE_INDEXES);
        const counts: TokenCounts = new Map();
        let indexed = 0;
        for (let lastId = 0; ; ) {
          const rows = (await strapi.db.query(ARTICLE).findMany({
            select: [...ROW_FIELDS, 'id'],
            where: { id: { $gt: lastId } },
            orderBy: { id: 'asc' },
            limit: pageSize,
          })) as (TitleRow & { id: number })[];
          if (rows.length === 0) break;
          await withTables(strapi, async (table) => tallyTokens(await writeRows(table, rows), counts));
          lastId = rows[rows.length - 1].id;
          indexed += rows.length;
        }
        await withTables(strapi, (table) => storeCounts(table, counts));
        await createIndexes(strapi, TITLE_INDEXES);
        await refreshStatistics(strapi, [TITLE_KEYS, TITLE_TOKENS, TITLE_TOKEN_STATS]);
        return indexed;
      });
    },

    /** Whether the index can be trusted: one key per article row, and word counts beside the words. */
    async isConsistent(articleRows: number): Promise<boolean> {
      if (articleRows !== (await this.size())) return false;
      return articleRows === 0 || withTables(strapi, hasCounts);
    },

    async size(): Promise<number> {
      const row = await withTables(strapi, (table) => table(TITLE_KEYS).count({ n: '*' }).first());
      return Number(row?.n ?? 0);
    },
  };
};

export type TitleIndexStore = ReturnType<typeof createTitleIndex>;
