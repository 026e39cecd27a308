/**
 * The title index at archive scale: candidates are looked up by their rarest words, so the word
 * counts must follow every write; its tables and indexes survive restarts; a missing part is
 * rebuilt at bootstrap; and slug numbering asks the unique (slug, locale) indexes, not a scan.
 */
import { bootApp, type TestApp } from './harness/strapi';

const ARTICLE = 'api::article.article';
const STATS = 'news_import_title_token_stats';
const TOKENS = 'news_import_title_tokens';
const TITLE_INDEX_NAMES = ['news_import_title_keys_key_idx', 'news_import_title_tokens_key_uq', 'news_import_title_tokens_doc_idx'];

let app: TestApp;

beforeAll(async () => {
  app = await bootApp();
});

afterAll(async () => {
  await app?.stop();
});

const articles = () => app.strapi.documents(ARTICLE);
const knex = () => app.strapi.db.connection;

/** Stored counts, and the counts the token rows give, as `locale|published|token -> df` (zeros left out). */
const countsStoredAndActual = async () => {
  const stored = (await knex()(STATS).where('df', '>', 0).select('locale', 'published', 'token', 'df')) as any[];
  const actual = (await knex()(TOKENS).groupBy('locale', 'published', 'token').select('locale', 'published', 'token').count({ df: '*' })) as any[];
  const asMap = (rows: any[]) =>
    Object.fromEntries(rows.map((row) => [`${row.locale}|${Number(Boolean(row.published))}|${row.token}`, Number(row.df)]));
  return { stored: asMap(stored), actual: asMap(actual) };
};

const similar = (view: 'latest' | 'published', tokens: string[]) =>
  app.strapi.plugin('news-import').service('titleIndex').view(view).similar('ar', [tokens], 5).then((lists: any[][]) => lists[0]);

describe('word counts follow every write', () => {
  it('after creates, publications, retitles and deletes they equal the words the index holds', async () => {
    const a: any = await articles().create({ locale: 'ar', data: { title: 'مصر تستضيف قمة شرم الشيخ للمناخ' } } as any);
    const b: any = await articles().create({ locale: 'ar', data: { title: 'مصر وغزة في مباحثات القاهرة' } } as any);
    const c: any = await articles().create({ locale: 'ar', data: { title: 'غزة تنتظر قوافل الإغاثة عبر رفح' } } as any);
    await articles().publish({ documentId: a.documentId, locale: 'ar' } as any);
    await articles().publish({ documentId: b.documentId, locale: 'ar' } as any);
    await articles().update({ documentId: b.documentId, locale: 'ar', data: { title: 'مصر وقطر في مباحثات الدوحة' } } as any);
    await articles().delete({ documentId: c.documentId, locale: 'ar' } as any);

    const { stored, actual } = await countsStoredAndActual();
    expect(stored).toEqual(actual);
    // The retitled draft no longer says غزة; the deleted story took its words with it.
    expect(stored['ar|0|غزه']).toBeUndefined();
    expect(stored['ar|0|مصر']).toBe(2);
    expect(stored['ar|1|مصر']).toBe(2);
  });

  it('a rare shared word finds the story that a common one alone would not rank', async () => {
    const target: any = await articles().create({ locale: 'ar', data: { title: 'مصر تفتتح محطة الضبعة النووية' } } as any);
    const found = await similar('latest', ['مصر', 'ضبعه']);
    expect(found[0]?.documentId).toBe(target.documentId);
    // Not published: the public view does not know it.
    expect((await similar('published', ['مصر', 'ضبعه'])).map((c: any) => c.documentId)).not.toContain(target.documentId);
  });
});

describe('across restarts', () => {
  const indexNames = async (): Promise<string[]> =>
    app.database.client === 'postgres'
      ? ((await knex().raw('SELECT indexname AS name FROM pg_indexes')).rows as any[]).map((row) => row.name)
      : ((await knex().raw(`SELECT name FROM sqlite_master WHERE type = 'index'`)) as any[]).map((row) => row.name);

  it('keeps its tables, counts and indexes through a restart', async () => {
    const before = await countsStoredAndActual();
    app = await app.restart();
    const after = await countsStoredAndActual();
    expect(after.stored).toEqual(before.stored);
    expect(await indexNames()).toEqual(
      expect.arrayContaining([
        'news_import_title_token_stats_uq',
        'news_import_related_links_status_idx',
        'articles_slug_locale_draft_uq',
        'articles_slug_locale_published_uq',
        ...TITLE_INDEX_NAMES,
      ])
    );
  });

  it('rebuilds the word counts, consistently, when they are missing', async () => {
    await app.strapi.db.getSchemaConnection().dropTable(STATS);
    app = await app.restart();
    const { stored, actual } = await countsStoredAndActual();
    expect(Object.keys(stored).length).toBeGreaterThan(0);
    expect(stored).toEqual(actual);
    expect((await similar('latest', ['ضبعه']))[0]).toBeDefined();
    // The rebuild fills the tables unindexed, then indexes them again before it commits.
    expect(await indexNames()).toEqual(expect.arrayContaining(TITLE_INDEX_NAMES));
    if (app.database.client === 'postgres') {
      // And the planner has statistics of the filled tables, not of the empty ones.
      const { rows } = await knex().raw('SELECT count(*)::int AS n FROM pg_stats WHERE tablename = ?', [TOKENS]);
      expect(rows[0].n).toBeGreaterThan(0);
    }
    // ... the one on (locale, published, token, document_id) as a unique index again.
    const unique =
      app.database.client === 'postgres'
        ? ((await knex().raw('SELECT indexdef FROM pg_indexes WHERE indexname = ?', ['news_import_title_tokens_key_uq'])).rows as any[]).some(
            (row) => /^CREATE UNIQUE INDEX/.test(row.indexdef)
          )
        : ((await knex().raw(`PRAGMA index_list('${TOKENS}')`)) as any[]).some(
            (row) => row.name === 'news_import_title_tokens_key_uq' && Number(row.unique) === 1
          );
    expect(unique).toBe(true);
  });
});

