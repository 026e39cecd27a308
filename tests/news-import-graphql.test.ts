/**
 * `importArticle` and `newsImportPreview` over GraphQL: the same path and the same guards as REST.
 */
import request from 'supertest';

import { createArticle } from './fixtures/content';
import { MATCHING_TITLES, SEED_HEADLINES, SEED_STORY, SEED_TITLE } from './fixtures/stories';
import { bootApp, fullAccessToken, type TestApp } from './harness/strapi';

let app: TestApp;
let token: string;

const RESULT_FIELDS = `
  duplicate
  article { documentId locale slug title status }
  relatedLinks { headline position status confidence target { documentId slug title } }
  officials { name role honorific documentId known mentions }
  warnings
`;

const IMPORT = `mutation Import($text: String!, $locale: I18NLocaleCode, $publish: Boolean) {
  importArticle(text: $text, locale: $locale, publish: $publish) { ${RESULT_FIELDS} }
}`;

const PREVIEW = `query Preview($text: String!) {
  newsImportPreview(text: $text) {
    title summary paragraphs warnings
    relatedLinks { headline position status confidence target { documentId } }
    officials { name known mentions }
  }
}`;

const graphql = (query: string, variables: Record<string, unknown>, auth = true) => {
  const req = request(app.server).post('/graphql');
  if (auth) req.set('Authorization', `Bearer ${token}`);
  return req.send({ query, variables });
};

beforeAll(async () => {
  app = await bootApp();
  token = await fullAccessToken(app.strapi);
});

afterAll(async () => {
  await app?.stop();
});

describe('GraphQL import', () => {
  it('previews the seed story without writing', async () => {
    const before = await app.strapi.db.query('api::article.article').count();
    const res = await graphql(PREVIEW, { text: SEED_STORY }).expect(200);
    expect(res.body.errors).toBeUndefined();
    const preview = res.body.data.newsImportPreview;
    expect(preview.title).toBe(SEED_TITLE);
    expect(preview.relatedLinks.map((link: any) => link.headline)).toEqual(SEED_HEADLINES);
    expect(await app.strapi.db.query('api::article.article').count()).toBe(before);
  });

  it('imports the seed story with linked targets, then answers duplicate: true', async () => {
    const { position, title } = MATCHING_TITLES[0];
    const target = await createArticle(app.strapi, { title });

    const first = await graphql(IMPORT, { text: SEED_STORY, publish: true }).expect(200);
    expect(first.body.errors).toBeUndefined();
    const result = first.body.data.importArticle;
    expect(result).toMatchObject({ duplicate: false, article: { title: SEED_TITLE, locale: 'ar', status: 'published' } });
    expect(result.relatedLinks).toHaveLength(11);
    expect(result.relatedLinks[position - 1]).toMatchObject({
      status: 'linked',
      target: { documentId: target.documentId },
    });
    expect(result.officials.map((hit: any) => hit.name)).toEqual(
      expect.arrayContaining(['عبد الفتاح السيسي', 'أنتوني بلينكن', 'عباس كامل'])
    );

    const again = await graphql(IMPORT, { text: SEED_STORY }).expect(200);
    expect(again.body.data.importArticle).toMatchObject({
      duplicate: true,
      article: { documentId: result.article.documentId },
    });

    // The imported article is then readable through the generated queries.
    const read = await request(app.server)
      .post('/graphql')
      .send({
        query: `query { articles(locale: "ar", filters: { title: { eq: ${JSON.stringify(SEED_TITLE)} } }) {
          documentId relatedLinks(sort: "position:asc") { headline status target { documentId } }
        } }`,
      })
      .expect(200);
    expect(read.body.data.articles).toHaveLength(1);
    expect(read.body.data.articles[0].relatedLinks).toHaveLength(11);
  });

  it('refuses callers without a token', async () => {
    const res = await graphql(IMPORT, { text: SEED_STORY }, false);
    expect(res.body.data?.importArticle ?? null).toBeNull();
    expect(res.body.errors[0].message).toMatch(/Forbidden/i);
    const preview = await graphql(PREVIEW, { text: SEED_STORY }, false);
    expect(preview.body.errors[0].message).toMatch(/Forbidden/i);
  });

  it('reports bad input as a user error, not a server error', async () => {
    const res = await graphql(IMPORT, { text: '   ' }).expect(200);
    expect(res.body.errors[0].message).toMatch(/empty/);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const locale = await graphql(IMPORT, { text: SEED_STORY, locale: 'xx' }).expect(200);
    expect(locale.body.errors[0].message).toMatch(/Unknown locale "xx"/);
  });

  it('answers errors without a stack trace or a path of the server', async () => {
    const answers = [
      (await graphql(IMPORT, { text: '   ' })).body,
      (await graphql('{ articles(locale: "ar") { title sourceText } }', {})).body,
      (await graphql('{ articles(', {})).body,
    ];
    for (const body of answers) {
      expect(body.errors.length).toBeGreaterThan(0);
      for (const error of body.errors) expect(error.extensions?.stacktrace).toBeUndefined();
      expect(JSON.stringify(body)).not.toContain(process.cwd());
    }
  });
});
