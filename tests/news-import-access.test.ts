/**
 * Who may import, and what bad input gets: the routes refuse callers without a token or a grant,
 * and every client mistake is a 400 ValidationError with a message an editor can act on.
 */
import fc from 'fast-check';
import request from 'supertest';

import { shortStory } from './fixtures/stories';
import { bootApp, createSuperAdmin, fullAccessToken, type TestApp } from './harness/strapi';

let app: TestApp;
let token: string;

const ROUTES = ['preview', 'import', 'relink'];

beforeAll(async () => {
  app = await bootApp();
  token = await fullAccessToken(app.strapi);
});

afterAll(async () => {
  await app?.stop();
});

const apiToken = async (type: 'read-only' | 'custom', permissions: string[] = []) =>
  (
    await app.strapi.service('admin::api-token').create({
      name: `token-${type}-${Math.random()}`,
      type,
      lifespan: null,
      permissions,
    } as any)
  ).accessKey as string;

describe('content-API access', () => {
  it.each(ROUTES)('refuses /api/news-import/%s without a token', async (route) => {
    const res = await request(app.server).post(`/api/news-import/${route}`).send({ text: shortStory('خبر') });
    expect([401, 403]).toContain(res.status);
    expect(res.body.data).toBeNull();
  });

  it('refuses a read-only API token', async () => {
    const readOnly = await apiToken('read-only');
    await request(app.server)
      .post('/api/news-import/import')
      .set('Authorization', `Bearer ${readOnly}`)
      .send({ text: shortStory('خبر للقراءة فقط') })
      .expect(403);
  });

  it('lets a custom token preview when granted preview only, and not import', async () => {
    const previewOnly = await apiToken('custom', ['plugin::news-import.news-import.preview']);
    const auth = { Authorization: `Bearer ${previewOnly}` };
    await request(app.server).post('/api/news-import/preview').set(auth).send({ text: shortStory('خبر') }).expect(200);
    await request(app.server).post('/api/news-import/import').set(auth).send({ text: shortStory('خبر') }).expect(403);
  });

  it('lets a users-permissions role import once it is granted the action', async () => {
    const roles = app.strapi.plugin('users-permissions').service('role');
    const authenticated = await app.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'authenticated' } });
    const role = await roles.findOne(authenticated.id);
    role.permissions['plugin::news-import'].controllers['news-import'].import.enabled = true;
    await roles.updateRole(authenticated.id, { permissions: role.permissions });

    const user = await app.strapi.plugin('users-permissions').service('user').add({
      username: 'desk',
      email: 'desk@newsroom.test',
      password: 'Desk-Password-2024',
      provider: 'local',
      confirmed: true,
      role: authenticated.id,
    });
    const jwt = app.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
    const text = shortStory('مكتب الأخبار يستورد خبرا عبر دور مخول');
    const res = await request(app.server)
      .post('/api/news-import/import')
      .set('Authorization', `Bearer ${jwt}`)
      .send({ text })
      .expect(201);
    expect(res.body.data.article.status).toBe('draft');
    // Granted roles import, and a second import finds the draft they wrote.
    const again = await request(app.server)
      .post('/api/news-import/import')
      .set('Authorization', `Bearer ${jwt}`)
      .send({ text })
      .expect(200);
    expect(again.body.data).toMatchObject({ duplicate: true, article: { documentId: res.body.data.article.documentId } });
    // The grant was for import only.
    await request(app.server).post('/api/news-import/relink').set('Authorization', `Bearer ${jwt}`).send({}).expect(403);
  });
});

describe('admin routes', () => {
  let adminJwt: string;

  beforeAll(async () => {
    const credentials = await createSuperAdmin(app.strapi);
    const login = await request(app.server).post('/admin/login').send(credentials).expect(200);
    adminJwt = login.body.data.token;
  });

  it('registers the import and review actions for Settings -> Roles', async () => {
    const res = await request(app.server)
      .get('/admin/permissions')
      .set('Authorization', `Bearer ${adminJwt}`)
      .expect(200);
    const actions = res.body.data.sections.plugins.map((action: any) => action.action);
    expect(actions).toEqual(expect.arrayContaining(['plugin::news-import.import', 'plugin::news-import.review']));
  });

  it('serves a super admin', async () => {
    const res = await request(app.server)
      .post('/news-import/preview')
      .set('Authorization', `Bearer ${adminJwt}`)
      .send({ text: shortStory('معاينة من لوحة التحكم') })
      .expect(200);
    expect(res.body.data.title).toBe('معاينة من لوحة التحكم');
  });

  it('refuses callers without an admin session, and API tokens', async () => {
    await request(app.server).post('/news-import/preview').send({ text: shortStory('خبر') }).expect(401);
    await request(app.server)
      .post('/news-import/import')
      .set('Authorization', `Bearer ${token}`)
      .send({ text: shortStory('خبر') })
      .expect(401);
  });

  it('refuses an admin whose role lacks the action', async () => {
    const authorRole = await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } });
    await app.strapi.service('admin::user').create({
      firstname: 'Author',
      lastname: 'Only',
      email: 'author@newsroom.test',
      password: 'Author-Password-2024',
      roles: [authorRole.id],
      isActive: true,
    });
    const login = await request(app.server)
      .post('/admin/login')
      .send({ email: 'author@newsroom.test', password: 'Author-Password-2024' })
      .expect(200);
    await request(app.server)
      .post('/news-import/import')
      .set('Authorization', `Bearer ${login.body.data.token}`)
      .send({ text: shortStory('خبر') })
      .expect(403);
  });
});

