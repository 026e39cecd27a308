import request from 'supertest';

import { createArticle, createRelatedLink } from './fixtures/content';
import { keysOf } from './fixtures/stories';
import { bootApp, fullAccessToken, type TestApp } from './harness/strapi';

let app: TestApp;
let published: { documentId: string };
let draft: { documentId: string };
let target: { documentId: string };

const PRIVATE_FIELDS = ['sourceText', 'sourceHash', 'matchKey'];

beforeAll(async () => {
  app = await bootApp();
  target = await createArticle(app.strapi, { title: 'مصر تواصل جهودها في تقديم المساعدات الإنسانية لقطاع غزة' });
  published = await createArticle(app.strapi, { title: 'الرئيس السيسي يجتمع مع وزير الخارجية الأمريكي' });
  draft = await createArticle(app.strapi, { title: 'مسودة لم تنشر بعد', published: false });
  await createRelatedLink(app.strapi, {
    article: published.documentId,
    headline: 'مصر تواصل جهودها فى تقديم المساعدات الإنسانية لقطاع غزة',
    position: 1,
    target: target.documentId,
  });
  await createRelatedLink(app.strapi, {
    article: published.documentId,
    headline: 'شهداء ومصابون فى قصف إسرائيلى',
    position: 2,
  });
});

afterAll(async () => {
  await app?.stop();
});

describe('public read over REST', () => {
  it('lists published articles in ar without any token', async () => {
    const res = await request(app.server).get('/api/articles').query({ locale: 'ar' }).expect(200);
    const ids = res.body.data.map((a: any) => a.documentId);
    expect(ids).toEqual(expect.arrayContaining([published.documentId, target.documentId]));
  });

  it('never shows drafts to the public', async () => {
    const list = await request(app.server).get('/api/articles').query({ locale: 'ar', status: 'draft' }).expect(200);
    expect(list.body.data.map((a: any) => a.documentId)).not.toContain(draft.documentId);
    await request(app.server).get(`/api/articles/${draft.documentId}`).query({ locale: 'ar' }).expect(404);
  });

  it('shows one article with its related links, their targets and officials populated', async () => {
    const res = await request(app.server)
      .get(`/api/articles/${published.documentId}`)
      .query({ locale: 'ar', populate: { relatedLinks: { populate: ['target'] }, officials: true } })
      .expect(200);
    const links = res.body.data.relatedLinks.sort((a: any, b: any) => a.position - b.position);
    expect(links.map((l: any) => l.headline)).toEqual([
      'مصر تواصل جهودها فى تقديم المساعدات الإنسانية لقطاع غزة',
      'شهداء ومصابون فى قصف إسرائيلى',
    ]);
    expect(links[0].target.documentId).toBe(target.documentId);
    expect(links[0].status).toBe('linked');
    expect(links[1].target).toBeNull();
    expect(res.body.data.officials).toEqual([]);
  });

  it('never leaks sourceText, sourceHash or matchKey', async () => {
    const queries: [string, object, number][] = [
      ['/api/articles', { locale: 'ar', populate: '*' }, 200],
      [`/api/articles/${published.documentId}`, { locale: 'ar', populate: { relatedLinks: { populate: '*' } } }, 200],
      ['/api/related-links', { locale: 'ar', populate: '*' }, 200],
      // Asking for a private field by name is refused outright.
      ['/api/articles', { locale: 'ar', fields: ['sourceText', 'sourceHash', 'title'] }, 400],
    ];
    for (const [url, query, status] of queries) {
      const res = await request(app.server).get(url).query(query);
      expect([url, res.status]).toEqual([url, status]);
      const keys = keysOf(res.body);
      for (const field of PRIVATE_FIELDS) expect(keys.has(field)).toBe(false);
    }
    // Filtering on a private field must not become an oracle for its value either.
    const probe = await request(app.server)
      .get('/api/articles')
      .query({ locale: 'ar', filters: { sourceHash: { $startsWith: 'hash' } } });
    expect(probe.status).toBe(400);
  });

  it('does not let the public write', async () => {
    await request(app.server)
      .post('/api/articles')
      .send({ data: { title: 'محاولة' } })
      .expect(403);
  });
});

