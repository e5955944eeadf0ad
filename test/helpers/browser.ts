import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
  });
}

export function appUrl(pathname = '/'): string {
  const base = process.env.CHAINATLAS_TEST_URL;
  if (!base) throw new Error('CHAINATLAS_TEST_URL is not set: browser tests run under the "e2e" Vitest project');
  return base + pathname;
}

/** Uncaught errors of each page, so tests can assert there were none. */
export const pageErrorsOf = new WeakMap<Page, string[]>();

export async function openPage(browser: Browser, pathname = '/'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  pageErrorsOf.set(page, errors);
  await page.goto(appUrl(pathname));
  return page;
}

/** Screenshots go to screenshots/ (git-ignored) so a person can look at every view. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.resolve('screenshots');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
