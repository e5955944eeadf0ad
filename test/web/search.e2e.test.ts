import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, pageErrorsOf, screenshot } from '../helpers/browser.js';
import { signInAs } from '../helpers/sign-in.js';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser, '/');
  await signInAs(page, 'analyst'); // a fresh 招商人员 account of this file, signed in in the page's browser context
  await page.goto(appUrl('/'));
  await page.getByTestId('search-box').waitFor();
});
afterAll(() => browser?.close());

const box = () => page.getByTestId('search-box');
const input = () => box().getByRole('combobox', { name: '搜索企业' });
const options = () => box().getByRole('option');

async function search(text: string): Promise<void> {
  await input().fill('');
  await input().fill(text);
  // the list is settled (debounced query answered) when the dropdown says ready
  await box().locator('.ca-search-dropdown[data-state="ready"]').waitFor({ timeout: 30_000 });
  await box()
    .locator('.ca-search-footer', { hasText: /共 [\d,]+ 家/ })
    .waitFor();
}

describe('全局搜索 search box in the top bar', () => {
  it('finds firms by a Chinese name fragment, with county, 本地 tag and 链主', async () => {
    await search('华锐铝业');
    const first = options().first();
    const text = await first.innerText();
    expect(text).toContain('聊城茌平华锐铝业集团有限公司');
    expect(text).toContain('本地');
    expect(text).toContain('链主');
    expect(text).toContain('茌平区');
    // the matched fragment is highlighted
    await expect(first.locator('mark').first().innerText()).resolves.toBe('华锐铝业');
    await screenshot(page, 'search-chinese');
  });

  it('tags outside firms 外地 with their city', async () => {
    await search('江阴');
    const texts = await options().allInnerTexts();
    expect(texts.length).toBeGreaterThan(0);
    const outside = texts.find((t) => t.includes('外地'));
    expect(outside).toBeDefined();
    expect(outside).toMatch(/江阴/);
  });

  it('finds firms by a credit-code prefix', async () => {
    await search('91371581');
    const codes = await box().locator('.ca-search-meta .code').allInnerTexts();
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(code.startsWith('91371581')).toBe(true);
    await expect(box().locator('.ca-search-footer').innerText()).resolves.toMatch(/共 [\d,]+ 家/);
  });

  it('moves with ↓/↑, closes with Esc and opens the chosen firm with Enter', async () => {
    await search('轴承');
    expect(await options().count()).toBeGreaterThanOrEqual(3);
    await expect(options().nth(0).getAttribute('aria-selected')).resolves.toBe('true');
    await input().press('ArrowDown');
    await input().press('ArrowDown');
    await input().press('ArrowUp');
    await expect(options().nth(1).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(input().getAttribute('aria-activedescendant')).resolves.toBe(await options().nth(1).getAttribute('id'));
    const code = await options().nth(1).locator('.code').innerText();
    await input().press('Escape');
    await expect(options().count()).resolves.toBe(0);
    await expect(input().getAttribute('aria-expanded')).resolves.toBe('false');
    await input().press('ArrowDown'); // opens again, on the next hit
    await expect(options().nth(2).getAttribute('aria-selected')).resolves.toBe('true');
    await input().press('ArrowUp');
    await input().press('Enter');
    await page.waitForURL(`**/enterprise/${code}`);
    await expect(input().inputValue()).resolves.toBe('');
    expect(pageErrorsOf.get(page)).toEqual([]);
  });

  it('says so when nothing matches', async () => {
    await input().fill('没有这样的企业名称XYZ');
    await box().locator('.ca-search-footer', { hasText: '没有找到匹配的企业' }).waitFor({ timeout: 30_000 });
    await expect(options().count()).resolves.toBe(0);
  });
});
