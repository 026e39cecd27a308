import request from 'supertest';

import { createArticle } from './fixtures/content';
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

const post = (data: object, locale = 'ar') =>
  request(app.server)
    .post('/api/articles')
    .query({ locale })
    .set('Authorization', `Bearer ${token}`)
    .send({ data });

describe('article slugs over REST', () => {
  it('accepts an Arabic-script slug', async () => {
    const res = await post({ title: 'السيسي يستقبل بلينكن', slug: 'السيسي-يستقبل-بلينكن' }).expect(201);
    expect(res.body.data.slug).toBe('السيسي-يستقبل-بلينكن');
  });

  it('makes an Arabic slug from the title when none is given', async () => {
    const res = await post({ title: 'حماس تُرحب بإعلان إسبانيا انضمامها لدعوى الإبادة الجماعية' }).expect(201);
    expect(res.body.data.slug).toBe('حماس-ترحب-بإعلان-إسبانيا-انضمامها-لدعوى-الإبادة-الجماعية');
  });

  it('makes a Latin slug in en', async () => {
    const res = await post({ title: 'Sisi meets Blinken on the Gaza truce' }, 'en').expect(201);
    expect(res.body.data.slug).toBe('sisi-meets-blinken-on-the-gaza-truce');
    expect(res.body.data.locale).toBe('en');
  });

  it('refuses a slug already used in the same locale, with a clear message', async () => {
    await post({ title: 'خبر أول', slug: 'خبر-مكرر' }).expect(201);
    const res = await post({ title: 'خبر ثان', slug: 'خبر-مكرر' }).expect(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toMatch(/already used/);
  });

  it('allows the same slug in another locale', async () => {
    await post({ title: 'Shared slug', slug: 'shared-slug' }, 'en').expect(201);
    await post({ title: 'عنوان', slug: 'shared-slug' }, 'ar').expect(201);
  });

  it('numbers generated slugs that would collide', async () => {
    const first = await post({ title: 'شهداء ومصابون في قصف إسرائيلي' }).expect(201);
    const second = await post({ title: 'شهداء ومصابون في قصف إسرائيلي' }).expect(201);
    expect(first.body.data.slug).toBe('شهداء-ومصابون-في-قصف-إسرائيلي');
    expect(second.body.data.slug).toBe('شهداء-ومصابون-في-قصف-إسرائيلي-2');
  });

  it('counts a published slug as taken even after its draft changed', async () => {
    const article = await createArticle(app.strapi, { title: 'خبر منشور', slug: 'خبر-منشور' });
    await app.strapi
      .documents('api::article.article')
      .update({ documentId: article.documentId, locale: 'ar', data: { slug: 'خبر-منشور-معدل' } as any });
    await post({ title: 'خبر آخر', slug: 'خبر-منشور' }).expect(400);
  });

  it('refuses slugs with spaces, capitals or diacritics', async () => {
    for (const slug of ['خبر عاجل', 'Breaking', 'تُرحب']) {
      const res = await post({ title: 'عنوان', slug }).expect(400);
      expect(res.body.error.name).toBe('ValidationError');
    }
  });

  it('keeps the slug when the title changes', async () => {
    const created = await post({ title: 'عنوان أول للخبر' }).expect(201);
    const id = created.body.data.documentId;
    const updated = await request(app.server)
      .put(`/api/articles/${id}`)
      .query({ locale: 'ar' })
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'عنوان معدل للخبر' } })
      .expect(200);
    expect(updated.body.data.slug).toBe('عنوان-أول-للخبر');
  });

  it('gives a new locale of a document its own slug', async () => {
    const ar = await post({ title: 'السيسي وعلييف يبحثان التعاون' }).expect(201);
    const en = await request(app.server)
      .put(`/api/articles/${ar.body.data.documentId}`)
      .query({ locale: 'en' })
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Sisi and Aliyev discuss cooperation' } })
      .expect(200);
    expect(en.body.data.slug).toBe('sisi-and-aliyev-discuss-cooperation');
  });
});

