/**
 * Hostile or broken stories: refused with a 400 an editor understands and nothing written, or
 * stored safely (invisible direction controls removed, markup kept as plain text).
 */
import request from 'supertest';

import { contentCounts, newsImportClient } from './fixtures/news-import';
import { bootApp, fullAccessToken, type TestApp } from './harness/strapi';

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

describe('refused, with nothing written', () => {
  it.each([
    ['only a list marker', 'اقرأ أيضاً', /starts with a "read also" marker/],
    ['a list marker first, then headlines', 'اقرأ أيضاً:\nخبر أول عن الاقتصاد\nخبر ثان عن الرياضة', /starts with a "read also" marker/],
    ['a headline without a body', 'وزير الري يتفقد مشروعات تبطين الترع في الفيوم', /no body paragraph/],
    ['a headline and its list, without a body', 'عنوان الخبر\nاقرأ أيضاً:\nخبر أول عن الاقتصاد', /no body paragraph/],
    ['only web-page debris', 'الرئيسية > أخبار مصر\nمشاركة\nاضف تعليقاً واقرأ تعليقات القراء\nتابعونا على فيسبوك', /./],
  ])('%s', async (_name, text, message) => {
    const before = await contentCounts(app.strapi);
    for (const route of ['preview', 'import']) {
      const res = await post(route, { text });
      expect([route, res.status]).toEqual([route, 400]);
      expect(res.body.error.name).toBe('ValidationError');
      expect(res.body.error.message).toMatch(message);
    }
    expect(await contentCounts(app.strapi)).toEqual(before);
  });
});

describe('stored safely', () => {
  it('removes direction controls and zero-width characters from every stored field, and says so', async () => {
    const text = '\u202Eعنوان\u202C الخبر\u200B المهم\n\nفقرة\u2066 أولى\u2069 من الخبر.\u200F\nاقرأ أيضاً:\nخبر\u200E آخر عن الاقتصاد';
    const res = await post('import', { text }).expect(201);
    expect(res.body.data.warnings.join(' ')).toMatch(/Removed 7 invisible formatting character/);
    const stored: any = await app.strapi.documents('api::article.article').findOne({
      documentId: res.body.data.article.documentId,
      locale: 'ar',
      populate: ['relatedLinks'],
    } as any);
    const fields = JSON.stringify([stored.title, stored.slug, stored.summary, stored.body, stored.sourceText, stored.relatedLinks]);
    expect(fields).not.toMatch(/[\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(stored.title).toBe('عنوان الخبر المهم');
    expect(stored.relatedLinks[0].headline).toBe('خبر آخر عن الاقتصاد');
  });

  it('keeps ZWNJ and ZWJ', async () => {
    const res = await post('import', { text: 'خبر عن می\u200Cخواهم\n\nفقرة فيها 👨\u200D👩 أسرة.' }).expect(201);
    expect(res.body.data.article.title).toBe('خبر عن می\u200Cخواهم');
  });

  it('stores markup as plain text and serves it back unchanged', async () => {
    const title = 'خبر <script>alert(1)</script> عن <b>الاقتصاد</b>';
    const res = await post('import', { text: `${title}\n\nفقرة <img src=x onerror=alert(2)> من الخبر.`, publish: true });
    expect([res.status, res.body.error]).toEqual([201, undefined]);
    const read = await request(app.server)
      .get(`/api/articles/${res.body.data.article.documentId}`)
      .query({ locale: 'ar' })
      .expect(200);
    expect(read.body.data.title).toBe(title);
    expect(read.body.data.body[0].children[0].text).toBe('فقرة <img src=x onerror=alert(2)> من الخبر.');
    expect(read.headers['content-type']).toMatch(/application\/json/);
  });
});
