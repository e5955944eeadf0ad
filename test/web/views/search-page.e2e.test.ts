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

    it('filters by region (local or outside, county), kept in the link; the segment hit names its 链主 firms', async () => {
      await searchFor(page, '钢');
      const total = async () => Number(/找到 (\d+) 家企业/.exec(await countText(page))?.[1] ?? 'NaN');
      const all = await total();
      const rows = page.getByTestId('search-results').locator('li');
      await page.getByTestId('filter-local').selectOption('0');
      await page.waitForFunction(() => new URLSearchParams(location.search).get('local') === '0');
      await expect.poll(total, { timeout: 60_000 }).toBeLessThan(all);
      for (const row of await rows.allInnerTexts()) expect(row).toContain('外地');
      await page.getByTestId('filter-local').selectOption('any');
      await page.getByTestId('filter-county').selectOption('临清市');
      await page.waitForFunction(() => new URLSearchParams(location.search).get('county') === '临清市');
      await expect.poll(total, { timeout: 60_000 }).toBeLessThan(all);
      await page.waitForFunction(
        () => [...document.querySelectorAll('[data-testid=search-results] li')].every((li) => li.textContent.includes('临清市')),
        undefined,
        { timeout: 60_000 },
      );
      expect(await rows.count()).toBeGreaterThan(0);
      await page.getByTestId('filter-county').selectOption('');
      await expect.poll(total, { timeout: 60_000 }).toBe(all);

      // a segment by its name: its 链主 firms link to their pages
      await searchFor(page, '保持器');
      const leaders = page.getByTestId('segment-hits').locator('a[href^="/enterprise/"]');
      await leaders.first().waitFor({ timeout: 60_000 });
      const name = await leaders.first().innerText();
      await leaders.first().click();
      await page.getByTestId('chain-leader').waitFor({ timeout: 60_000 });
      await expect(page.getByTestId('enterprise-name').innerText()).resolves.toBe(name);
      await page.goBack();
      await page.getByTestId('search-count').waitFor({ timeout: 60_000 });
    });
  });
}

describe('the synonym dictionary, edited on the search page', () => {
  it('an editor adds a word to a segment, the search finds the segment by it, and removes it again', async () => {
    const page = await openPage(browser, '/enterprise', { as: 'admin' });
    const word = `测滚${Date.now().toString(36).slice(-3)}`.replace(/[0-9]/g, '');
    await searchFor(page, '保持器');
    const hit = page.getByTestId('segment-hits').locator('li').filter({ hasText: '保持器' }).first();
    await hit.getByRole('button', { name: '同义词' }).click();
    const editor = hit.getByTestId('synonym-editor');
    await editor.getByRole('textbox').nth(0).fill(word);
    await editor.getByRole('textbox').nth(1).fill('保持器');
    await editor.getByRole('button', { name: '添加' }).click();
    await editor
      .locator('li')
      .filter({ hasText: `${word} → 保持器` })
      .waitFor({ timeout: 30_000 });
    await searchFor(page, word);
    // the previous search's answer stays on screen until the new one arrives
    await expect.poll(() => page.getByTestId('search-synonyms').innerText(), { timeout: 60_000 }).toContain(`${word} → 保持器`);
    await expect.poll(() => page.getByTestId('segment-hits').innerText(), { timeout: 60_000 }).toContain('保持器');
    const again = page.getByTestId('segment-hits').locator('li').filter({ hasText: '保持器' }).first();
    await again.getByRole('button', { name: '同义词' }).click();
    await again.getByTestId('synonym-editor').locator('li').filter({ hasText: word }).getByRole('button').click();
    await again.getByTestId('synonym-editor').locator('li').filter({ hasText: word }).waitFor({ state: 'detached', timeout: 30_000 });
    expect(pageErrorsOf.get(page)).toEqual([]);
    await page.context().close();
  });
});
