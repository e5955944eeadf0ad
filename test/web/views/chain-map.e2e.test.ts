import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, openPage, pageErrorsOf, screenshot } from '../../helpers/browser.js';
import { graphOf } from '../../helpers/graph.js';
import { signInAs } from '../../helpers/sign-in.js';

let browser: Browser;
let page: Page;

/**
 * 临清轴承's report once before the page asks for it: on a cold database on a busy machine the first report can
 * pass the read timeout (DATABASE_UNAVAILABLE); the page would then show its error instead of the map.
 */
async function warmReport(tries = 4): Promise<void> {
  const cookie = (JSON.parse(process.env.CHAINATLAS_TEST_COOKIES!) as Record<string, string>).analyst!;
  for (let i = 1; ; i++) {
    const response = await fetch(appUrl('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
      body: JSON.stringify({ query: '{ chainGapReport(clusterId: "C01") { singleSourceRiskCount investmentTargets { rank } } }' }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    if (!body.errors || i >= tries || body.errors[0]?.extensions?.code !== 'DATABASE_UNAVAILABLE') return;
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  await warmReport();
  page = await openPage(browser, '/');
  await signInAs(page, 'analyst'); // a fresh 招商人员 account of this file, signed in in the page's browser context
  await page.goto(appUrl('/chain'));
});
afterAll(() => browser?.close());

interface SegmentNode {
  id: string;
  label: string;
  status: string;
  borderStyle: string;
  classes: string[];
  x: number;
  y: number;
}

/** The chain map's segment cards as Cytoscape draws them, with their on-screen centres. */
async function segments(p: Page): Promise<Record<string, SegmentNode>> {
  const nodes = await graphOf(p).nodes('[kind = "segment"]', { styles: ['border-style'] });
  return Object.fromEntries(
    nodes.map((n) => [
      n.id,
      {
        id: n.id,
        label: n.label,
        status: String(n.data.status),
        borderStyle: n.style['border-style']!,
        classes: n.classes,
        x: n.screen.x,
        y: n.screen.y,
      },
    ]),
  );
}

/** Waits until the chain map of a cluster shows its segment cards. */
async function waitForMap(p: Page): Promise<void> {
  await p.getByTestId('chain-title').waitFor();
  await graphOf(p).ready({ selector: 'node[kind = "segment"]' });
}

async function clickSegment(p: Page, id: string): Promise<void> {
  const node = (await segments(p))[id];
  if (!node) throw new Error(`no segment ${id} on the map`);
  await p.mouse.click(node.x, node.y);
}

/** From the list of clusters, opens `name`'s chain map and waits until it is drawn. */
async function openCluster(p: Page, name: string): Promise<void> {
  await p.goto(appUrl('/chain'));
  await p.getByTestId('cluster-card').filter({ hasText: name }).click();
  await waitForMap(p);
}

describe('产业链图谱 chain map (default data set)', () => {
  it('lists the clusters and opens 临清轴承: bearing steel weak, forging strong, with legend and header', async () => {
    await page.getByRole('heading', { name: '产业链图谱 · 选择集群' }).waitFor();
    expect(await page.getByTestId('cluster-card').count()).toBe(28);
    await page.getByTestId('cluster-card').filter({ hasText: '临清轴承' }).click();
    await page.waitForURL(/\/chain\/[^/?]+$/);
    await waitForMap(page);

    await expect(page.getByTestId('chain-title').textContent()).resolves.toBe('临清轴承');
    await expect(page.getByTestId('chain-level').textContent()).resolves.toBe('省级');
    await expect(page.getByTestId('completeness').textContent()).resolves.toMatch(/^链条完整度 \d{1,3}%$/);
    const thresholds = await page.getByTestId('thresholds').textContent();
    expect(thresholds).toContain('低于 30% 为薄弱');
    expect(thresholds).toContain('不低于 70%');
    expect(thresholds).toContain('不低于 60% 为单点风险');
    expect(thresholds).toContain('单一来源采购占本环节采购额不低于 50% 为固链风险（⚠）');
    await expect(page.getByTestId('year-select').inputValue()).resolves.toMatch(/^\d{4}$/);

    const nodes = await segments(page);
    expect(Object.keys(nodes)).toHaveLength(13);
    const steel = nodes['BRG-01']!;
    expect(steel.status).toBe('WEAK');
    expect(steel.label).toContain('轴承钢及原材料');
    expect(steel.label).toContain('◔ 薄弱');
    expect(steel.label).toMatch(/本地 \d+ 家 · 集群 \d+ 家/);
    expect(steel.label).toMatch(/本地配套率 \d+%/);
    expect(steel.borderStyle).toBe('dotted');
    const forging = nodes['BRG-02']!;
    expect(forging.status).toBe('STRONG');
    expect(forging.label).toContain('套圈锻造');
    expect(forging.label).toContain('★ 优势');
    expect(forging.borderStyle).toBe('double');
    // upstream is left of downstream
    expect(steel.x).toBeLessThan(nodes['BRG-13']!.x);
    // arrows from each segment to the ones it feeds (19 FEEDS in the bearing chain), each pointing rightwards
    const feeds = (await graphOf(page).edges('[kind = "feeds"]')).map((e) => ({
      id: `${e.source}>${e.target}`,
      from: nodes[e.source]!.x,
      to: nodes[e.target]!.x,
    }));
    expect(feeds.map((f) => f.id).sort()).toEqual(
      expect.arrayContaining(['BRG-01>BRG-02', 'BRG-01>BRG-06', 'BRG-09>BRG-12', 'BRG-12>BRG-13']),
    );
    expect(feeds).toHaveLength(19);
    for (const f of feeds) expect(f.from, f.id).toBeLessThan(f.to);

    const legend = await page.getByTestId('chain-legend').innerText();
    for (const word of ['缺失', '薄弱', '覆盖', '优势', '虚线边框', '点线边框', '固链风险', '供给关系']) expect(legend).toContain(word);
    await expect(page.getByTestId('tab-targets').textContent()).resolves.toMatch(/^补链招商目标\d+$/);
    await screenshot(page, 'chain-map');
  });

  it('opens the bearing-steel panel with its figures and outside suppliers with their cities', async () => {
    await clickSegment(page, 'BRG-01');
    const panel = page.getByTestId('segment-panel');
    await panel.waitFor();
    await expect(panel.getByRole('heading', { level: 3 }).textContent()).resolves.toBe('轴承钢及原材料');
    const text = await panel.innerText();
    expect(text).toContain('薄弱');
    expect(text).toContain('本地配套率');
    expect(text).toContain('外地主要供应商');
    const suppliers = panel.getByTestId('panel-suppliers').locator('li');
    expect(await suppliers.count()).toBeGreaterThan(0);
    const first = await suppliers.first().innerText();
    expect(first).toMatch(/江阴|邢台|大冶|石家庄|莱芜|淄博/);
    expect(first).toMatch(
      /「轴承钢及原材料」环节本地配套率 \d+%（薄弱）；年供货 [\d,.]+ 万元，占本环节集群采购 \d+%；供应集群企业 .+（[\d,]+ 万元）/,
    );
    await panel.getByRole('button', { name: /加入招商目标清单/ }).waitFor();
    // the cluster's 7 firms of the segment, largest revenue first, each a link to its enterprise view
    expect(text).toContain('本环节集群企业');
    await panel.getByTestId('panel-firms').waitFor();
    const firms = panel.getByTestId('panel-firms').locator('li');
    expect(await firms.count()).toBe(7);
    const revenues = (await firms.allInnerTexts()).map((row) => Number(row.match(/营收 ([\d.,]+) 亿元/)?.[1]?.replace(/,/g, '') ?? NaN));
    for (const [i, r] of revenues.entries()) {
      expect(r).not.toBeNaN();
      if (i > 0) expect(r).toBeLessThanOrEqual(revenues[i - 1]!);
    }
    await expect(firms.first().getByRole('link').getAttribute('href')).resolves.toMatch(/^\/enterprise\/91[0-9A-Z]{16}$/);
    expect(page.url()).toContain('seg=BRG-01');
    expect((await segments(page))['BRG-01']!.classes).toContain('chosen');
    await screenshot(page, 'chain-map-panel');
  });

  it('restores the cluster, segment and tab from a shared link', async () => {
    const url = new URL(page.url());
    url.searchParams.set('tab', 'risks');
    // the single-source rows (the tab opens grouped by segment: chain-risks-targets.e2e)
    url.searchParams.set('rview', 'rows');
    await page.goto(url.toString());
    await waitForMap(page);
    await page.getByTestId('segment-panel').waitFor();
    await expect(page.getByTestId('segment-panel').getByRole('heading', { level: 3 }).textContent()).resolves.toBe('轴承钢及原材料');
    expect((await segments(page))['BRG-01']!.classes).toContain('chosen');
    await expect(page.getByTestId('tab-risks').getAttribute('aria-selected')).resolves.toBe('true');
    await page.getByTestId('risks-tab').waitFor();
    expect(await page.getByTestId('risks-tab').innerText()).toMatch(/共 [\d,]+ 条单一来源采购/);
  });

  it('shows the first 50 single-source risks with the total, loads more on request, and exports all of them', async () => {
    const tab = page.getByTestId('risks-tab');
    const summary = (await page.getByTestId('risks-count').innerText()).match(/^共 ([\d,]+) 条单一来源采购，按金额排序，已显示 (\d+) 条$/);
    expect(summary).not.toBeNull();
    const total = Number(summary![1]!.replace(/,/g, ''));
    expect(total).toBeGreaterThan(100);
    expect(Number(summary![2])).toBe(50);
    await expect(page.getByTestId('tab-risks').textContent()).resolves.toBe(`固链风险${total}`);
    expect(await tab.locator('tbody tr').count()).toBe(50);
    await expect(page.getByTestId('risks-more').textContent()).resolves.toBe(`加载更多（再显示 50 条，尚余 ${total - 50} 条）`);
    await page.getByTestId('risks-more').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="risks-tab"] tbody tr').length === 100);
    await expect(page.getByTestId('risks-count').innerText()).resolves.toMatch(/已显示 100 条$/);
    // largest value first, across the two pages
    const values = (await tab.locator('tbody tr td:last-child').allTextContents()).map((v) => Number(v.replace(/,/g, '')));
    expect(values).toHaveLength(100);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1]!);
    // the CSV holds every risk, not only the ones shown
    const [csv] = await Promise.all([page.waitForEvent('download'), tab.getByRole('button', { name: '导出 CSV（全部）' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^临清轴承-固链风险-市域-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = fs
      .readFileSync(await csv.path(), 'utf8')
      .split('\r\n')
      .filter((line) => line !== '');
    expect(lines[0]).toBe('\uFEFF采购企业,采购企业信用代码,环节,唯一供应商,供应商信用代码,供应商所在,年采购额（万元）');
    expect(lines).toHaveLength(total + 1);
    expect(new Set(lines.slice(1).map((line) => line.split(',').slice(0, 3).join(','))).size).toBe(total);
    // one segment's risks (轴承装配), with that segment's total, kept in the link
    const select = page.getByTestId('risks-segment');
    const option = await select.locator('option', { hasText: '轴承装配' }).textContent();
    const segmentTotal = Number(option!.match(/（(\d+)）$/)![1]);
    expect(segmentTotal).toBeGreaterThan(0);
    await select.selectOption('BRG-09');
    await page.waitForURL(/rseg=BRG-09/);
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="risks-count"]')?.textContent?.startsWith(`共 ${n} 条`),
      segmentTotal,
    );
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="risks-tab"] tbody tr').length === n,
      Math.min(50, segmentTotal),
    );
    expect(new Set(await tab.locator('tbody tr td:nth-child(2)').allTextContents())).toEqual(new Set(['轴承装配']));
    await screenshot(page, 'chain-map-risks');
    await select.selectOption('');
    await page.waitForFunction(() => !location.search.includes('rseg='));
  });

  it('switches to another year that has supply data, kept in the link', async () => {
    const select = page.getByTestId('year-select');
    const options = await select.locator('option').allTextContents();
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(options[0]).toMatch(/（最新）$/);
    const older = (await select.locator('option').nth(1).getAttribute('value'))!;
    await select.selectOption(older);
    await page.waitForURL(new RegExp(`year=${older}`));
    await page.waitForFunction((y) => document.querySelector<HTMLSelectElement>('[data-testid="year-select"]')?.value === y, older);
    await waitForMap(page);
    expect((await segments(page))['BRG-01']!.status).toBe('WEAK');
    await select.selectOption({ index: 0 });
    await page.waitForFunction(() => !location.search.includes('year='));
  });

  it('exports the map as PNG and SVG and the targets as CSV (real downloads)', async () => {
    await page.getByTestId('tab-targets').click();
    for (const [button, ext] of [
      ['导出 PNG', '.png'],
      ['导出 SVG', '.svg'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button, exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^临清轴承-产业链图谱-\\d{4}\\${ext}$`));
      const file = await download.path();
      expect(fs.statSync(file).size).toBeGreaterThan(1000);
      if (ext === '.svg') expect(fs.readFileSync(file, 'utf8')).toContain('临清轴承 · 轴承产业链 产业链图谱');
      // keep the exported picture beside the screenshots, for a person to look at
      fs.mkdirSync('screenshots', { recursive: true });
      fs.copyFileSync(file, `screenshots/chain-map-export${ext}`);
    }
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('targets-tab').getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^临清轴承-补链招商目标-市域-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = fs.readFileSync(await csv.path(), 'utf8');
    expect(text.startsWith('\uFEFF排名,企业,统一社会信用代码,所在地,环节,环节状态')).toBe(true);
    expect(text.split('\r\n').length).toBeGreaterThan(2);
  });

  it('shows 果蔬加工 of 莘县绿色食品加工 as missing in 2023 and lists it under 延链机会 (a processor narrows it in 2025)', async () => {
    await openCluster(page, '莘县绿色食品加工');
    // 2025 (latest): the processor founded in 2025 makes it WEAK; 2023: MISSING
    expect((await segments(page))['FOOD-09']!.status).toBe('WEAK');
    await page.getByTestId('year-select').selectOption('2023');
    await graphOf(page).waitForData('FOOD-09', 'status', 'MISSING');
    const fruit = (await segments(page))['FOOD-09']!;
    expect(fruit.status).toBe('MISSING');
    expect(fruit.label).toContain('果蔬加工');
    expect(fruit.label).toContain('✕ 缺失');
    expect(fruit.borderStyle).toBe('dashed');
    await page.getByTestId('tab-extension').click();
    const tab = page.getByTestId('extension-tab');
    await tab.waitFor();
    const row = tab.locator('tr', { hasText: '果蔬加工' });
    await expect(row.innerText()).resolves.toMatch(/果蔬加工[\s\S]*下游[\s\S]*缺失/);
    // its targets are one click away
    await row.getByRole('button', { name: /查看 \d+ 家/ }).click();
    await page.getByTestId('targets-tab').waitFor();
    expect(page.url()).toContain('tseg=FOOD-09');
    expect(page.url()).toContain('year=2023');
    const cities = await page.getByTestId('targets-tab').locator('tbody tr').allInnerTexts();
    expect(cities.length).toBeGreaterThan(0);
    for (const row of cities) expect(row).toContain('果蔬加工');
    await page.getByTestId('tab-extension').click();
    await screenshot(page, 'chain-map-extension');
  });

  it('what-if: removing a chain leader cuts off firms wave by wave and marks the segments hit', async () => {
    await openCluster(page, '茌平铝精深加工');
    await page.getByTestId('tab-whatif').click();
    const search = page.getByTestId('whatif-search').getByRole('combobox');
    await search.fill('华锐铝业');
    const option = page.getByTestId('whatif-search').getByRole('option', { name: /聊城茌平华锐铝业集团有限公司/ });
    await option.waitFor();
    await expect(option.innerText()).resolves.toContain('链主');
    await option.click();
    await expect(page.getByTestId('whatif-chosen').innerText()).resolves.toContain('聊城茌平华锐铝业集团有限公司');
    await page.getByRole('button', { name: '开始推演' }).click();
    const result = page.getByTestId('whatif-result');
    await result.waitFor({ timeout: 60_000 });
    await expect(result.locator('.whatif-summary').innerText()).resolves.toMatch(
      /^移除 1 家企业后，共 [\d,]+ 家集群企业断供，影响营收 [\d,.]+ 亿元（\d{4} 年）$/,
    );
    expect(await page.getByTestId('whatif-wave').count()).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('whatif-wave').first().innerText()).resolves.toMatch(/^第 1 波\s+[\d,]+ 家 · 营收 [\d,.]+ 亿元/);
    expect(page.url()).toContain('tab=whatif');
    expect(page.url()).toMatch(/remove=91[0-9A-Z]{16}/);
    const hit = Object.values(await segments(page)).filter((n) => n.classes.includes('affected'));
    expect(hit.length).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('chain-legend').innerText()).resolves.toContain('断链推演受影响环节');
    await page.getByTestId('whatif-result').scrollIntoViewIfNeeded();
    await screenshot(page, 'chain-map-whatif');

    // the link restores the what-if with the firm's name
    await page.reload();
    await page.getByTestId('whatif-result').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('whatif-chosen').innerText()).resolves.toContain('聊城茌平华锐铝业集团有限公司');
  });

  it("what-if: lists the chain's 链主 firms, and one click puts one among the firms to remove (no name to know)", async () => {
    await openCluster(page, '茌平铝精深加工');
    await page.getByTestId('tab-whatif').click();
    const leaders = page.getByTestId('whatif-leaders');
    await expect(leaders.getByRole('heading', { level: 4 }).innerText()).resolves.toContain('本链链主企业');
    const row = leaders.getByTestId('whatif-leader').filter({ hasText: '聊城茌平华锐铝业集团有限公司' });
    await row.waitFor();
    // each with the chain's segments it operates in, whether it is a member, and its revenue
    await expect(row.innerText()).resolves.toMatch(/本集群成员|本地企业（非本集群）/);
    await expect(row.innerText()).resolves.toMatch(/亿元|—|万/);
    expect(page.url()).not.toContain('remove=');
    await row.getByRole('button', { name: '将 聊城茌平华锐铝业集团有限公司 加入断链推演' }).click();
    await expect(page.getByTestId('whatif-chosen').innerText()).resolves.toContain('聊城茌平华锐铝业集团有限公司');
    await expect(row.innerText()).resolves.toContain('已加入推演');
    await screenshot(page, 'chain-map-whatif-leaders');
  });

  it('explains 本地企业 and 集群企业 where the counts appear: the segment panel and the legend', async () => {
    await openCluster(page, '临清轴承');
    await expect(page.getByTestId('legend-firms').innerText()).resolves.toContain('本地 N 家 · 集群 N 家');
    await clickSegment(page, 'BRG-01');
    const note = page.getByTestId('segment-panel').getByTestId('panel-firms-note');
    await expect(note.innerText()).resolves.toMatch(/^本地企业：聊城全市从事本环节的企业.*集群企业：本集群成员中从事本环节的企业。$/);
  });

  it('keeps the add-to-list button in view while rows further down the targets are ticked', async () => {
    await openCluster(page, '临清轴承');
    await page.getByTestId('tab-targets').click();
    const tab = page.getByTestId('targets-tab');
    const rows = tab.locator('tbody tr');
    await rows.first().waitFor();
    const count = await rows.count();
    expect(count).toBeGreaterThan(15);
    const last = rows.nth(count - 1);
    await last.scrollIntoViewIfNeeded();
    await last.getByRole('checkbox').check();
    const button = page.getByTestId('targets-toolbar').getByRole('button', { name: '加入招商目标清单（1）' });
    await expect(button.isEnabled()).resolves.toBe(true);
    const box = (await button.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    // and nothing lies over it: the point at its centre is the button
    await expect(
      button.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
      }),
    ).resolves.toBe(true);
    await screenshot(page, 'chain-map-targets-sticky');
  });

  it('shows a Chinese message for an unknown cluster, never a blank page', async () => {
    await page.goto(appUrl('/chain/NO-SUCH-CLUSTER'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain('未找到集群“NO-SUCH-CLUSTER”');
    await alert.getByRole('link', { name: '返回集群列表' }).waitFor();
    await screenshot(page, 'chain-map-not-found');
    expect(pageErrorsOf.get(page)).toEqual([]);
  });
});
