/**
 * The import over REST, end to end, with the user's sample story: structure, officials, linking,
 * idempotency, preview, and what never leaks.
 */
import request from 'supertest';

import { createArticle } from './fixtures/content';
import { contentCounts, newsImportClient } from './fixtures/news-import';
import {
  keysOf,
  MATCHING_TITLES,
  NEAR_MISS,
  SEED_HEADLINES,
  SEED_STORY,
  SEED_TITLE,
} from './fixtures/stories';
import { bootApp, fullAccessToken, type TestApp } from './harness/strapi';

let app: TestApp;
let token: string;
const targetAt = new Map<number, string>();
let nearMiss: string;
let otherLocale: string;

const counts = () => contentCounts(app.strapi);
const post = newsImportClient(() => app, () => token);

beforeAll(async () => {
  app = await bootApp();
  token = await fullAccessToken(app.strapi);
  for (const { position, title } of MATCHING_TITLES) {
    targetAt.set(position, (await createArticle(app.strapi, { title })).documentId);
  }
  nearMiss = (await createArticle(app.strapi, { title: NEAR_MISS.title })).documentId;
  // Headline 1 exists word for word, but in English: only same-locale articles are candidates.
  otherLocale = (await createArticle(app.strapi, { title: SEED_HEADLINES[0], locale: 'en', slug: 'eid-preparations' }))
    .documentId;
});

afterAll(async () => {
  await app?.stop();
});

describe('preview', () => {
  it('shows what the import would do and writes nothing', async () => {
    const before = await counts();
    const res = await post('preview', { text: SEED_STORY }).expect(200);
    expect(await counts()).toEqual(before);

    const preview = res.body.data;
    expect(preview.title).toBe(SEED_TITLE);
    expect(preview.paragraphs).toHaveLength(9);
    expect(preview.summary).toBe(preview.paragraphs[0]);
    expect(preview.relatedLinks.map((link: any) => link.headline)).toEqual(SEED_HEADLINES);
    expect(preview.warnings.join(' ')).toMatch(/شهداء ومصابون/);
  });
});

