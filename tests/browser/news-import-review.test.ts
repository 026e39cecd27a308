/// <reference lib="dom" />
/**
 * The Review links page itself: every open link across articles and languages, paged with the
 * admin's Pagination, filtered by status and language; accept, reject and "choose a target" with
 * the type-ahead, each saved at once; "re-run linking" shows the counts it produced. Driven by a
 * user with the built-in Editor role granted the plugin's actions.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { Browser, Page } from 'playwright-core';

import { createArticle } from '../fixtures/content';
import { SEED_STORY } from '../fixtures/stories';
import { openAdmin } from '../harness/browser';
import { adminRole, bootApp, createAdminUser, grantActions, type TestApp } from '../harness/strapi';

const SHOTS = path.resolve(__dirname, '__screenshots__');
const RELATED_LINK = 'api::related-link.related-link';
// Shortened versions of seed headlines 9 and 2: suggested, never linked without review.
const CEASEFIRE = 'الولايات المتحدة و16 دولة تدعو حماس وإسرائيل إلى اتفاق';
const SHOUKRY = 'شكري ووزيرة خارجية جنوب افريقيا يبحثان تعزيز العلاقات';
const AID = 'مصر تواصل جهودها في تقديم المساعدات الإنسانية لقطاع غزة';
// Matches no seed headline: only an editor's choice links to it.
const CANALS = 'وزير الري يتفقد مشروعات تبطين الترع في الفيوم';
const SPAIN_HEADLINE = 'حماس تُرحب بإعلان إسبانيا انضمامها لدعوى جرائم الإبادة الجماعية ضد إسرائيل';
const EN_STORY = [
  'Egypt and Jordan discuss the situation in Gaza',
  '',
  'The foreign ministers of Egypt and Jordan met on Tuesday to discuss the humanitarian situation in Gaza.',
  'Related:',
  'Egypt sends more aid convoys to the Gaza Strip',
  'Jordan opens a second field hospital in Khan Younis',
  'The ministers agreed to meet again next month.',
].join('\n');

let app: TestApp;
let browser: Browser;
let page: Page;
let ceasefire: string;
let canals: string;

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
const rows = () => page.getByTestId('related-link');
const rowFor = (headline: string) => rows().filter({ hasText: headline });
const open = (where: Record<string, unknown> = {}) =>
  app.strapi.db.query(RELATED_LINK).count({ where: { status: { $in: ['suggested', 'unresolved'] }, ...where } });
const stored = (headline: string): Promise<any> =>
  app.strapi.db.query(RELATED_LINK).findOne({ where: { headline, locale: 'ar' }, populate: ['target'] });

/** Waits until the table shows `count` rows (the page reloads its rows after every change). */
const expectRows = async (count: number) => {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="related-link"]').length === n, count);
};

