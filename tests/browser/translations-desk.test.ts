/// <reference lib="dom" />
/**
 * The review page's "Waiting for translation" filter: the translators' queue of a locale, with an
 * article not translated yet and a translated one whose link waits for its target's translation.
 */
import type { Browser, Page } from 'playwright-core';

import { createArticle } from '../fixtures/content';
import { shortStory } from '../fixtures/stories';
import { launchBrowser, signIn } from '../harness/browser';
import { bootApp, createSuperAdmin, type TestApp } from '../harness/strapi';

// A target with no `en` version, and a story listing it that has one.
const TITLES = {
  target: 'محافظ أسوان يفتتح مدرسة جديدة للتعليم الفني',
  story: 'جولة في مشروعات التعليم بالصعيد',
  storyEn: 'A tour of education projects in Upper Egypt',
};

let app: TestApp, browser: Browser, page: Page;

beforeAll(async () => {
  app = await bootApp({ admin: true });
  await createArticle(app.strapi, { title: TITLES.target });
  const imported = await app.strapi
    .plugin('news-import')
    .service('importer')
    .import({ text: shortStory(TITLES.story, [TITLES.target]), locale: 'ar' });
  await app.strapi
    .documents('api::article.article')
    .update({ documentId: imported.article.documentId, locale: 'en', data: { title: TITLES.storyEn } } as any);
  const credentials = await createSuperAdmin(app.strapi);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  page.setDefaultTimeout(30000);
  await signIn(page, app.url!, credentials);
  for (const name of [/^skip$/i, /^close$/i]) {
    const button = page.getByRole('button', { name }).first();
    if (await button.isVisible().catch(() => false)) await button.click().catch(() => undefined);
  }
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('the review page', () => {
  it('lists what waits for translation in English when that filter is chosen', async () => {
    await page.goto(`${app.url}/admin/plugins/news-import-review`);
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Waiting for translation' }).click();

    const entries = page.getByTestId('translation-entry');
    await entries.first().waitFor();
    const rows = await entries.evaluateAll((nodes) =>
      nodes.map((node) => [node.getAttribute('data-reason'), node.querySelector('a')?.textContent ?? ''])
    );
    expect(rows).toEqual(expect.arrayContaining([['missing', TITLES.target], ['waiting', TITLES.storyEn]]));
    const waiting = page.locator('[data-testid="translation-entry"][data-reason="waiting"]');
    expect(await waiting.textContent()).toContain(`1. ${TITLES.target}`);
  });
});
