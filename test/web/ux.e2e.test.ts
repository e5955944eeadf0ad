import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from '../helpers/a11y.js';
import { apiAs, appUrl, launchBrowser, openPage, pageErrorsOf, screenshot, testUsers, type TestRole } from '../helpers/browser.js';
import { graphOf } from '../helpers/graph.js';
import { sidewaysOverflow } from '../helpers/layout.js';

/**
 * The web app's usability (issue 18): every view at phone (390 px) and desktop widths (1024,
 * 1366, 1920 px) in Chinese and English, without sideways scrolling and without a serious or
 * critical axe-core finding; a list beside every graph for keyboard and screen-reader users;
 * signing in after someone else signed out; readable labels; the smaller points (404 page, tab
 * titles, one time zone, the dashboard's two percentages, English amounts, skeletons, the
 * editor-without-clusters warning).
 */
const WIDTHS = [390, 1024, 1366, 1920] as const;
const heightOf = (width: number) => (width < 500 ? 844 : width <= 1024 ? 768 : 900);

let browser: Browser;
let clusterId: string;
let leader: string;
let listId: string;
let listUpdatedAt: string;

/** Every view, with a cluster, a firm and a target list where the view shows one. */
const views = () => [
  { name: 'panorama', path: '/' },
  { name: 'chain-picker', path: '/chain' },
  { name: 'chain', path: `/chain/${clusterId}` },
  { name: 'enterprise-search', path: '/enterprise' },
  { name: 'enterprise', path: `/enterprise/${leader}` },
  { name: 'targets', path: '/targets' },
  { name: 'target-list', path: `/targets?tab=lists&list=${listId}` },
  { name: 'network', path: '/network' },
  { name: 'dashboard', path: '/dashboard' },
  { name: 'import', path: '/import' },
  { name: 'admin', path: '/admin' },
  { name: 'not-found', path: '/no-such-page' },
];

/** Until the view has drawn: its section is there and no skeleton is left. */
async function viewReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('main .view') !== null && document.querySelector('[data-testid=loading]') === null,
    undefined,
    { timeout: 90_000 },
  );
  await page.waitForTimeout(400);
}

async function useLanguage(page: Page, language: 'zh' | 'en'): Promise<void> {
  await page.evaluate((l) => localStorage.setItem('chainatlas.lang', l), language);
}

/** The zoom times the font size of the chain map's segment cards: what a reader sees, in px. */
async function chainLabelPx(page: Page): Promise<number> {
  const graph = graphOf(page);
  await graph.ready({ selector: 'node[kind = "segment"]' });
  const [first] = await graph.nodes('[kind = "segment"]', { styles: ['font-size'] });
  return (await graph.viewport()).zoom * parseFloat(first!.style['font-size']!);
}

async function signInThroughPage(page: Page, role: TestRole): Promise<void> {
  const user = testUsers()[role];
  await page.getByTestId('signin-username').fill(user.username);
  await page.getByTestId('signin-password').fill(user.password);
  await page.getByTestId('signin-submit').click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('menu-sign-out').click();
  await page.getByTestId('signin-form').waitFor();
}

beforeAll(async () => {
  browser = await launchBrowser();
  const { clusters } = await apiAs<{ clusters: { id: string; name: string }[] }>('{ clusters { id name } }');
  clusterId = clusters.find((c) => c.name === '临清轴承')!.id;
  const { searchEnterprises } = await apiAs<{ searchEnterprises: { edges: { node: { creditCode: string } }[] } }>(
    'query ($c: ID) { searchEnterprises(query: "轴承", clusterId: $c, chainLeader: true, first: 1) { edges { node { creditCode } } } }',
    { c: clusterId },
  );
  leader = searchEnterprises.edges[0]!.node.creditCode;
  const { createTargetList } = await apiAs<{ createTargetList: { id: string; updatedAt: string } }>(
    'mutation ($n: String!, $c: ID) { createTargetList(name: $n, clusterId: $c, note: "phones") { id updatedAt } }',
    { n: `UX 测试清单 ${Date.now()}`, c: clusterId },
  );
  listId = createTargetList.id;
  listUpdatedAt = createTargetList.updatedAt;
});
afterAll(() => browser?.close());

