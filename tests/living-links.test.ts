/**
 * Related links that stay true as the archive changes: a story that arrives after the one listing
 * it resolves the open link by itself, whatever path writes it; a deleted target releases its
 * links; front ends hear of every change through Strapi's webhooks; back-links show who cites a
 * story; and the order in which stories that list each other are imported does not matter.
 */
import http from 'node:http';

import fc from 'fast-check';
import request from 'supertest';

import { newsImportClient } from './fixtures/news-import';
import { shortStory } from './fixtures/stories';
import { bootApp, fullAccessToken, type TestApp } from './harness/strapi';

const ARTICLE = 'api::article.article';
const LINK = 'api::related-link.related-link';

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

/** Imports a story listing `related`; answers its documentId and its links' documentIds. */
const importListing = async (title: string, related: string[], extra: object = {}) => {
  const res = await post('import', { text: shortStory(title, related), ...extra }).expect(201);
  return { documentId: res.body.data.article.documentId as string, links: res.body.data.relatedLinks as any[] };
};

const linkState = async (articleId: string, locale = 'ar') =>
  (
    (await app.strapi.documents(LINK).findMany({
      locale,
      filters: { article: { documentId: articleId } },
      fields: ['headline', 'position', 'status', 'confidence'],
      populate: { target: { fields: ['title'] } },
      sort: ['position:asc'],
    } as any)) as any[]
  ).map((link) => ({ headline: link.headline, status: link.status, target: link.target?.documentId ?? null }));

describe('a later arrival resolves the open links that name it', () => {
  it('through the importer, in another spelling', async () => {
    const lister = await importListing('وزير الري يتفقد محطات الرفع في الدلتا', [
      'وزير الزراعة يتفقد مشروعات الاستصلاح فى سيناء',
    ]);
    expect(lister.links[0]).toMatchObject({ status: 'unresolved', target: null });

    const arrival = await importListing('وزير الزراعة يتفقد مشروعات الاستصلاح في سيناء', []);
    expect(await linkState(lister.documentId)).toEqual([
      { headline: 'وزير الزراعة يتفقد مشروعات الاستصلاح فى سيناء', status: 'linked', target: arrival.documentId },
    ]);
  });

  it('through REST, GraphQL and a script, as create or as retitle', async () => {
    const headlines = [
      'افتتاح معرض القاهرة الدولي للكتاب بمشاركة خمسين دولة',
      'الأرصاد تحذر من موجة حارة تضرب البلاد نهاية الأسبوع',
      'البنك المركزي يثبت أسعار الفائدة للمرة الثالثة على التوالي',
    ];
    const lister = await importListing('أبرز أخبار اليوم في مصر', headlines);
    expect(lister.links.map((l) => l.status)).toEqual(['unresolved', 'unresolved', 'unresolved']);

    const rest = await request(app.server)
      .post('/api/articles?locale=ar')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: headlines[0] } })
      .expect(201);
    const graphql = await request(app.server)
      .post('/graphql')
      .set('Authorization', `Bearer ${token}`)
      .send({
        query: `mutation($title: String!) { createArticle(locale: "ar", data: { title: $title }) { documentId } }`,
        variables: { title: headlines[1] },
      })
      .expect(200);
    expect(graphql.body.errors).toBeUndefined();
    const script = await app.strapi.documents(ARTICLE).create({ locale: 'ar', data: { title: 'عنوان مؤقت للخبر' } as any });
    await app.strapi.documents(ARTICLE).update({ documentId: script.documentId, locale: 'ar', data: { title: headlines[2] } as any });

    expect((await linkState(lister.documentId)).map((l) => [l.status, l.target])).toEqual([
      ['linked', rest.body.data.documentId],
      ['linked', graphql.body.data.createArticle.documentId],
      ['linked', script.documentId],
    ]);
  });

  it('only in its own locale, never to the story that lists it, never a rejected pair', async () => {
    const headline = 'الحكومة تطلق مبادرة لدعم الصناعات الصغيرة';
    const lister = await importListing('مجلس الوزراء يعقد اجتماعه الأسبوعي', [headline]);
    await app.strapi.documents(ARTICLE).create({ locale: 'en', data: { title: headline } as any });
    expect((await linkState(lister.documentId))[0].status).toBe('unresolved');

    // The lister itself retitled to the headline does not link to itself.
    await app.strapi.documents(ARTICLE).update({ documentId: lister.documentId, locale: 'ar', data: { title: headline } as any });
    expect((await linkState(lister.documentId))[0].status).toBe('unresolved');

    const target = await app.strapi.documents(ARTICLE).create({ locale: 'ar', data: { title: `${headline} الجديدة` } as any });
    const [link] = await linkState(lister.documentId);
    expect(link.target).toBe(target.documentId);
    const stored = (await app.strapi.documents(LINK).findFirst({ locale: 'ar', filters: { article: { documentId: lister.documentId } } } as any))!;
    await request(app.server)
      .post(`/api/news-import/links/${stored.documentId}/reject`)
      .set('Authorization', `Bearer ${token}`)
      .send({})
      .expect(200);
    await app.strapi.documents(ARTICLE).update({ documentId: target.documentId, locale: 'ar', data: { title: headline } as any });
    expect(await linkState(lister.documentId)).toEqual([{ headline, status: 'rejected', target: null }]);
  });
});

