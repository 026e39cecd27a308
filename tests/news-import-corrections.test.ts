/**
 * Corrections: an edited version of an imported story updates that article (200, `updated: true`)
 * instead of creating a second one; another story under the same headline is a new article.
 */
import request from 'supertest';

import { contentCounts, newsImportClient } from './fixtures/news-import';
import { bootApp, fullAccessToken, type TestApp } from './harness/strapi';

let app: TestApp;
let token: string;
const post = newsImportClient(() => app, () => token);

const TITLE = 'وزير الخارجية يستقبل نظيره الأردني في القاهرة';
const AID = 'مصر تواصل جهودها في تقديم المساعدات الإنسانية لقطاع غزة';
const TALKS = 'وزيرة التخطيط تبحث مع البنك الدولي تمويل مشروعات المياه';
const LEAD =
  'استقبل وزير الخارجية سامح شكري اليوم الثلاثاء نظيره الأردني أيمن الصفدي في مقر الوزارة بالقاهرة، وبحث الجانبان تطورات الأوضاع في قطاع غزة وسبل إدخال المساعدات الإنسانية.';
const story = (title: string, lead: string, related: string[], closing: string) =>
  [title, '', lead, 'اقرأ أيضاً:', ...related, closing].join('\n');

const ORIGINAL = story(TITLE, LEAD, [AID], 'وأكد الوزيران ضرورة الوقف الفوري لإطلاق النار وحماية المدنيين.');
// The desk fixed the day and a spelling, added a clause, and swapped the related headline.
const EDITED = story(
  'وزير الخارجية يستقبل نظيره الاردني فى القاهرة',
  LEAD.replace('الثلاثاء', 'الأربعاء').replace('الإنسانية.', 'الإنسانية العاجلة، بحضور الرئيس عبد الفتاح السيسي.'),
  [TALKS],
  'وأكد الوزيران ضرورة الوقف الفوري لإطلاق النار وحماية المدنيين، وتنسيق المواقف العربية.'
);
const ANOTHER_VISIT = story(
  TITLE,
  'استقبل وزير الخارجية سامح شكري نظيره الأردني أيمن الصفدي، ووقع الجانبان اتفاقية للتعاون في مجالات الطاقة والنقل والربط الكهربائي بين البلدين.',
  [],
  'وتأتي الزيارة في إطار اجتماعات اللجنة العليا المشتركة التي تعقد كل عامين.'
);

const draftOf = (documentId: string, status: 'draft' | 'published' = 'draft') =>
  app.strapi.documents('api::article.article').findOne({
    documentId,
    locale: 'ar',
    status,
    populate: {
      officials: { fields: ['name'] },
      relatedLinks: { fields: ['headline', 'status'], populate: { target: { fields: ['title'] } } },
    },
  } as any) as Promise<any>;

const bodyText = (article: any) => article.body.map((block: any) => block.children[0].text).join('\n');

let original: { documentId: string };

beforeAll(async () => {
  app = await bootApp();
  token = await fullAccessToken(app.strapi);
  for (const title of [AID, TALKS]) {
    await post('import', { text: `${title}\n\nنص الخبر عن ${title} كما نشر.`, publish: true }).expect(201);
  }
  original = (await post('import', { text: ORIGINAL, publish: true }).expect(201)).body.data.article;
});

afterAll(async () => {
  await app?.stop();
});

