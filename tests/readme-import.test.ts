/**
 * The README's import examples, run as written: every `curl … -d '{…}'` of the "Import stories"
 * section is sent to the same path with the same JSON, so the documentation cannot drift.
 */
import fs from 'node:fs';
import path from 'node:path';

import request from 'supertest';

import { bootApp, fullAccessToken, type TestApp } from './harness/strapi';

let app: TestApp;
let token: string;

type Example = { path: string; body: any };

const readmeExamples = (): Example[] => {
  const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Import stories'), readme.indexOf('## Layout'));
  const examples: Example[] = [];
  const curl = /curl -s (http:\/\/localhost:1337(\/[^\s]+))[^`]*?-d '([^']*)'/g;
  for (const match of section.matchAll(curl)) examples.push({ path: match[2], body: JSON.parse(match[3]) });
  return examples;
};

beforeAll(async () => {
  app = await bootApp();
  token = await fullAccessToken(app.strapi);
  await app.strapi.documents('api::article.article').create({
    locale: 'ar',
    data: { title: 'مصر تواصل جهودها في تقديم المساعدات الإنسانية لقطاع غزة' } as any,
  });
});

afterAll(async () => {
  await app?.stop();
});

describe('the README import examples', () => {
  const examples = readmeExamples();

  it('are all found', () => {
    expect(examples.map((example) => example.path)).toEqual([
      '/api/news-import/preview',
      '/api/news-import/import',
      '/api/news-import/relink',
      '/api/news-import/relink',
      '/graphql',
      '/graphql',
    ]);
  });

  it('answer as the README says', async () => {
    let documentId = '';
    for (const example of examples) {
      const body = JSON.parse(JSON.stringify(example.body).replace('DOCUMENT_ID', documentId));
      const res = await request(app.server)
        .post(example.path)
        .set('Authorization', `Bearer ${token}`)
        .send(body);
      expect([200, 201]).toContain(res.status);
      expect(res.body.errors).toBeUndefined();
      if (example.path === '/api/news-import/import') {
        expect(res.status).toBe(201);
        expect(res.body.data.relatedLinks[0]).toMatchObject({ status: 'linked', confidence: 1 });
        expect(res.body.data.officials[0]).toMatchObject({ name: 'عبد الفتاح السيسي', known: true });
        documentId = res.body.data.article.documentId;
      }
      if (example.path === '/graphql' && res.body.data.importArticle) {
        expect(res.body.data.importArticle.officials).toEqual(
          expect.arrayContaining([expect.objectContaining({ name: 'هاني سويلم', known: false })])
        );
      }
    }
  });
});