describe('slug numbering', () => {
  it('numbers past a batch of twenty taken slugs', async () => {
    const slugs: string[] = [];
    for (let i = 0; i < 22; i += 1) {
      const created: any = await articles().create({ locale: 'ar', data: { title: 'نشرة الأخبار' } } as any);
      slugs.push(created.slug);
    }
    expect(slugs[0]).toBe('نشرة-الأخبار');
    expect(slugs.slice(19)).toEqual(['نشرة-الأخبار-20', 'نشرة-الأخبار-21', 'نشرة-الأخبار-22']);
    expect(new Set(slugs).size).toBe(22);
  });
});

/** The SQL statements `work` sends, in order (the knex `query` event, on every connection). */
const statementsOf = async (work: () => Promise<unknown>): Promise<{ sql: string; bindings: unknown[] }[]> => {
  const seen: { sql: string; bindings: unknown[] }[] = [];
  const listener = (query: { sql: string; bindings?: unknown[] }) => seen.push({ sql: query.sql, bindings: query.bindings ?? [] });
  knex().on('query', listener);
  try {
    await work();
  } finally {
    knex().removeListener('query', listener);
  }
  return seen.filter(({ sql }) => !/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(sql.trim()));
};

describe('reads that stay flat as the archive grows', () => {
  it('a related list is looked up in a fixed number of statements, however long it is', async () => {
    const words = ['اجتماع', 'وزراء', 'الطاقة', 'العرب', 'القاهرة', 'بحث', 'اسعار', 'النفط', 'الغاز', 'المسال', 'الشتاء', 'القادم'];
    for (let i = 0; i < 12; i += 1) {
      await articles().create({ locale: 'ar', data: { title: `${words[i]} ${words[(i + 1) % 12]} ${words[(i + 2) % 12]} ${words[(i + 3) % 12]}` } } as any);
    }
    const { matchKey } = await import('../src/plugins/news-import/server/src/language/normalize');
    const { resolveHeadlines } = await import('../src/plugins/news-import/server/src/matching/resolve');
    const index = app.strapi.plugin('news-import').service('titleIndex').view('latest');
    // Headlines sharing words with the titles, none equal to one: each needs a word lookup.
    const list = (n: number) =>
      Array.from({ length: n }, (_, i) => matchKey(`${words[i % 12]} ${words[(i + 2) % 12]} ${words[(i + 5) % 12]} جديد`));

    let resolutions: unknown[] = [];
    const short = await statementsOf(async () => {
      resolutions = await resolveHeadlines(list(2), index, { locale: 'ar' });
    });
    const long = await statementsOf(async () => {
      resolutions = await resolveHeadlines(list(24), index, { locale: 'ar' });
    });
    expect(resolutions).toHaveLength(24);
    // The index's own statements (the creates above may still be announcing themselves meanwhile).
    const lookups = (statements: { sql: string }[]) => statements.filter(({ sql }) => /news_import_title/.test(sql)).map(({ sql }) => sql.slice(0, 60));
    // The exact keys, the word counts, the rankings, the candidates' keys: before, three per headline.
    expect(lookups(long)).toEqual(lookups(short));
    expect(lookups(long)).toHaveLength(4);
  });

  it('an article\'s own links and back-links are read through the link tables, never by scanning related links', async () => {
    if (app.strapi.db.dialect.client !== 'sqlite') return; // the plan check reads SQLite's EXPLAIN QUERY PLAN
    const { fullAccessToken } = await import('./harness/strapi');
    const request = (await import('supertest')).default;
    const token = await fullAccessToken(app.strapi);
    const server = app.strapi.server.httpServer;
    const story = (title: string, related: string[]) =>
      [title, `${title}، في تقرير موسع عن الحدث وتداعياته.`, 'اقرأ أيضاً:', ...related, 'وتابع التقرير تفاصيل أخرى.'].join('\n');
    await request(server).post('/api/news-import/import').set('Authorization', `Bearer ${token}`).send({ text: story('سد النهضة يدخل مرحلة الملء الخامس', ['محادثات المياه تتعثر مجددا في أديس أبابا']), publish: true }).expect(201);
    const statements = await statementsOf(async () => {
      // A later story naming the first: its import reads its own list, the links waiting for it,
      // and runs the relink; then the first story's links are read again.
      await request(server)
        .post('/api/news-import/import')
        .set('Authorization', `Bearer ${token}`)
        .send({ text: story('محادثات المياه تتعثر مجددا في أديس أبابا', ['سد النهضة يدخل مرحلة الملء الخامس', 'عنوان لم ينشر بعد عن الفيضانات']), publish: true })
        .expect(201);
    });
    const scans: string[] = [];
    for (const { sql, bindings } of statements) {
      if (!/^select/i.test(sql.trim()) || !/`related_links`/.test(sql)) continue;
      const alias = /`related_links` as `(\w+)`/.exec(sql)?.[1] ?? 'related_links';
      const plan = (await knex().raw(`EXPLAIN QUERY PLAN ${sql}`, bindings)) as { detail: string }[];
      const scan = plan.find((step) => new RegExp(`^SCAN (${alias}|related_links)\\b`).test(step.detail));
      if (scan) scans.push(`${scan.detail}: ${sql.slice(0, 200)}`);
    }
    expect(statements.length).toBeGreaterThan(20);
    expect(scans).toEqual([]);
  });

  it('an import keeps the link index in a fixed number of statements, however long its list', async () => {
    const { fullAccessToken } = await import('./harness/strapi');
    const request = (await import('supertest')).default;
    const token = await fullAccessToken(app.strapi);
    const server = app.strapi.server.httpServer;
    const headline = (story: number, i: number) => `عنوان لم ينشر بعد رقم ${'أبتثجحخدذرزسشصضطظعغفقكلمنهوي'[i]} عن القصة ${story === 1 ? 'الأولى' : 'الثانية'}`;
    const story = (n: number, count: number) =>
      [`قصة القائمة الطويلة ${n === 1 ? 'الأولى' : 'الثانية'} عن المياه`, 'فقرة أولى من القصة عن المياه والري.', 'اقرأ أيضاً:', ...Array.from({ length: count }, (_, i) => headline(n, i)), 'فقرة أخيرة.'].join('\n');
    const upkeep = async (n: number, count: number) => {
      const statements = await statementsOf(() =>
        request(server).post('/api/news-import/import').set('Authorization', `Bearer ${token}`).send({ text: story(n, count) }).expect(201)
      );
      return statements.filter(({ sql }) => /news_import_link_tokens/.test(sql) && !/^select \* from \(select/i.test(sql.trim())).length;
    };
    const short = await upkeep(1, 2);
    const long = await upkeep(2, 20);
    // Every link's words gathered into one delete and one insert (before: two per link).
    expect(long).toBe(short);
    expect(long).toBe(2);
    // And the index holds every open link's words, as if synced link by link.
    const links = (await app.strapi.db.query('api::related-link.related-link').findMany({
      where: { headline: { $startsWith: 'عنوان لم ينشر بعد رقم' } },
      select: ['documentId'],
    })) as { documentId: string }[];
    expect(links).toHaveLength(22);
    const ids = links.map((link) => link.documentId);
    const indexed = async () =>
      ((await knex()('news_import_link_tokens').whereIn('link_document_id', ids).select('link_document_id', 'locale', 'token')) as any[])
        .map((row) => `${row.link_document_id}|${row.locale}|${row.token}`)
        .sort();
    const afterImports = await indexed();
    expect(new Set(afterImports.map((row) => row.split('|')[0])).size).toBe(22);
    await app.strapi.plugin('news-import').service('linkIndex').sync(ids);
    expect(await indexed()).toEqual(afterImports);
  });

  it('a link written after its batch ended (a callback keeping the batch\'s context) is synced at once', async () => {
    const linkIndex = app.strapi.plugin('news-import').service('linkIndex');
    const synced: string[][] = [];
    const sync = jest.spyOn(linkIndex, 'sync').mockImplementation(async (ids: any) => {
      synced.push(ids);
    });
    try {
      let late: Promise<void> = Promise.resolve();
      await linkIndex.batch(async () => {
        await linkIndex.written('in-batch-1');
        await linkIndex.written('in-batch-2');
        late = new Promise((resolve) => setTimeout(() => resolve(linkIndex.written('after-batch')), 10));
      });
      expect(synced).toEqual([['in-batch-1', 'in-batch-2']]);
      await late;
      expect(synced).toEqual([['in-batch-1', 'in-batch-2'], ['after-batch']]);
      await expect(linkIndex.batch(async () => {
        await linkIndex.written('failed');
        throw new Error('the write failed');
      })).rejects.toThrow('the write failed');
      expect(synced).toHaveLength(2); // a failed batch's transaction rolls back; nothing to sync
    } finally {
      sync.mockRestore();
    }
  });
});
