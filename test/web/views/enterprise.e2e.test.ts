import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, pageGql, openPage, pageErrorsOf, screenshot } from '../../helpers/browser.js';
import { graphOf } from '../../helpers/graph.js';

/**
 * 企业 view against the default data set: a 链主 of 临清轴承 (found through GraphQL, as a user
 * would find it by searching), its profile and yearly figures, its supply network (suppliers
 * left, customers right, local and outside firms by colour and shape), expand and collapse by
 * double-click, the depth selector with the truncation notice, the supply path to another firm,
 * deep links and the picture export.
 */
let browser: Browser;
let page: Page;
let leader: { creditCode: string; name: string };

interface GraphState {
  nodes: number;
  edges: number;
  centre: { x: number; y: number; shape: string } | null;
  suppliers: { id: string; x: number }[];
  customers: { id: string; x: number; label: string }[];
  shapes: Record<string, string[]>;
  expanded: string[];
  path: { nodes: string[]; edges: number; dimmed: number };
}

/** What the graph shows (suppliers are the firms with a link into the centre, customers those it links to). */
async function graphState(p: Page, centre: string): Promise<GraphState> {
  const graph = graphOf(p);
  const nodes = await graph.nodes('node', { styles: ['shape'] });
  const edges = await graph.edges();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const c = byId.get(centre);
  const shapes: Record<string, string[]> = {};
  // a firm's shape; a group of a hub's neighbours (enterprise-hub-groups.e2e.test.ts) is a box of its own
  for (const n of nodes.filter((node) => !node.classes.includes('group'))) {
    const key = n.classes.includes('local') ? 'local' : 'outside';
    shapes[key] = [...new Set([...(shapes[key] ?? []), n.style.shape!])];
  }
  const neighbours = (ids: string[]) => [...new Set(ids)].map((id) => byId.get(id)!);
  return {
    nodes: nodes.length,
    edges: edges.length,
    centre: c ? { x: c.position.x, y: c.position.y, shape: c.style.shape! } : null,
    suppliers: neighbours(edges.filter((e) => e.target === centre).map((e) => e.source)).map((n) => ({ id: n.id, x: n.position.x })),
    customers: neighbours(edges.filter((e) => e.source === centre).map((e) => e.target)).map((n) => ({
      id: n.id,
      x: n.position.x,
      label: n.label,
    })),
    shapes,
    expanded: nodes.filter((n) => n.classes.includes('expanded')).map((n) => n.id),
    path: {
      nodes: nodes.filter((n) => n.classes.includes('path')).map((n) => n.id),
      edges: edges.filter((e) => e.classes.includes('path')).length,
      dimmed: await graph.count('.dimmed'),
    },
  };
}

async function waitForGraph(p: Page, centre: string, atLeast = 2): Promise<void> {
  await graphOf(p).ready({ includes: centre, atLeast, timeout: 90_000 });
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser, '/enterprise', { as: 'analyst' });
  const { clusters } = await pageGql<{ clusters: { id: string; name: string }[] }>(page, '{ clusters { id name } }');
  const linqing = clusters.find((c) => c.name === '临清轴承')!;
  expect(linqing).toBeDefined();
  // a 链主 of the cluster, found with the search's 链主 filter
  let found: { creditCode: string; name: string; chainLeader: boolean } | undefined;
  for (const query of ['集团', '轴承']) {
    const { searchEnterprises: result } = await pageGql<{
      searchEnterprises: { edges: { node: { creditCode: string; name: string; chainLeader: boolean } }[] };
    }>(
      page,
      'query ($q: String!, $c: ID) { searchEnterprises(query: $q, clusterId: $c, chainLeader: true, first: 20) { edges { node { creditCode name chainLeader } } } }',
      { q: query, c: linqing.id },
    );
    expect(result.edges.every((e) => e.node.chainLeader)).toBe(true);
    found = result.edges[0]?.node;
    if (found) break;
  }
  expect(found).toBeDefined();
  leader = found!;
});
afterAll(() => browser?.close());

