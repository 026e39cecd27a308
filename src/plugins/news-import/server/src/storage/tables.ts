/**
 * The plugin's own tables. They are not content (editors never see them) but indexes the
 * database enforces, which Strapi content types cannot declare:
 *
 * - `news_import_sources`: one row per (sourceHash, locale), UNIQUE in the database. An import
 *   claims its row inside its transaction, so two concurrent imports of the same text cannot both
 *   create an article (Strapi 5 does not enforce `unique` attributes in the database).
 * - `news_import_title_keys` / `news_import_title_tokens`: the match key and the words of every
 *   article title per locale, so that headline matching finds candidates through B-tree indexes
 *   instead of loading articles into JavaScript. Each document has a row for its latest (draft)
 *   title and, when published, one for its published title: the newsroom matches against the
 *   first, callers without draft rights against the second.
 * - `news_import_title_token_stats`: how many titles hold each word, per locale and view, so that
 *   candidates are looked up by their rarest words (../matching/rarest.ts). Created empty on an
 *   existing database, it makes bootstrap rebuild the title index (see `titleIndex.isConsistent`).
 * - `news_import_link_tokens`: the words of every open related link's headline (`unresolved` or
 *   `suggested`), per locale, so that an article arriving later finds the links that may name it
 *   through an index instead of loading every open link.
 * - `news_import_revisions`: the texts a correction replaced (../services/corrections.ts): the
 *   previous `sourceText`, its hash and when it came in, per article and locale. Strapi's content
 *   history is not available here (an Enterprise feature), and the article keeps only its latest
 *   text.
 * - `news_import_decisions`: an editor's verdicts on links, per locale: the (headline match key,
 *   target) pairs rejected, which matching never proposes again whatever happens to the link, and
 *   the targets accepted, which a relink keeps.
 *
 * Strapi's schema sync leaves tables and indexes it never created alone, so creating them here at
 * bootstrap (idempotently) is safe on SQLite and PostgreSQL alike.
 */
import type { Core } from '@strapi/strapi';

export const SOURCES = 'news_import_sources';
export const TITLE_KEYS = 'news_import_title_keys';
export const TITLE_TOKENS = 'news_import_title_tokens';
export const TITLE_TOKEN_STATS = 'news_import_title_token_stats';
export const LINK_TOKENS = 'news_import_link_tokens';
export const DECISIONS = 'news_import_decisions';
export const REVISIONS = 'news_import_revisions';

type Knex = any;
export type TableOf = (name: string) => Knex;

/**
 * Runs `work` with a query builder factory bound to the current transaction, if there is one: inside
 * an import's `strapi.db.transaction` the plugin's rows commit or roll back with the content. Outside
 * one, reads go straight to the pool instead of paying for a BEGIN/COMMIT each.
 */
export const withTables = <T = any>(strapi: Core.Strapi, work: (table: TableOf) => Promise<T>): Promise<T> => {
  const schema = strapi.db.getSchemaName();
  const bind = (connection: Knex): TableOf => (name) =>
    schema ? connection(name).withSchema(schema) : connection(name);
  if (!strapi.db.inTransaction()) return work(bind(strapi.db.connection));
  return strapi.db.transaction(({ trx }) => work(bind(trx))) as Promise<T>;
};

const createIfMissing = async (strapi: Core.Strapi, name: string, build: (table: Knex) => void) => {
  if (await strapi.db.getSchemaConnection().hasTable(name)) return;
  await strapi.db.getSchemaConnection().createTable(name, build);
};

/**
 * The title tables are derived data: a table from before the `published` column is dropped and
 * rebuilt from the articles at bootstrap (the size check there notices the empty index).
 */
const dropOutdatedTitleTables = async (strapi: Core.Strapi) => {
  const schema = strapi.db.getSchemaConnection();
  if (!(await schema.hasTable(TITLE_KEYS)) || (await schema.hasColumn(TITLE_KEYS, 'published'))) return;
  await schema.dropTableIfExists(TITLE_TOKENS);
  await schema.dropTableIfExists(TITLE_KEYS);
};

/**
 * Indexes on content tables for the plugin's hot paths: an arriving article re-scores the links
 * that suggest it (`status = 'suggested'`), a filter Strapi's own indexes cannot serve. Named, and
 * created with IF NOT EXISTS: Strapi's schema sync leaves indexes it did not create alone.
 */
const ensureContentIndexes = async (strapi: Core.Strapi) => {
  const meta: any = strapi.db.metadata.get('api::related-link.related-link' as any);
  const schema = strapi.db.getSchemaName();
  const table = schema ? `${schema}.${meta.tableName}` : meta.tableName;
  await strapi.db.connection.raw('CREATE INDEX IF NOT EXISTS ?? ON ?? (??, ??)', [
    'news_import_related_links_status_idx',
    table,
    meta.attributes.status?.columnName ?? 'status',
    meta.attributes.locale?.columnName ?? 'locale',
  ]);
};

