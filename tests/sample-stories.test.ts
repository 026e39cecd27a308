/**
 * The demo of `npm run develop`: first boot imports and publishes the sample story, so the
 * README's public REST and GraphQL examples answer with real content; a second boot adds nothing.
 */
import request from 'supertest';

import { SEED_HEADLINES, SEED_TITLE } from './fixtures/stories';
import { bootApp, type TestApp } from './harness/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await bootApp({ sampleStories: true });
});

afterAll(async () => {
  await app?.stop();
});

describe('sample stories on first boot', () => {
  it('imports and publishes the seed story, readable by the public', async () => {
    const res = await request(app.server)
      .get('/api/articles')
      .query({ locale: 'ar', populate: { relatedLinks: true, officials: true } })
      .expect(200);
    expect(res.body.data).toHaveLength(1);
    const [article] = res.body.data;
    expect(article.title).toBe(SEED_TITLE);
    expect(article.relatedLinks).toHaveLength(SEED_HEADLINES.length);
    expect(article.officials.map((o: any) => o.name)).toEqual(
      expect.arrayContaining(['عبد الفتاح السيسي', 'أنتوني بلينكن', 'عباس كامل'])
    );

    const graphql = await request(app.server)
      .post('/graphql')
      .send({ query: '{ articles(locale: "ar") { title officials { name role } } }' })
      .expect(200);
    expect(graphql.body.data.articles[0].title).toBe(SEED_TITLE);
  });

  it('a second boot imports nothing again', async () => {
    const count = () => app.strapi.db.query('api::article.article').count();
    const before = await count();
    app = await app.restart();
    expect(await count()).toBe(before);
  });
});
