/// <reference lib="dom" />
/**
 * The editor's desk in the admin panel: import the sample story from the Import story page with
 * decisions taken on the preview, open the article and its side panel, read Arabic headlines from
 * their first word in the Article list, use the admin in Arabic; an Author sees none of it.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { Browser, Page } from 'playwright-core';

import { createArticle } from '../fixtures/content';
import { SEED_STORY, SEED_TITLE } from '../fixtures/stories';
import { launchBrowser, signIn } from '../harness/browser';
import { bootApp, createSuperAdmin, type TestApp } from '../harness/strapi';

const SHOTS = path.resolve(__dirname, '__screenshots__');
const ARTICLE = 'api::article.article';
const RELATED_LINK = 'api::related-link.related-link';
// Shortened versions of seed headlines 9 and 2: suggested, never linked without review.
const CEASEFIRE = 'الولايات المتحدة و16 دولة تدعو حماس وإسرائيل إلى اتفاق';
const SHOUKRY = 'شكري ووزيرة خارجية جنوب افريقيا يبحثان تعزيز العلاقات';
const AID = 'مصر تواصل جهودها في تقديم المساعدات الإنسانية لقطاع غزة';

let app: TestApp;
let browser: Browser;
let page: Page;
let ceasefire: string;
let shoukry: string;

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

const dismissOverlays = async (p: Page) => {
  for (const name of [/^skip$/i, /^close$/i]) {
    const button = p.getByRole('button', { name }).first();
    if (await button.isVisible().catch(() => false)) await button.click().catch(() => undefined);
  }
};

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  app = await bootApp({ admin: true });
  ceasefire = (await createArticle(app.strapi, { title: CEASEFIRE })).documentId;
  shoukry = (await createArticle(app.strapi, { title: SHOUKRY })).documentId;
  await createArticle(app.strapi, { title: AID });
  const credentials = await createSuperAdmin(app.strapi);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  page.setDefaultTimeout(30000);
  await signIn(page, app.url!, credentials);
  await dismissOverlays(page);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const row = (position: number) => page.locator(`[data-testid="related-link"][data-position="${position}"]`);

describe('the editor’s desk', () => {
  it('imports the sample story from the page, with a suggestion accepted and one rejected', async () => {
    await page.getByRole('link', { name: 'Import story' }).click();
    await page.locator('textarea').fill(SEED_STORY);
    await page.getByRole('button', { name: 'Preview' }).click();

    await page.getByTestId('preview-title').waitFor();
    expect(await page.getByTestId('preview-title').textContent()).toBe(SEED_TITLE);
    await expect(page.getByTestId('related-link').count()).resolves.toBe(11);
    await expect(page.getByTestId('official').count()).resolves.toBe(3);
    expect(await row(9).getAttribute('data-position')).toBe('9');
    expect(await row(9).locator('[data-status]').getAttribute('data-status')).toBe('suggested');
    expect(await row(2).locator('[data-status]').getAttribute('data-status')).toBe('suggested');
    await shot('import-preview');

    await row(9).getByRole('button', { name: 'Accept' }).click();
    await row(2).getByRole('button', { name: 'Reject' }).click();
    expect(await row(9).locator('[data-status]').getAttribute('data-status')).toBe('linked');
    expect(await row(2).locator('[data-status]').getAttribute('data-status')).toBe('rejected');

    await page.getByRole('checkbox', { name: /publish at once/i }).click();
    await page.getByRole('button', { name: 'Import and publish' }).click();
    await page.getByTestId('import-result').waitFor();
    await shot('import-result');

    const article: any = await app.strapi.documents(ARTICLE).findFirst({ locale: 'ar', filters: { title: SEED_TITLE } });
    const links: any[] = await app.strapi.documents(RELATED_LINK).findMany({
      locale: 'ar',
      filters: { article: { documentId: article.documentId } },
      populate: ['target'],
      sort: ['position:asc'],
    } as any);
    expect(links).toHaveLength(11);
    expect(links[8]).toMatchObject({ status: 'linked', target: { documentId: ceasefire } });
    expect(links[1]).toMatchObject({ status: 'rejected', target: null });
    expect(shoukry).toEqual(expect.any(String));
  });

  it('opens the article with its side panel; sourceHash hidden, sourceText read-only', async () => {
    await page.getByTestId('import-result').getByRole('link').click();
    const panel = page.getByTestId('news-import-panel');
    await panel.waitFor();
    await expect(panel.getByTestId('panel-link').count()).resolves.toBe(11);
    await expect(panel.getByTestId('panel-official').count()).resolves.toBe(3);
    expect(await page.locator('input[name="sourceHash"]').count()).toBe(0);
    expect(await page.locator('textarea[name="sourceText"]').isDisabled()).toBe(true);
    await shot('article-side-panel');
  });

  it('shows the first word of an Arabic headline in the Article list', async () => {
    await page.goto(`${app.url}/admin/content-manager/collection-types/${ARTICLE}?plugins[i18n][locale]=ar`);
    const cell = page.locator('td span', { hasText: SEED_TITLE.slice(0, 20) }).first();
    await cell.waitFor();
    const firstWord = await cell.evaluate((element) => {
      const text = element.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, text.data.indexOf(' '));
      const word = range.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      return {
        direction: getComputedStyle(element).direction,
        visible: word.width > 0 && word.left >= box.left - 1 && word.right <= box.right + 1,
      };
    });
    await shot('article-list');
    expect(firstWord).toEqual({ direction: 'rtl', visible: true });
  });

  it('shows the plugin in Arabic once the admin is switched to Arabic', async () => {
    await page.evaluate(() => localStorage.setItem('strapi-admin-language', 'ar'));
    await page.goto(`${app.url}/admin/plugins/news-import`);
    await page.getByRole('heading', { name: 'استيراد خبر' }).waitFor();
    await page.getByRole('link', { name: 'مراجعة الروابط' }).waitFor();
    await shot('import-page-ar');
    await page.evaluate(() => localStorage.setItem('strapi-admin-language', 'en'));
  });
});

describe('an Author without the plugin’s actions', () => {
  it('sees no menu entry and gets 403 from the admin routes', async () => {
    const author = await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-author' } });
    const credentials = { email: 'author@newsroom.test', password: 'Author-Test-2024' };
    await app.strapi.service('admin::user').create({
      firstname: 'Ann',
      lastname: 'Author',
      ...credentials,
      roles: [author.id],
      isActive: true,
    });
    const context = await browser.newContext();
    const authorPage = await context.newPage();
    await signIn(authorPage, app.url!, credentials);
    await authorPage.getByRole('navigation').first().waitFor();
    expect(await authorPage.getByRole('link', { name: 'Import story' }).count()).toBe(0);
    expect(await authorPage.getByRole('link', { name: 'Review links' }).count()).toBe(0);

    const login = await fetch(`${app.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(credentials),
    });
    const { data } = (await login.json()) as { data: { token: string } };
    const call = (method: string, route: string, body?: unknown) =>
      fetch(`${app.url}/news-import/${route}`, {
        method,
        headers: { Authorization: `Bearer ${data.token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }).then((res) => res.status);
    expect(await call('POST', 'preview', { text: SEED_STORY })).toBe(403);
    expect(await call('POST', 'import', { text: SEED_STORY })).toBe(403);
    expect(await call('POST', 'relink', {})).toBe(403);
    expect(await call('GET', 'links')).toBe(403);
    expect(await call('GET', 'titles?locale=ar&q=مصر')).toBe(403);
    await context.close();
  });
});
