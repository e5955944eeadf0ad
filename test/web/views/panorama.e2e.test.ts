import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, pageErrorsOf, screenshot } from '../../helpers/browser.js';

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
    await expect(page.getByTestId('panorama-summary').textContent()).resolves.toMatch(/^28 个集群 · 11 个县市区 · 最新年度总产值 [\d.]+ 亿元$/);
    await expect(page.getByTestId('synthetic-badge').textContent()).resolves.toBe('合成示例数据');
    const counts = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      return { clusters: cy.nodes('[kind = "cluster"]').length, counties: cy.nodes('[kind = "county"]').length, linqing: cy.nodes('[kind = "cluster"]').filter((n) => String(n.data('label')).startsWith('临清轴承')).length };
    });
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
    const target = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: import('cytoscape').Core }).__cy;
      const node = cy.nodes('[kind = "cluster"]').filter((n) => String(n.data('label')).startsWith('临清轴承'))[0]!;
      const p = node.renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { id: node.id(), x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(target.x, target.y);
    await page.waitForURL(`**/chain/${encodeURIComponent(target.id)}`);
  });
});