describe('import of the seed story', () => {
  let result: any;

  beforeAll(async () => {
    const res = await post('import', { text: SEED_STORY, publish: true, sourceName: 'الرئاسة' }).expect(201);
    result = res.body.data;
  });

  it('creates the article from the first line, published', () => {
    expect(result.duplicate).toBe(false);
    expect(result.article).toMatchObject({ locale: 'ar', title: SEED_TITLE, status: 'published' });
    expect(result.article.slug).toBe('الرئيس-السيسي-يجتمع-مع-وزير-الخارجية-الأمريكي-لبحث-تطورات-الوقف-الإنساني-بغزة');
  });

  it('imports the seed story with 11 related links in source order', () => {
    expect(result.relatedLinks.map((link: any) => link.headline)).toEqual(SEED_HEADLINES);
    expect(result.relatedLinks.map((link: any) => link.position)).toEqual(SEED_HEADLINES.map((_, i) => i + 1));
  });

  it.each(MATCHING_TITLES)('links headline $position to the article spelled with $variant', ({ position }) => {
    const link = result.relatedLinks[position - 1];
    expect(link.status).toBe('linked');
    expect(link.target.documentId).toBe(targetAt.get(position));
    expect(link.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it('leaves a story with the same actors but another event unlinked', () => {
    const link = result.relatedLinks[NEAR_MISS.position - 1];
    expect(link.status).toBe('unresolved');
    expect(link.target).toBeNull();
  });

  it('leaves the other headlines unresolved, even one that exists in another locale', () => {
    const linked = new Set(MATCHING_TITLES.map(({ position }) => position));
    for (const link of result.relatedLinks.filter((l: any) => !linked.has(l.position))) {
      expect(link).toMatchObject({ status: 'unresolved', target: null });
    }
    expect(JSON.stringify(result)).not.toContain(otherLocale);
    expect(JSON.stringify(result)).not.toContain(nearMiss);
  });

  it('recognises el-Sisi, Blinken and Abbas Kamel with their roles', () => {
    const byName = new Map(result.officials.map((hit: any) => [hit.name, hit]));
    expect(byName.get('عبد الفتاح السيسي')).toMatchObject({
      role: 'رئيس جمهورية مصر العربية',
      honorific: 'الرئيس',
      known: true,
    });
    expect(byName.get('أنتوني بلينكن')).toMatchObject({ role: 'وزير الخارجية الأمريكي', known: true });
    expect(byName.get('عباس كامل')).toMatchObject({ role: 'رئيس المخابرات العامة', known: true });
    expect((byName.get('عبد الفتاح السيسي') as any).mentions).toBeGreaterThanOrEqual(3);
    for (const hit of result.officials) expect(hit.documentId).toEqual(expect.any(String));
  });

  it('stores the body without the related list, and the links, targets and officials', async () => {
    const res = await request(app.server)
      .get(`/api/articles/${result.article.documentId}`)
      .query({ locale: 'ar', populate: { relatedLinks: { populate: ['target'] }, officials: true } })
      .expect(200);
    const article = res.body.data;
    const paragraphs = article.body.map((block: any) => block.children.map((c: any) => c.text).join(''));
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs[0]).toMatch(/^استقبل الرئيس عبد الفتاح السيسي/);
    expect(paragraphs[8]).toMatch(/^ومن المتوقع أن تستمر الجهود المشتركة/);
    for (const headline of SEED_HEADLINES) expect(paragraphs).not.toContain(headline);
    expect(article.summary).toBe(paragraphs[0]);
    expect(article.sourceName).toBe('الرئاسة');

    const links = [...article.relatedLinks].sort((a: any, b: any) => a.position - b.position);
    expect(links.map((link: any) => link.headline)).toEqual(SEED_HEADLINES);
    expect(links[2].target.documentId).toBe(targetAt.get(3));
    expect(article.officials.map((o: any) => o.name)).toEqual(
      expect.arrayContaining(['عبد الفتاح السيسي', 'أنتوني بلينكن', 'عباس كامل'])
    );
  });

  it('never shows sourceText, sourceHash or matchKey, with or without a token', async () => {
    for (const auth of [{}, { Authorization: `Bearer ${token}` }]) {
      const res = await request(app.server)
        .get(`/api/articles/${result.article.documentId}`)
        .set(auth)
        .query({ locale: 'ar', populate: { relatedLinks: true } })
        .expect(200);
      const keys = keysOf(res.body);
      for (const field of ['sourceText', 'sourceHash', 'matchKey']) expect(keys.has(field)).toBe(false);
    }
    expect(keysOf(result).has('matchKey')).toBe(false);
  });

  it('re-import returns the same article with duplicate: true and writes nothing', async () => {
    const before = await counts();
    const again = await post('import', { text: SEED_STORY, publish: true }).expect(200);
    expect(again.body.data.duplicate).toBe(true);
    expect(again.body.data.article).toEqual(result.article);
    expect(again.body.data.relatedLinks).toEqual(result.relatedLinks);
    expect(await counts()).toEqual(before);

    const preview = await post('preview', { text: SEED_STORY }).expect(200);
    expect(preview.body.data.warnings).toContain(
      `This story was already imported (article ${result.article.documentId}); importing it again returns that article.`
    );
  });

  it('treats CRLF line ends, trailing spaces and blank lines as the same text', async () => {
    const reformatted = SEED_STORY.split('\n')
      .map((line) => `${line}  `)
      .join('\r\n\r\n');
    const again = await post('import', { text: reformatted }).expect(200);
    expect(again.body.data).toMatchObject({ duplicate: true, article: { documentId: result.article.documentId } });
  });

  it('imports the same text again into another locale as a new article', async () => {
    const en = await post('import', { text: SEED_STORY, locale: 'en' }).expect(201);
    expect(en.body.data.duplicate).toBe(false);
    expect(en.body.data.article.locale).toBe('en');
    expect(en.body.data.article.documentId).not.toBe(result.article.documentId);
  });
});

describe('concurrent imports', () => {
  it('create one article when the same new text arrives several times at once', async () => {
    const text = 'وزير الري يتفقد مشروعات تبطين الترع في الفيوم\n\nتفقد وزير الري اليوم عددا من المشروعات.';
    const before = await counts();
    // supertest would start the server once per request; concurrent requests need it listening.
    const url = await app.listen();
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() =>
        request(url).post('/api/news-import/import').set('Authorization', `Bearer ${token}`).send({ text })
      )
    );
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([200, 200, 200, 201]);
    expect(new Set(answers.map((res) => res.body.data.article.documentId)).size).toBe(1);
    expect((await counts()).articles).toBe(before.articles + 1);
  });
});

