import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS } from '#shared/indicators.js';
import { launchBrowser, openPage, pageErrorsOf, screenshot } from '../../helpers/browser.js';

/**
 * 目标看板 against the default data set, which reproduces the policy's 2023 figures: every
 * 2026 target as a card with its baseline, current value, target, progress, status and trend.
 */
let browser: Browser;
let page: Page;

const card = (p: Page, key: string) => p.getByTestId(`indicator-${key}`);

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser, '/dashboard', { as: 'analyst' });
  await page.getByTestId('indicator-grid').waitFor({ timeout: 90_000 });
});
afterAll(() => browser?.close());

describe('目标看板 target dashboard (default data set)', () => {
  it('shows all 16 targets with their 2023 baselines, current values, targets and progress', async () => {
    await expect(page.locator('.indicator-card').count()).resolves.toBe(16);
    for (const def of INDICATORS) {
      await expect(card(page, def.key).locator('h3').innerText()).resolves.toBe(def.label.zh);
    }
    // the policy's 2023 figures
    await expect(card(page, 'cluster_output_growth').getByTestId('indicator-baseline').innerText()).resolves.toBe('3,698.86亿元');
    await expect(card(page, 'rd_intensity').getByTestId('indicator-baseline').innerText()).resolves.toBe('5.90%');
    await expect(card(page, 'national_clusters').getByTestId('indicator-baseline').innerText()).resolves.toBe('2个');
    await expect(card(page, 'provincial_clusters').getByTestId('indicator-baseline').innerText()).resolves.toBe('7个');
    await expect(card(page, 'city_clusters').getByTestId('indicator-baseline').innerText()).resolves.toBe('28个');
    await expect(card(page, 'clusters_over_100yi').getByTestId('indicator-baseline').innerText()).resolves.toBe('8个');
    await expect(card(page, 'national_clusters').getByTestId('indicator-target').innerText()).resolves.toBe('3个');
    const output = card(page, 'cluster_output_growth');
    await expect(output.locator('dt').allInnerTexts()).resolves.toEqual(['2023 年基期', '2025 年', '2026 年目标']);
    await expect(output.getByTestId('indicator-target').innerText()).resolves.toBe('4,438.63亿元');
    await expect(output.getByRole('progressbar').getAttribute('aria-valuenow')).resolves.toMatch(/^\d+$/);
  });

  it('marks some targets met and some not, by colour, icon and text, and counts them', async () => {
    const statuses = await page.getByTestId('indicator-status').allInnerTexts();
    expect(statuses).toHaveLength(16);
    const met = statuses.filter((s) => s === '✓ 已达标').length;
    const notMet = statuses.filter((s) => s === '✗ 未达标').length;
    expect(met).toBeGreaterThan(0);
    expect(notMet).toBeGreaterThan(0);
    await expect(page.getByTestId('dashboard-summary').innerText()).resolves.toContain(
      `共 16 项目标，已达到 ${met} 项，尚未达到 ${notMet} 项`,
    );
    await expect(card(page, 'national_clusters').getAttribute('data-met')).resolves.toBe('false');
    await expect(card(page, 'rd_intensity').getAttribute('data-met')).resolves.toBe('true');
    // a trend chart on every card, with one bar or point per year
    await expect(page.locator('.trend-chart svg').count()).resolves.toBe(16);
    await screenshot(page, 'dashboard');
    await page.locator('.indicator-card').nth(8).scrollIntoViewIfNeeded();
    await screenshot(page, 'dashboard-lower');
  });

  it('shows another year from the year selector, kept in the link', async () => {
    const years = await page.getByTestId('dashboard-year').locator('option').allInnerTexts();
    expect(years).toEqual(['2022', '2023', '2024', '2025']);
    await page.getByTestId('dashboard-year').selectOption('2024');
    await page.waitForURL(/year=2024/);
    await page.waitForFunction(
      () => document.querySelector('[data-testid=dashboard-summary]')?.textContent?.startsWith('2024 年'),
      undefined,
      { timeout: 60_000 },
    );
    await expect(card(page, 'cluster_output_growth').locator('dt').nth(1).innerText()).resolves.toBe('2024 年');
    await expect(card(page, 'cluster_output_growth').getByTestId('indicator-baseline').innerText()).resolves.toBe('3,698.86亿元');
    await page.reload();
    await page.getByTestId('indicator-grid').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('dashboard-year').inputValue()).resolves.toBe('2024');
    // only the targets not met yet
    await page.getByRole('button', { name: '未达标' }).click();
    await page.waitForURL(/show=notMet/);
    const shown = await page.getByTestId('indicator-status').allInnerTexts();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((s) => s === '✗ 未达标')).toBe(true);
  });

  it('reads in English too', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('.view-dashboard h2').innerText()).resolves.toBe('Targets 2026');
    await page.getByRole('button', { name: 'All' }).click();
    await expect(card(page, 'rd_intensity').locator('h3').innerText()).resolves.toBe('R&D intensity of cluster firms');
    await page.getByRole('button', { name: '中文' }).click();
    expect(pageErrorsOf.get(page)).toEqual([]);
  });
});
