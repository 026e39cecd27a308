/**
 * Translators: an `ar` story's related links and officials follow it into its `en` version,
 * whichever path creates that version; a link whose target has no `en` version yet waits for it
 * and resolves by itself (and front ends are told) when that translation arrives; the translation
 * queue lists what is left to translate, paged, and only to callers granted it.
 */
import http from 'node:http';

import request from 'supertest';

import { newsImportClient } from './fixtures/news-import';
import { shortStory } from './fixtures/stories';
import { bootApp, createSuperAdmin, fullAccessToken, type TestApp } from './harness/strapi';

const ARTICLE = 'api::article.article';
const LINK = 'api::related-link.related-link';
const QUEUE_ACTION = 'plugin::news-import.translations.queue';

let app: TestApp;
let token: string;
const post = newsImportClient(() => app, () => token);

beforeAll(async () => {
  app = await bootApp();
  token = await fullAccessToken(app.strapi);
});

afterAll(async () => {
  await app?.stop();
});

const createArticle = async (locale: string, title: string, documentId?: string) =>
  documentId
    ? app.strapi.documents(ARTICLE).update({ documentId, locale, data: { title } as any })
    : app.strapi.documents(ARTICLE).create({ locale, data: { title } as any });

/**
 * The translator's scene: two targets in `ar`, the first also in `en`; an `ar` story (naming
 * President el-Sisi) listing both and a headline that names nothing yet.
 */
const scene = async (tag: string) => {
  const translated = await createArticle('ar', `وزير الخارجية يستقبل نظيره ${tag} في القاهرة`);
  await createArticle('en', `Foreign minister receives his ${tag} counterpart in Cairo`, translated.documentId);
  const untranslated = await createArticle('ar', `افتتاح مؤتمر ${tag} للطاقة المتجددة في أسوان`);
  const res = await post('import', {
    text: shortStory(`الرئيس يتابع ملف ${tag} مع الحكومة`, [
      `وزير الخارجية يستقبل نظيره ${tag} في القاهرة`,
      `افتتاح مؤتمر ${tag} للطاقة المتجددة في أسوان`,
      `خبر ${tag} لم يكتب بعد عن المياه الجوفية`,
    ]),
  }).expect(201);
  expect(res.body.data.relatedLinks.map((l: any) => l.status)).toEqual(['linked', 'linked', 'unresolved']);
  return { story: res.body.data.article.documentId as string, translated: translated.documentId, untranslated: untranslated.documentId };
};

const linksOf = async (documentId: string, locale: string) =>
  (
    (await app.strapi.documents(LINK).findMany({
      locale,
      filters: { article: { documentId } },
      fields: ['headline', 'position', 'status'],
      populate: { target: { fields: ['title'] } },
      sort: ['position:asc'],
    } as any)) as any[]
  ).map((link) => ({ documentId: link.documentId, position: link.position, status: link.status, target: link.target?.documentId ?? null, headline: link.headline }));

const officialsOf = async (documentId: string, locale: string) =>
  (
    ((await app.strapi.documents(ARTICLE).findOne({
      documentId,
      locale,
      populate: { officials: { fields: ['name'] } },
    } as any)) as any)?.officials ?? []
  ).map((official: any) => official.name);

/** What an `en` version carried across, checked the same way for every path that creates it. */
const expectCarried = async ({ story, translated }: Awaited<ReturnType<typeof scene>>) => {
  const ar = await linksOf(story, 'ar');
  const en = await linksOf(story, 'en');
  // The same related-link documents, positions and (still untranslated) headlines.
  expect(en.map((l) => [l.documentId, l.position, l.headline])).toEqual(ar.map((l) => [l.documentId, l.position, l.headline]));
  expect(en.map((l) => [l.status, l.target])).toEqual([
    ['linked', translated],
    ['unresolved', null],
    ['unresolved', null],
  ]);
  expect(await officialsOf(story, 'ar')).toContain('عبد الفتاح السيسي');
  expect(await officialsOf(story, 'en')).toEqual(['Abdel Fattah el-Sisi']);
};