describe('officials proposed by the text', () => {
  const story = [
    'وزير الري يتابع موقف المحطات الجديدة في الدلتا',
    '',
    'تابع الدكتور هاني سويلم وزير الموارد المائية والري اليوم موقف تنفيذ المحطات الجديدة.',
    'وأكد الوزير أهمية الانتهاء من الأعمال قبل موسم الصيف.',
  ].join('\n');

  it('are proposed by preview, created by import with the role the text gives, then known', async () => {
    const preview = await post('preview', { text: story }).expect(200);
    const proposed = preview.body.data.officials.find((hit: any) => hit.name === 'هاني سويلم');
    expect(proposed).toMatchObject({ known: false, documentId: null, honorific: 'الدكتور' });
    expect(proposed.role).toBe('وزير الموارد المائية والري');
    expect(await app.strapi.documents('api::official.official').count({ locale: 'ar', filters: { name: 'هاني سويلم' } } as any)).toBe(0);

    const imported = await post('import', { text: story }).expect(201);
    const created = imported.body.data.officials.find((hit: any) => hit.name === 'هاني سويلم');
    expect(created).toMatchObject({ known: false, documentId: expect.any(String) });
    const official = await app.strapi.documents('api::official.official').findOne({
      documentId: created.documentId,
      locale: 'ar',
    });
    expect(official).toMatchObject({ name: 'هاني سويلم', role: 'وزير الموارد المائية والري', honorific: 'الدكتور' });

    const next = await post('preview', {
      text: 'هاني سويلم يفتتح محطة رفع جديدة\n\nافتتح هاني سويلم اليوم محطة رفع جديدة في كفر الشيخ.',
    }).expect(200);
    expect(next.body.data.officials).toEqual([
      expect.objectContaining({ name: 'هاني سويلم', known: true, documentId: created.documentId, mentions: 2 }),
    ]);
  });
});

describe('officials in agency copy', () => {
  const officialId = async (name: string) =>
    (await app.strapi.documents('api::official.official').findFirst({ locale: 'ar', filters: { name } } as any))?.documentId;

  it('reads agency spellings of a known foreign name as that official, never as a new one', async () => {
    const text = [
      'بلينكين يبحث مع جوتيريس الهدنة',
      '',
      'بحث وزير الخارجية الأمريكي أنتوني بلينكين مع أنطونيو جوتيريس الهدنة.',
      'وقال بلينكن إن المحادثات مثمرة.',
    ].join('\n');
    const { officials } = (await post('preview', { text }).expect(200)).body.data;
    expect(officials.map((hit: any) => [hit.documentId, hit.known, hit.mentions])).toEqual([
      [await officialId('أنتوني بلينكن'), true, 3],
      [await officialId('أنطونيو جوتيريش'), true, 2],
    ]);
  });

  it('proposes a foreign name introduced by a role and creates it on import', async () => {
    const text = 'لازاريني يحذر من نفاد الوقود\n\nقال المفوض العام للأونروا فيليب لازاريني إن الوقود ينفد.';
    const imported = (await post('import', { text }).expect(201)).body.data;
    const hit = imported.officials.find((official: any) => official.name === 'فيليب لازاريني');
    expect(hit).toMatchObject({ known: false, role: 'المفوض العام للأونروا', documentId: expect.any(String) });
    expect(await officialId('فيليب لازاريني')).toBe(hit.documentId);
  });
});