const choose = async (label: string, option: string) => {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  app = await bootApp({ admin: true });
  ceasefire = (await createArticle(app.strapi, { title: CEASEFIRE })).documentId;
  await createArticle(app.strapi, { title: SHOUKRY });
  await createArticle(app.strapi, { title: AID });
  canals = (await createArticle(app.strapi, { title: CANALS })).documentId;
  const importer = app.strapi.plugin('news-import').service('importer');
  await importer.import({ text: SEED_STORY, locale: 'ar', publish: true });
  await importer.import({ text: EN_STORY, locale: 'en', publish: false });

  const editor = await adminRole(app.strapi, { code: 'strapi-editor' });
  await grantActions(app.strapi, editor.id, ['plugin::news-import.import', 'plugin::news-import.review']);
  const credentials = await createAdminUser(app.strapi, editor.id, { email: 'reviewer@newsroom.test', password: 'Reviewer-Test-2024' });
  ({ browser, page } = await openAdmin(app.url!, credentials));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the Review links page', () => {
  it('lists every open link in both languages, ten to a page, with the admin’s pagination', async () => {
    const total = await open();
    expect(total).toBeGreaterThan(10);
    expect(await open({ locale: 'en' })).toBe(2);

    await page.getByRole('link', { name: 'Review links' }).click();
    await page.getByText(`${total} open links`).waitFor();
    await expectRows(10);
    await shot('review-page-1');

    await page.getByRole('link', { name: 'Go to page 2' }).click();
    await expectRows(total - 10);
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    await shot('review-page-2');
  });

  it('filters by status and by language, back to the first page', async () => {
    await choose('Status', 'Suggested');
    await expectRows(await open({ status: 'suggested' }));
    expect(new URL(page.url()).searchParams.get('page')).toBe('1');
    const statuses = await page.locator('[data-testid="related-link"] [data-status]').evaluateAll((badges) =>
      badges.map((badge) => badge.getAttribute('data-status'))
    );
    expect(statuses.length).toBeGreaterThanOrEqual(2);
    expect(new Set(statuses)).toEqual(new Set(['suggested']));

    await choose('Status', 'Suggested and unresolved');
    await choose('Language', 'English (en)');
    await expectRows(2);
    const locales = await rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-locale')));
    expect(locales).toEqual(['en', 'en']);
    await shot('review-filtered-en');
  });

  it('accepts a suggestion and rejects another, saved at once', async () => {
    await choose('Language', 'Arabic (ar)');
    await choose('Status', 'Suggested');
    const suggested = await open({ status: 'suggested', locale: 'ar' });
    await expectRows(suggested);

    await rowFor('الولايات المتحدة و16 دولة').getByRole('button', { name: 'Accept' }).click();
    await expectRows(suggested - 1);
    const accepted = await stored(
      'الولايات المتحدة و16 دولة تدعو حماس وإسرائيل للتوصل إلى اتفاق بشأن وقف إطلاق النار والرهائن'
    );
    expect(accepted).toMatchObject({ status: 'linked', target: { documentId: ceasefire } });

    await rowFor('شكري ووزيرة خارجية').getByRole('button', { name: 'Reject' }).click();
    await expectRows(suggested - 2);
    const rejected = await stored('شكري ووزيرة خارجية جنوب افريقيا يبحثان تعزيز العلاقات الثنائية والوضع في غزة');
    expect(rejected).toMatchObject({ status: 'rejected', target: null });
  });

  it('links an unresolved headline to an article chosen with the type-ahead', async () => {
    await choose('Status', 'Unresolved');
    const unresolved = await open({ status: 'unresolved', locale: 'ar' });
    await expectRows(unresolved);
    const row = rowFor(SPAIN_HEADLINE);
    const picker = row.getByRole('combobox', { name: 'Choose another target' });
    await picker.click();
    await picker.pressSequentially('تبطين', { delay: 20 });
    await page.getByRole('option', { name: CANALS }).click();
    await expectRows(unresolved - 1);
    expect(await stored(SPAIN_HEADLINE)).toMatchObject({ status: 'linked', target: { documentId: canals } });
    await shot('review-chosen-target');
  });

  it('re-runs linking for every open link and shows the counts it produced', async () => {
    // A link stored before its target was known (as after a restore): matching finds the target.
    const aid: any = await app.strapi.db.query(RELATED_LINK).findOne({
      where: { locale: 'ar', headline: { $startsWith: 'مصر تواصل جهودها' } },
    });
    expect(aid.status).toBe('linked');
    await app.strapi.db.query(RELATED_LINK).update({
      where: { id: aid.id },
      data: { status: 'unresolved', confidence: 0, target: null },
    });

    await page.goto(`${app.url}/admin/plugins/news-import-review`);
    const before = await open();
    await page.getByText(`${before} open links`).waitFor();
    await page.getByRole('button', { name: 'Re-run linking' }).click();
    const counts = page.getByTestId('relink-counts');
    await counts.waitFor();

    const suggested = await open({ status: 'suggested' });
    const unresolved = await open({ status: 'unresolved' });
    expect(before - suggested - unresolved).toBe(1);
    expect(await counts.textContent()).toBe(
      `Linking re-run: 1 linked, ${suggested} suggested, ${unresolved} unresolved.`
    );
    expect(await stored(aid.headline)).toMatchObject({ status: 'linked' });
    await page.getByText(`${before - 1} open links`).waitFor();
    await shot('review-relinked');
  });
});