describe('an en version carries its links and officials across', () => {
  it('through REST PUT ?locale=en', async () => {
    const s = await scene('الأردني');
    await request(app.server)
      .put(`/api/articles/${s.story}?locale=en`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'The President follows the Jordan file with the government' } })
      .expect(200);
    await expectCarried(s);
  });

  it('through the Document Service, published at once', async () => {
    const s = await scene('اليوناني');
    await app.strapi.documents(ARTICLE).update({
      documentId: s.story,
      locale: 'en',
      status: 'published',
      data: { title: 'The President follows the Greek file with the government' },
    } as any);
    await expectCarried(s);
    const published = (await app.strapi.documents(ARTICLE).findOne({
      documentId: s.story,
      locale: 'en',
      status: 'published',
      populate: { officials: { fields: ['name'] }, relatedLinks: { fields: ['position'] } },
    } as any)) as any;
    expect(published.officials.map((o: any) => o.name)).toEqual(['Abdel Fattah el-Sisi']);
    expect(published.relatedLinks).toHaveLength(3);
  });

  it('through GraphQL updateArticle(locale: "en")', async () => {
    const s = await scene('القبرصي');
    const res = await request(app.server)
      .post('/graphql')
      .set('Authorization', `Bearer ${token}`)
      .send({
        query: `mutation($id: ID!) { updateArticle(documentId: $id, locale: "en", data: { title: "The President follows the Cyprus file" }) { documentId } }`,
        variables: { id: s.story },
      })
      .expect(200);
    expect(res.body.errors).toBeUndefined();
    await expectCarried(s);
  });

  it('maps an official whose en entry is another document through the gazetteer key', async () => {
    const OFFICIAL = 'api::official.official';
    const blinken = (await app.strapi.documents(OFFICIAL).findFirst({ locale: 'ar', filters: { name: 'أنتوني بلينكن' } } as any))!;
    // An en entry made on its own (by hand, before the gazetteer knew it): not the same document.
    await app.strapi.documents(OFFICIAL).delete({ documentId: blinken.documentId, locale: 'en' } as any);
    const separate = await app.strapi.documents(OFFICIAL).create({ locale: 'en', data: { name: 'Antony Blinken' } as any });
    const res = await post('import', {
      text: 'وزير الخارجية الأمريكي يصل إلى المنطقة\n\nوصل أنتوني بلينكن وزير الخارجية الأمريكي اليوم في جولة جديدة.',
    }).expect(201);
    const story = res.body.data.article.documentId;
    expect(await officialsOf(story, 'ar')).toEqual(['أنتوني بلينكن']);

    await createArticle('en', 'US Secretary of State arrives in the region', story);
    const en = ((await app.strapi.documents(ARTICLE).findOne({
      documentId: story,
      locale: 'en',
      populate: { officials: { fields: ['name'] } },
    } as any)) as any).officials;
    expect(en.map((o: any) => o.documentId)).toEqual([separate.documentId]);
  });

  it('leaves the source locale and a second write of the en version alone', async () => {
    const s = await scene('الإيطالي');
    const before = await linksOf(s.story, 'ar');
    await createArticle('en', 'The President follows the Italian file', s.story);
    await createArticle('en', 'The President follows the Italian file closely', s.story);
    expect(await linksOf(s.story, 'ar')).toEqual(before);
    expect(await linksOf(s.story, 'en')).toHaveLength(3);
  });
});

