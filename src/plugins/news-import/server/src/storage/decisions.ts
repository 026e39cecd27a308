/**
 * Editors' verdicts on related links, per locale (see ./tables.ts):
 * - `rejected` (headline match key, target): matching skips that target for that headline, for
 *   every link and every later import or relink;
 * - `accepted` (link, target): a relink keeps the target the editor confirmed.
 * Writes join the caller's transaction.
 */
import type { Core } from '@strapi/strapi';

import { DECISIONS, withTables } from './tables';

// Bound parameters per statement stay well under SQLite's and PostgreSQL's limits.
const CHUNK = 500;

export type Verdict = {
  decision: 'accepted' | 'rejected';
  locale: string;
  matchKey: string;
  target: string;
  link: string | null;
};

const inChunks = async <T>(items: string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> => {
  const unique = [...new Set(items.filter((item) => item !== ''))];
  const rows: T[] = [];
  for (let i = 0; i < unique.length; i += CHUNK) rows.push(...(await read(unique.slice(i, i + CHUNK))));
  return rows;
};

export const createDecisions = (strapi: Core.Strapi) => ({
  async record({ decision, locale, matchKey, target, link }: Verdict): Promise<void> {
    await withTables(strapi, async (table) => {
      // A link has one standing acceptance: the latest.
      if (decision === 'accepted' && link) {
        await table(DECISIONS).where({ decision, locale, link_document_id: link }).delete();
      }
      const known = await table(DECISIONS)
        .where({ decision, locale, match_key: matchKey, target_document_id: target, link_document_id: link })
        .first('id');
      if (known) return;
      await table(DECISIONS).insert({
        decision,
        locale,
        match_key: matchKey,
        target_document_id: target,
        link_document_id: link,
        created_at: new Date(),
      });
    });
  },

  /** Forgets a link's acceptance (it was rejected since). */
  async forgetAccepted(locale: string, link: string): Promise<void> {
    await withTables(strapi, (table) =>
      table(DECISIONS).where({ decision: 'accepted', locale, link_document_id: link }).delete()
    );
  },

  /** The rejected targets of each of `keys` in `locale`. */
  async rejectedFor(locale: string, keys: string[]): Promise<Map<string, Set<string>>> {
    const rows = await inChunks(keys, (chunk) =>
      withTables(strapi, (table) =>
        table(DECISIONS)
          .where({ decision: 'rejected', locale })
          .whereIn('match_key', chunk)
          .select('match_key', 'target_document_id')
      )
    );
    const rejected = new Map<string, Set<string>>();
    for (const row of rows as { match_key: string; target_document_id: string }[]) {
      const targets = rejected.get(row.match_key) ?? new Set<string>();
      targets.add(row.target_document_id);
      rejected.set(row.match_key, targets);
    }
    return rejected;
  },

  /** The target an editor accepted for each of `links` in `locale`. */
  async acceptedFor(locale: string, links: string[]): Promise<Map<string, string>> {
    const rows = await inChunks(links, (chunk) =>
      withTables(strapi, (table) =>
        table(DECISIONS)
          .where({ decision: 'accepted', locale })
          .whereIn('link_document_id', chunk)
          .select('link_document_id', 'target_document_id')
      )
    );
    return new Map(
      (rows as { link_document_id: string; target_document_id: string }[]).map((row) => [
        row.link_document_id,
        row.target_document_id,
      ])
    );
  },
});

export type Decisions = ReturnType<typeof createDecisions>;
