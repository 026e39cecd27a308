/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), signed in to the
 * admin panel of a TestApp booted with `{ admin: true }`.
 */
import fs from 'node:fs';

import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const hasChromium = () => fs.existsSync(CHROMIUM);

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Without the background-networking flags Chromium keeps dialling Google on this closed network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });

export const signIn = async (
  page: Page,
  baseUrl: string,
  { email, password }: { email: string; password: string }
): Promise<void> => {
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60000 });
};

/** An admin session token, for calling admin routes the way the panel does. */
export const adminToken = async (baseUrl: string, credentials: { email: string; password: string }): Promise<string> => {
  const res = await fetch(`${baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  const { data } = (await res.json()) as { data: { token: string } };
  return data.token;
};

/** Status code of an admin route called with a session token (`/news-import/links`, `/admin/webhooks`). */
export const adminCall = (baseUrl: string, token: string) => (method: string, route: string, body?: unknown) =>
  fetch(`${baseUrl}${route}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).then((res) => res.status);

/** Clicks away the guided tour and the Media Library banner, which intercept clicks on a fresh admin. */
export const dismissOverlays = async (page: Page) => {
  for (const name of [/^skip$/i, /^close$/i]) {
    const button = page.getByRole('button', { name }).first();
    if (await button.isVisible().catch(() => false)) await button.click().catch(() => undefined);
  }
};

/** A browser signed in to the admin panel, overlays dismissed: the start of every desk test. */
export const openAdmin = async (
  baseUrl: string,
  credentials: { email: string; password: string },
  viewport = { width: 1440, height: 1000 }
): Promise<{ browser: Browser; page: Page }> => {
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport });
  page.setDefaultTimeout(30000);
  await signIn(page, baseUrl, credentials);
  await dismissOverlays(page);
  return { browser, page };
};