describe('re-importing an edited version of a story', () => {
  it('previews as an update of the existing article, in a warning', async () => {
    const res = await post('preview', { text: EDITED }).expect(200);
    expect(res.body.data.warnings).toContainEqual(expect.stringContaining(`This text updates article ${original.documentId}`));
  });

  it('updates that article (200, updated: true) and creates no second one', async () => {
    const before = await contentCounts(app.strapi);
    const res = await post('import', { text: EDITED }).expect(200);
    expect(res.body.data).toMatchObject({
      duplicate: false,
      updated: true,
      article: { documentId: original.documentId, status: 'published', title: 'وزير الخارجية يستقبل نظيره الاردني فى القاهرة' },
    });
    expect((await contentCounts(app.strapi)).articles).toBe(before.articles);
  });

  it('gives the article the new body, summary, links and officials, and publishes it again', async () => {
    for (const status of ['draft', 'published'] as const) {
      const article = await draftOf(original.documentId, status);
      expect(bodyText(article)).toContain('الأربعاء');
      expect(bodyText(article)).toContain('وتنسيق المواقف العربية');
      expect(article.summary).toContain('بحضور الرئيس عبد الفتاح السيسي');
    }
    const draft = await draftOf(original.documentId);
    expect(draft.relatedLinks).toEqual([expect.objectContaining({ headline: TALKS, status: 'linked', target: expect.objectContaining({ title: TALKS }) })]);
    expect(draft.officials.map((official: any) => official.name)).toEqual(expect.arrayContaining(['عبد الفتاح السيسي', 'سامح شكري']));
  });

  it('keeps the previous text in the article history, and both texts answer the article', async () => {
    const revisions = await app.strapi.plugin('news-import').service('revisions').list(original.documentId, 'ar');
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ sourceText: ORIGINAL, sourceHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(revisions[0].importedAt).toBeInstanceOf(Date);

    for (const text of [ORIGINAL, EDITED]) {
      const again = await post('import', { text }).expect(200);
      expect(again.body.data).toMatchObject({ duplicate: true, article: { documentId: original.documentId } });
    }
  });

  it('answers updated: true over GraphQL as well', async () => {
    const text = EDITED.replace('وتنسيق المواقف العربية', 'وتنسيق المواقف العربية والدولية');
    const res = await request(app.server)
      .post('/graphql')
      .set('Authorization', `Bearer ${token}`)
      .send({
        query: 'mutation($text: String!) { importArticle(text: $text) { duplicate updated article { documentId } } }',
        variables: { text },
      })
      .expect(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.importArticle).toEqual({ duplicate: false, updated: true, article: { documentId: original.documentId } });
  });
  it("keeps an editor's decision on a related link whose headline the correction keeps", async () => {
    const [link] = (await draftOf(original.documentId)).relatedLinks;
    await post(`links/${link.documentId}/reject`, {}).expect(200);
    const text = EDITED.replace('العاجلة', 'العاجلة للقطاع');
    expect((await post('import', { text }).expect(200)).body.data.updated).toBe(true);
    expect((await draftOf(original.documentId)).relatedLinks).toEqual([
      expect.objectContaining({ documentId: link.documentId, headline: TALKS, status: 'rejected', target: null }),
    ]);
  });
});

describe('another story under the same headline', () => {
  it('is imported as a new article, not as a correction', async () => {
    const preview = await post('preview', { text: ANOTHER_VISIT }).expect(200);
    expect(preview.body.data.warnings.join(' ')).not.toContain('updates article');
    const res = await post('import', { text: ANOTHER_VISIT }).expect(201);
    expect(res.body.data.updated).toBeUndefined();
    expect(res.body.data.article.documentId).not.toBe(original.documentId);
  });
});

describe('drafts safety', () => {
  const DRAFT_TITLE = 'محافظ الإسكندرية يفتتح محطة تحلية جديدة في العجمي';
  const DRAFT_LEAD = 'افتتح محافظ الإسكندرية اليوم محطة تحلية جديدة في منطقة العجمي بطاقة مائة ألف متر مكعب يوميا لخدمة سكان غرب المدينة.';

  it('a caller without draft rights does not update a draft-only article: its text is a new story', async () => {
    const embargoed = (await post('import', { text: `${DRAFT_TITLE}\n\n${DRAFT_LEAD}` }).expect(201)).body.data.article;

    const roles = app.strapi.plugin('users-permissions').service('role');
    const authenticated = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
    const role = await roles.findOne(authenticated.id);
    for (const action of ['import', 'preview']) role.permissions['plugin::news-import'].controllers['news-import'][action].enabled = true;
    await roles.updateRole(authenticated.id, { permissions: role.permissions });
    const user = await app.strapi.plugin('users-permissions').service('user').add({
      username: 'desk-corrections',
      email: 'desk-corrections@newsroom.test',
      password: 'Desk-Password-2024',
      provider: 'local',
      confirmed: true,
      role: authenticated.id,
    });
    const jwt = app.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
    const edited = `${DRAFT_TITLE}\n\n${DRAFT_LEAD.replace('اليوم', 'صباح اليوم')}`;

    const preview = await request(app.server).post('/api/news-import/preview').set('Authorization', `Bearer ${jwt}`).send({ text: edited }).expect(200);
    expect(preview.body.data.warnings.join(' ')).not.toContain(embargoed.documentId);
    const res = await request(app.server).post('/api/news-import/import').set('Authorization', `Bearer ${jwt}`).send({ text: edited }).expect(201);
    expect(res.body.data.article.documentId).not.toBe(embargoed.documentId);
    expect(bodyText(await draftOf(embargoed.documentId))).not.toContain('صباح اليوم');

    // The newsroom, which sees the draft, corrects it.
    const newsroom = await post('import', { text: `${DRAFT_TITLE}\n\n${DRAFT_LEAD.replace('اليوم', 'مساء اليوم')}` }).expect(200);
    expect(newsroom.body.data).toMatchObject({ updated: true, article: { documentId: embargoed.documentId, status: 'draft' } });
  });
});