/** The first of the centre's customers (of 25 at most) whose own neighbourhood brings firms not on screen yet. */
async function customerToExpand(state: GraphState): Promise<string | undefined> {
  const shown = new Set<string>((await graphOf(page).nodes()).map((n) => n.id));
  for (const candidate of state.customers.slice(0, 25)) {
    const { supplyNeighborhood } = await pageGql<{ supplyNeighborhood: { nodes: { id: string }[] } }>(
      page,
      'query ($c: String!) { supplyNeighborhood(creditCode: $c, depth: 1, direction: BOTH) { nodes { id } } }',
      { c: candidate.id },
    );
    if (supplyNeighborhood.nodes.some((n) => !shown.has(n.id))) return candidate.id;
  }
  return undefined;
}

describe('企业 enterprise explorer (default data set)', () => {
  it('shows a 链主 of 临清轴承: name, credit code, clusters, 链主 tag and its yearly figures 2022–2025', async () => {
    await page.goto(appUrl(`/enterprise/${leader.creditCode}`));
    await page.getByTestId('enterprise-name').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('enterprise-name').textContent()).resolves.toBe(leader.name);
    await expect(page.getByTestId('enterprise-code').textContent()).resolves.toBe(leader.creditCode);
    await expect(page.getByTestId('enterprise-clusters').innerText()).resolves.toContain('临清轴承');
    await expect(page.getByTestId('chain-leader').innerText()).resolves.toContain('链主企业');
    const table = page.getByTestId('enterprise-years');
    await expect(table.locator('thead th').allInnerTexts()).resolves.toEqual(['指标', '2022', '2023', '2024', '2025']);
    const rowNames = await table.locator('tbody th').allInnerTexts();
    expect(rowNames).toEqual(
      expect.arrayContaining([
        '营业收入（万元）',
        '研发投入（万元）',
        '规上企业',
        '高价值发明专利（件）',
        '智能工厂/数字车间',
        '绿色制造名单',
      ]),
    );
    // revenue is a number in every year
    const revenue = await table.locator('tbody tr').first().locator('td').allInnerTexts();
    expect(revenue).toHaveLength(4);
    for (const cell of revenue) expect(cell).toMatch(/^[\d,]+$/);
  });

  it('draws its suppliers on the left and customers on the right, local and outside firms by colour and shape, with a legend', async () => {
    await waitForGraph(page, leader.creditCode, 3);
    const state = await graphState(page, leader.creditCode);
    expect(state.suppliers.length).toBeGreaterThan(0);
    expect(state.customers.length).toBeGreaterThan(0);
    for (const s of state.suppliers) expect(s.x).toBeLessThan(state.centre!.x);
    for (const c of state.customers) expect(c.x).toBeGreaterThan(state.centre!.x);
    expect(state.shapes.local).toEqual(['ellipse']);
    if (state.shapes.outside) expect(state.shapes.outside).toEqual(['diamond']);
    const legend = await page.locator('.legend-strip').innerText();
    expect(legend).toContain('本地企业（圆形）');
    expect(legend).toContain('外地企业（菱形）');
    expect(legend).toContain('链主企业（金色外框）');
    expect(legend).toContain('专精特新（省级及以上，绿色光晕）');
    // the centre is a 链主 (its red centre border stays); other 链主 have a gold border; provincial or better 专精特新 firms the green halo, and only they
    const all = await graphOf(page).nodes('node', { styles: ['border-color'] });
    const leaders = all.filter((n) => n.classes.includes('leader'));
    const badges = {
      centreLeader: all.find((n) => n.id === leader.creditCode)!.classes.includes('leader'),
      leaders: leaders.map((n) => n.data.chainLeader === true),
      leaderBorders: [...new Set(leaders.filter((n) => n.id !== leader.creditCode).map((n) => n.style['border-color']!))],
      srdi: all.filter((n) => n.classes.includes('srdi')).map((n) => String(n.data.srdiLevel)),
      notSrdi: all.filter((n) => !n.classes.includes('srdi')).map((n) => String(n.data.srdiLevel)),
    };
    expect(badges.centreLeader).toBe(true);
    if (badges.leaders.length > 1) expect(badges.leaderBorders).toEqual(['rgb(201,162,39)']);
    expect(badges.leaders.every(Boolean)).toBe(true);
    expect(badges.srdi.length).toBeGreaterThan(0);
    expect(new Set(badges.srdi)).toEqual(new Set(badges.srdi.filter((level) => level === 'PROVINCIAL' || level === 'LITTLE_GIANT')));
    expect(badges.notSrdi.some((level) => level === 'PROVINCIAL' || level === 'LITTLE_GIANT')).toBe(false);
    await expect(page.getByTestId('network-summary').innerText()).resolves.toMatch(/^\d+ 家企业 · \d+ 条供应关系$/);
    await screenshot(page, 'enterprise');
  });

  it('expands a firm on double-click (its neighbours are added) and collapses it on a second double-click', async () => {
    const before = await graphState(page, leader.creditCode);
    const target = await customerToExpand(before);
    expect(target).toBeDefined();
    await graphOf(page).dblclick(target!);
    await graphOf(page).waitForCount('node', { above: before.nodes }, 60_000);
    const expanded = await graphState(page, leader.creditCode);
    expect(expanded.nodes).toBeGreaterThan(before.nodes);
    expect(expanded.expanded).toEqual([target]);
    await screenshot(page, 'enterprise-expanded');

    // close the detail card, then double-click the same firm again
    const box = await page.getByTestId('graph').boundingBox();
    await page.mouse.click(box!.x + 8, box!.y + 8);
    await graphOf(page).dblclick(target!);
    await graphOf(page).waitForCount('node', { is: before.nodes }, 30_000);
    const collapsed = await graphState(page, leader.creditCode);
    expect(collapsed.nodes).toBe(before.nodes);
    expect(collapsed.expanded).toEqual([]);
  });

  it('finds the supply path to another firm and highlights it; the link keeps it', async () => {
    // a customer of a customer: two links away along the supply direction
    const { supplyNeighborhood } = await pageGql<{ supplyNeighborhood: { nodes: { id: string; label: string; depth: number }[] } }>(
      page,
      'query ($c: String!) { supplyNeighborhood(creditCode: $c, depth: 2, direction: DOWNSTREAM) { nodes { id label depth } } }',
      { c: leader.creditCode },
    );
    const other = supplyNeighborhood.nodes.find((n) => n.depth === 2)!;
    expect(other).toBeDefined();
    await page.getByTestId('path-search').fill(other.id);
    const suggestion = page.locator('.ent-suggestion', { hasText: other.id }).first();
    await suggestion.waitFor({ timeout: 30_000 });
    await suggestion.click();
    await page.waitForURL(`**/enterprise/${leader.creditCode}?to=${other.id}`);
    const result = page.getByTestId('path-result');
    await page.waitForFunction(
      () => /路径共 \d 步/.test(document.querySelector('[data-testid=path-result]')?.textContent ?? ''),
      undefined,
      { timeout: 60_000 },
    );
    await expect(result.innerText()).resolves.toMatch(/路径共 2 步/);
    await expect(result.innerText()).resolves.toContain(other.label);
    await graphOf(page).waitForCount('edge.path', { is: 2 }, 30_000);
    const state = await graphState(page, leader.creditCode);
    expect(state.path.nodes).toHaveLength(3);
    expect(state.path.nodes).toEqual(expect.arrayContaining([leader.creditCode, other.id]));
    expect(state.path.edges).toBe(2);
    expect(state.path.dimmed).toBeGreaterThan(0);
    await screenshot(page, 'enterprise-path');

    // the link reopens the same picture
    await page.reload();
    await graphOf(page).waitForCount('edge.path', { is: 2 }, 90_000);
    await expect(page.getByTestId('path-result').innerText()).resolves.toMatch(/路径共 2 步/);
    await page.getByTestId('path-clear').click();
    await graphOf(page).waitForCount('.path', { is: 0 }, 30_000);
  });

  it('changes depth (kept in the link) and says when only the first nodes are shown', async () => {
    const before = (await graphState(page, leader.creditCode)).nodes;
    await page.getByTestId('depth-select').selectOption('2');
    await page.waitForURL(/depth=2/);
    await graphOf(page).waitForCount('node', { above: before }, 90_000);
    const { supplyNeighborhood } = await pageGql<{ supplyNeighborhood: { truncated: boolean; totalNodes: number; nodes: unknown[] } }>(
      page,
      'query ($c: String!) { supplyNeighborhood(creditCode: $c, depth: 2, direction: BOTH) { truncated totalNodes nodes { id } } }',
      { c: leader.creditCode },
    );
    if (supplyNeighborhood.truncated) {
      await expect(page.getByTestId('truncated-notice').innerText()).resolves.toContain(
        `仅显示前 ${supplyNeighborhood.nodes.length} 个节点（共 ${supplyNeighborhood.totalNodes} 个节点`,
      );
    }
    await screenshot(page, 'enterprise-depth2');
    await page.reload();
    await page.getByTestId('enterprise-name').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('depth-select').inputValue()).resolves.toBe('2');
  });

  it('exports the graph as PNG and SVG pictures', async () => {
    await waitForGraph(page, leader.creditCode, 3);
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid=export-png]')?.disabled, undefined, {
      timeout: 60_000,
    });
    const [png] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-png').click()]);
    expect(png.suggestedFilename()).toMatch(/供应网络-\d{4}-\d{2}-\d{2}\.png$/);
    const [svg] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-svg').click()]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    expect(pageErrorsOf.get(page)).toEqual([]);
  });

  it('finds a firm from the search page by name', async () => {
    const search = await openPage(browser, '/enterprise', { as: 'analyst' });
    await search.getByTestId('enterprise-search').fill(leader.name.slice(2, 8));
    const link = search.getByTestId('search-results').getByRole('link', { name: leader.name });
    await link.waitFor({ timeout: 60_000 });
    await expect(search.getByTestId('search-count').innerText()).resolves.toMatch(/找到 \d+ 家企业/);
    await screenshot(search, 'enterprise-search');
    // filters on a broad word: 链主 only, then 专精特新 小巨人 only; both kept in the link
    await search.getByTestId('enterprise-search').fill('轴承');
    await search.waitForURL(/q=%E8%BD%B4%E6%89%BF/);
    await search.waitForFunction(
      () => /找到 \d{3,} 家企业/.test(document.querySelector('[data-testid=search-count]')?.textContent ?? ''),
      undefined,
      { timeout: 60_000 },
    );
    const unfiltered = Number((await search.getByTestId('search-count').innerText()).match(/找到 (\d+) 家企业/)![1]);
    await search.getByTestId('filter-leader').check();
    await search.waitForURL(/leader=1/);
    await search.waitForFunction(
      (n) => {
        const m = /找到 (\d+) 家企业/.exec(document.querySelector('[data-testid=search-count]')?.textContent ?? '');
        return Boolean(m && Number(m[1]) < n);
      },
      unfiltered,
      { timeout: 60_000 },
    );
    const rows = search.getByTestId('search-results').locator('li');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const text of await rows.allInnerTexts()) expect(text).toContain('链主企业');
    await search.getByTestId('filter-srdi').selectOption('LITTLE_GIANT');
    await search.waitForURL(/srdi=LITTLE_GIANT/);
    await search.waitForFunction(
      () => {
        const items = [...document.querySelectorAll('[data-testid=search-results] li')];
        return (
          /找到 \d+ 家企业|没有找到/.test(document.querySelector('[data-testid=search-count]')?.textContent ?? '') &&
          items.every((li) => li.textContent?.includes('专精特新“小巨人”') || li.textContent?.includes('小巨人'))
        );
      },
      undefined,
      { timeout: 60_000 },
    );
    await screenshot(search, 'enterprise-search-filtered');
    await search.getByTestId('filter-srdi').selectOption('ANY');
    // the box flips at once (Playwright checks that), the address follows in a transition
    await search.getByTestId('filter-leader').uncheck();
    await search.waitForURL((url) => !url.search.includes('leader=') && !url.search.includes('srdi='));
    await expect.poll(() => search.getByTestId('filter-leader').isChecked(), { timeout: 10_000 }).toBe(false);
    await search.getByTestId('enterprise-search').fill(leader.name.slice(2, 8));
    await link.waitFor({ timeout: 60_000 });
    await link.click();
    await search.waitForURL(`**/enterprise/${leader.creditCode}`);
    await search.getByTestId('enterprise-name').waitFor({ timeout: 60_000 });
    // a malformed code is explained, not a blank page
    await search.goto(appUrl('/enterprise/12345'));
    await expect(search.getByRole('alert').innerText()).resolves.toContain('不是有效的统一社会信用代码');
    expect(pageErrorsOf.get(search)).toEqual([]);
    await search.context().close();
  });

  it('places only the new firms on an expansion (the others stay, on the page too), keeps the expansion in the link, and a reload restores it', async () => {
    await page.goto(appUrl(`/enterprise/${leader.creditCode}`));
    await waitForGraph(page, leader.creditCode, 3);
    // the graph settles (fit) before the positions are read
    await page.waitForTimeout(500);
    const before = await graphState(page, leader.creditCode);
    const target = await customerToExpand(before);
    expect(target).toBeDefined();
    const at = await graphOf(page).screenPosition(target!);
    const positions = async () =>
      Object.fromEntries((await graphOf(page).nodes()).map((n) => [n.id, { model: n.position, page: n.screen }]));
    const old = await positions();
    await page.mouse.dblclick(at.x, at.y);
    await graphOf(page).waitForCount('node', { above: before.nodes }, 60_000);
    await page.waitForTimeout(300);
    const now = await positions();
    expect(Object.keys(now).length).toBeGreaterThan(Object.keys(old).length);
    for (const [id, was] of Object.entries(old)) {
      expect(Math.abs(now[id]!.model.x - was.model.x), id).toBeLessThan(1);
      expect(Math.abs(now[id]!.model.y - was.model.y), id).toBeLessThan(1);
      // no refit either: the firm stays under the pointer
      expect(Math.abs(now[id]!.page.x - was.page.x), id).toBeLessThan(1);
      expect(Math.abs(now[id]!.page.y - was.page.y), id).toBeLessThan(1);
    }
    await screenshot(page, 'enterprise-expanded-in-place');
    // the link carries the expanded firm; a reload shows the same graph
    await page.waitForURL((url) => url.searchParams.get('x') === target);
    const expandedNodes = Object.keys(now).length;
    await page.reload();
    await waitForGraph(page, leader.creditCode, expandedNodes);
    const restored = await graphState(page, leader.creditCode);
    expect(restored.nodes).toBe(expandedNodes);
    expect(restored.expanded).toEqual([target]);
    // collapsing takes it out of the link
    await page.getByTestId('collapse-all').click();
    await page.waitForURL((url) => !url.searchParams.has('x'));
    await graphOf(page).waitForCount('node', { is: before.nodes }, 30_000);
  });

  it("shows a tooltip with the firm's name when the pointer is on a node", async () => {
    await waitForGraph(page, leader.creditCode, 3);
    const customer = (await graphState(page, leader.creditCode)).customers[0]!;
    const at = await graphOf(page).screenPosition(customer.id);
    await page.mouse.move(at.x, at.y);
    const tooltip = page.getByTestId('node-tooltip');
    await tooltip.waitFor({ timeout: 10_000 });
    await expect(tooltip.innerText()).resolves.toContain(customer.label);
    await screenshot(page, 'enterprise-tooltip');
    // away from the node, the tooltip goes
    const box = await page.getByTestId('graph').boundingBox();
    await page.mouse.move(box!.x + 4, box!.y + 4);
    await page.waitForFunction(() => !document.querySelector('[data-testid=node-tooltip]'), undefined, { timeout: 10_000 });
  });
});
