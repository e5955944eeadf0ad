import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, pageErrorsOf, pageGql, screenshot } from '../../helpers/browser.js';
import { graphOf } from '../../helpers/graph.js';

/**
 * Chains over time, side by side and forward in the default data set: the 历年变化 tab of the
 * chain map (2023 → 2025, marks on the map), the 同链集群对比 heat map of the bearing chain
 * (four clusters), 本市可替代企业 in a gap's panel, and 若引进此企业 from the target list.
 */
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser, '/');
});
afterAll(() => browser?.close());

async function waitForMap(p: Page): Promise<void> {
  await p.getByTestId('chain-title').waitFor();
  await graphOf(p).ready({ selector: 'node[kind = "segment"]' });
}

/** Each segment card's classes, label and on-screen position. */
async function cards(p: Page) {
  return (await graphOf(p).nodes('[kind = "segment"]')).map((n) => ({
    id: n.id,
    label: n.label,
    classes: n.classes,
    x: n.position.x,
    y: n.position.y,
  }));
}

async function clusterIdOf(p: Page, name: string): Promise<string> {
  const response = await p.request.post(appUrl('/graphql'), {
    headers: { 'apollo-require-preflight': 'true' },
    data: { query: '{ clusters { id name } }' },
  });
  const body = (await response.json()) as { data: { clusters: { id: string; name: string }[] } };
  return body.data.clusters.find((c) => c.name === name)!.id;
}

describe('历年变化: the chain map compared with 2023', () => {
  it('marks healed, new and persistent gaps on the map without moving the cards, with a summary', async () => {
    const id = await clusterIdOf(page, '临清轴承');
    await page.goto(appUrl(`/chain/${encodeURIComponent(id)}`));
    await waitForMap(page);
    const before = await cards(page);
    await page.getByTestId('tab-evolution').click();
    await page.getByTestId('evolution-table').waitFor();
    await expect(page.getByTestId('evolution-from').inputValue()).resolves.toBe('2023');
    const summary = await page.getByTestId('evolution-summary').first().textContent();
    expect(summary).toMatch(/^自 2023 年以来：缺口已补 \d+ 个 · 新增缺口 \d+ 个 · 缺口持续 \d+ 个；链条完整度 \d+% → \d+%$/);
    const rows = page.getByTestId('evolution-table').locator('tbody tr');
    expect(await rows.count()).toBe(13);
    const changes = await page
      .getByTestId('evolution-table')
      .locator('td[data-change]')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-change')));
    for (const change of changes)
      expect(['GAP_HEALED', 'GAP_NEW', 'GAP_PERSISTENT', 'IMPROVED', 'DECLINED', 'UNCHANGED']).toContain(change);

    // the map: same positions; each gap change is a class and a line on its card
    const after = await cards(page);
    expect(after.map((c) => [c.id, Math.round(c.x), Math.round(c.y)])).toEqual(before.map((c) => [c.id, Math.round(c.x), Math.round(c.y)]));
    const expectedMarks = changes.filter((c) => c !== 'UNCHANGED').length;
    expect(after.filter((c) => c.classes.includes('evo-marked'))).toHaveLength(expectedMarks);
    for (const card of after.filter((c) => c.classes.includes('gap-persistent'))) expect(card.label).toContain('■ 缺口持续');
    await expect(page.getByTestId('legend-evolution').textContent()).resolves.toContain('▲ 缺口已补');
    await screenshot(page, 'chain-evolution');

    // stopping the comparison takes the marks off
    await page.getByRole('button', { name: '关闭对比' }).click();
    await graphOf(page).waitForCount('node.evo-marked', { is: 0 });
    expect(pageErrorsOf.get(page)).toEqual([]);
  });
});

