/**
 * Document frequency of every title word, per locale and view (see ./tables.ts, TITLE_TOKEN_STATS):
 * how many titles hold it. The title index reads it to look candidates up by their rarest words
 * (../matching/rarest.ts) and keeps it in step in the same transaction as the token rows.
 */
import { TITLE_TOKEN_STATS, type TableOf } from './tables';

type TokenRow = { locale: string; published: boolean | number; token: string };

const CHUNK = 500;
const keyOf = (row: TokenRow) => `${row.locale}\u0000${row.published ? 1 : 0}\u0000${row.token}`;

export type TokenCounts = Map<string, { locale: string; published: boolean; token: string; df: number }>;

/** Adds these token rows to `counts` (one entry per locale, view and token). */
export const tallyTokens = (rows: TokenRow[], counts: TokenCounts = new Map()): TokenCounts => {
  for (const row of rows) {
    const key = keyOf(row);
    const entry = counts.get(key) ?? { locale: row.locale, published: Boolean(row.published), token: row.token, df: 0 };
    entry.df += 1;
    counts.set(key, entry);
  }
  return counts;
};

/**
 * Adds `counts` to the stored ones (`sign` -1: takes them away). Sorted by key, so that concurrent
 * writers lock the rows of common words in one order and never deadlock each other.
 */
export const storeCounts = async (table: TableOf, counts: TokenCounts, sign: 1 | -1 = 1): Promise<void> => {
  const entries = [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry);
  if (sign < 0) {
    for (const entry of entries) {
      await table(TITLE_TOKEN_STATS)
        .where({ locale: entry.locale, published: entry.published, token: entry.token })
        .decrement('df', entry.df);
    }
    return;
  }
  for (let i = 0; i < entries.length; i += CHUNK) {
    const query = table(TITLE_TOKEN_STATS);
    await query
      .insert(entries.slice(i, i + CHUNK))
      .onConflict(['locale', 'published', 'token'])
      .merge({ df: query.client.raw('?? + excluded.??', [`${TITLE_TOKEN_STATS}.df`, 'df']) });
  }
};

/** The document frequency of `tokens` among the titles of one locale and view. */
export const frequencies = async (
  table: TableOf,
  locale: string,
  published: boolean,
  tokens: string[]
): Promise<Map<string, number>> => {
  const df = new Map<string, number>();
  for (let i = 0; i < tokens.length; i += CHUNK) {
    const rows = await table(TITLE_TOKEN_STATS)
      .where({ locale, published })
      .whereIn('token', tokens.slice(i, i + CHUNK))
      .select('token', 'df');
    for (const row of rows) df.set(row.token as string, Number(row.df));
  }
  return df;
};

export const hasCounts = async (table: TableOf): Promise<boolean> => Boolean(await table(TITLE_TOKEN_STATS).first('token'));
