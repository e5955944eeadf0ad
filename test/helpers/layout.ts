import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoSeriousViolations } from './a11y.js';
import { openPage, pageErrorsOf, screenshot } from './browser.js';

/**
 * What sticks out sideways: the page's own sideways scrolling, and every visible element whose
 * box reaches past the window's right edge without an ancestor that scrolls or clips it inside
 * the window (a table that scrolls inside itself is fine; a card cut off at the edge is not).
 */
export async function sidewaysOverflow(page: Page): Promise<{ pageScrolls: boolean; sticksOut: string[] }> {
  // a string, not a function: the test runner's transform would add helpers the page does not have
  return page.evaluate(`(() => {
    const width = window.innerWidth;
    const describe = (el) => {
      const id = el.getAttribute('data-testid');
      const cls = typeof el.className === 'string' && el.className ? \`.\${el.className.trim().split(/\\s+/).join('.')}\` : '';
      return \`\${el.tagName.toLowerCase()}\${id ? \`[data-testid=\${id}]\` : ''}\${cls}\`;
    };
    const contained = (el) => {
      for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (/(auto|scroll)/.test(style.overflowX)) return parent.getBoundingClientRect().right <= width + 1;
      }
      return false;
    };
    const sticksOut = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= width + 1) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.position === 'fixed') continue;
      if (el.closest('.sr-only, .skip-link')) continue;
      if (contained(el)) continue;
      sticksOut.push(\`\${describe(el)} right=\${Math.round(box.right)}\`);
      if (sticksOut.length >= 8) break;
    }
    return { pageScrolls: document.documentElement.scrollWidth > width + 1, sticksOut };
  })()`);
}

/**
 * A view in Chinese and English at 1920, 1366, 1024 and 390 px, on one new page signed in as an
 * analyst and opened on `pathname`: at each, `show` opens and readies the view, then a screenshot (`<name>-<lang>-<width>`),
 * no serious accessibility violation, no sideways scrolling at 390 px, and `after` (if given) undoes
 * what `show` opened. Ends in Chinese, with no uncaught error on the page.
 */
export async function lookAtEveryWidth(
  browser: Browser,
  pathname: string,
  name: string,
  show: (page: Page) => Promise<void>,
  after?: (page: Page) => Promise<void>,
): Promise<void> {
  const page = await openPage(browser, pathname, { as: 'analyst' });
  for (const lang of ['zh', 'en'] as const) {
    await page.evaluate((l) => localStorage.setItem('chainatlas.lang', l), lang);
    for (const width of [1920, 1366, 1024, 390]) {
      await page.setViewportSize({ width, height: width > 1000 ? 1000 : 844 });
      await show(page);
      await screenshot(page, `${name}-${lang}-${width}`);
      await expectNoSeriousViolations(page, `${name} ${lang} ${width}`);
      if (width === 390) expect((await sidewaysOverflow(page)).pageScrolls).toBe(false);
      await after?.(page);
    }
  }
  await page.evaluate(() => localStorage.setItem('chainatlas.lang', 'zh'));
  expect(pageErrorsOf.get(page)).toEqual([]);
  await page.context().close();
}