describe('本市可替代企业 and 若引进此企业', () => {
  it('lists local substitutes in a gap segment, not-yet suppliers first', async () => {
    const id = await clusterIdOf(page, '临清轴承');
    // BRG-01 轴承钢及原材料 is WEAK in 临清轴承
    await page.goto(appUrl(`/chain/${encodeURIComponent(id)}?seg=BRG-01`));
    await waitForMap(page);
    const section = page.getByTestId('panel-substitutes');
    await section.waitFor();
    await expect(section.locator('h4').textContent()).resolves.toContain('本市可替代企业');
    await section.locator('li[data-supplies]').first().waitFor();
    const supplies = await section.locator('li[data-supplies]').evaluateAll((items) => items.map((i) => i.getAttribute('data-supplies')));
    // false (not yet supplying) before true
    expect([...supplies].sort((a, b) => (a === b ? 0 : a === 'false' ? -1 : 1))).toEqual(supplies);
    await screenshot(page, 'chain-substitutes');
  });

  it('runs 若引进此企业 from the target list: completeness before and after', async () => {
    const id = await clusterIdOf(page, '临清轴承');
    await page.goto(appUrl(`/chain/${encodeURIComponent(id)}?tab=targets`));
    await waitForMap(page);
    await page.getByRole('button', { name: '若引进此企业' }).first().click();
    await page.getByTestId('attract-result').waitFor();
    expect(page.url()).toMatch(/tab=attract/);
    expect(page.url()).toMatch(/attract=/);
    await expect(page.getByTestId('attract-completeness').textContent()).resolves.toMatch(/^链条完整度 \d+% → \d+%$/);
    await screenshot(page, 'chain-attract');
    expect(pageErrorsOf.get(page)).toEqual([]);
  });
});

interface PeerPair {
  segmentId: string;
  segmentName: string;
  strongClusterName: string;
  lackingClusterId: string;
  lackingClusterName: string;
  lackingStatus: string;
}

/**
 * The page's peer lines (built from peerSegments since #16) say what the deprecated pairs
 * (peerStrengths, which the page was built from before) say grouped by segment: one line per
 * segment in their order, its strong clusters, its lacking ones in order as links, the gaps marked.
 */
async function expectPeerLinesOfPairs(p: Page): Promise<void> {
  const chainId = decodeURIComponent(new URL(p.url()).pathname.split('/').at(-1)!);
  const { chainComparison } = await pageGql<{ chainComparison: { peerStrengths: PeerPair[] } }>(
    p,
    `query($chainId: ID!) { chainComparison(chainId: $chainId) {
      peerStrengths { segmentId segmentName strongClusterName lackingClusterId lackingClusterName lackingStatus } } }`,
    { chainId },
  );
  const bySegment = new Map<string, PeerPair[]>();
  for (const pair of chainComparison.peerStrengths) bySegment.set(pair.segmentId, [...(bySegment.get(pair.segmentId) ?? []), pair]);
  const lines = p.getByTestId('peer-strength');
  expect(await lines.count()).toBe(bySegment.size);
  for (const [i, pairs] of [...bySegment.values()].entries()) {
    const line = lines.nth(i);
    const lacking = [...new Map(pairs.map((pair) => [pair.lackingClusterId, pair])).values()];
    await expect(line.locator('strong').textContent()).resolves.toBe(`「${pairs[0]!.segmentName}」`);
    await expect(line.textContent()).resolves.toContain(` ★ ${[...new Set(pairs.map((pair) => pair.strongClusterName))].join('、')}`);
    await expect(line.locator('a').allTextContents()).resolves.toEqual(lacking.map((pair) => pair.lackingClusterName));
    const hrefs = await line.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.map((href) => decodeURIComponent(href!.split('?')[0]!))).toEqual(lacking.map((pair) => `/chain/${pair.lackingClusterId}`));
    expect(hrefs.every((href) => href!.includes(`seg=${encodeURIComponent(pairs[0]!.segmentId)}`))).toBe(true);
    const classes = await line.locator('span').evaluateAll((spans) => spans.map((span) => span.className));
    expect(classes).toEqual(lacking.map((pair) => (pair.lackingStatus === 'COVERED' ? '' : 'peer-gap')));
  }
}

