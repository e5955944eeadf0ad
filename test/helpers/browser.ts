import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type LaunchOptions, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with the flags this closed network needs (the benchmark launches it so too). */
export const CHROMIUM_OPTIONS = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
} satisfies LaunchOptions;

/** Chromium for the browser tests: CHROMIUM_OPTIONS, in Chinese. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...CHROMIUM_OPTIONS, args: [...CHROMIUM_OPTIONS.args, '--lang=zh-CN'] });
}

export function appUrl(pathname = '/'): string {
  const base = process.env.CHAINATLAS_TEST_URL;
  if (!base) throw new Error('CHAINATLAS_TEST_URL is not set: browser tests run under the "e2e" Vitest project');
  return base + pathname;
}

/** Uncaught errors of each page, so tests can assert there were none. */
export const pageErrorsOf = new WeakMap<Page, string[]>();

export type TestRole = 'admin' | 'analyst' | 'editor' | 'viewer';

/** The accounts global-app.ts made for browser tests (user name and password per role). */
export function testUsers(): Record<TestRole, { username: string; password: string }> {
  const users = process.env.CHAINATLAS_TEST_USERS;
  if (!users) throw new Error('CHAINATLAS_TEST_USERS is not set: browser tests run under the "e2e" Vitest project');
  return JSON.parse(users);
}

/** The session cookie (`chainatlas_session=…`) global-app.ts got for `role`. */
export function testCookie(role: TestRole): string {
  const cookies = JSON.parse(process.env.CHAINATLAS_TEST_COOKIES ?? '{}') as Record<string, string>;
  const cookie = cookies[role];
  if (!cookie)
    throw new Error(`no session for ${role}: global-app.ts signs in every test role (browser tests run under the "e2e" Vitest project)`);
  return cookie;
}

/** The data of a GraphQL answer, or an error naming its errors. */
async function dataOf<T>(response: { json(): Promise<unknown> }): Promise<T> {
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A GraphQL call with a test role's session (default: the administrator; no page is involved). */
export async function apiAs<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  role: TestRole = 'admin',
): Promise<T> {
  const response = await fetch(appUrl('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie: testCookie(role) },
    body: JSON.stringify({ query, variables }),
  });
  return dataOf<T>(response);
}

/** GraphQL as the signed-in page would call it (the page's cookies go with the request). */
export async function pageGql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post(appUrl('/graphql'), {
    data: { query, variables },
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', origin: new URL(appUrl('/')).origin },
  });
  return dataOf<T>(response);
}

export interface OpenPageOptions {
  /** who the page is signed in as (default: the administrator); null: nobody (the sign-in page) */
  as?: TestRole | null;
  /** the window's size (default 1440 × 900) */
  viewport?: { width: number; height: number };
  /** the browser's time zone (default: the machine's) */
  timezoneId?: string;
}

/**
 * A new browser context on `pathname`, signed in first (as the administrator unless `as` says
 * otherwise): the session cookie global-app.ts got for that role is set before the page loads.
 */
export async function openPage(browser: Browser, pathname = '/', options: OpenPageOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const role = options.as === undefined ? 'admin' : options.as;
  if (role) {
    const cookie = testCookie(role);
    const [name, value] = [cookie.slice(0, cookie.indexOf('=')), cookie.slice(cookie.indexOf('=') + 1)];
    await context.addCookies([{ name, value, url: appUrl('/'), httpOnly: true, sameSite: 'Lax' }]);
  }
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
