/// <reference lib="dom" />
/**
 * Arabic in the Content Manager reads right to left from its first word: the Related link list's
 * headline column, the Article edit view's list of related links, a text input holding an Arabic
 * title, the summary textarea. Measured in the page (direction, where the first word falls against
 * the box that clips it, scroll position), not only checked for a `dir` attribute.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { Browser, Locator, Page } from 'playwright-core';

import { SEED_HEADLINES, SEED_STORY, SEED_TITLE } from '../fixtures/stories';
import { openAdmin } from '../harness/browser';
import { adminRole, bootApp, createAdminUser, type TestApp } from '../harness/strapi';

const SHOTS = path.resolve(__dirname, '__screenshots__');
const ARTICLE = 'api::article.article';
const RELATED_LINK = 'api::related-link.related-link';

let app: TestApp;
let browser: Browser;
let page: Page;
let article: string;

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

type Reading = { direction: string; firstWordVisible: boolean; cut: boolean };

/**
 * Reads the element holding `text`: its direction, whether the first word of `text` lies inside
 * the box that clips it (the nearest element, itself included, hiding its overflow), and whether
 * the text is cut at all (so that "the start is visible" says something).
 */
const readText = (element: Locator, text: string): Promise<Reading> =>
  element.evaluate((holder, wanted) => {
    const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode() as Text | null;
    while (node && !node.data.includes(wanted.slice(0, 10))) node = walker.nextNode() as Text | null;
    if (!node) throw new Error(`no text node holds "${wanted}"`);
    const start = node.data.indexOf(wanted.slice(0, 10));
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + wanted.indexOf(' '));
    const word = range.getBoundingClientRect();
    let clip: HTMLElement = node.parentElement!;
    while (clip.parentElement && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement;
    const box = clip.getBoundingClientRect();
    return {
      direction: getComputedStyle(node.parentElement!).direction,
      firstWordVisible: word.width > 0 && word.left >= box.left - 1 && word.right <= box.right + 1,
      cut: clip.scrollWidth > clip.clientWidth,
    };
  }, text);

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  app = await bootApp({ admin: true });
  const imported = await app.strapi.plugin('news-import').service('importer').import({ text: SEED_STORY, locale: 'ar', publish: false });
  article = imported.article.documentId;
  const editor = await adminRole(app.strapi, { code: 'strapi-editor' });
  const credentials = await createAdminUser(app.strapi, editor.id, { email: 'rtl@newsroom.test', password: 'Rtl-Test-2024' });
  // A laptop-sized window: long headlines are cut, as editors see them.
  ({ browser, page } = await openAdmin(app.url!, credentials, { width: 1280, height: 900 }));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('Arabic in the Content Manager', () => {
  it('shows the first word of each headline in the Related link list', async () => {
    await page.goto(`${app.url}/admin/content-manager/collection-types/${RELATED_LINK}?plugins[i18n][locale]=ar`);
    const headline = SEED_HEADLINES[8];
    const cell = page.locator('td', { hasText: headline.slice(0, 20) }).first();
    await cell.waitFor();
    await shot('related-link-list');
    expect(await readText(cell, headline)).toEqual({ direction: 'rtl', firstWordVisible: true, cut: true });
  });

  describe('the Article edit view', () => {
    beforeAll(async () => {
      await page.goto(`${app.url}/admin/content-manager/collection-types/${ARTICLE}/${article}?plugins[i18n][locale]=ar`);
      await page.locator('input[name="title"]').waitFor();
    });

    it('lists the related links right to left, each from its first word', async () => {
      // The relation list shows the last five links first; headline 9 is among them.
      const headline = SEED_HEADLINES[8];
      const item = page.locator('li', { hasText: headline.slice(0, 20) }).first();
      await item.scrollIntoViewIfNeeded();
      await shot('article-relations');
      expect(await readText(item, headline)).toEqual({ direction: 'rtl', firstWordVisible: true, cut: true });
    });

    it('opens the title input at the start of the Arabic title', async () => {
      const input = page.locator('input[name="title"]');
      expect(await input.inputValue()).toBe(SEED_TITLE);
      const read = () =>
        input.evaluate((element: HTMLInputElement) => ({
          direction: getComputedStyle(element).direction,
          atStart: element.scrollLeft === 0,
          cut: element.scrollWidth > element.clientWidth,
        }));
      expect(await read()).toEqual({ direction: 'rtl', atStart: true, cut: true });
      // Tabbing into the field puts the caret at the start of the title, not at its end.
      await input.focus();
      expect(await input.evaluate((element: HTMLInputElement) => element.selectionStart)).toBe(0);
      expect(await read()).toEqual({ direction: 'rtl', atStart: true, cut: true });
    });

    it('lays out the summary textarea right to left', async () => {
      const summary = page.locator('textarea[name="summary"]');
      const layout = await summary.evaluate((element: HTMLTextAreaElement) => {
        const style = getComputedStyle(element);
        return { direction: style.direction, textAlign: style.textAlign };
      });
      expect(layout.direction).toBe('rtl');
      expect(['start', 'right']).toContain(layout.textAlign);
      await summary.scrollIntoViewIfNeeded();
      await shot('article-summary');
    });
  });
});
