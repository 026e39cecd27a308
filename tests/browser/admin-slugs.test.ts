/**
 * An editor creates Arabic articles in the admin panel: the UID field's Regenerate button proposes
 * an Arabic-script slug from the title (not a transliteration), accepts one typed by hand, and the entry saves with it.
 */
import type { Browser, Locator, Page } from 'playwright-core';

import { launchBrowser, signIn } from '../harness/browser';
import { bootApp, createSuperAdmin, type TestApp } from '../harness/strapi';

let app: TestApp;
let browser: Browser;
let page: Page;

const ARTICLE = 'api::article.article';
const createUrl = () =>
  `${app.url}/admin/content-manager/collection-types/${ARTICLE}/create?plugins[i18n][locale]=ar`;

beforeAll(async () => {
  app = await bootApp({ admin: true });
  const credentials = await createSuperAdmin(app.strapi);
  browser = await launchBrowser();
  page = await browser.newPage();
  page.setDefaultTimeout(30000);
  await signIn(page, app.url!, credentials);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const savedArticle = async (title: string) => {
  for (let i = 0; i < 50; i += 1) {
    const found = await app.strapi.documents(ARTICLE).findFirst({ locale: 'ar', filters: { title } });
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return null;
};

/** The input's value once it matches `pattern` (or its last value after 30 s). */
const valueMatching = async (input: Locator, pattern: RegExp) => {
  for (let waited = 0; waited < 30000; waited += 100) {
    const value = await input.inputValue();
    if (pattern.test(value)) return value;
    await page.waitForTimeout(100);
  }
  return input.inputValue();
};

const save = async () => {
  await page.getByRole('button', { name: /^save$/i }).click();
};

describe('the admin UID field with Arabic titles', () => {
  it('proposes an Arabic-script slug from the title and saves it', async () => {
    const title = 'الرئيس السيسي يجتمع مع وزير الخارجية الأمريكي';
    await page.goto(createUrl());
    await page.locator('input[name="title"]').fill(title);

    const slug = page.locator('input[name="slug"]');
    // As everywhere in Strapi, a new entry's UID starts from the type's name and follows the
    // title when the editor asks for it.
    await page.getByRole('button', { name: 'Regenerate' }).click();
    expect(await valueMatching(slug, /[\u0621-\u064A]/)).toBe('الرئيس-السيسي-يجتمع-مع-وزير-الخارجية-الأمريكي');

    await save();
    const article = await savedArticle(title);
    expect(article?.slug).toBe('الرئيس-السيسي-يجتمع-مع-وزير-الخارجية-الأمريكي');
  });

  it('accepts an Arabic slug typed by hand', async () => {
    const title = 'شكري ووزيرة خارجية جنوب افريقيا يبحثان تعزيز العلاقات';
    await page.goto(createUrl());
    await page.locator('input[name="title"]').fill(title);
    const slug = page.locator('input[name="slug"]');
    await slug.fill('شكري-يبحث-العلاقات');
    await slug.blur();

    await save();
    const article = await savedArticle(title);
    expect(article?.slug).toBe('شكري-يبحث-العلاقات');
  });

  it('refuses a slug with spaces before anything is written', async () => {
    const title = 'خبر بمعرف غير صالح';
    await page.goto(createUrl());
    await page.locator('input[name="title"]').fill(title);
    const slug = page.locator('input[name="slug"]');
    await slug.fill('خبر غير صالح');
    await slug.blur();

    await save();
    await page.getByText(/slug must match/i).waitFor({ state: 'visible' });
    expect(await app.strapi.documents(ARTICLE).findFirst({ locale: 'ar', filters: { title } })).toBeNull();
  });
});