describe('removals', () => {
  it('a deleted target releases its links, which link again when a fitting story arrives', async () => {
    const headline = 'محافظ الإسكندرية يفتتح محطة مياه جديدة في برج العرب';
    const first = await app.strapi.documents(ARTICLE).create({ locale: 'ar', status: 'published', data: { title: headline } as any });
    const lister = await importListing('جولة المحافظين في المشروعات الخدمية', [headline], { publish: true });
    expect(lister.links[0]).toMatchObject({ status: 'linked', target: { documentId: first.documentId } });

    await app.strapi.documents(ARTICLE).delete({ documentId: first.documentId, locale: '*' } as any);
    expect(await linkState(lister.documentId)).toEqual([{ headline, status: 'unresolved', target: null }]);

    const second = await app.strapi.documents(ARTICLE).create({ locale: 'ar', data: { title: headline } as any });
    expect(await linkState(lister.documentId)).toEqual([{ headline, status: 'linked', target: second.documentId }]);
  });

  it('a target without a published version is answered as unresolved to the public, and links again on publish', async () => {
    const headline = 'جامعة القاهرة تعلن نتائج التنسيق للمرحلة الأولى';
    const target = await app.strapi.documents(ARTICLE).create({ locale: 'ar', status: 'published', data: { title: headline } as any });
    const lister = await importListing('أخبار التعليم العالي هذا الأسبوع', [headline], { publish: true });
    const publicLinks = async () =>
      (
        await request(app.server)
          .get(`/api/articles/${lister.documentId}`)
          .query({ locale: 'ar', populate: { relatedLinks: { populate: ['target'] } } })
          .expect(200)
      ).body.data.relatedLinks.map((l: any) => ({ status: l.status, target: l.target?.documentId ?? null }));

    expect(await publicLinks()).toEqual([{ status: 'linked', target: target.documentId }]);
    await app.strapi.documents(ARTICLE).unpublish({ documentId: target.documentId, locale: 'ar' } as any);
    expect(await publicLinks()).toEqual([{ status: 'unresolved', target: null }]);
    const listed = await request(app.server).get('/api/related-links').query({ locale: 'ar', filters: { headline } });
    expect(listed.body.data.map((l: any) => [l.status, l.confidence])).toEqual([['unresolved', 0]]);
    const graphql = await request(app.server)
      .post('/graphql')
      .send({
        query: `query($id: ID!) { article(documentId: $id, locale: "ar") { relatedLinks { status confidence target { documentId } } } }`,
        variables: { id: lister.documentId },
      })
      .expect(200);
    expect(graphql.body.data.article.relatedLinks).toEqual([{ status: 'unresolved', confidence: 0, target: null }]);
    // The newsroom still sees the link it made.
    expect((await linkState(lister.documentId))[0]).toMatchObject({ status: 'linked', target: target.documentId });

    await app.strapi.documents(ARTICLE).publish({ documentId: target.documentId, locale: 'ar' } as any);
    expect(await publicLinks()).toEqual([{ status: 'linked', target: target.documentId }]);
  });
});