describe('a link waiting for its target translation', () => {
  it('resolves by itself when the target gets its en version, and front ends are told', async () => {
    const received: any[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push(JSON.parse(body));
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const store = app.strapi.get('webhookStore');
      const webhook = await store.createWebhook({
        name: 'translations front end',
        url: `http://127.0.0.1:${port}/hook`,
        headers: {},
        events: ['news-import.links-changed'],
        isEnabled: true,
      });
      app.strapi.get('webhookRunner').add(webhook);

      const s = await scene('الإسباني');
      await createArticle('en', 'The President follows the Spanish file', s.story);
      expect((await linksOf(s.story, 'en'))[1]).toMatchObject({ status: 'unresolved', target: null });

      // The headline is still Arabic: only the target's translation can resolve it.
      await createArticle('en', 'Spanish renewable energy conference opens in Aswan', s.untranslated);
      expect((await linksOf(s.story, 'en')).map((l) => [l.status, l.target])).toEqual([
        ['linked', s.translated],
        ['linked', s.untranslated],
        ['unresolved', null],
      ]);

      for (let waited = 0; received.length === 0 && waited < 5000; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(received).toEqual([
        expect.objectContaining({ event: 'news-import.links-changed', documentId: s.story, locale: 'en', positions: [2] }),
      ]);
    } finally {
      server.close();
    }
  });

  it('waits again when that translation is deleted, and resolves when it is back', async () => {
    const s = await scene('الفرنسي');
    await createArticle('en', 'The President follows the French file', s.story);
    await createArticle('en', 'French energy conference opens', s.untranslated);
    expect((await linksOf(s.story, 'en'))[1].target).toBe(s.untranslated);

    await app.strapi.documents(ARTICLE).delete({ documentId: s.untranslated, locale: 'en' } as any);
    expect((await linksOf(s.story, 'en'))[1]).toMatchObject({ status: 'unresolved', target: null });
    await createArticle('en', 'French energy conference opens in Aswan', s.untranslated);
    expect((await linksOf(s.story, 'en'))[1]).toMatchObject({ status: 'linked', target: s.untranslated });
  });
});

describe('the translation queue', () => {
  const queue = (query: Record<string, unknown>, auth = token) =>
    request(app.server).get('/api/news-import/translation-queue').set('Authorization', `Bearer ${auth}`).query(query);

  it('lists articles with no en version and en articles whose links wait, paged with counts', async () => {
    const s = await scene('الألماني');
    const before = (await queue({ locale: 'en', pageSize: 100 }).expect(200)).body;
    expect(before.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ reason: 'missing', documentId: s.story, locale: 'ar', locales: ['ar'] }),
        expect.objectContaining({ reason: 'missing', documentId: s.untranslated }),
      ])
    );
    expect(before.data.map((e: any) => e.documentId)).not.toContain(s.translated);

    await createArticle('en', 'The President follows the German file', s.story);
    const after = (await queue({ locale: 'en', reason: 'waiting', pageSize: 100 }).expect(200)).body;
    const entry = after.data.find((e: any) => e.documentId === s.story);
    expect(entry).toMatchObject({
      reason: 'waiting',
      locale: 'en',
      title: 'The President follows the German file',
      waiting: [{ position: 2, target: { documentId: s.untranslated } }],
    });
    expect(after.data.every((e: any) => e.reason === 'waiting')).toBe(true);

    // Pages walk the missing entries, then the waiting ones, without repeats.
    const all = (await queue({ locale: 'en', pageSize: 100 }).expect(200)).body;
    const { missing, waiting } = all.meta.counts;
    expect(all.meta.pagination).toMatchObject({ total: missing + waiting, pageCount: 1 });
    const seen: string[] = [];
    for (let page = 1; page <= missing + waiting; page += 1) {
      const one = (await queue({ locale: 'en', page, pageSize: 1 }).expect(200)).body;
      expect(one.meta.pagination).toMatchObject({ page, pageSize: 1, total: missing + waiting, pageCount: missing + waiting });
      seen.push(...one.data.map((e: any) => `${e.reason}:${e.documentId}`));
    }
    expect(seen).toEqual(all.data.map((e: any) => `${e.reason}:${e.documentId}`));

    await createArticle('en', 'German energy conference opens', s.untranslated);
    const resolved = (await queue({ locale: 'en', reason: 'waiting', pageSize: 100 }).expect(200)).body;
    expect(resolved.data.map((e: any) => e.documentId)).not.toContain(s.story);
  });

  it('shows a caller without draft rights published articles only', async () => {
    const draft = await createArticle('ar', 'مسودة خبر عن موازنة العام المقبل لم تنشر');
    const shown = await app.strapi.documents(ARTICLE).create({ locale: 'ar', status: 'published', data: { title: 'خبر منشور عن موازنة العام المقبل' } } as any);

    const roles = app.strapi.plugin('users-permissions').service('role');
    const authenticated = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    const role = await roles.findOne(authenticated.id);
    role.permissions['plugin::news-import'].controllers.translations.queue.enabled = true;
    await roles.updateRole(authenticated.id, { permissions: role.permissions });
    const user = await app.strapi.plugin('users-permissions').service('user').add({
      username: 'translator',
      email: 'translator@newsroom.test',
      password: 'Translator-Password-2024',
      provider: 'local',
      confirmed: true,
      role: authenticated.id,
    });
    const jwt = app.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });

    const ids = async (auth: string) =>
      (await queue({ locale: 'en', reason: 'missing', pageSize: 100 }, auth).expect(200)).body.data.map((e: any) => e.documentId);
    expect(await ids(token)).toEqual(expect.arrayContaining([draft.documentId, shown.documentId]));
    const forRole = await ids(jwt);
    expect(forRole).toContain(shown.documentId);
    expect(forRole).not.toContain(draft.documentId);
  });

  it('refuses callers without the action, and bad queries with a 400', async () => {
    const res = await request(app.server).get('/api/news-import/translation-queue').query({ locale: 'en' });
    expect([401, 403]).toContain(res.status);
    const other = await app.strapi.service('admin::api-token').create({
      name: `import-only-${Math.random()}`,
      type: 'custom',
      lifespan: null,
      permissions: ['plugin::news-import.news-import.import'],
    } as any);
    await queue({ locale: 'en' }, other.accessKey).expect(403);
    const granted = await app.strapi.service('admin::api-token').create({
      name: `queue-${Math.random()}`,
      type: 'custom',
      lifespan: null,
      permissions: [QUEUE_ACTION],
    } as any);
    await queue({ locale: 'en' }, granted.accessKey).expect(200);

    const unknown = await queue({ locale: 'xx' }).expect(400);
    expect(unknown.body.error).toMatchObject({ name: 'ValidationError', message: expect.stringContaining('Unknown locale "xx"') });
    await queue({}).expect(400);
    await queue({ locale: 'en', pageSize: 1000 }).expect(400);
    await queue({ locale: 'en', reason: 'everything' }).expect(400);
  });

  it('serves the admin review page to an editor with the review action only', async () => {
    const credentials = await createSuperAdmin(app.strapi);
    const login = await request(app.server).post('/admin/login').send(credentials).expect(200);
    const res = await request(app.server)
      .get('/news-import/translation-queue')
      .set('Authorization', `Bearer ${login.body.data.token}`)
      .query({ locale: 'en', pageSize: 5 })
      .expect(200);
    expect(res.body.meta.pagination).toMatchObject({ page: 1, pageSize: 5 });
    expect(res.body.meta.counts.missing).toBeGreaterThan(0);

    const authorRole = await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } });
    const author = { email: 'author.translations@newsroom.test', password: 'Author-Password-2024' };
    await app.strapi.service('admin::user').create({ firstname: 'Author', lastname: 'Only', ...author, roles: [authorRole.id], isActive: true });
    const authorLogin = await request(app.server).post('/admin/login').send(author).expect(200);
    await request(app.server)
      .get('/news-import/translation-queue')
      .set('Authorization', `Bearer ${authorLogin.body.data.token}`)
      .query({ locale: 'en' })
      .expect(403);
    // An API token is no admin session.
    await request(app.server).get('/news-import/translation-queue').set('Authorization', `Bearer ${token}`).query({ locale: 'en' }).expect(401);
  });
});