export const ensureTables = async (strapi: Core.Strapi): Promise<void> => {
  await dropOutdatedTitleTables(strapi);

  await createIfMissing(strapi, SOURCES, (table) => {
    table.increments('id');
    table.string('source_hash', 64).notNullable();
    table.string('locale', 32).notNullable();
    // Null while the claiming import is still writing; set before it commits.
    table.string('document_id', 255).nullable();
    table.timestamp('created_at').notNullable();
    table.unique(['source_hash', 'locale'], { indexName: 'news_import_sources_hash_locale_uq' });
    table.index(['document_id'], 'news_import_sources_document_idx');
  });

  await createIfMissing(strapi, TITLE_KEYS, (table) => {
    table.increments('id');
    table.string('document_id', 255).notNullable();
    table.string('locale', 32).notNullable();
    table.boolean('published').notNullable().defaultTo(false);
    table.string('match_key', 1000).notNullable();
    table.unique(['document_id', 'locale', 'published'], { indexName: 'news_import_title_keys_doc_uq' });
  });

  await createIfMissing(strapi, TITLE_TOKENS, (table) => {
    table.increments('id');
    table.string('document_id', 255).notNullable();
    table.string('locale', 32).notNullable();
    table.boolean('published').notNullable().defaultTo(false);
    table.string('token', 255).notNullable();
  });

  await createIfMissing(strapi, TITLE_TOKEN_STATS, (table) => {
    table.string('locale', 32).notNullable();
    table.boolean('published').notNullable().defaultTo(false);
    table.string('token', 255).notNullable();
    table.integer('df').notNullable().defaultTo(0);
    table.unique(['locale', 'published', 'token'], { indexName: 'news_import_title_token_stats_uq' });
  });

  await createIfMissing(strapi, LINK_TOKENS, (table) => {
    table.increments('id');
    table.string('link_document_id', 255).notNullable();
    table.string('locale', 32).notNullable();
    table.string('token', 255).notNullable();
    table.unique(['locale', 'token', 'link_document_id'], { indexName: 'news_import_link_tokens_uq' });
    table.index(['link_document_id'], 'news_import_link_tokens_link_idx');
  });

  await createIfMissing(strapi, DECISIONS, (table) => {
    table.increments('id');
    table.string('decision', 16).notNullable();
    table.string('locale', 32).notNullable();
    table.string('match_key', 1000).notNullable();
    table.string('target_document_id', 255).notNullable();
    table.string('link_document_id', 255).nullable();
    table.timestamp('created_at').notNullable();
    table.index(['locale', 'match_key'], 'news_import_decisions_locale_key_idx');
    table.index(['link_document_id'], 'news_import_decisions_link_idx');
  });

  await createIfMissing(strapi, REVISIONS, (table) => {
    table.increments('id');
    table.string('document_id', 255).notNullable();
    table.string('locale', 32).notNullable();
    table.string('source_hash', 64).nullable();
    table.text('source_text', 'longtext').nullable();
    // When the replaced text was imported, and when the correction replaced it.
    table.timestamp('imported_at').nullable();
    table.timestamp('replaced_at').notNullable();
    table.index(['document_id', 'locale'], 'news_import_revisions_document_idx');
  });

  await ensureContentIndexes(strapi);
  await createIndexes(strapi, TITLE_INDEXES);
};

/**
 * The lookup indexes of the title tables. Declared here once: created at bootstrap (a database
 * from before keeps its own, same names), and dropped and created again around a rebuild, which
 * fills the tables in bulk: one sort per index instead of 20 million random B-tree inserts at a
 * million stories (849 s before, see README, Performance).
 */
type IndexDefinition = { table: string; name: string; columns: string[]; unique: boolean };
export const TITLE_INDEXES: IndexDefinition[] = [
  { table: TITLE_KEYS, name: 'news_import_title_keys_key_idx', columns: ['locale', 'published', 'match_key'], unique: false },
  {
    table: TITLE_TOKENS,
    name: 'news_import_title_tokens_key_uq',
    columns: ['locale', 'published', 'token', 'document_id'],
    unique: true,
  },
  { table: TITLE_TOKENS, name: 'news_import_title_tokens_doc_idx', columns: ['document_id', 'locale'], unique: false },
];

type Raw = (sql: string, bindings?: unknown[]) => Promise<unknown>;

/** `raw` bound to the current transaction, if there is one (DDL commits or rolls back with it). */
const withRaw = <T>(strapi: Core.Strapi, work: (raw: Raw) => Promise<T>): Promise<T> =>
  strapi.db.inTransaction()
    ? (strapi.db.transaction(({ trx }) => work((sql, bindings) => trx.raw(sql, bindings ?? []))) as Promise<T>)
    : work((sql, bindings) => strapi.db.connection.raw(sql, bindings ?? []));

const qualified = (strapi: Core.Strapi, name: string) => {
  const schema = strapi.db.getSchemaName();
  return schema ? `${schema}.${name}` : name;
};

export const createIndexes = (strapi: Core.Strapi, indexes: IndexDefinition[]): Promise<void> =>
  withRaw(strapi, async (raw) => {
    for (const index of indexes) {
      await raw(`CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ?? ON ?? (${index.columns.map(() => '??').join(', ')})`, [
        index.name,
        qualified(strapi, index.table),
        ...index.columns,
      ]);
    }
  });

export const dropIndexes = (strapi: Core.Strapi, indexes: IndexDefinition[]): Promise<void> =>
  withRaw(strapi, async (raw) => {
    for (const index of indexes) {
      // A database created before these were declared here holds the unique one as a constraint.
      if (strapi.db.dialect.client === 'postgres') {
        await raw('ALTER TABLE ?? DROP CONSTRAINT IF EXISTS ??', [qualified(strapi, index.table), index.name]);
      }
      await raw('DROP INDEX IF EXISTS ??', [qualified(strapi, index.name)]);
    }
  });

/**
 * After a bulk rebuild, PostgreSQL's planner still has the statistics of the empty or old tables
 * (autovacuum gets to them later) and may pick a plan for ten rows: they are gathered at once.
 * SQLite plans from the indexes alone and is left as it is.
 */
export const refreshStatistics = (strapi: Core.Strapi, tables: string[]): Promise<void> =>
  strapi.db.dialect.client !== 'postgres'
    ? Promise.resolve()
    : withRaw(strapi, async (raw) => {
        for (const table of tables) await raw('ANALYZE ??', [qualified(strapi, table)]);
      });
