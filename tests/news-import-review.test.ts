/**
 * Reviewing related links through the API: accept a suggestion or choose another target, reject
 * one so that the pair is never proposed again (not by a relink, not by a later import), and the
 * import's `decisions`, applied in its transaction. REST and GraphQL, with the same guards.
 */
import request from 'supertest';

import { createArticle } from './fixtures/content';
import { contentCounts, newsImportClient } from './fixtures/news-import';
import { shortStory } from './fixtures/stories';
import { bootApp, createSuperAdmin, fullAccessToken, type TestApp } from './harness/strapi';

let app: TestApp;
let token: string;

const post = newsImportClient(() => app, () => token);

// Scores `suggested` against SHORTENED (several words missing), never `linked`.
const HEADLINE = 'الولايات المتحدة و16 دولة تدعو حماس وإسرائيل للتوصل إلى اتفاق بشأن وقف إطلاق النار والرهائن';
const SHORTENED = 'الولايات المتحدة و16 دولة تدعو حماس وإسرائيل إلى اتفاق';
const OTHER = 'وزير الري يتفقد مشروعات تبطين الترع في الفيوم';

let suggested: string;
let other: string;

beforeAll(async () => {
  app = await bootApp();
  token = await fullAccessToken(app.strapi);
  suggested = (await createArticle(app.strapi, { title: SHORTENED })).documentId;
  other = (await createArticle(app.strapi, { title: OTHER })).documentId;
});

afterAll(async () => {
  await app?.stop();
});

// Each story its own lead: under these near-identical headlines one lead would make every later
// story a correction of the first (tests/news-import-corrections.test.ts).
const LEADS = [
  'أعلنت وزارة الصحة افتتاح مستشفى جديد في أسوان بسعة مائتي سرير.',
  'شهدت البورصة المصرية ارتفاعا ملحوظا في تعاملات الأسبوع الماضي.',
  'بدأ موسم حصاد القمح في محافظات الصعيد وسط توقعات بإنتاج وفير.',
  'أطلقت الحكومة مبادرة لدعم المشروعات الصغيرة في القرى الأكثر احتياجا.',
  'استضافت الأقصر مهرجانا للسينما الأفريقية بمشاركة عشرين دولة.',
  'ناقش مجلس النواب مشروع قانون جديد لتنظيم العمل الأهلي.',
  'افتتح وزير النقل محطة قطارات حديثة على خط الإسكندرية.',
  'حذرت هيئة الأرصاد من موجة حارة تضرب البلاد نهاية الأسبوع.',
];
let stories = 0;

/** Imports a fresh story listing HEADLINE and answers its first link (suggested). */
const importSuggestion = async (title: string, body: Record<string, unknown> = {}) => {
  const lead = LEADS[stories++ % LEADS.length];
  const text = [title, '', lead, 'اقرأ أيضاً:', HEADLINE, 'وأكد المسؤولون أهمية المتابعة.'].join('\n');
  const res = await post('import', { text, ...body }).expect(201);
  return { article: res.body.data.article.documentId as string, link: res.body.data.relatedLinks[0] };
};

const graphql = (query: string, variables: Record<string, unknown>, bearer = token) =>
  request(app.server).post('/graphql').set('Authorization', `Bearer ${bearer}`).send({ query, variables });

const LINK = 'documentId headline position status confidence target { documentId title }';
const ACCEPT = `mutation($id: ID!, $target: ID) { acceptRelatedLink(documentId: $id, target: $target) { ${LINK} } }`;
const REJECT = `mutation($id: ID!) { rejectRelatedLink(documentId: $id) { ${LINK} } }`;

