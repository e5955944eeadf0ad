import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, pageErrorsOf, screenshot } from '../../helpers/browser.js';

// Issue 18 on the default data set: a single character (钢) finds firms, the results page by
// page past the count cap, export to XLSX and CSV, synonyms (保持架 → 保持器) and segment hits,
// on a phone (390 px) and a desktop (1920 px).
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const countText = (page: Page) => page.getByTestId('search-count').innerText();

async function searchFor(page: Page, text: string): Promise<void> {
  await page.getByTestId('enterprise-search').fill(text);
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, text.replace(/\s+/g, ' ').trim(), {
    timeout: 30_000,
  });
  await page.getByTestId('search-count').waitFor({ timeout: 60_000 });
}

for (const width of [390, 1920]) {
  describe(`search page at ${width} px`, () => {
    let page: Page;
    beforeAll(async () => {
      page = await openPage(browser, '/enterprise', { as: 'analyst' });
      await page.setViewportSize({ width, height: width < 500 ? 844 : 1080 });
    });
    afterAll(() => page?.context().close());

    it('a single character finds firms; pages run on past the first', async () => {
      await searchFor(page, '钢');
      await page.waitForFunction(
        () => /找到 \d+ 家企业/.test(document.querySelector('[data-testid=search-count]')?.textContent ?? ''),
        undefined,
        { timeout: 60_000 },
      );
      const count = await countText(page);
      const total = Number(/找到 (\d+) 家企业/.exec(count)![1]);
      expect(total).toBeGreaterThan(20);
      const rows = page.getByTestId('search-results').locator('li');
      expect(await rows.count()).toBe(20);
      const firstPage = await rows.locator('a').allInnerTexts();
      for (const row of await rows.allInnerTexts()) expect(row).toContain('钢');
      await expect(page.getByTestId('page-number').innerText()).resolves.toContain('第 1 页');
      await screenshot(page, `search-page-single-char-${width}`);

      await page.getByTestId('page-next').click();
      await page.getByTestId('page-number').filter({ hasText: '第 2 页' }).waitFor({ timeout: 60_000 });
      await page.waitForFunction(
        (first) => document.querySelector('[data-testid=search-results] li a')?.textContent !== first,
        firstPage[0],
        { timeout: 60_000 },
      );
      const secondPage = await rows.locator('a').allInnerTexts();
      expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
      await page.getByTestId('page-prev').click();
      await page.getByTestId('page-number').filter({ hasText: '第 1 页' }).waitFor({ timeout: 60_000 });

      // nothing of the search page is wider than the screen (the top bar is App.tsx's)
      const overflow = await page.evaluate(
        () =>
          Math.max(...[...document.querySelectorAll('.view-enterprise-search *')].map((el) => el.getBoundingClientRect().right)) -
          window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });

    it('exports the results as XLSX and CSV, credit codes first', async () => {
      const [xlsx] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByTestId('search-export-xlsx').click(),
      ]);
      expect(xlsx.suggestedFilename()).toBe('企业搜索-钢.xlsx');
      expect(
        fs
          .readFileSync(await xlsx.path())
          .subarray(0, 2)
          .toString(),
      ).toBe('PK');
      const [csv] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('search-export-csv').click()]);
      const lines = fs
        .readFileSync(await csv.path(), 'utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]!.startsWith('统一社会信用代码,企业名称')).toBe(true);
      expect(lines.length).toBeGreaterThan(21);
      for (const line of lines.slice(1, 50)) expect(line).toMatch(/^'?[0-9A-Z]{18},/);
    });

    it('searches synonyms, shows the matching product and the segment with its chain map link', async () => {
      await searchFor(page, '保持架');
      await page.getByTestId('search-synonyms').waitFor({ timeout: 60_000 });
      await expect(page.getByTestId('search-synonyms').innerText()).resolves.toContain('保持架 → 保持器');
      await expect(countText(page)).resolves.toMatch(/找到 \d+ 家企业/);
      await page.getByTestId('matched-products').first().waitFor({ timeout: 60_000 });
      await expect(page.getByTestId('matched-products').first().innerText()).resolves.toContain('保持器');
      const segments = page.getByTestId('segment-hits');
      await segments.waitFor({ timeout: 60_000 });
      await expect(segments.innerText()).resolves.toContain('保持器');
      const link = segments.locator('a[href^="/chain/"]').first();
      expect(await link.getAttribute('href')).toMatch(/^\/chain\/[^?]+\?seg=BRG-06$/);
      await screenshot(page, `search-page-synonyms-${width}`);
      // spaces are forgiven
      await searchFor(page, '钢 球');
      await expect(countText(page)).resolves.toMatch(/找到 \d+ 家企业/);
      expect(pageErrorsOf.get(page)).toEqual([]);
    });
  });
}
