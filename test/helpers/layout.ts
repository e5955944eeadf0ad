import type { Page } from 'playwright-core';

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