describe('accept and reject over REST', () => {
  it('accepting a suggestion links it to the suggested target', async () => {
    const { link } = await importSuggestion('خبر عن دعوة الهدنة');
    expect(link).toMatchObject({ status: 'suggested', target: { documentId: suggested } });
    expect(link.documentId).toEqual(expect.any(String));

    const res = await post(`links/${link.documentId}/accept`, {}).expect(200);
    expect(res.body.data).toMatchObject({
      documentId: link.documentId,
      status: 'linked',
      confidence: 1,
      target: { documentId: suggested, title: SHORTENED },
    });
  });

  it('an accepted target survives a relink of its article', async () => {
    const { article, link } = await importSuggestion('خبر ثان عن دعوة الهدنة');
    await post(`links/${link.documentId}/accept`, { target: other }).expect(200);
    await post('relink', { documentId: article }).expect(200);
    const stored: any = await app.strapi
      .documents('api::related-link.related-link')
      .findOne({ documentId: link.documentId, locale: 'ar', populate: ['target'] } as any);
    expect(stored).toMatchObject({ status: 'linked', target: { documentId: other } });
  });

  it('refuses a target that is not an article of the link’s locale, and a link with nothing to accept', async () => {
    const { link } = await importSuggestion('خبر ثالث عن دعوة الهدنة');
    const english = await createArticle(app.strapi, { title: 'Ceasefire call by 16 countries', locale: 'en' });

    const foreign = await post(`links/${link.documentId}/accept`, { target: english.documentId }).expect(400);
    expect(foreign.body.error).toMatchObject({ name: 'ValidationError', message: expect.stringContaining('ar') });
    await post(`links/${link.documentId}/accept`, { target: 'nosucharticle000' }).expect(400);
    await post(`links/${link.documentId}/accept`, { target: 42 }).expect(400);

    const unresolved = await post('import', { text: shortStory('خبر بلا رابط مقترح', ['عنوان لا يشبه أي خبر منشور']) });
    const open = unresolved.body.data.relatedLinks[0];
    const nothing = await post(`links/${open.documentId}/accept`, {}).expect(400);
    expect(nothing.body.error.message).toMatch(/no suggested target/);

    await post('links/nosuchlink000000/reject', {}).expect(404);
  });

  it('rejecting clears the target, and the pair is never suggested again, after a relink or in a later import', async () => {
    const { article, link } = await importSuggestion('خبر رابع عن دعوة الهدنة');
    const res = await post(`links/${link.documentId}/reject`, {}).expect(200);
    expect(res.body.data).toMatchObject({ documentId: link.documentId, status: 'rejected', confidence: 0, target: null });

    await post('relink', {}).expect(200);
    await post('relink', { documentId: article }).expect(200);
    const stored: any = await app.strapi
      .documents('api::related-link.related-link')
      .findOne({ documentId: link.documentId, locale: 'ar', populate: ['target'] } as any);
    expect(stored).toMatchObject({ status: 'rejected', target: null });

    // Another story listing the same headline: the rejected target is not proposed.
    const later = await post('import', { text: shortStory('خبر خامس عن دعوة الهدنة', [HEADLINE]) }).expect(201);
    expect(later.body.data.relatedLinks[0].target?.documentId ?? null).not.toBe(suggested);
    const preview = await post('preview', { text: shortStory('معاينة خبر عن الهدنة', [HEADLINE]) }).expect(200);
    expect(preview.body.data.relatedLinks[0].target?.documentId ?? null).not.toBe(suggested);
  });

  it('a token granted reject only may reject, not accept', async () => {
    const { link } = await importSuggestion('خبر سادس عن دعوة الهدنة');
    const rejectOnly = (
      await app.strapi.service('admin::api-token').create({
        name: `reject-only-${Math.random()}`,
        type: 'custom',
        lifespan: null,
        permissions: ['plugin::news-import.review.reject'],
      } as any)
    ).accessKey;
    const as = (route: string) =>
      request(app.server).post(`/api/news-import/links/${link.documentId}/${route}`).set('Authorization', `Bearer ${rejectOnly}`).send({});
    await as('accept').expect(403);
    await as('reject').expect(200);
    await request(app.server).post(`/api/news-import/links/${link.documentId}/reject`).send({}).expect(403);
  });
});

