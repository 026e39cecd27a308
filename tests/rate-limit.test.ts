/**
 * Abuse limits: each caller may preview and import a limited number of times per interval
 * (NEWS_IMPORT_RATE_LIMIT_MAX per NEWS_IMPORT_RATE_LIMIT_WINDOW seconds); over it, a 429 in
 * Strapi's envelope. Counted per caller and per operation, over REST and GraphQL alike.
 */
import request from 'supertest';

import { shortStory } from './fixtures/stories';
import { bootApp, fullAccessToken, type TestApp } from './harness/strapi';

let app: TestApp;
const saved = { ...process.env };

beforeAll(async () => {
  process.env.NEWS_IMPORT_RATE_LIMIT_MAX = '3';
  process.env.NEWS_IMPORT_RATE_LIMIT_WINDOW = '600';
  app = await bootApp({ rateLimit: true });
});

afterAll(async () => {
  await app?.stop();
  for (const name of ['NEWS_IMPORT_RATE_LIMIT_MAX', 'NEWS_IMPORT_RATE_LIMIT_WINDOW']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

const preview = (token: string) =>
  request(app.server).post('/api/news-import/preview').set('Authorization', `Bearer ${token}`).send({ text: shortStory('خبر للمعاينة') });

describe('rate limits on preview and import', () => {
  it('answers 429 after the limit, for that caller and that operation only', async () => {
    const busy = await fullAccessToken(app.strapi);
    const other = await fullAccessToken(app.strapi);
    for (let i = 0; i < 3; i += 1) await preview(busy).expect(200);
    const refused = await preview(busy).expect(429);
    expect(refused.body.error).toMatchObject({ status: 429, name: 'RateLimitError' });
    expect(refused.body.error.message).toMatch(/at most 3 every 600 seconds/);

    await preview(other).expect(200);
    await request(app.server)
      .post('/api/news-import/import')
      .set('Authorization', `Bearer ${busy}`)
      .send({ text: shortStory('خبر يستورد رغم كثرة المعاينات') })
      .expect(201);
  });

  it('counts GraphQL calls too', async () => {
    const token = await fullAccessToken(app.strapi);
    const ask = () =>
      request(app.server)
        .post('/graphql')
        .set('Authorization', `Bearer ${token}`)
        .send({ query: 'query($t: String!) { newsImportPreview(text: $t) { title } }', variables: { t: shortStory('خبر') } });
    for (let i = 0; i < 3; i += 1) expect((await ask()).body.errors).toBeUndefined();
    const refused = await ask();
    expect(refused.body.errors?.[0]?.message).toMatch(/Too many preview requests/);
  });
});
