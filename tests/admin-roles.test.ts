/**
 * The built-in Editor and Author roles work on the newsroom's localized content from the first
 * boot: an Editor lists and publishes Arabic and English articles in the Content Manager; an
 * Author lists only what they created and cannot publish.
 */
import request from 'supertest';

import { createArticle } from './fixtures/content';
import { adminRole, bootApp, createAdminUser, type Credentials, type TestApp } from './harness/strapi';

const ARTICLE = 'api::article.article';
const CM = `/content-manager/collection-types/${ARTICLE}`;

let app: TestApp;
let editor: string;
let author: string;

const login = async (credentials: Credentials) =>
  (await request(app.server).post('/admin/login').send(credentials).expect(200)).body.data.token as string;

beforeAll(async () => {
  app = await bootApp();
  const editorRole = await adminRole(app.strapi, { code: 'strapi-editor' });
  const authorRole = await adminRole(app.strapi, { code: 'strapi-author' });
  editor = await login(await createAdminUser(app.strapi, editorRole.id, { email: 'ed@newsroom.test', password: 'Editor-Test-2024' }));
  author = await login(await createAdminUser(app.strapi, authorRole.id, { email: 'au@newsroom.test', password: 'Author-Test-2024' }));
});

afterAll(async () => {
  await app?.stop();
});

describe('built-in admin roles on localized content', () => {
  it('an Editor lists and publishes articles in Arabic and in English', async () => {
    for (const locale of ['ar', 'en']) {
      const draft = await createArticle(app.strapi, { title: `مقال للمحرر ${locale}`, locale, published: false });
      const list = await request(app.server).get(`${CM}?locale=${locale}`).set('Authorization', `Bearer ${editor}`).expect(200);
      expect(list.body.results.map((row: any) => row.documentId)).toContain(draft.documentId);
      await request(app.server)
        .post(`${CM}/${draft.documentId}/actions/publish?locale=${locale}`)
        .set('Authorization', `Bearer ${editor}`)
        .send({})
        .expect(200);
    }
  });

  it('an Author sees no article created by someone else and cannot publish', async () => {
    const other = await createArticle(app.strapi, { title: 'مقال لكاتب آخر', published: false });
    const list = await request(app.server).get(`${CM}?locale=ar`).set('Authorization', `Bearer ${author}`).expect(200);
    expect(list.body.results.map((row: any) => row.documentId)).not.toContain(other.documentId);
    await request(app.server)
      .post(`${CM}/${other.documentId}/actions/publish?locale=ar`)
      .set('Authorization', `Bearer ${author}`)
      .send({})
      .expect(403);
  });
});