describe('every view at every width, in Chinese and English: no sideways scrolling, no serious axe finding', () => {
  for (const language of ['zh', 'en'] as const) {
    for (const width of WIDTHS) {
      it(`${width} px, ${language}`, async () => {
        const page = await openPage(browser, '/', { viewport: { width, height: heightOf(width) } });
        await useLanguage(page, language);
        for (const view of views()) {
          await page.goto(appUrl(view.path));
          await viewReady(page);
          const overflow = await sidewaysOverflow(page);
          await screenshot(page, `ux-${view.name}-${width}-${language}`);
          expect({ view: view.name, ...overflow }).toEqual({ view: view.name, pageScrolls: false, sticksOut: [] });
          await expectNoSeriousViolations(page, `${view.name} at ${width} px (${language})`);
        }
        expect(pageErrorsOf.get(page)).toEqual([]);
        await page.context().close();
      }, 300_000);
    }
  }

  it('the sign-in page has landmarks and no serious axe finding, on a phone too', async () => {
    for (const width of [390, 1366]) {
      const page = await openPage(browser, '/', { as: null, viewport: { width, height: heightOf(width) } });
      await page.getByTestId('signin-form').waitFor();
      expect(await page.locator('main').count()).toBe(1);
      expect((await sidewaysOverflow(page)).sticksOut).toEqual([]);
      await expectNoSeriousViolations(page, `sign-in at ${width} px`);
      await screenshot(page, `ux-sign-in-${width}`);
      await page.context().close();
    }
  });
});

describe('phones (390 px)', () => {
  it('opens the views, the search and the language switch from a menu, and signs out', async () => {
    // a session of its own: signing out must not end the session other tests share
    const page = await openPage(browser, '/dashboard', { as: null, viewport: { width: 390, height: 844 } });
    await signInThroughPage(page, 'admin');
    await viewReady(page);
    await expect(page.locator('nav.tabs').isVisible()).resolves.toBe(false);
    await page.getByTestId('menu-toggle').click();
    await expect(page.getByTestId('menu-toggle').getAttribute('aria-expanded')).resolves.toBe('true');
    await screenshot(page, 'ux-phone-menu');
    expect((await sidewaysOverflow(page)).sticksOut).toEqual([]);
    await expect(page.locator('.topbar input[type=search]').isVisible()).resolves.toBe(true);
    await page.getByRole('link', { name: '系统管理' }).click();
    await page.waitForURL(/\/admin$/);
    // choosing a view closes the menu (once React has drawn the new view: the address changes first)
    await page.locator('nav.tabs').waitFor({ state: 'hidden', timeout: 10_000 });
    const menu = await page.getByTestId('user-menu').boundingBox();
    expect(menu!.x + menu!.width).toBeLessThanOrEqual(390);
    await signOut(page);
    await page.context().close();
  });

  it('shows a target list beside nothing: its detail has the whole width', async () => {
    const page = await openPage(browser, `/targets?tab=lists&list=${listId}`, { viewport: { width: 390, height: 844 } });
    await page.getByTestId('list-name').waitFor();
    const name = await page.getByTestId('list-name').boundingBox();
    expect(name!.width).toBeGreaterThan(250);
    expect(name!.height).toBeLessThan(60);
    await page.context().close();
  });

  it("shows the panorama's legend below its graph, not under the clusters", async () => {
    const page = await openPage(browser, '/', { viewport: { width: 390, height: 844 } });
    await page.getByTestId('panorama-summary').waitFor();
    const legend = (await page.locator('.view-panorama .legend').boundingBox())!;
    const graph = (await page.getByTestId('graph').boundingBox())!;
    expect(legend.y).toBeGreaterThanOrEqual(graph.y + graph.height - 1);
    await page.context().close();
  });

  it('keeps the text columns of a table that scrolls readable: a firm name on one or two lines, not one character a line', async () => {
    const page = await openPage(browser, '/targets', { viewport: { width: 1024, height: 768 } });
    const name = page.getByTestId('ranked-table').locator('tbody tr').first().locator('td a[href^="/enterprise/"]');
    await name.waitFor({ timeout: 60_000 });
    for (const width of [1024, 390]) {
      await page.setViewportSize({ width, height: heightOf(width) });
      await page.waitForTimeout(300);
      const box = await name.boundingBox();
      const lineHeight = await name.evaluate((a) => parseFloat(getComputedStyle(a).lineHeight) || 20);
      expect(Math.round(box!.height / lineHeight), `lines of a firm name at ${width} px`).toBeLessThanOrEqual(2);
      // the table scrolls inside its card, not past its edge
      const card = (await page.getByTestId('ranked-targets').boundingBox())!;
      const table = (await page.getByTestId('ranked-table').boundingBox())!;
      expect(table.x + table.width).toBeLessThanOrEqual(card.x + card.width + 1);
    }
    // the import templates: English headers in English, columns wide enough to read
    await useLanguage(page, 'en');
    await page.goto(appUrl('/import'));
    const required = page.getByTestId('templates').locator('tbody tr').filter({ hasText: 'enterprises' }).first().locator('td').nth(1);
    await required.waitFor({ timeout: 60_000 });
    await expect(required.innerText()).resolves.toMatch(/^[\x20-\x7e]+$/);
    const width = (await required.boundingBox())!.width;
    expect(width).toBeGreaterThanOrEqual(80);
    await useLanguage(page, 'zh');
    await page.context().close();
  });

  it('fits the chain map to the width with readable cards that pan, and shows the segment panel as a sheet', async () => {
    const page = await openPage(browser, `/chain/${clusterId}`, { viewport: { width: 390, height: 844 } });
    await page.getByTestId('chain-map').waitFor();
    expect(await chainLabelPx(page)).toBeGreaterThanOrEqual(12);
    const graph = await page.locator('.chain-graph').boundingBox();
    expect(graph!.x).toBeGreaterThanOrEqual(0);
    expect(graph!.x + graph!.width).toBeLessThanOrEqual(390);
    await page.getByTestId('segment-list').locator('summary').click();
    await page.getByTestId('segment-list').locator('tbody button').first().click();
    await page.waitForURL(/seg=/);
    const panel = await page.locator('.segment-panel').boundingBox();
    expect(panel!.x).toBeGreaterThanOrEqual(0);
    expect(panel!.x + panel!.width).toBeLessThanOrEqual(390);
    await screenshot(page, 'ux-phone-chain-panel');
    await page.context().close();
  });
});