describe('the import applies the editor’s decisions in its transaction', () => {
  it('links, rejects and skips officials as decided', async () => {
    const text = shortStory('خبر بقرارات المحرر', [HEADLINE, 'عنوان آخر لا مثيل له في الأرشيف']);
    const res = await post('import', {
      text,
      decisions: { links: [{ position: 1, reject: true }, { position: 2, target: other }], skipOfficials: ['عبد الفتاح السيسي'] },
    }).expect(201);
    const [first, second] = res.body.data.relatedLinks;
    expect(first).toMatchObject({ status: 'rejected', target: null });
    expect(second).toMatchObject({ status: 'linked', confidence: 1, target: { documentId: other } });
    const stored: any = await app.strapi.documents('api::article.article').findOne({
      documentId: res.body.data.article.documentId,
      locale: 'ar',
      populate: ['officials'],
    } as any);
    expect(stored.officials.map((o: any) => o.name)).not.toContain('عبد الفتاح السيسي');
  });

  it('refuses a decision for a target that is not an article, writing nothing', async () => {
    const before = await contentCounts(app.strapi);
    const text = shortStory('خبر بقرار خاطئ', [HEADLINE]);
    const res = await post('import', { text, decisions: { links: [{ position: 1, target: 'nosucharticle000' }] } }).expect(400);
    expect(res.body.error.name).toBe('ValidationError');
    await post('import', { text, decisions: { links: [{ position: 7, reject: true }] } }).expect(400);
    await post('import', { text, decisions: { links: [{ position: 1 }] } }).expect(400);
    expect(await contentCounts(app.strapi)).toEqual(before);
  });
});

describe('acceptRelatedLink and rejectRelatedLink over GraphQL', () => {
  it('accepts with a chosen target and rejects, answering the link with its documentId', async () => {
    const { link } = await importSuggestion('خبر سابع عن دعوة الهدنة');
    const accepted = await graphql(ACCEPT, { id: link.documentId, target: other }).expect(200);
    expect(accepted.body.errors).toBeUndefined();
    expect(accepted.body.data.acceptRelatedLink).toMatchObject({
      documentId: link.documentId,
      status: 'linked',
      target: { documentId: other, title: OTHER },
    });

    const rejected = await graphql(REJECT, { id: link.documentId }).expect(200);
    expect(rejected.body.data.rejectRelatedLink).toMatchObject({ status: 'rejected', target: null });
  });

  it('answers a bad target with a validation error, and refuses a token without the action', async () => {
    const { link } = await importSuggestion('خبر ثامن عن دعوة الهدنة');
    const bad = await graphql(ACCEPT, { id: link.documentId, target: 'nosucharticle000' });
    expect(bad.body.errors[0].extensions.error.name).toBe('ValidationError');

    const previewOnly = (
      await app.strapi.service('admin::api-token').create({
        name: `preview-only-${Math.random()}`,
        type: 'custom',
        lifespan: null,
        permissions: ['plugin::news-import.news-import.preview'],
      } as any)
    ).accessKey;
    const refused = await graphql(REJECT, { id: link.documentId }, previewOnly);
    expect(refused.body.errors[0].message).toMatch(/forbidden/i);
    const stored: any = await app.strapi
      .documents('api::related-link.related-link')
      .findOne({ documentId: link.documentId, locale: 'ar' } as any);
    expect(stored.status).toBe(link.status);
  });
});

describe('the admin routes behind the pages', () => {
  it('list the review queue newest first, find titles and describe an article for its side panel', async () => {
    const credentials = await createSuperAdmin(app.strapi);
    const login = await request(app.server).post('/admin/login').send(credentials).expect(200);
    const admin = (method: 'get' | 'post', route: string) =>
      request(app.server)[method](`/news-import/${route}`).set('Authorization', `Bearer ${login.body.data.token}`);

    const imported = await post('import', { text: shortStory('خبر للطابور', ['عنوان مفتوح للمراجعة في الطابور']) }).expect(201);
    const open = imported.body.data.relatedLinks[0];
    const queue = await admin('get', 'links?status=unresolved&locale=ar&pageSize=5').expect(200);
    expect(queue.body.data.results[0]).toMatchObject({ documentId: open.documentId, status: 'unresolved', locale: 'ar' });
    expect(queue.body.data.pagination).toMatchObject({ page: 1, pageSize: 5 });
    await admin('get', 'links?status=linked').expect(400);

    const titles = await admin('get', `titles?locale=ar&q=${encodeURIComponent('تدعو حماس')}`).expect(200);
    expect(titles.body.data.map((hit: any) => hit.documentId)).toContain(suggested);

    await admin('post', `links/${open.documentId}/accept`).send({ target: other }).expect(200);
    const panel = await admin('get', `articles/${other}/panel?locale=ar`).expect(200);
    expect(panel.body.data.backlinks).toBeGreaterThanOrEqual(2);
    const own = await admin('get', `articles/${imported.body.data.article.documentId}/panel?locale=ar`).expect(200);
    expect(own.body.data.relatedLinks).toHaveLength(1);
    expect(own.body.data.officials.length).toBeGreaterThan(0);
  });
});

