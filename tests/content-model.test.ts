import fs from 'node:fs';

import { bootApp, type TestApp } from './harness/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await bootApp();
});

afterAll(async () => {
  await app?.stop();
});

const schemaOf = (uid: string) => app.strapi.contentType(uid as any) as any;

const localized = (attribute: any) => attribute.pluginOptions?.i18n?.localized === true;

describe('the content model matches the contract', () => {
  it('article: localized, draft & publish, fields and relations', () => {
    const article = schemaOf('api::article.article');
    expect(article.kind).toBe('collectionType');
    expect(article.options.draftAndPublish).toBe(true);
    expect(article.pluginOptions.i18n.localized).toBe(true);

    const a = article.attributes;
    expect(a.title).toMatchObject({ type: 'string', required: true });
    expect(a.slug).toMatchObject({ type: 'uid', targetField: 'title', required: true });
    expect(a.summary.type).toBe('text');
    expect(a.body.type).toBe('blocks');
    expect(a.sourceText).toMatchObject({ type: 'text', private: true });
    expect(a.sourceHash).toMatchObject({ type: 'string', private: true });
    expect(a.sourceName.type).toBe('string');
    expect(a.sourceUrl.type).toBe('string');
    expect(a.officials).toMatchObject({
      type: 'relation',
      relation: 'manyToMany',
      target: 'api::official.official',
      inversedBy: 'articles',
    });
    expect(a.relatedLinks).toMatchObject({
      type: 'relation',
      relation: 'oneToMany',
      target: 'api::related-link.related-link',
      mappedBy: 'article',
    });
    expect(a.backlinks).toMatchObject({
      type: 'relation',
      relation: 'oneToMany',
      target: 'api::related-link.related-link',
      mappedBy: 'target',
    });
    for (const field of ['title', 'slug', 'summary', 'body', 'sourceText', 'sourceHash']) {
      expect(localized(a[field])).toBe(true);
    }
  });

  it('official: localized, fields and the inverse of article.officials', () => {
    const official = schemaOf('api::official.official');
    expect(official.pluginOptions.i18n.localized).toBe(true);
    const a = official.attributes;
    expect(a.name).toMatchObject({ type: 'string', required: true });
    expect(a.slug).toMatchObject({ type: 'uid', targetField: 'name' });
    for (const field of ['role', 'honorific', 'country']) expect(a[field].type).toBe('string');
    expect(a.aliases.type).toBe('json');
    expect(a.articles).toMatchObject({
      type: 'relation',
      relation: 'manyToMany',
      target: 'api::article.article',
      mappedBy: 'officials',
    });
  });

  it('related link: localized, headline, position, article, target, status, confidence, matchKey', () => {
    const link = schemaOf('api::related-link.related-link');
    expect(link.pluginOptions.i18n.localized).toBe(true);
    const a = link.attributes;
    expect(a.headline).toMatchObject({ type: 'string', required: true });
    expect(a.position.type).toBe('integer');
    expect(a.article).toMatchObject({
      type: 'relation',
      relation: 'manyToOne',
      target: 'api::article.article',
      inversedBy: 'relatedLinks',
    });
    expect(a.target).toMatchObject({ type: 'relation', relation: 'manyToOne', target: 'api::article.article' });
    expect(a.target.inversedBy).toBe('backlinks');
    expect(a.status).toMatchObject({ type: 'enumeration', enum: ['linked', 'suggested', 'unresolved', 'rejected'] });
    expect(a.confidence).toMatchObject({ type: 'decimal', min: 0, max: 1 });
    expect(a.matchKey).toMatchObject({ type: 'string', private: true });
  });

  it('the news-import plugin is loaded with its configuration', () => {
    expect(app.strapi.plugin('news-import')).toBeDefined();
    expect(app.strapi.plugin('news-import').config('maxTextLength')).toBe(200_000);
  });

  it('runs on the database the tier asked for', () => {
    const expected = process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite';
    expect(app.strapi.db.dialect.client).toBe(expected);
    expect(app.database.client).toBe(expected);
  });

  it('puts SQLite in WAL mode with a busy timeout and a 64 MB page cache', async () => {
    if (app.database.client !== 'sqlite') return;
    const [journal] = await app.strapi.db.connection.raw('pragma journal_mode');
    const [timeout] = await app.strapi.db.connection.raw('pragma busy_timeout');
    const [cache] = await app.strapi.db.connection.raw('pragma cache_size');
    expect(journal.journal_mode).toBe('wal');
    expect(Number(Object.values(timeout)[0])).toBe(5000);
    expect(Number(Object.values(cache)[0])).toBe(-65536);
  });

  it('runs the news-import plugin built from its current sources', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { sourceHash, stampFile } = require('../scripts/build-plugin.js');
    expect(fs.readFileSync(stampFile, 'utf8')).toBe(sourceHash());
  });
});

describe('locales', () => {
  it('has ar as the default locale and en beside it', async () => {
    const locales = app.strapi.plugin('i18n').service('locales');
    const codes = (await locales.find()).map((l: { code: string }) => l.code).sort();
    expect(codes).toEqual(expect.arrayContaining(['ar', 'en']));
    expect(await locales.getDefaultLocale()).toBe('ar');
  });
});
