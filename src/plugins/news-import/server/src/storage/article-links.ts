/**
 * The related links of one article, read from the article's side: its list (`relatedLinks`, the
 * links it holds) or its back-links (`backlinks`, the links pointing at it).
 *
 * Why not `findMany` on related links with `{ article: { documentId } }`: Strapi writes that filter
 * as `related_links LEFT JOIN <link table> LEFT JOIN articles WHERE articles.document_id = ?`, and
 * SQLite cannot start such a query from the article (a LEFT JOIN fixes the order), so it scanned
 * every related link of the archive. Two of those ran in each import, which is why imports slowed
 * as the archive grew. Read from the article's rows, the same links come through the link table's
 * index on the article's id: a lookup, whatever the archive's size.
 *
 * Also `lockLinks`: the row locks two instances take before deciding on the same links.
 */
import type { Core } from '@strapi/strapi';

import { withTables } from './tables';

const ARTICLE = 'api::article.article';

export type ArticleLinksQuery = {
  /** `relatedLinks`: the article's own list; `backlinks`: the links that point at it. */
  side: 'relatedLinks' | 'backlinks';
  /** The article's locale version; every locale when omitted. */
  locale?: string;
  /** Conditions on the links themselves (Strapi's query-engine `where`). */
  where?: Record<string, unknown>;
  select: string[];
  populate?: Record<string, unknown>;
  orderBy?: Record<string, 'asc' | 'desc'>[];
};

/**
 * The links, once each (an article's draft and published rows may both relate to one link), in the
 * order asked for within each locale version. Reads below the Document Service, drafts included:
 * for the plugin's own bookkeeping, never for an answer to a caller without draft rights.
 */
export const articleLinks = async <Row extends { documentId: string; locale?: string }>(
  strapi: Core.Strapi,
  documentId: string,
  { side, locale, where, select, populate, orderBy }: ArticleLinksQuery
): Promise<Row[]> => {
  const rows = (await strapi.db.query(ARTICLE).findMany({
    where: { documentId, ...(locale ? { locale } : {}) },
    select: ['id', 'locale'],
    populate: {
      [side]: {
        select: [...new Set([...select, 'documentId', 'locale'])],
        ...(where ? { where } : {}),
        ...(populate ? { populate } : {}),
        ...(orderBy ? { orderBy } : {}),
      },
    },
  })) as Record<string, Row[] | undefined>[];
  const links = new Map<string, Row>();
  for (const row of rows) {
    for (const link of row[side] ?? []) {
      const key = `${link.documentId}\u0000${link.locale ?? ''}`;
      if (!links.has(key)) links.set(key, link);
    }
  }
  const merged = [...links.values()];
  // Each row's links came in order; the rows' lists are merged in that order again.
  return rows.length > 1 && orderBy ? merged.sort(byOrder(orderBy)) : merged;
};

const compare = (a: unknown, b: unknown): number => {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  return (a as number | string) < (b as number | string) ? -1 : 1;
};

const byOrder =
  (orderBy: Record<string, 'asc' | 'desc'>[]) =>
  (a: object, b: object): number => {
    for (const entry of orderBy) {
      for (const [field, direction] of Object.entries(entry)) {
        const order = compare((a as Record<string, unknown>)[field], (b as Record<string, unknown>)[field]);
        if (order !== 0) return direction === 'desc' ? -order : order;
      }
    }
    return 0;
  };

const relatedLinksTable = (strapi: Core.Strapi): string =>
  (strapi.db.metadata.get('api::related-link.related-link' as any) as { tableName: string }).tableName;

/**
 * Locks these related links until the current transaction ends (PostgreSQL; SQLite runs one
 * writer at a time anyway), in id order so that two writers locking overlapping sets never wait on
 * each other in a circle. What is read after it is what the last writer committed: two instances
 * deciding on one link one after the other, never both from the state before either wrote (the
 * later decision would undo the earlier, better one).
 */
export const lockLinks = async (strapi: Core.Strapi, locale: string, documentIds: string[]): Promise<void> => {
  if (strapi.db.dialect.client !== 'postgres' || documentIds.length === 0) return;
  if (!strapi.db.inTransaction()) throw new Error('lockLinks must run inside a transaction');
  await withTables(strapi, (table) =>
    table(relatedLinksTable(strapi))
      .whereIn('document_id', [...new Set(documentIds)])
      .where({ locale })
      .orderBy('id')
      .forUpdate()
      .select('id')
  );
};
