/**
 * No request, from anyone, gets a 500: what a client sends wrong is a 400 that names the field,
 * and odd but valid text is stored, the same on SQLite and PostgreSQL.
 */
import request from 'supertest';

import { bootApp, fullAccessToken, type TestApp } from './harness/strapi';

let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await bootApp();
  token = await fullAccessToken(app.strapi);
});

afterAll(async () => {
  await app?.stop();
});

const withToken = (method: 'get' | 'post', url: string) =>
  request(app.server)[method](url).set('Authorization', `Bearer ${token}`);

const story = (title: string, paragraph: string, related: string[] = []) =>
  [title, '', paragraph, ...(related.length ? ['اقرأ أيضاً:', ...related] : [])].join('\n');

describe('filter values that the database cannot compare', () => {
  it.each([
    ['/api/related-links?locale=ar&filters[confidence][$gt]=abc', 'confidence'],
    ['/api/related-links?locale=ar&filters[position][$eq]=1e400', 'position'],
    ['/api/related-links?locale=ar&filters[position][$in][0]=1&filters[position][$in][1]=x', 'position'],
    ['/api/articles?locale=ar&filters[id][$eq]=abc', 'id'],
    ['/api/articles?locale=ar&filters[publishedAt][$lt]=yesterday', 'publishedAt'],
    ['/api/related-links?locale=ar&filters[article][id][$eq]=1.5', 'article.id'],
    ['/api/officials?locale=ar&filters[$or][name][$eq]=x', '$or'],
    ['/api/officials?locale=ar&filters[$and]=x', '$and'],
    ['/api/articles?locale=ar&populate[relatedLinks][filters][position][$gt]=many', 'position'],
  ])('%s is a 400 naming the field', async (url, field) => {
    for (const asked of [() => request(app.server).get(url), () => withToken('get', url)]) {
      const res = await asked();
      expect([url, res.status]).toEqual([url, 400]);
      expect(res.body.error.name).toBe('ValidationError');
      expect(res.body.error.message).toContain(`"${field}"`);
    }
  });

  it('still answers well-typed filters', async () => {
    for (const url of [
      '/api/related-links?locale=ar&filters[confidence][$gt]=0.5',
      '/api/related-links?locale=ar&filters[position][$in][0]=1&filters[position][$in][1]=2',
      '/api/articles?locale=ar&filters[id][$eq]=1',
      '/api/articles?locale=ar&filters[publishedAt][$lt]=2100-01-01',
      '/api/officials?locale=ar&filters[$or][0][name][$eq]=x&filters[$or][1][name][$eq]=y',
    ]) {
      const res = await request(app.server).get(url);
      expect([url, res.status]).toEqual([url, 200]);
    }
  });
});

describe('schema limits match the columns', () => {
  const create = (type: string, data: object) => withToken('post', `/api/${type}?locale=ar`).send({ data });

  it.each([
    ['articles', { title: 'ع'.repeat(300) }, 'title'],
    ['articles', { title: 'عنوان', sourceName: 'م'.repeat(256) }, 'sourceName'],
    ['articles', { title: 'عنوان', sourceUrl: `https://example.com/${'a'.repeat(400)}` }, 'sourceUrl'],
    ['officials', { name: 'اسم مسؤول', role: 'د'.repeat(280) }, 'role'],
    ['related-links', { headline: 'ع'.repeat(400), status: 'unresolved' }, 'headline'],
  ])('POST /api/%s refuses an over-long value (%#)', async (type, data, field) => {
    const res = await create(type, data);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toContain(field);
  });
});

describe('text that grows or breaks on the way to the database', () => {
  it('imports a related headline whose match key is longer than the headline', async () => {
    for (const n of [20, 40]) {
      const headline = 'ﷺ'.repeat(n);
      const res = await withToken('post', '/api/news-import/import').send({
        text: story(`خبر عن صيغة ممتدة رقم ${n}`, 'فقرة الخبر الأولى.', [headline]),
      });
      expect([n, res.status]).toEqual([n, 201]);
      expect(res.body.data.relatedLinks.map((l: any) => l.headline)).toEqual([headline]);
      expect(JSON.stringify(res.body)).not.toContain('matchKey');
    }
  });

  it('stores lone surrogates as U+FFFD, through the importer and through REST', async () => {
    const imported = await withToken('post', '/api/news-import/import').send({
      text: 'عنوان \ud800 منفرد\n\nفقرة \udfff.',
    });
    expect(imported.status).toBe(201);
    expect(imported.body.data.article.title).toBe('عنوان \ufffd منفرد');

    const created = await withToken('post', '/api/articles?locale=ar').send({
      data: {
        title: 'مقال \udc00 عبر الواجهة',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'نص \ud83d وحيد' }] }],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.data.title).toBe('مقال \ufffd عبر الواجهة');
    expect(created.body.data.body[0].children[0].text).toBe('نص \ufffd وحيد');
    // A well-formed pair is left alone.
    const emoji = await withToken('post', '/api/officials?locale=ar').send({ data: { name: 'اسم 😀 كامل' } });
    expect(emoji.status).toBe(201);
    expect(emoji.body.data.name).toBe('اسم 😀 كامل');
  });
});