describe('同链集群对比: the bearing chain', () => {
  it('shows the four bearing clusters × 13 segments, sortable, linked to their chain maps', async () => {
    await page.goto(appUrl('/compare'));
    await page.getByTestId('chain-card').first().waitFor();
    await page.getByTestId('chain-card').filter({ hasText: '临清轴承' }).click();
    await page.getByTestId('heatmap').waitFor();
    await expect(page.getByTestId('compare-title').textContent()).resolves.toContain('同链集群对比');
    const rows = page.getByTestId('heatmap-row');
    expect(await rows.count()).toBe(4);
    expect(await page.getByTestId('heatmap').locator('td[data-status]').count()).toBe(4 * 13);
    // every cell names its status in words, not by colour alone
    const texts = await page.getByTestId('heatmap').locator('td[data-status]').allTextContents();
    for (const text of texts) expect(text).toMatch(/[✕◔●★] (缺失|薄弱|覆盖|优势)/);
    // sort by name with the keyboard
    const nameHead = page.getByRole('button', { name: '集群' });
    await nameHead.focus();
    await page.keyboard.press('Enter');
    const names = await rows.locator('th a').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'zh')));
    await expect(page.getByTestId('peer-strengths').textContent()).resolves.toContain('可相互借力的环节');
    // e.g. 套圈锻造: strong in some bearing clusters, not in the others
    expect(await page.getByTestId('peer-strength').count()).toBeGreaterThan(0);
    await expect(page.getByTestId('peer-strength').first().textContent()).resolves.toMatch(
      /^「.+」 ★ .+ 为优势 → .+（[✕◔●] (缺失|薄弱|覆盖)）/,
    );
    await screenshot(page, 'compare-bearing');
    await expectPeerLinesOfPairs(page);
    await rows.locator('th a').filter({ hasText: '临清轴承' }).click();
    await waitForMap(page);
    await expect(page.getByTestId('chain-title').textContent()).resolves.toBe('临清轴承');
    expect(pageErrorsOf.get(page)).toEqual([]);
  });

  it('looks right at 1920 and 390 px in Chinese and English', async () => {
    const id = await clusterIdOf(page, '临清轴承');
    for (const lang of ['zh', 'en'] as const) {
      await page.evaluate((l) => localStorage.setItem('chainatlas.lang', l), lang);
      for (const width of [1920, 390]) {
        await page.setViewportSize({ width, height: width > 1000 ? 1080 : 844 });
        await page.goto(appUrl('/compare/BRG'));
        await page.getByTestId('heatmap').waitFor();
        await screenshot(page, `compare-${lang}-${width}`);
        await page.goto(appUrl(`/chain/${encodeURIComponent(id)}?tab=evolution&seg=BRG-01`));
        await waitForMap(page);
        await page.getByTestId('evolution-table').waitFor();
        await page.getByTestId('panel-substitutes').locator('li').first().waitFor();
        await screenshot(page, `evolution-${lang}-${width}`);
      }
    }
    await page.evaluate(() => localStorage.setItem('chainatlas.lang', 'zh'));
    expect(pageErrorsOf.get(page)).toEqual([]);
  });
});

describe('本地范围: the chain map judged at county, city or province scope', () => {
  /** the local firms of every segment, from the segment list (in the page, open or not) */
  const localFirmsTotal = (p: Page) =>
    p
      .getByTestId('segment-list')
      .locator('tbody tr td.num:nth-of-type(3)')
      .evaluateAll((cells) => cells.reduce((sum, c) => sum + Number(c.textContent), 0));
  /** Chooses `scope`, waits for it in the link and for the local firms' total to change from `before`. */
  const switchScope = async (p: Page, scope: 'COUNTY' | 'PROVINCE', before: number) => {
    await p.getByTestId('scope-select').selectOption(scope);
    await p.waitForURL(new RegExp(`[?&]scope=${scope.toLowerCase()}\\b`));
    await p.waitForFunction(
      (total) =>
        [...document.querySelectorAll('[data-testid="segment-list"] tbody tr td.num:nth-of-type(3)')].reduce(
          (sum, c) => sum + Number(c.textContent),
          0,
        ) !== total,
      before,
    );
  };

  it('switches the scope, keeps it in the link and changes the figures', async () => {
    const id = await clusterIdOf(page, '临清轴承');
    await page.goto(appUrl(`/chain/${encodeURIComponent(id)}`));
    await waitForMap(page);
    await expect(page.getByTestId('scope-select').inputValue()).resolves.toBe('CITY');
    const city = await localFirmsTotal(page);
    expect(city).toBeGreaterThan(0);

    // 县域: only 临清市's firms are local; the bearing chain's cages, balls and forgings come from other counties
    await switchScope(page, 'COUNTY', city);
    const county = await localFirmsTotal(page);
    expect(county).toBeLessThan(city);
    // 临清's own firms stay local
    expect(county).toBeGreaterThan(0);
    await screenshot(page, 'chain-scope-county');

    // the link restores it
    await page.reload();
    await waitForMap(page);
    await expect(page.getByTestId('scope-select').inputValue()).resolves.toBe('COUNTY');
    await expect(localFirmsTotal(page)).resolves.toBe(county);

    // 省域: outside suppliers elsewhere in Shandong count too
    await switchScope(page, 'PROVINCE', county);
    expect(await localFirmsTotal(page)).toBeGreaterThanOrEqual(city);

    // back to 市域 (the default) drops the parameter
    await page.getByTestId('scope-select').selectOption('CITY');
    await page.waitForURL((url) => !url.searchParams.has('scope'));
    expect(pageErrorsOf.get(page)).toEqual([]);
  });
});

