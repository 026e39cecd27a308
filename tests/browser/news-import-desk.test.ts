/// <reference lib="dom" />
/**
 * The editor's desk in the admin panel: import the sample story from the Import story page with
 * decisions taken on the preview, open the article and its side panel, read Arabic headlines from
 * their first word in the Article list, use the admin in Arabic. The editor is a user with Strapi's
 * built-in Editor role granted the plugin's two actions (not a super admin); a role granted only
 * `import` sees the Import page and nothing of the review; an Author sees none of it.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { Browser, Page } from 'playwright-core';

import { createArticle } from '../fixtures/content';
import { SEED_STORY, SEED_TITLE } from '../fixtures/stories';
import { adminCall, adminToken, dismissOverlays, openAdmin, signIn } from '../harness/browser';
import { adminRole, bootApp, createAdminUser, grantActions, type TestApp } from '../harness/strapi';

const SHOTS = path.resolve(__dirname, '__screenshots__');
const WEB_PAGE = fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'pastes', 'web-page.ar.txt'), 'utf8');
const WEB_PAGE_TITLE = 'وزير الخارجية يبحث مع نظيره الأردني تطورات الأوضاع في غزة';
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

const IMPORT = 'plugin::news-import.import';
const REVIEW = 'plugin::news-import.review';

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  app = await bootApp({ admin: true });
  ceasefire = (await createArticle(app.strapi, { title: CEASEFIRE })).documentId;
  shoukry = (await createArticle(app.strapi, { title: SHOUKRY })).documentId;
  await createArticle(app.strapi, { title: AID });
  const editorRole = await adminRole(app.strapi, { code: 'strapi-editor' });
  await grantActions(app.strapi, editorRole.id, [IMPORT, REVIEW]);
  const credentials = await createAdminUser(app.strapi, editorRole.id, {
    email: 'editor@newsroom.test',
    password: 'Editor-Test-2024',
  });
  ({ browser, page } = await openAdmin(app.url!, credentials));
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
  it('shows the byline, dateline and agency of a web-page paste, editable before the import', async () => {
    await page.goto(`${app.url}/admin/plugins/news-import`);
    await page.getByRole('heading', { name: 'Import story' }).waitFor();
    await page.locator('textarea').fill(WEB_PAGE);
    await page.getByRole('button', { name: 'Preview' }).click();
    const byline = page.getByRole('textbox', { name: 'Byline' });
    const dateline = page.getByRole('textbox', { name: 'Dateline' });
    const agency = page.getByRole('textbox', { name: 'Agency (source name)' });
    await byline.waitFor();
    expect([await byline.inputValue(), await dateline.inputValue(), await agency.inputValue()]).toEqual([
      'أحمد علي',
      'القاهرة',
      'أ ش أ',
    ]);
    await byline.fill('أحمد علي ومنى حسن');
    await dateline.fill('');
    await shot('import-story-fields');
    await page.getByRole('button', { name: 'Import as draft' }).click();
    await page.getByTestId('import-result').waitFor();

    const article: any = await app.strapi.documents(ARTICLE).findFirst({ locale: 'ar', filters: { title: WEB_PAGE_TITLE } });
    expect(article).toMatchObject({ byline: 'أحمد علي ومنى حسن', dateline: null, sourceName: 'أ ش أ' });
  });
});

describe('an Author without the plugin’s actions', () => {
  it('sees no menu entry and gets 403 from the admin routes', async () => {
    const author = await adminRole(app.strapi, { code: 'strapi-author' });
    const credentials = await createAdminUser(app.strapi, author.id, {
      email: 'author@newsroom.test',
      password: 'Author-Test-2024',
    });
    const context = await browser.newContext();
    const authorPage = await context.newPage();
    await signIn(authorPage, app.url!, credentials);
    await authorPage.getByRole('navigation').first().waitFor();
    expect(await authorPage.getByRole('link', { name: 'Import story' }).count()).toBe(0);
    expect(await authorPage.getByRole('link', { name: 'Review links' }).count()).toBe(0);

    const call = adminCall(app.url!, await adminToken(app.url!, credentials));
    expect(await call('POST', '/news-import/preview', { text: SEED_STORY })).toBe(403);
    expect(await call('POST', '/news-import/import', { text: SEED_STORY })).toBe(403);
    expect(await call('POST', '/news-import/relink', {})).toBe(403);
    expect(await call('GET', '/news-import/links')).toBe(403);
    expect(await call('GET', `/news-import/titles?locale=ar&q=${encodeURIComponent('مصر')}`)).toBe(403);
    await context.close();
  });
});

describe('a role granted only the import action', () => {
  it('sees the Import page but not the review, and gets 403 from the review routes', async () => {
    const role = await adminRole(app.strapi, { name: 'Importer' });
    await grantActions(app.strapi, role.id, [IMPORT]);
    const credentials = await createAdminUser(app.strapi, role.id, {
      email: 'importer@newsroom.test',
      password: 'Importer-Test-2024',
    });
    const context = await browser.newContext();
    const importerPage = await context.newPage();
    await signIn(importerPage, app.url!, credentials);
    await dismissOverlays(importerPage);
    await importerPage.getByRole('link', { name: 'Import story' }).click();
    await importerPage.getByRole('heading', { name: 'Import story' }).waitFor();
    expect(await importerPage.getByRole('link', { name: 'Review links' }).count()).toBe(0);
    await importerPage.goto(`${app.url}/admin/plugins/news-import-review`);
    await importerPage.getByText(/don.t have the permissions/i).first().waitFor();
    expect(await importerPage.getByRole('heading', { name: 'Review links' }).count()).toBe(0);
    await importerPage.screenshot({ path: path.join(SHOTS, 'importer-no-review.png'), fullPage: true });

    const call = adminCall(app.url!, await adminToken(app.url!, credentials));
    expect(await call('POST', '/news-import/preview', { text: SEED_STORY })).toBe(200);
    const link: any = await app.strapi.db.query(RELATED_LINK).findOne({ where: { status: 'unresolved' } });
    expect(link).toBeTruthy();
    expect(await call('GET', '/news-import/links')).toBe(403);
    expect(await call('POST', '/news-import/relink', {})).toBe(403);
    expect(await call('POST', `/news-import/links/${link.documentId}/accept`, { locale: 'ar' })).toBe(403);
    expect(await call('POST', `/news-import/links/${link.documentId}/reject`, { locale: 'ar' })).toBe(403);
    await context.close();
  });
});
