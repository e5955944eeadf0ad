import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, pageErrorsOf, screenshot } from '../../helpers/browser.js';
import { graphOf } from '../../helpers/graph.js';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser, '/');
  await page.getByTestId('panorama-summary').waitFor();
});
afterAll(() => browser?.close());

describe('全景图 panorama (default data set)', () => {
  it('shows the 28 clusters in 11 counties, labelled synthetic, in Chinese', async () => {
    await expect(page.getByTestId('panorama-summary').textContent()).resolves.toMatch(
      /^28 个集群 · 11 个县市区 · 最新年度总产值 [\d.]+ 亿元$/,
    );
    await expect(page.getByTestId('synthetic-badge').textContent()).resolves.toBe('合成示例数据');
    const graph = graphOf(page);
    const clusters = await graph.nodes('[kind = "cluster"]');
    const counts = {
      clusters: clusters.length,
      counties: await graph.count('node[kind = "county"]'),
      linqing: clusters.filter((n) => n.label.startsWith('临清轴承')).length,
    };
    expect(counts).toEqual({ clusters: 28, counties: 11, linqing: 1 });
    // the legend explains the colours, with the policy's level counts
    const legend = await page.locator('.legend').innerText();
    expect(legend).toContain('国家级\n2');
    expect(legend).toContain('省级\n5');
    expect(legend).toContain('市级\n21');
    await screenshot(page, 'panorama');
    expect(pageErrorsOf.get(page)).toEqual([]);
  });

  it('switches to English and back', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByTestId('panorama-summary').textContent()).resolves.toMatch(/^28 clusters · 11 counties/);
    await page.getByRole('button', { name: '中文' }).click();
    await expect(page.getByTestId('panorama-summary').textContent()).resolves.toMatch(/^28 个集群/);
  });

  it('opens the chain map of a cluster when it is clicked', async () => {
    const target = (await graphOf(page).nodes('[kind = "cluster"]')).find((n) => n.label.startsWith('临清轴承'))!;
    await page.mouse.click(target.screen.x, target.screen.y);
    await page.waitForURL(`**/chain/${encodeURIComponent(target.id)}`);
  });
});
