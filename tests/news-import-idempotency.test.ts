/**
 * One article per (source text, locale), whatever the timing: the idempotency record is per
 * locale, and the database's UNIQUE (source_hash, locale) is what stops two imports that both
 * found the text "not imported yet" from both writing. These tests force that interleaving, so
 * they fail on SQLite too (whose single connection would otherwise run concurrent imports one by
 * one, each seeing the other's commit).
 */
import { isUniqueViolation } from '../src/plugins/news-import/server/src/storage/sources';
import { contentCounts, newsImportClient } from './fixtures/news-import';
import { bootApp, fullAccessToken, type TestApp } from './harness/strapi';

let app: TestApp;
let token: string;

const post = newsImportClient(() => app, () => token);
const plugin = () => app.strapi.plugin('news-import');

beforeAll(async () => {
  app = await bootApp();
  token = await fullAccessToken(app.strapi);
});

afterAll(async () => {
  await app?.stop();
});

afterEach(() => {
  jest.restoreAllMocks();
});

describe('idempotency per locale', () => {
  it('makes two articles of the same text in ar and en, and each answers its own again', async () => {
    const text = 'وزير الخارجية يستقبل نظيره القبرصي\n\nاستقبل وزير الخارجية اليوم نظيره القبرصي في القاهرة.';
    const before = await contentCounts(app.strapi);
    const ar = (await post('import', { text, locale: 'ar' }).expect(201)).body.data.article;
    const en = (await post('import', { text, locale: 'en' }).expect(201)).body.data.article;
    expect(en.documentId).not.toBe(ar.documentId);

    for (const [locale, article] of [['ar', ar], ['en', en], ['en', en], ['ar', ar]] as const) {
      const again = await post('import', { text, locale }).expect(200);
      expect(again.body.data).toMatchObject({ duplicate: true, article: { documentId: article.documentId, locale } });
    }
    expect((await contentCounts(app.strapi)).articles).toBe(before.articles + 2);
  });
});

describe('the claim on (source_hash, locale)', () => {
  const claimInTransaction = (hash: string, locale: string) =>
    app.strapi.db.transaction(() => plugin().service('sources').claim(hash, locale));

  it('refuses a second claim of the same text and locale, and allows another locale', async () => {
    const hash = 'a'.repeat(64);
    await claimInTransaction(hash, 'ar');
    const second = await claimInTransaction(hash, 'ar').then(
      () => null,
      (error: unknown) => error
    );
    expect(isUniqueViolation(second)).toBe(true);
    await claimInTransaction(hash, 'en');
  });

  it('lets only one of two imports that both read "not imported yet" write an article', async () => {
    const text = 'محافظ الإسكندرية يفتتح محطة تحلية جديدة\n\nافتتح محافظ الإسكندرية اليوم محطة تحلية جديدة.';
    const sources = plugin().service('sources');
    const find = sources.find.bind(sources);

    // Both imports read before either claims: each waits here until the other has read too.
    let arrived = 0;
    let release!: () => void;
    const bothRead = new Promise<void>((resolve) => (release = resolve));
    jest.spyOn(sources, 'find').mockImplementation(async (hash: string, locale: string) => {
      const row = await find(hash, locale);
      if (arrived < 2) {
        arrived += 1;
        if (arrived === 2) release();
        await bothRead;
      }
      return row;
    });

    const before = await contentCounts(app.strapi);
    const importer = plugin().service('importer');
    const results = await Promise.all([importer.import({ text }), importer.import({ text })]);

    expect(arrived).toBe(2);
    expect(results.map((result: any) => result.duplicate).sort()).toEqual([false, true]);
    expect(results[0].article.documentId).toBe(results[1].article.documentId);
    expect((await contentCounts(app.strapi)).articles).toBe(before.articles + 1);
  });
});
