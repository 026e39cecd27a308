/// <reference lib="dom" />
/**
 * Settings -> Links webhooks: an admin creates a webhook for `news-import.links-changed` from the
 * admin panel (Strapi's own webhook form cannot list a plugin's event), adds the event to a
 * webhook made on Strapi's Webhooks page, and Strapi's page keeps the event when it saves. The
 * webhook made in the panel is called when a story's links change.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import type { Browser, Page } from 'playwright-core';

import { createArticle } from '../fixtures/content';
import { shortStory } from '../fixtures/stories';
import { openAdmin } from '../harness/browser';
import { bootApp, createSuperAdmin, type TestApp } from '../harness/strapi';

const SHOTS = path.resolve(__dirname, '__screenshots__');
const EVENT = 'news-import.links-changed';
const HEADLINE = 'وزير الري يتفقد مشروعات تبطين الترع في محافظة الفيوم';

let app: TestApp;
let browser: Browser;
let page: Page;
let receiver: http.Server;
let receiverUrl: string;
const received: Record<string, unknown>[] = [];

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
const webhooks = (): Promise<any[]> => app.strapi.get('webhookStore').findWebhooks();
const subscribeBox = (name: string) => page.getByRole('checkbox', { name: `Call ${name} when links change` });

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/links`;

  app = await bootApp({ admin: true });
  const credentials = await createSuperAdmin(app.strapi);
  ({ browser, page } = await openAdmin(app.url!, credentials));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
});

describe('Settings -> Links webhooks', () => {
  it('creates a webhook for the links-changed event from the admin panel', async () => {
    await page.goto(`${app.url}/admin/settings`);
    await page.getByRole('link', { name: 'Links webhooks' }).click();
    await page.getByRole('heading', { name: 'Links webhooks' }).waitFor();
    await page.getByLabel('Name').fill('Front page cache');
    await page.getByLabel('URL').fill(receiverUrl);
    await page.getByRole('button', { name: 'Create a webhook for this event' }).click();
    await subscribeBox('Front page cache').waitFor();
    expect(await subscribeBox('Front page cache').getAttribute('aria-checked')).toBe('true');
    await shot('links-webhooks-created');

    expect(await webhooks()).toEqual([
      expect.objectContaining({ name: 'Front page cache', url: receiverUrl, events: [EVENT], isEnabled: true }),
    ]);
  });

  it('calls the new webhook when a story’s links change', async () => {
    const importer = app.strapi.plugin('news-import').service('importer');
    const story = await importer.import({ text: shortStory('خبر يذكر مشروعات الري', [HEADLINE]), locale: 'ar' });
    expect(story.relatedLinks[0].status).toBe('unresolved');
    await createArticle(app.strapi, { title: HEADLINE });
    for (let waited = 0; waited < 10000 && received.length === 0; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(received).toEqual([
      expect.objectContaining({ event: EVENT, documentId: story.article.documentId, locale: 'ar', positions: [1] }),
    ]);
  });

  it('adds the event to a webhook made on Strapi’s Webhooks page, which keeps it when saving', async () => {
    const other = await app.strapi.get('webhookStore').createWebhook({
      name: 'Search index',
      url: 'http://127.0.0.1:9200/search',
      headers: {},
      events: ['entry.publish'],
    });
    await page.reload();
    await subscribeBox('Search index').click();
    await shot('links-webhooks-subscribed');
    await page.waitForFunction(
      () => document.querySelector('[aria-label="Call Search index when links change"]')?.getAttribute('aria-checked') === 'true'
    );
    const stored = (await webhooks()).find((webhook) => webhook.id === other.id);
    expect(stored.events).toEqual(['entry.publish', EVENT]);

    // Strapi's own form shows only its events, but saves the whole list it was given.
    await page.goto(`${app.url}/admin/settings/webhooks/${other.id}`);
    const name = page.locator('input[name="name"]');
    await name.waitFor();
    await name.fill('Search index v2');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText(/saved/i).first().waitFor();
    const saved = (await webhooks()).find((webhook) => webhook.id === other.id);
    expect(saved).toMatchObject({ name: 'Search index v2', events: ['entry.publish', EVENT] });
  });

  it('removes the event from a webhook when unticked', async () => {
    await page.goto(`${app.url}/admin/settings/news-import/webhooks`);
    await subscribeBox('Search index v2').click();
    await page.waitForFunction(
      () => document.querySelector('[aria-label="Call Search index v2 when links change"]')?.getAttribute('aria-checked') === 'false'
    );
    const stored = (await webhooks()).find((webhook) => webhook.name === 'Search index v2');
    expect(stored.events).toEqual(['entry.publish']);
  });
});