describe('bad input', () => {
  const cases: [string, unknown, RegExp][] = [
    ['no body at all', undefined, /missing|JSON object/],
    ['an array body', [1, 2], /JSON object/],
    ['a missing text', { locale: 'ar' }, /missing/],
    ['an empty text', { text: '   \n\t ' }, /empty/],
    ['a number for text', { text: 42 }, /plain text/],
    ['an object for text', { text: { ar: 'خبر' } }, /plain text/],
    ['a text with no words', { text: '!!! ... ؟؟\n---' }, /no title/],
    ['an unknown locale', { text: shortStory('خبر'), locale: 'xx' }, /Unknown locale "xx".*ar, en/],
    ['a locale that is not text', { text: shortStory('خبر'), locale: 5 }, /"locale" must be text/],
    ['publish that is not a boolean', { text: shortStory('خبر'), publish: 'yes' }, /"publish" must be true or false/],
    ['a sourceUrl that is not a web address', { text: shortStory('خبر'), sourceUrl: 'javascript:alert(1)' }, /web address/],
    ['a NUL character, which PostgreSQL cannot store', { text: 'عنوان الخبر\u0000\nفقرة.' }, /NUL character/],
    ['a sourceName that is not text', { text: shortStory('خبر'), sourceName: ['وكالة'] }, /"sourceName" must be text/],
    ['a title line too long for a headline', { text: `${'كلمة '.repeat(80)}\n\nفقرة.` }, /too long for a headline/],
  ];

  it.each(cases)('answers 400 with a clear message for %s', async (_label, body, message) => {
    const before = await app.strapi.db.query('api::article.article').count();
    const req = request(app.server).post('/api/news-import/import').set('Authorization', `Bearer ${token}`);
    const res = await (body === undefined ? req : req.send(body as object));
    expect(res.status).toBe(400);
    expect(res.body.data).toBeNull();
    expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    expect(res.body.error.message).toMatch(message);
    expect(await app.strapi.db.query('api::article.article').count()).toBe(before);
  });

  it('refuses a text over the configured size', async () => {
    const limit = app.strapi.plugin('news-import').config('maxTextLength') as number;
    const res = await request(app.server)
      .post('/api/news-import/preview')
      .set('Authorization', `Bearer ${token}`)
      .send({ text: `عنوان\n${'ا'.repeat(limit)}` })
      .expect(400);
    expect(res.body.error.message).toMatch(/limit is 200000/);
  });

  it('answers 404 when relinking an article that does not exist', async () => {
    const res = await request(app.server)
      .post('/api/news-import/relink')
      .set('Authorization', `Bearer ${token}`)
      .send({ documentId: 'no-such-article' })
      .expect(404);
    expect(res.body.error.name).toBe('NotFoundError');
  });

  it('never answers 500 to whatever a client sends', async () => {
    const words = fc.constantFrom('عنوان', 'اقرأ أيضاً', 'الرئيس', 'السيسي', '٥', '-', '•', '.', ':', 'Read also', '\u0000');
    const storyish = fc
      .tuple(
        fc.array(fc.array(words, { maxLength: 12 }).map((line) => line.join(' ')), { maxLength: 20 }),
        fc.constantFrom('\n', '\r\n', '\n\n')
      )
      .map(([lines, lineEnd]) => lines.join(lineEnd));
    const body = fc.oneof(
      fc.anything(),
      fc.record(
        {
          text: fc.oneof(storyish, fc.fullUnicodeString(), fc.anything()),
          locale: fc.oneof(fc.constantFrom('ar', 'en', 'xx', ''), fc.anything()),
          publish: fc.anything(),
          sourceUrl: fc.oneof(fc.webUrl(), fc.string()),
        },
        { requiredKeys: [] }
      )
    );
    const url = await app.listen();
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom('preview', 'import'), async (payload, route) => {
        const res = await request(url)
          .post(`/api/news-import/${route}`)
          .set('Authorization', `Bearer ${token}`)
          .set('Content-Type', 'application/json')
          .send(JSON.stringify(payload) ?? 'null');
        expect([200, 201, 400]).toContain(res.status);
      }),
      { numRuns: 150 }
    );
  });
});