describe('graphs without a mouse: a list beside each, focus on the graph, visible focus', () => {
  it('lists the panorama clusters by county, reachable with Tab and Enter, with a visible focus ring', async () => {
    const page = await openPage(browser, '/');
    await page.getByTestId('panorama-summary').waitFor();
    const { clusters } = await apiAs<{ clusters: { id: string }[] }>('{ clusters { id } }');
    await page.getByTestId('cluster-list').locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('cluster-list').locator('a').count()).resolves.toBe(clusters.length);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, href: el.getAttribute('href'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(focused).toMatchObject({ tag: 'A', outline: 'solid' });
    expect(focused.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === focused.href);
    await page.context().close();
  });

  it('takes keyboard focus on a graph: arrows pan, + zooms', async () => {
    const page = await openPage(browser, '/');
    await page.getByTestId('panorama-summary').waitFor();
    const graph = page.getByTestId('graph');
    await expect(graph.getAttribute('tabindex')).resolves.toBe('0');
    await graph.focus();
    const viewport = () => graphOf(page).viewport();
    const before = (await viewport()).pan.x;
    await page.keyboard.press('ArrowLeft');
    const after = (await viewport()).pan.x;
    expect(after).toBeGreaterThan(before);
    const zoom = (await viewport()).zoom;
    await page.keyboard.press('+');
    await expect(viewport().then((v) => v.zoom)).resolves.toBeGreaterThan(zoom);
    await page.context().close();
  });

  it('lists the chain segments with their status; choosing one opens its panel', async () => {
    const page = await openPage(browser, `/chain/${clusterId}`);
    await page.getByTestId('chain-map').waitFor();
    const { chainGapReport } = await apiAs<{ chainGapReport: { segments: { segmentId: string; status: string }[] } }>(
      'query ($c: ID!) { chainGapReport(clusterId: $c) { segments { segmentId status } } }',
      { c: clusterId },
    );
    const list = page.getByTestId('segment-list');
    await list.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(list.locator('tbody tr').count()).resolves.toBe(chainGapReport.segments.length);
    const statuses = await list.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    expect(statuses.sort()).toEqual(chainGapReport.segments.map((s) => s.status).sort());
    await expect(list.locator('tbody tr').first().innerText()).resolves.toMatch(/缺失|薄弱|配套|优势/);
    await list.locator('tbody button').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/seg=/);
    await page.locator('.segment-panel').waitFor();
    await page.context().close();
  });

  it("lists a firm's suppliers and customers with counts by type, sortable and exportable", async () => {
    const page = await openPage(browser, `/enterprise/${leader}`, { as: 'analyst' });
    await page.getByTestId('network-summary').waitFor({ timeout: 60_000 });
    const list = page.getByTestId('supply-list');
    // every firm drawn, none grouped, so the graph and the list hold the same firms
    const openAll = page.getByTestId('hub-groups-open-all');
    if (await openAll.isVisible()) {
      await openAll.click();
      await page.waitForFunction(() => document.querySelector('[data-testid="hub-group-button"]') === null);
    }
    await list.locator('summary').click();
    const nodes = await graphOf(page).count('node');
    await expect(list.locator('tbody tr').count()).resolves.toBe(nodes - 1);
    const counts = await page.getByTestId('supply-counts').innerText();
    expect(counts).toMatch(/供应商（上游） \d+ 家：本地 \d+、外地 \d+、链主 \d+、专精特新 \d+/);
    expect(counts).toMatch(/客户（下游） \d+ 家/);
    const suppliers = await list.locator('tbody tr[data-side=supplier]').count();
    expect(counts).toContain(`供应商（上游） ${suppliers} 家`);
    // sorted by name
    await list.getByRole('button', { name: '企业' }).click();
    await expect(list.locator('th[aria-sort=ascending]').innerText()).resolves.toContain('企业');
    const names = await list.locator('tbody th').allInnerTexts();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh')));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('supply-list-export').click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const text = await (await import('node:fs')).promises.readFile(await download.path(), 'utf8');
    expect(text.trim().split(/\r?\n/)).toHaveLength(names.length + 1);
    await page.context().close();
  });

  it("lists each institute's partners", async () => {
    const page = await openPage(browser, '/network');
    await page.getByTestId('network-summary').waitFor({ timeout: 60_000 });
    const list = page.getByTestId('partner-list');
    await list.locator('summary').click();
    const hubs = list.getByTestId('partner-hub');
    expect(await hubs.count()).toBeGreaterThan(0);
    await expect(hubs.first().locator('h3').innerText()).resolves.toMatch(/(高校院所|服务平台) · \d+ 个合作伙伴/);
    expect(await hubs.first().locator('li').count()).toBeGreaterThan(0);
    // the ten most central actors can be chosen from the keyboard
    await page.getByTestId('top-actors').locator('tbody button').first().focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('network-detail').waitFor();
    await page.context().close();
  });
});