describe('a title or name with no letter a slug can keep', () => {
  const FALLBACK = /^article-[0-9a-f]{8}$/;

  it('gets a slug from the content type and a hash over REST, numbered on collision', async () => {
    const first = await post({ title: '中文标题新闻' }).expect(201);
    expect(first.body.data.slug).toMatch(FALLBACK);
    const second = await post({ title: '中文标题新闻' }).expect(201);
    expect(second.body.data.slug).toBe(`${first.body.data.slug}-2`);
    const en = await post({ title: '中文标题新闻' }, 'en').expect(201);
    expect(en.body.data.slug).toBe(first.body.data.slug);
  });

  it('gives an official whose name has no usable letter an official- slug', async () => {
    const res = await request(app.server)
      .post('/api/officials')
      .query({ locale: 'ar' })
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { name: '习近平' } })
      .expect(201);
    expect(res.body.data.slug).toMatch(/^official-[0-9a-f]{8}$/);
  });

  it('imports and publishes such a story, readable over GraphQL', async () => {
    const text = '日本新闻标题\n\nالفقرة الأولى من الخبر المترجم.';
    const res = await request(app.server)
      .post('/api/news-import/import')
      .set('Authorization', `Bearer ${token}`)
      .send({ text, publish: true })
      .expect(201);
    const { article } = res.body.data;
    expect(article).toMatchObject({ title: '日本新闻标题', status: 'published' });
    expect(article.slug).toMatch(FALLBACK);

    const query = `{ articles(locale: "ar", filters: { documentId: { eq: "${article.documentId}" } }) { slug } }`;
    const read = await request(app.server).post('/graphql').send({ query }).expect(200);
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data.articles).toEqual([{ slug: article.slug }]);
  });

  it("is what the admin's UID field proposes too", async () => {
    const uid = app.strapi.plugin('content-manager').service('uid');
    const proposed = await uid.generateUIDField({
      contentTypeUID: 'api::article.article',
      field: 'slug',
      data: { title: '한국어 제목' },
      locale: 'ar',
    });
    expect(proposed).toMatch(FALLBACK);
  });
});

describe("the admin's UID field", () => {
  const uidService = () => app.strapi.plugin('content-manager').service('uid');

  /** What the admin's Regenerate button asks for. */
  const regenerate = (contentTypeUID: string, data: object, locale: string) =>
    uidService().generateUIDField({ contentTypeUID, field: 'slug', data, locale });

  it('proposes an Arabic slug for an ar article instead of a transliteration', async () => {
    const slug = await regenerate(
      'api::article.article',
      { title: 'البابا تواضروس الثاني يروي لقاءه الغريب مع الرئيس مرسي' },
      'ar'
    );
    expect(slug).toBe('البابا-تواضروس-الثاني-يروي-لقاءه-الغريب-مع-الرئيس-مرسي');
  });

  it('proposes a Latin slug in en and an Arabic one for an official in ar', async () => {
    expect(await regenerate('api::article.article', { title: 'Pope Tawadros recounts meeting Morsi' }, 'en')).toBe(
      'pope-tawadros-recounts-meeting-morsi'
    );
    // the gazetteer's Morsi already has `محمد-مرسي`
    expect(await regenerate('api::official.official', { name: 'محمد مرسي' }, 'ar')).toBe('محمد-مرسي-1');
  });

  it('accepts an Arabic slug as available and valid', async () => {
    const available = await uidService().checkUIDAvailability({
      contentTypeUID: 'api::article.article',
      field: 'slug',
      value: 'خبر-لم-يستخدم-بعد',
      locale: 'ar',
    });
    expect(available).toBe(true);
    const regex = new RegExp(app.strapi.contentType('api::article.article').attributes.slug['regex']);
    expect(regex.test('خبر-لم-يستخدم-بعد')).toBe(true);
  });
});

// The unique indexes (src/bootstrap/slug-indexes.ts) are what this proves on PostgreSQL: there the
// 20 requests run at once and, without the indexes, two of them save the same slug (checked). On
// SQLite the requests are served one by one, so the read-then-write check alone passes too.
describe('slugs are unique in the database too', () => {
  it('gives 20 concurrent creates of one title distinct slugs, or refuses some with a 400', async () => {
    const token = await fullAccessToken(app.strapi);
    const url = await app.listen();
    const title = 'عشرون طلبا في اللحظة نفسها';
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        fetch(`${url}/api/articles?locale=ar`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ data: { title } }),
        }).then(async (res) => ({ status: res.status, body: (await res.json()) as any }))
      )
    );
    for (const answer of answers) expect([201, 400]).toContain(answer.status);
    const slugs = answers.filter((a) => a.status === 201).map((a) => a.body.data.slug);
    expect(slugs.length).toBeGreaterThan(0);
    expect(new Set(slugs).size).toBe(slugs.length);
    const stored = await app.strapi.db.query('api::article.article').findMany({ where: { title, publishedAt: null } });
    expect(new Set(stored.map((row: any) => row.slug)).size).toBe(stored.length);
  });
});
