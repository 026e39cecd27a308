/**
 * A story copied from a web page, end to end: the dateline, byline and agency become fields, the
 * page's debris stays out of the body and out of the related links, and the raw paste is kept.
 */
import fs from 'node:fs';
import path from 'node:path';

import { createArticle } from './fixtures/content';
import { newsImportClient } from './fixtures/news-import';
import { bootApp, fullAccessToken, type TestApp } from './harness/strapi';

const PASTE = fs.readFileSync(path.join(__dirname, 'fixtures', 'pastes', 'web-page.ar.txt'), 'utf8');
const TITLE = 'وزير الخارجية يبحث مع نظيره الأردني تطورات الأوضاع في غزة';
const FIRST_PARAGRAPH =
  'التقى وزير الخارجية اليوم نظيره الأردني في القاهرة، وبحث الجانبان آخر تطورات الأوضاع في قطاع غزة.';

let app: TestApp;
let token: string;
const post = newsImportClient(() => app, () => token);

beforeAll(async () => {
  app = await bootApp();
  token = await fullAccessToken(app.strapi);
  // A "most read" headline exists as an article: it must still not become a related link.
  await createArticle(app.strapi, { title: 'الأهلي يفوز على الزمالك في قمة الدوري' });
});

afterAll(async () => {
  await app?.stop();
});

describe('a web-page paste', () => {
  it('previews with byline, dateline and agency, and one warning naming the debris', async () => {
    const { body } = await post('preview', { text: PASTE }).expect(200);
    expect(body.data).toMatchObject({
      title: TITLE,
      byline: 'أحمد علي',
      dateline: 'القاهرة',
      agency: 'أ ش أ',
      summary: FIRST_PARAGRAPH,
    });
    expect(body.data.paragraphs).toHaveLength(2);
    expect(body.data.warnings.filter((warning: string) => warning.startsWith('Removed 11 lines'))).toHaveLength(1);
  });

  it('imports the clean article: fields stored, sourceName from the agency, raw text kept', async () => {
    const { body } = await post('import', { text: PASTE }).expect(201);
    const result = body.data;
    expect(result).toMatchObject({ byline: 'أحمد علي', dateline: 'القاهرة', agency: 'أ ش أ' });
    expect(result.relatedLinks.map((link: any) => link.headline)).toEqual([
      'بالفيديو.. مصر تواصل جهودها فى تقديم المساعدات الإنسانية لقطاع غزة',
      'شكري ووزيرة خارجية جنوب افريقيا يبحثان تعزيز العلاقات الثنائية',
    ]);

    const article: any = await app.strapi.documents('api::article.article').findOne({
      documentId: result.article.documentId,
      locale: 'ar',
      status: 'draft',
    } as any);
    expect(article).toMatchObject({
      title: TITLE,
      byline: 'أحمد علي',
      dateline: 'القاهرة',
      sourceName: 'أ ش أ',
      summary: FIRST_PARAGRAPH,
      sourceText: PASTE,
    });
    const bodyText = JSON.stringify(article.body);
    for (const debris of ['مشاركة', 'الأكثر قراءة', 'الأهلي', 'جميع الحقوق', 'الرئيسية', '(أ ش أ)']) {
      expect(bodyText).not.toContain(debris);
    }
  });

  it('keeps the editor\'s sourceName over the agency, and answers a duplicate with the same fields', async () => {
    // Another headline: the same paste under the same headline would be a correction of the first.
    const text = PASTE.replace('كتب: أحمد علي', 'كتب: سارة محمود').replace(TITLE, 'وزير الخارجية يستقبل المبعوث الأممي إلى السودان');
    const first = await post('import', { text, sourceName: 'بوابة الأخبار' }).expect(201);
    const article: any = await app.strapi.documents('api::article.article').findOne({
      documentId: first.body.data.article.documentId,
      locale: 'ar',
      status: 'draft',
    } as any);
    expect(article).toMatchObject({ sourceName: 'بوابة الأخبار', byline: 'سارة محمود' });

    const again = await post('import', { text, sourceName: 'بوابة الأخبار' }).expect(200);
    expect(again.body.data).toMatchObject({ duplicate: true, byline: 'سارة محمود', dateline: 'القاهرة', agency: 'أ ش أ' });
  });

  it('stores the editor\'s byline and dateline over the text\'s, and no source name when given null', async () => {
    // Another headline: the same paste under the same headline would be a correction of the first.
    const text = PASTE.replace('كتب: أحمد علي', 'كتب: منى حسن').replace(TITLE, 'وزير الخارجية يلتقي سفير اليابان لبحث التعاون الثقافي');
    const { body } = await post('import', {
      text,
      byline: 'منى حسن وعمر خالد',
      dateline: 'الإسكندرية',
      sourceName: null,
    }).expect(201);
    const article: any = await app.strapi.documents('api::article.article').findOne({
      documentId: body.data.article.documentId,
      locale: 'ar',
      status: 'draft',
    } as any);
    expect(article).toMatchObject({ byline: 'منى حسن وعمر خالد', dateline: 'الإسكندرية', sourceName: null });
  });

  it('refuses a byline that is not text', async () => {
    const { body } = await post('import', { text: PASTE, byline: 42 }).expect(400);
    expect(body.error.message).toMatch(/"byline" must be text/);
  });
});