describe('signing in after someone else signed out', () => {
  it('goes to the page asked for when the role may use it, else to the role’s home', async () => {
    const page = await openPage(browser, '/', { as: null });
    await signInThroughPage(page, 'admin');
    await page.getByTestId('panorama-summary').waitFor();
    await page.goto(appUrl('/admin'));
    await page.getByTestId('users-table').waitFor();
    await signOut(page);
    // an analyst may not use 系统管理: the targets page, no "没有权限"
    await signInThroughPage(page, 'analyst');
    await page.waitForURL((url) => url.pathname === '/targets');
    await page.locator('.targets-view').waitFor();
    expect(await page.locator('[data-code=FORBIDDEN]').count()).toBe(0);
    await page.goto(appUrl('/import'));
    await page.getByTestId('signin-form').or(page.locator('main .view')).first().waitFor();
    await signOut(page);
    // a viewer may not use 导入 either
    await page.goto(appUrl('/import'));
    await page.getByTestId('signin-form').waitFor();
    await signInThroughPage(page, 'viewer');
    await page.getByTestId('panorama-summary').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await signOut(page);
    // a page the role may use stays
    await page.goto(appUrl('/network'));
    await signInThroughPage(page, 'analyst');
    await page.getByTestId('network-summary').waitFor({ timeout: 60_000 });
    expect(new URL(page.url()).pathname).toBe('/network');
    await page.context().close();
  });

  it('does not open the chain map on a tab the role cannot use', async () => {
    const page = await openPage(browser, `/chain/${clusterId}?tab=targets`, { as: 'viewer' });
    await page.getByTestId('chain-map').waitFor();
    expect(await page.getByTestId('tab-targets').count()).toBe(0);
    await expect(page.locator('[role=tab][aria-selected=true]').getAttribute('data-testid')).resolves.toBe('tab-extension');
    await page.context().close();
  });
});