describe('本地范围 reaches the forward tabs, the exports and the comparison (#16)', () => {
  it('asks for the evolution at the chosen scope, links the risks download and the comparison with it', async () => {
    const id = await clusterIdOf(page, '临清轴承');
    // the scope the server judged each chain analysis at, from the answers the page received
    const judged: Record<string, string> = {};
    const onResponse = async (response: import('playwright-core').Response) => {
      if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return;
      const body = (await response.json().catch(() => null)) as { data?: Record<string, { scope?: string } | null> } | null;
      for (const [field, value] of Object.entries(body?.data ?? {}))
        if (value && typeof value === 'object' && 'scope' in value && value.scope) judged[field] = value.scope;
    };
    page.on('response', onResponse);
    try {
      await page.goto(appUrl(`/chain/${encodeURIComponent(id)}?scope=county&tab=evolution`));
      await waitForMap(page);
      await page.getByTestId('evolution-table').waitFor();
      await expect.poll(() => judged.chainEvolution, { timeout: 30_000 }).toBe('COUNTY');
      expect(judged.chainGapReport).toBe('COUNTY');

      await page.getByTestId('tab-risks').click();
      await expect(page.getByTestId('risks-export-xlsx').getAttribute('href')).resolves.toMatch(/[?&]scope=county\b/);

      await page.getByTestId('chain-compare-link').click();
      await page.getByTestId('heatmap').waitFor();
      expect(page.url()).toMatch(/\/compare\/BRG\?.*scope=county\b/);
      await expect(page.getByTestId('scope-select').inputValue()).resolves.toBe('COUNTY');
      await expect.poll(() => judged.chainComparison, { timeout: 30_000 }).toBe('COUNTY');
      // back to a cluster's map, still at county scope
      await expect(page.getByTestId('heatmap-row').first().locator('th a').getAttribute('href')).resolves.toMatch(/[?&]scope=county\b/);
      await page.getByTestId('scope-select').selectOption('PROVINCE');
      await page.waitForURL(/[?&]scope=province\b/);
      await expect.poll(() => judged.chainComparison, { timeout: 30_000 }).toBe('PROVINCE');
      await screenshot(page, 'compare-scope-province');
      expect(pageErrorsOf.get(page)).toEqual([]);
    } finally {
      page.off('response', onResponse);
    }
  });

  it('runs 若引进此企业 from the chain map (the panel of a gap segment) at the chosen scope', async () => {
    const id = await clusterIdOf(page, '临清轴承');
    let attractScope: string | undefined;
    const onResponse = async (response: import('playwright-core').Response) => {
      if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return;
      const body = (await response.json().catch(() => null)) as { data?: { whatIfAttract?: { scope?: string } | null } } | null;
      if (body?.data?.whatIfAttract?.scope) attractScope = body.data.whatIfAttract.scope;
    };
    page.on('response', onResponse);
    try {
      // BRG-01 轴承钢及原材料, a gap of 临清轴承: its outside suppliers in the panel, each with 若引进此企业
      await page.goto(appUrl(`/chain/${encodeURIComponent(id)}?seg=BRG-01&scope=county`));
      await waitForMap(page);
      await page.getByTestId('panel-suppliers').getByTestId('attract-button').first().click();
      await page.getByTestId('attract-result').waitFor();
      expect(page.url()).toMatch(/tab=attract/);
      expect(page.url()).toMatch(/[?&]scope=county\b/);
      await expect(page.getByTestId('attract-completeness').textContent()).resolves.toMatch(/^链条完整度 \d+% → \d+%$/);
      await expect.poll(() => attractScope, { timeout: 30_000 }).toBe('COUNTY');
      expect(pageErrorsOf.get(page)).toEqual([]);
    } finally {
      page.off('response', onResponse);
    }
  });
});
