/**
 * Races: concurrent imports of one text make one article; concurrent imports of stories that list
 * each other end with every link resolved, whatever the interleaving. On PostgreSQL the same runs
 * across two app processes sharing the database, and an official created on one instance is known
 * to the other at once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

import { usesPostgres } from './harness/database';
import { bootApp, fullAccessToken, type TestApp } from './harness/strapi';
import { shortStory } from './fixtures/stories';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { leadOf } = require('../scripts/generate-stories') as { leadOf: (i: number) => string };

let app: TestApp;
let token: string;
let second: ChildProcess | null = null;
let urls: string[] = [];

const startSecondInstance = (): Promise<string> =>
  new Promise((resolve, reject) => {
    second = spawn(process.execPath, [path.join(__dirname, 'harness', 'second-instance.js')], {
      env: { ...process.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    second.stderr!.on('data', (chunk) => (errors += chunk));
    second.stdout!.on('data', (chunk) => {
      const ready = /READY (\S+)/.exec(String(chunk));
      if (ready) resolve(ready[1]);
    });
    second.on('exit', (code) => reject(new Error(`second instance exited (${code}): ${errors}`)));
  });

beforeAll(async () => {
  app = await bootApp();
  token = await fullAccessToken(app.strapi);
  urls = [await app.listen()];
  // Two processes on one SQLite file is not how SQLite is deployed; PostgreSQL carries that case.
  if (usesPostgres()) urls.push(await startSecondInstance());
}, 180_000);

afterAll(async () => {
  if (second) {
    const exited = new Promise((resolve) => second!.once('exit', resolve));
    second.kill('SIGTERM');
    await exited;
  }
  await app?.stop();
});

const call = async (i: number, route: string, body: object) => {
  const res = await fetch(`${urls[i % urls.length]}/api/news-import/${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
};

describe(`concurrent imports (${usesPostgres() ? 'two app processes on PostgreSQL' : 'one process on SQLite'})`, () => {
  it('20 imports of one text at once make one article', async () => {
    const text = shortStory('عشرون محررا يستوردون الخبر نفسه في اللحظة نفسها');
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => call(i, 'import', { text })));
    expect(answers.map((a) => a.status).sort((a, b) => a - b)).toEqual([...Array(19).fill(200), 201]);
    expect(new Set(answers.map((a) => a.body.data.article.documentId)).size).toBe(1);
    const rows = await app.strapi.db.query('api::article.article').count({
      where: { title: 'عشرون محررا يستوردون الخبر نفسه في اللحظة نفسها', publishedAt: null },
    });
    expect(rows).toBe(1);
  });

  it('20 stories that list each other, imported at once, end with every link resolved', async () => {
    const titles = Array.from({ length: 20 }, (_, i) => `الحلقة ${['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة'][i % 10]} من سلسلة ${i < 10 ? 'الطاقة المتجددة' : 'المياه الجوفية'} في الصحراء الغربية`);
    // Each episode its own lead: one lead under these near-identical headlines would be a correction.
    const texts = titles.map((title, i) =>
      [title, '', leadOf(i), 'اقرأ أيضاً:', titles[(i + 1) % 20], titles[(i + 7) % 20], 'وتستمر السلسلة الأسبوع المقبل.'].join('\n')
    );
    const answers = await Promise.all(texts.map((text, i) => call(i, 'import', { text })));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    const idOf = new Map(answers.map((a, i) => [titles[i], a.body.data.article.documentId]));

    const links = (await app.strapi.documents('api::related-link.related-link').findMany({
      locale: 'ar',
      filters: { article: { documentId: { $in: [...idOf.values()] } } },
      fields: ['headline', 'status'],
      populate: { target: { fields: ['title'] } },
      limit: -1,
    } as any)) as any[];
    expect(links).toHaveLength(40);
    for (const link of links) {
      expect([link.headline, link.status, link.target?.documentId]).toEqual([link.headline, 'linked', idOf.get(link.headline)]);
    }
  });

  it('an official created on one instance is known to the other at once', async () => {
    await app.strapi.documents('api::official.official').create({
      locale: 'ar',
      data: { name: 'رشيد بن عمر التازي', role: 'وزير الثقافة', aliases: ['التازي'] } as any,
    });
    const text = shortStory('التازي يفتتح معرض الكتاب').replace('استقبل الرئيس عبد الفتاح السيسي', 'افتتح التازي');
    const preview = await call(urls.length - 1, 'preview', { text });
    expect(preview.body.data.officials.map((o: any) => [o.name, o.known])).toContainEqual(['رشيد بن عمر التازي', true]);
  });
});
