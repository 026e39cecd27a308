/**
 * Bulk-loads a synthetic archive into the app's real tables, straight through knex (an archive of
 * a million stories through HTTP would take days), then fills the plugin's indexes with the
 * plugin's own rebuild, the code the app runs at bootstrap when its indexes are missing.
 *
 * Every article is published (a draft row and a published row, as Strapi 5 stores them), names one
 * official, and one in four lists two related headlines: linked to an earlier article, or open
 * (`unresolved`) when the headline names no story yet, so that the link index has work too.
 */
import type { Core } from '@strapi/strapi';

import { headline, type Random, type Vocabulary } from './generator';

const BATCH = 250;

export type Archive = { size: number; titles: string[]; documentIds: string[] };

export const documentIdOf = (i: number) => `bench${i.toString(36).padStart(19, '0')}`;

const idRange = async (knex: any, table: string): Promise<number> => Number((await knex(table).max({ m: 'id' }).first())?.m ?? 0);

/** PostgreSQL's sequences do not follow ids given explicitly: move them past the last one. */
const resetSequences = async (strapi: Core.Strapi, tables: string[]) => {
  if (strapi.db.dialect.client !== 'postgres') return;
  for (const table of tables) {
    await strapi.db.connection.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT COALESCE(MAX(id), 1) FROM ??))`, [
      table,
      table,
    ]);
  }
};

export const loadArchive = async (
  strapi: Core.Strapi,
  random: Random,
  vocab: Vocabulary,
  size: number,
  onProgress: (done: number) => void = () => {}
): Promise<Archive> => {
  const knex = strapi.db.connection;
  const sqlite = strapi.db.dialect.client === 'sqlite';
  const now = () => (sqlite ? Date.now() : new Date());
  const officials = (await knex('officials').where({ locale: 'ar' }).select('id')).map((row: any) => row.id as number);
  const titles: string[] = [];
  const documentIds: string[] = [];
  let articleId = await idRange(knex, 'articles');
  let linkId = await idRange(knex, 'related_links');

  for (let start = 0; start < size; start += BATCH) {
    const articles: any[] = [];
    const links: any[] = [];
    const articleLinks: any[] = [];
    const targetLinks: any[] = [];
    const officialLinks: any[] = [];
    for (let i = start; i < Math.min(size, start + BATCH); i += 1) {
      const title = headline(random, vocab);
      const documentId = documentIdOf(i);
      titles.push(title);
      documentIds.push(documentId);
      const summary = `${title}، ${headline(random, vocab)}.`;
      const row = {
        document_id: documentId,
        title,
        slug: `${title.split(' ').slice(0, 8).join('-')}-${i}`,
        summary,
        body: JSON.stringify([{ type: 'paragraph', children: [{ type: 'text', text: summary }] }]),
        locale: 'ar',
        created_at: now(),
        updated_at: now(),
      };
      const draft = (articleId += 1);
      const published = (articleId += 1);
      articles.push({ id: draft, ...row, published_at: null }, { id: published, ...row, published_at: now() });
      if (officials.length > 0) {
        const official = officials[Math.floor(random() * officials.length)];
        for (const article of [draft, published]) officialLinks.push({ article_id: article, official_id: official, official_ord: 1, article_ord: 1 });
      }
      if (i % 4 !== 3 || i === 0) continue;
      for (let position = 1; position <= 2; position += 1) {
        const target = random() < 0.8 ? Math.floor(random() * i) : null;
        const id = (linkId += 1);
        links.push({
          id,
          document_id: `benchlink${id.toString(36).padStart(15, '0')}`,
          headline: target === null ? headline(random, vocab) : titles[target],
          position,
          status: target === null ? 'unresolved' : 'linked',
          confidence: target === null ? 0 : 1,
          match_key: null,
          locale: 'ar',
          created_at: now(),
          updated_at: now(),
          published_at: now(),
        });
        for (const article of [draft, published]) articleLinks.push({ related_link_id: id, article_id: article, related_link_ord: position });
        if (target !== null) {
          // Draft and published rows of the target: ids 2t+1 and 2t+2 past the archive's first id.
          const targetDraft = draft - 2 * (i - target);
          for (const article of [targetDraft, targetDraft + 1]) targetLinks.push({ related_link_id: id, article_id: article, related_link_ord: 1 });
        }
      }
    }
    await knex.transaction(async (trx: any) => {
      for (const [table, rows] of [
        ['articles', articles],
        ['related_links', links],
        ['related_links_article_lnk', articleLinks],
        ['related_links_target_lnk', targetLinks],
        ['articles_officials_lnk', officialLinks],
      ] as const) {
        for (let i = 0; i < rows.length; i += 100) await trx(table).insert(rows.slice(i, i + 100));
      }
    });
    onProgress(Math.min(size, start + BATCH));
  }
  await resetSequences(strapi, ['articles', 'related_links']);
  return { size, titles, documentIds };
};

/** The plugin's indexes, filled by the plugin's own rebuild (what bootstrap runs when they are missing). */
export const indexArchive = async (strapi: Core.Strapi) => {
  const plugin = strapi.plugin('news-import');
  const titles = await plugin.service('titleIndex').rebuild();
  const links = await plugin.service('linkIndex').rebuild();
  // What autovacuum does to freshly loaded tables in a running database (PostgreSQL 13+ vacuums
  // after inserts too): statistics, and the visibility map that lets the title index's lookups be
  // index-only scans. Without it a lookup reads the table's pages for every posting (about twice
  // as slow at 100k).
  if (strapi.db.dialect.client === 'postgres') await strapi.db.connection.raw('VACUUM ANALYZE');
  return { titles, links };
};