describe('widths 1024–1920 px', () => {
  it('shows every tab whole without sideways scrolling of the menu, the search hint whole, and chain labels of 12 px or more', async () => {
    const page = await openPage(browser, `/chain/${clusterId}`);
    await page.getByTestId('chain-map').waitFor();
    for (const language of ['zh', 'en'] as const) {
      if (language === 'en') {
        await page.getByRole('button', { name: 'English' }).click();
        await page.getByRole('link', { name: 'Panorama' }).waitFor();
      }
      for (const width of [1024, 1280, 1366, 1920]) {
        await page.setViewportSize({ width, height: heightOf(width) });
        await page.waitForTimeout(300);
        const header = await page.evaluate(() => {
          const nav = document.querySelector<HTMLElement>('.topbar .tabs')!;
          const box = nav.getBoundingClientRect();
          const cut = [...nav.querySelectorAll<HTMLElement>('.tab')].filter((tab) => {
            const r = tab.getBoundingClientRect();
            return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.right > window.innerWidth;
          });
          const input = document.querySelector<HTMLInputElement>('.topbar input[type=search]')!;
          const style = getComputedStyle(input);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = `${style.fontSize} ${style.fontFamily}`;
          const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return {
            navScrolls: nav.scrollWidth > nav.clientWidth + 1,
            cut: cut.map((t) => t.textContent),
            placeholderFits: context.measureText(input.placeholder).width <= room,
          };
        });
        expect({ width, language, ...header }).toEqual({ width, language, navScrolls: false, cut: [], placeholderFits: true });
        expect(await chainLabelPx(page)).toBeGreaterThanOrEqual(12);
      }
    }
    await page.getByRole('button', { name: '中文' }).click();
    await page.context().close();
  });
});

describe('readable text: nothing under 12 px', () => {
  /** Visible text (outside graphs and charts, which are checked by their zoom) set under 12 px: element, size, text. */
  const smallText = (page: Page): Promise<string[]> =>
    page.evaluate(`(() => {
      const found = new Set();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || !node.textContent.trim() || el.closest('.sr-only, svg, canvas')) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < 11.95) found.add(el.tagName.toLowerCase() + '.' + String(el.className).trim().split(/\\s+/).join('.') + ' ' + size + 'px: ' + node.textContent.trim().slice(0, 16));
      }
      return [...found].slice(0, 10);
    })()`);

  for (const width of [1024, 1366]) {
    it(`at ${width} px, on every view and the segment panel`, async () => {
      const page = await openPage(browser, '/', { viewport: { width, height: heightOf(width) } });
      for (const view of [...views(), { name: 'segment-panel', path: `/chain/${clusterId}?seg=BRG-06` }]) {
        await page.goto(appUrl(view.path));
        await viewReady(page);
        if (view.name === 'segment-panel') await page.getByTestId('panel-firms').waitFor({ timeout: 60_000 });
        expect({ view: view.name, small: await smallText(page) }).toEqual({ view: view.name, small: [] });
      }
      await page.context().close();
    }, 300_000);
  }
});