describe('front ends are told', () => {
  it('fires news-import.links-changed with the story, its locale and the changed positions', async () => {
    const received: any[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push({ event: req.headers['x-strapi-event'], body: JSON.parse(body) });
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const admin = await request(app.server).get('/admin/init').expect(200);
      expect(admin.body).toBeDefined();
      const store = app.strapi.get('webhookStore');
      expect(store.allowedEvents.get('NEWS_IMPORT_LINKS_CHANGED')).toBe('news-import.links-changed');
      const webhook = await store.createWebhook({
        name: 'front end',
        url: `http://127.0.0.1:${port}/hook`,
        headers: {},
        events: ['news-import.links-changed'],
        isEnabled: true,
      });
      app.strapi.get('webhookRunner').add(webhook);

      const headlines = ['وزارة الصحة تطلق حملة للتطعيم ضد شلل الأطفال', 'ارتفاع صادرات مصر الزراعية إلى أوروبا'];
      const lister = await importListing('ملف الصحة والزراعة', ['خبر لا يطابق شيئا بعد', ...headlines]);
      await importListing(headlines[1], []);

      for (let waited = 0; received.length === 0 && waited < 5000; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(received).toEqual([
        {
          event: 'news-import.links-changed',
          body: expect.objectContaining({
            event: 'news-import.links-changed',
            documentId: lister.documentId,
            locale: 'ar',
            positions: [3],
          }),
        },
      ]);
    } finally {
      server.close();
    }
  });
});

describe('back-links', () => {
  it('show which stories cite an article, in REST and GraphQL', async () => {
    const cited = await importListing('مصر وقبرص توقعان اتفاقية للربط الكهربائي', []);
    const a = await importListing('قمة ثلاثية في القاهرة', ['مصر وقبرص توقعان اتفاقية للربط الكهربائي']);
    const b = await importListing('ملف الطاقة في شرق المتوسط', ['مصر وقبرص توقعان اتفاقية الربط الكهربائي']);
    const res = await request(app.server)
      .get(`/api/articles/${cited.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .query({ locale: 'ar', status: 'draft', populate: { backlinks: { populate: { article: { fields: ['title'] } } } } })
      .expect(200);
    expect(res.body.data.backlinks.map((l: any) => l.article.documentId).sort()).toEqual([a.documentId, b.documentId].sort());
  });
});

describe('import order does not matter', () => {
  const STORIES = [
    { title: 'السيسي يستقبل رئيس وزراء اليونان في القاهرة', lists: [1, 2] },
    { title: 'مصر واليونان توقعان مذكرة تفاهم في مجال الطاقة', lists: [0, 3] },
    { title: 'وزير البترول يبحث مع نظيره اليوناني مشروعات الغاز', lists: [1] },
    { title: 'أثينا تستضيف منتدى الأعمال المصري اليوناني الأول', lists: [0, 2] },
  ];
  const texts = STORIES.map((story) => shortStory(story.title, story.lists.map((i) => STORIES[i].title)));

  const clear = async () => {
    for (const uid of [LINK, ARTICLE]) {
      const all = (await app.strapi.documents(uid as any).findMany({ locale: '*', fields: ['locale'] } as any)) as any[];
      for (const doc of all) await app.strapi.documents(uid as any).delete({ documentId: doc.documentId, locale: '*' } as any);
    }
  };

  /** Each story's list as titles: the same whichever documentIds the run gave them. */
  const finalLinks = async () => {
    const articles = (await app.strapi.documents(ARTICLE).findMany({ locale: 'ar', fields: ['title'], limit: -1 } as any)) as any[];
    const titleOf = new Map(articles.map((a) => [a.documentId, a.title]));
    const state: Record<string, string[]> = {};
    for (const article of articles) {
      state[article.title] = (await linkState(article.documentId)).map((l) => `${l.status}:${l.target ? titleOf.get(l.target) : '-'}`);
    }
    return state;
  };

  it('stories that list each other end with the same links in any order', async () => {
    await clear();
    for (const text of texts) await post('import', { text }).expect(201);
    const expected = await finalLinks();
    expect(Object.values(expected).flat().every((l) => l.startsWith('linked:'))).toBe(true);

    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }), async (order) => {
        await clear();
        for (const i of order) await post('import', { text: texts[i] }).expect(201);
        expect(await finalLinks()).toEqual(expected);
      }),
      { numRuns: 6 }
    );
  });
});