describe('public read over GraphQL', () => {
  const graphql = (query: string, variables: object = {}) =>
    request(app.server).post('/graphql').send({ query, variables });

  it('answers articles(locale: "ar") with published articles only', async () => {
    const res = await graphql(`{ articles(locale: "ar") { documentId title slug locale } }`).expect(200);
    expect(res.body.errors).toBeUndefined();
    const ids = res.body.data.articles.map((a: any) => a.documentId);
    expect(ids).toEqual(expect.arrayContaining([published.documentId, target.documentId]));
    expect(ids).not.toContain(draft.documentId);
  });

  it('answers officials(locale: "en") from the gazetteer', async () => {
    const res = await graphql(`{ officials(locale: "en", pagination: { limit: 100 }) { name role honorific country aliases } }`).expect(200);
    expect(res.body.errors).toBeUndefined();
    const names = res.body.data.officials.map((o: any) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Abdel Fattah el-Sisi', 'Antony Blinken']));
    const blinken = res.body.data.officials.find((o: any) => o.name === 'Antony Blinken');
    expect(blinken.role).toBe('US Secretary of State');
  });

  it('has no private field in its schema', async () => {
    const res = await graphql(`{
      article: __type(name: "Article") { fields { name } }
      link: __type(name: "RelatedLink") { fields { name } }
    }`).expect(200);
    expect(res.body.errors).toBeUndefined();
    const fields = [...res.body.data.article.fields, ...res.body.data.link.fields].map((f: any) => f.name);
    expect(fields).toEqual(expect.arrayContaining(['title', 'slug', 'relatedLinks', 'headline', 'target']));
    for (const field of PRIVATE_FIELDS) expect(fields).not.toContain(field);

    const asked = await graphql(`{ articles(locale: "ar") { title sourceText } }`);
    expect(asked.body.errors?.[0]?.message).toMatch(/sourceText/);
    expect(keysOf(asked.body.data ?? {}).has('sourceText')).toBe(false);
  });

  it('answers an article with its related links and targets', async () => {
    const res = await graphql(
      `query One($id: ID!) { article(documentId: $id, locale: "ar") {
          title relatedLinks(sort: "position") { headline position status target { documentId title } }
      } }`,
      { id: published.documentId }
    ).expect(200);
    expect(res.body.errors).toBeUndefined();
    const links = res.body.data.article.relatedLinks;
    expect(links).toHaveLength(2);
    expect(links[0].target.documentId).toBe(target.documentId);
  });
});

describe('drafts stay private even when asked for', () => {
  it('ignores status=draft from the public over REST, also through populated relations', async () => {
    const list = await request(app.server).get('/api/articles').query({ locale: 'ar', status: 'draft' }).expect(200);
    expect(list.body.data.map((a: any) => a.documentId)).not.toContain(draft.documentId);
    expect(list.body.data.every((a: any) => a.publishedAt)).toBe(true);

    const links = await request(app.server)
      .get('/api/related-links')
      .query({ locale: 'ar', status: 'draft', populate: ['article', 'target'] })
      .expect(200);
    for (const link of links.body.data) {
      if (link.article) expect(link.article.publishedAt).toBeTruthy();
      if (link.target) expect(link.target.publishedAt).toBeTruthy();
    }
  });

  it('ignores status: DRAFT from the public over GraphQL', async () => {
    const res = await request(app.server)
      .post('/graphql')
      .send({ query: `{ articles(locale: "ar", status: DRAFT) { documentId publishedAt } }` })
      .expect(200);
    expect(res.body.errors).toBeUndefined();
    const ids = res.body.data.articles.map((a: any) => a.documentId);
    expect(ids).not.toContain(draft.documentId);
  });

  it('lets an API token read drafts', async () => {
    const token = await fullAccessToken(app.strapi);
    const res = await request(app.server)
      .get('/api/articles')
      .set('Authorization', `Bearer ${token}`)
      .query({ locale: 'ar', status: 'draft' })
      .expect(200);
    expect(res.body.data.map((a: any) => a.documentId)).toContain(draft.documentId);
  });
});

describe('result-size and depth caps', () => {
  it('caps REST page sizes at 100', async () => {
    const res = await request(app.server)
      .get('/api/officials')
      .query({ locale: 'ar', pagination: { pageSize: 1000 } })
      .expect(200);
    expect(res.body.meta.pagination.pageSize).toBe(100);
  });

  it('refuses GraphQL queries nested deeper than 7 levels', async () => {
    const deep = `{ articles(locale: "ar") { relatedLinks { article { relatedLinks { article {
      relatedLinks { article { relatedLinks { headline } } } } } } } } }`;
    const res = await request(app.server).post('/graphql').send({ query: deep });
    expect(res.body.errors?.[0]?.message).toMatch(/depth/i);
    expect(res.body.data?.articles).toBeFalsy();

    const shallow = `{ articles(locale: "ar") { relatedLinks { target { title } } } }`;
    const ok = await request(app.server).post('/graphql').send({ query: shallow }).expect(200);
    expect(ok.body.errors).toBeUndefined();
  });
});

describe('the README examples', () => {
  it('one article with related links, targets and officials (REST)', async () => {
    const res = await request(app.server)
      .get(
        `/api/articles/${published.documentId}?locale=ar&populate[relatedLinks][sort]=position` +
          '&populate[relatedLinks][populate][target][fields][0]=title&populate[relatedLinks][populate][target][fields][1]=slug' +
          '&populate[officials][fields][0]=name&populate[officials][fields][1]=role'
      )
      .expect(200);
    expect(res.body.data.relatedLinks.map((l: any) => l.position)).toEqual([1, 2]);
    expect(Object.keys(res.body.data.relatedLinks[0].target).sort()).toEqual(['documentId', 'id', 'slug', 'title']);
  });

  it('the article list (REST) and the GraphQL query', async () => {
    await request(app.server)
      .get('/api/articles?locale=ar&sort=publishedAt:desc&fields[0]=title&fields[1]=slug&fields[2]=summary')
      .expect(200);
    const res = await request(app.server)
      .post('/graphql')
      .send({
        query:
          '{ articles(locale: "ar", sort: "publishedAt:desc") { documentId title slug summary officials { name role } relatedLinks(sort: "position") { headline position status confidence target { documentId title slug } } } }',
      })
      .expect(200);
    expect(res.body.errors).toBeUndefined();
    const article = res.body.data.articles.find((a: any) => a.documentId === published.documentId);
    expect(article.relatedLinks.map((l: any) => l.position)).toEqual([1, 2]);
  });
});
