import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, pageErrorsOf, screenshot } from '../helpers/browser.js';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  // the administrator sees every tab: the widest header
  page = await openPage(browser, '/dashboard');
  await page.locator('.topbar .tab').first().waitFor();
});
afterAll(() => browser?.close());

/** Where the header's parts are: tab rows, the header's height, what sticks out of the window. */
async function headerLayout(p: Page) {
  return p.evaluate(() => {
    const tabs = [...document.querySelectorAll<HTMLElement>('.topbar .tab')];
    const rows = new Set(tabs.map((tab) => Math.round(tab.getBoundingClientRect().top)));
    const nav = document.querySelector<HTMLElement>('.topbar .tabs')!;
    const visible = (selector: string) => {
      const box = document.querySelector(selector)!.getBoundingClientRect();
      return box.width > 0 && box.left >= 0 && box.right <= window.innerWidth + 0.5;
    };
    return {
      tabRows: rows.size,
      tabCount: tabs.length,
      headerHeight: Math.round(document.querySelector('.topbar')!.getBoundingClientRect().height),
      pageOverflows: document.documentElement.scrollWidth > window.innerWidth,
      tabsClipped: nav.scrollWidth > nav.clientWidth + 1,
      wrappedText: tabs.filter((tab) => tab.getBoundingClientRect().height > 40).map((tab) => tab.textContent),
      userMenu: visible('[data-testid="user-menu"]'),
      language: visible('.lang-switch'),
      badge: visible('[data-testid="synthetic-badge"]'),
      search: visible('.topbar input'),
      role: visible('.topbar .user-role'),
    };
  });
}

describe('the header (top bar)', () => {
  for (const language of ['zh', 'en'] as const) {
    it(`fits on one line from 1280 to 1920 px wide, every tab whole (${language})`, async () => {
      if (language === 'en') {
        await page.getByRole('button', { name: 'English' }).click();
        await page.getByRole('link', { name: 'Panorama' }).waitFor();
      }
      for (const width of [1920, 1600, 1440, 1366, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        const layout = await headerLayout(page);
        await screenshot(page, `header-${language}-${width}`);
        // the role label stays in Chinese; English drops it below 1600 px
        const role = language === 'zh' || width >= 1600;
        expect({ width, ...layout }).toEqual({
          width,
          tabRows: 1,
          tabCount: 8,
          headerHeight: layout.headerHeight,
          pageOverflows: false,
          tabsClipped: false,
          wrappedText: [],
          userMenu: true,
          language: true,
          badge: true,
          search: true,
          role,
        });
        expect(layout.headerHeight).toBeLessThanOrEqual(64);
      }
    });
  }

  it('stays usable narrower (1024 px): one row, nothing off screen, the tabs scroll', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    const layout = await headerLayout(page);
    await screenshot(page, 'header-en-1024');
    expect(layout).toMatchObject({
      tabRows: 1,
      tabCount: 8,
      pageOverflows: false,
      wrappedText: [],
      userMenu: true,
      language: true,
      badge: true,
    });
    // the last tab can be scrolled to and used
    await page.locator('.topbar .tab').last().click();
    await page.waitForURL(/\/admin$/);
    expect(pageErrorsOf.get(page)).toEqual([]);
  });
});