describe('the smaller points', () => {
  it('says plainly that an unknown address has no page', async () => {
    const page = await openPage(browser, '/no-such-page');
    await page.getByTestId('not-found').waitFor();
    await expect(page.getByTestId('not-found').innerText()).resolves.toContain('/no-such-page');
    expect(await page.getByTestId('panorama-summary').count()).toBe(0);
    await expect(page.title()).resolves.toContain('页面不存在');
    await page.context().close();
  });

  it('names the browser tab after each view', async () => {
    const page = await openPage(browser, '/');
    const titles = new Set<string>();
    for (const path of ['/', '/chain', '/enterprise', '/targets', '/network', '/dashboard', '/import', '/admin']) {
      await page.goto(appUrl(path));
      await viewReady(page);
      titles.add(await page.title());
    }
    expect(titles.size).toBe(8);
    await page.context().close();
  });

  it('shows times in Beijing time, said so, whatever the browser’s time zone', async () => {
    const page = await openPage(browser, `/targets?tab=lists&list=${listId}`, { timezoneId: 'America/New_York' });
    await page.getByTestId('list-name').waitFor();
    const beijing = new Date(new Date(listUpdatedAt).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    await expect(page.getByTestId('list-detail').innerText()).resolves.toContain(`${beijing} 北京时间`);
    await page.goto(appUrl('/admin'));
    await page.getByTestId('users-table').waitFor();
    await expect(page.getByTestId('users-table').locator('thead').innerText()).resolves.toContain('北京时间');
    // a firm's last change too (it was the browser's zone, unnamed)
    const { enterprise } = await apiAs<{ enterprise: { updatedAt: string } }>(
      'query ($c: String!) { enterprise(creditCode: $c) { updatedAt } }',
      {
        c: leader,
      },
    );
    const changed = new Date(new Date(enterprise.updatedAt).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    await page.goto(appUrl(`/enterprise/${leader}`));
    await expect(page.getByTestId('firm-updated').innerText({ timeout: 60_000 })).resolves.toContain(`${changed} 北京时间`);
    await page.context().close();
  });

  it("tells the dashboard's two kinds of percentage apart, and reads amounts in English without spilling", async () => {
    const page = await openPage(browser, '/dashboard', { viewport: { width: 1024, height: 768 } });
    await page.getByTestId('indicator-grid').waitFor({ timeout: 90_000 });
    // a count to reach: share of the target; growth over the baseline: share of the planned increase
    await expect(page.getByTestId('indicator-national_clusters').getByTestId('indicator-progress').innerText()).resolves.toMatch(
      /^达到目标的 \d+%$/,
    );
    await expect(page.getByTestId('indicator-cluster_output_growth').getByTestId('indicator-progress').innerText()).resolves.toMatch(
      /^完成计划增量的 \d+%$/,
    );
    await expect(
      page.getByTestId('indicator-cluster_output_growth').getByRole('progressbar').getAttribute('aria-label'),
    ).resolves.toContain('完成计划增量');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByTestId('indicator-cluster_output_growth').getByTestId('indicator-target').innerText()).resolves.toMatch(
      /^443\.86\s*bn yuan$/,
    );
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('100M yuan');
    expect(text).not.toContain('section 二');
    await expect(page.getByTestId('indicator-cluster_output_growth').getByTestId('indicator-progress').innerText()).resolves.toMatch(
      /of the planned increase$/,
    );
    const spill = await page.evaluate(() =>
      [...document.querySelectorAll('.indicator-card dd')]
        .filter((dd) => dd.getBoundingClientRect().right > dd.closest('.indicator-card')!.getBoundingClientRect().right + 0.5)
        .map((dd) => dd.textContent),
    );
    expect(spill).toEqual([]);
    await page.goto(appUrl('/'));
    await expect(page.getByTestId('panorama-summary').innerText()).resolves.toMatch(/latest output [\d.]+ bn yuan$/);
    // the segment panel's revenues and the cluster picker's outputs too (they read "69.15 (100M yuan)")
    await page.goto(appUrl(`/chain/${clusterId}?seg=BRG-06`));
    await page.getByTestId('panel-firms').waitFor({ timeout: 60_000 });
    const panel = await page.locator('.segment-panel').innerText();
    expect(panel).not.toMatch(/100m/i);
    expect(panel).toMatch(/revenue [\d.]+ bn yuan/);
    await page.goto(appUrl('/chain'));
    await viewReady(page);
    expect(await page.locator('main').innerText()).not.toMatch(/100m/i);
    await page.getByRole('button', { name: '中文' }).click();
    await page.context().close();
  });

  it('shows skeletons where content is coming', async () => {
    const page = await openPage(browser, '/', { as: null });
    const context = page.context();
    const cookie = (JSON.parse(process.env.CHAINATLAS_TEST_COOKIES!) as Record<string, string>).admin!;
    await context.addCookies([
      {
        name: cookie.slice(0, cookie.indexOf('=')),
        value: cookie.slice(cookie.indexOf('=') + 1),
        url: appUrl('/'),
        httpOnly: true,
        sameSite: 'Lax',
      },
    ]);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if ((route.request().postData() ?? '').includes('targetDashboard')) await held;
      await route.continue();
    });
    await page.goto(appUrl('/dashboard'));
    await page.getByTestId('loading').waitFor();
    await expect(page.getByTestId('loading').locator('.skeleton-block').count()).resolves.toBe(1);
    await expect(page.getByTestId('loading').getAttribute('role')).resolves.toBe('status');
    release();
    await page.getByTestId('indicator-grid').waitFor({ timeout: 90_000 });
    await context.close();
  });

  it('warns when an editor is being made without clusters', async () => {
    const page = await openPage(browser, '/admin');
    await page.getByTestId('users-table').waitFor();
    await page.getByTestId('new-role').selectOption('EDITOR');
    await expect(page.getByTestId('editor-no-clusters').innerText()).resolves.toContain('尚未选择集群');
    await page.locator('.cluster-picks input[type=checkbox]').first().check();
    expect(await page.getByTestId('editor-no-clusters').count()).toBe(0);
    await page.context().close();
  });
});
