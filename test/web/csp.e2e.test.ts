import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage } from '../helpers/browser.js';

/**
 * The built app runs under its own content security policy (scripts from the app only, inline
 * styles for Cytoscape and ECharts, data:/blob: images for exports) with no violation in
 * Chromium: every view is opened, and the graph image exports are run.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Records CSP violations (the DOM event and Chromium's console report). */
async function watch(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __cspViolation: (text: string) => void }).__cspViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

describe('the content security policy', () => {
  it('is sent with the app', async () => {
    const response = await fetch(appUrl('/'));
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('is never violated, on any view, nor by the image exports', async () => {
    // a signed-in context; the page that is watched is opened in it before anything loads
    const first = await openPage(browser, '/');
    const page = await first.context().newPage();
    await first.close();
    const violations = await watch(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const views: [string, string][] = [
      ['/', '[data-testid="panorama-summary"]'],
      ['/chain', '.view'],
      ['/enterprise', '.view'],
      ['/targets', '.view'],
      ['/network', '.view'],
      ['/dashboard', '.view'],
      ['/import', '.view'],
      ['/admin', '[data-testid="users-table"]'],
    ];
    for (const [path, ready] of views) {
      await page.goto(appUrl(path));
      await page.locator(ready).first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
    }
    // a graph view with its exports (PNG via canvas and blob:, SVG via a blob: URL)
    await page.goto(appUrl('/network'));
    const png = page.getByTestId('export-png').first();
    if (await png.count()) {
      await png.waitFor();
      await png.isEnabled();
      const downloads = [page.waitForEvent('download', { timeout: 60_000 }).catch(() => null)];
      await png.click();
      await Promise.all(downloads);
      const svg = page.getByTestId('export-svg').first();
      const more = [page.waitForEvent('download', { timeout: 60_000 }).catch(() => null)];
      await svg.click();
      await Promise.all(more);
    }
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
