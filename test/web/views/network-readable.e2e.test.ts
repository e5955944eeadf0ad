import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, launchBrowser, pageGql, openPage, pageErrorsOf, screenshot } from '../../helpers/browser.js';
import { graphOf, type GraphBox } from '../../helpers/graph.js';
import { lookAtEveryWidth } from '../../helpers/layout.js';

/**
 * 产学研网络, issue 18 item 10, against the default data set: labels that do not cover one another,
 * an institute's partners labelled, community circles apart when grouped, and the network's
 * nodes and edges exported (GEXF read back by Chromium's own XML parser and compared with the
 * GraphQL answer; CSV counted), as the role may see them.
 */
let browser: Browser;
let page: Page;

const overlapping = (boxes: GraphBox[], gap = 0): [string, string][] => {
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a.x1 < b.x2 - gap && b.x1 < a.x2 - gap && a.y1 < b.y2 - gap && b.y1 < a.y2 - gap) pairs.push([a.label, b.label]);
    }
  return pairs;
};

async function laidOut(p: Page): Promise<void> {
  await p.getByTestId('top-actors').waitFor({ timeout: 110_000 });
  await graphOf(p).ready({ timeout: 60_000 });
  await p.getByTestId('network-laying-out').waitFor({ state: 'detached', timeout: 60_000 });
  await p.waitForTimeout(300);
}

interface ParsedGexf {
  error: string | null;
  namespace: string | null;
  nodes: { id: string; label: string; values: Record<string, string> }[];
  edges: { id: string; source: string; target: string; values: Record<string, string> }[];
}

/** The GEXF file parsed by the browser's DOMParser (not the server's writer, not saxes). */
function parseInPage(p: Page, xml: string): Promise<ParsedGexf> {
  return p.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const values = (el: Element) =>
      Object.fromEntries([...el.getElementsByTagName('attvalue')].map((v) => [v.getAttribute('for') ?? '', v.getAttribute('value') ?? '']));
    return {
      error,
      namespace: doc.documentElement.namespaceURI,
      nodes: [...doc.getElementsByTagName('node')].map((n) => ({
        id: n.getAttribute('id') ?? '',
        label: n.getAttribute('label') ?? '',
        values: values(n),
      })),
      edges: [...doc.getElementsByTagName('edge')].map((e) => ({
        id: e.getAttribute('id') ?? '',
        source: e.getAttribute('source') ?? '',
        target: e.getAttribute('target') ?? '',
        values: values(e),
      })),
    };
  }, xml);
}

const NETWORK = `query($clusterId: ID, $year: Int) { collaborationNetwork(clusterId: $clusterId, year: $year) {
  nodes { id kind label creditCode revenue revenueBand community centrality } edges { id source target kind year collaborationKind } } }`;
type Network = {
  nodes: {
    id: string;
    kind: string;
    label: string;
    creditCode: string | null;
    revenue: number | null;
    revenueBand: string | null;
    community: number;
    centrality: number;
  }[];
  edges: { id: string; source: string; target: string; kind: string; year: number | null; collaborationKind: string | null }[];
};

beforeAll(async () => {
  browser = await launchBrowser();
  page = await openPage(browser, '/network', { as: 'analyst', viewport: { width: 1366, height: 900 } });
  await laidOut(page);
});
afterAll(() => browser?.close());

describe('产学研网络 readable and exportable (issue 18 item 10)', () => {
  it('shows every label it can without one covering another, with all labels asked for', async () => {
    await page.locator('details.lod summary').click();
    await page.getByTestId('network-labels').selectOption('all');
    await page.locator('details.lod summary').click();
    await laidOut(page);
    const shown = await graphOf(page).boxes('node', 'labels');
    const total = await graphOf(page).count('node');
    // most labels still show; none overlaps another (1 px of anti-aliasing allowed)
    expect(shown.length).toBeGreaterThan(Math.min(30, total / 4));
    expect(overlapping(shown, 1)).toEqual([]);
    // a hidden label shows on hover, in a tooltip
    const hidden = await graphOf(page).nodes('node.label-hidden');
    if (hidden.length > 0) {
      const at = await graphOf(page).screenPosition(hidden[0]!.id);
      await page.mouse.move(at.x, at.y);
      await expect(page.getByTestId('network-tooltip').innerText()).resolves.toContain(hidden[0]!.label);
    }
    await screenshot(page, 'network-labels-all-1366');
    await page.locator('details.lod summary').click();
    await page.getByTestId('network-labels').selectOption('top');
    await page.locator('details.lod summary').click();
    await laidOut(page);
  });

  it('labels an institute’s partners when the institute is picked', async () => {
    await page.getByTestId('top-kind').selectOption('INSTITUTE');
    const first = page.getByTestId('top-actors').locator('tbody tr').first();
    const name = (await first.locator('th').innerText()).trim();
    await first.locator('button').click();
    await graphOf(page).waitForCount('node:selected', { is: 1 }, 10_000);
    const [institute] = await graphOf(page).nodes(':selected');
    expect(institute!.label).toBe(name);
    const edges = await graphOf(page).edges();
    const partners = new Set(
      edges.flatMap((e) => (e.source === institute!.id ? [e.target] : e.target === institute!.id ? [e.source] : [])),
    );
    expect(partners.size).toBeGreaterThan(0);
    await graphOf(page).waitForCount('node.partner', { is: partners.size }, 10_000);
    const labelled = new Set((await graphOf(page).boxes('node.partner', 'labels')).map((b) => b.id));
    expect([...partners].filter((id) => !labelled.has(id))).toEqual([]);
    // the other labels shown leave the partners' labels readable
    const partnerBoxes = await graphOf(page).boxes('node.partner, node:selected', 'labels');
    const others = await graphOf(page).boxes('node.labelled', 'labels');
    const covering = others
      .filter((o) => !partners.has(o.id) && o.id !== institute!.id)
      .filter((o) => partnerBoxes.some((b) => o.x1 < b.x2 - 1 && b.x1 < o.x2 - 1 && o.y1 < b.y2 - 1 && b.y1 < o.y2 - 1));
    expect(covering.map((o) => o.label)).toEqual([]);
    await screenshot(page, 'network-institute-partners-1366');
    await page.getByTestId('top-kind').selectOption('all');
  });

  it('lays the communities out apart when grouped by community', async () => {
    const grouped = await openPage(browser, '/network?mode=aggregate', { as: 'analyst', viewport: { width: 1366, height: 900 } });
    await grouped.getByTestId('top-actors').waitFor({ timeout: 110_000 });
    await graphOf(grouped).waitForCount('node.community', { above: 1 }, 60_000);
    await grouped.getByTestId('network-laying-out').waitFor({ state: 'detached', timeout: 60_000 });
    await grouped.waitForTimeout(500);
    const circles = await graphOf(grouped).boxes('node.community', 'whole');
    expect(circles.length).toBeGreaterThan(1);
    expect(overlapping(circles)).toEqual([]);
    await screenshot(grouped, 'network-communities-apart-1366');
    expect(pageErrorsOf.get(grouped)).toEqual([]);
    await grouped.context().close();
  });

  it('exports the nodes and edges as GEXF that another XML parser reads back as the GraphQL answer, and as CSV', async () => {
    await page.getByTestId('network-data-export').locator('summary').click();
    const href = (await page.getByTestId('network-export-gexf').getAttribute('href'))!;
    expect(href).toBe('/api/network/collaboration/export?format=gexf');
    const response = await page.request.get(appUrl(href));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/gexf+xml; charset=utf-8');
    const gexf = await parseInPage(page, await response.text());
    const { collaborationNetwork: answer } = await pageGql<{ collaborationNetwork: Network }>(page, NETWORK, {});
    expect(gexf.error).toBeNull();
    expect(gexf.namespace).toBe('http://www.gexf.net/1.2draft');
    expect(gexf.nodes).toHaveLength(answer.nodes.length);
    expect(gexf.edges).toHaveLength(answer.edges.length);
    const written = new Map(gexf.nodes.map((n) => [n.id, n]));
    for (const node of answer.nodes) {
      const n = written.get(node.id)!;
      expect(n, node.id).toBeDefined();
      expect(n.label).toBe(node.label);
      expect(n.values.kind).toBe(node.kind);
      expect(n.values.community).toBe(String(node.community + 1));
      expect(Number(n.values.centrality)).toBeCloseTo(node.centrality, 9);
      expect(n.values.revenue ?? null).toBe(node.revenue === null ? null : String(node.revenue));
      expect(n.values.creditCode ?? null).toBe(node.creditCode);
    }
    const writtenEdges = new Map(gexf.edges.map((e) => [e.id, e]));
    for (const edge of answer.edges) {
      expect(writtenEdges.get(edge.id), edge.id).toMatchObject({ source: edge.source, target: edge.target, values: { kind: edge.kind } });
    }
    // an analyst sees exact revenue: some firm has one
    expect(gexf.nodes.some((n) => n.values.revenue !== undefined)).toBe(true);

    // CSV: one row per edge (UTF-8 with BOM, a header line)
    const csvHref = (await page.getByTestId('network-export-csv-edges').getAttribute('href'))!;
    const csv = await page.request.get(appUrl(csvHref));
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('\uFEFF关系编号,起点,终点,关系类型,年份,合作方式,项目名称');
    expect(lines).toHaveLength(1 + answer.edges.length);
    await page.getByTestId('network-data-export').locator('summary').click();
  });

  it('gives a viewer the revenue band only in the export, as on the page', async () => {
    const viewer = await openPage(browser, '/network', { as: 'viewer' });
    await viewer.getByTestId('top-actors').waitFor({ timeout: 110_000 });
    const response = await viewer.request.get(appUrl('/api/network/collaboration/export?format=gexf'));
    expect(response.status()).toBe(200);
    const gexf = await parseInPage(viewer, await response.text());
    expect(gexf.nodes.length).toBeGreaterThan(0);
    expect(gexf.nodes.filter((n) => n.values.revenue !== undefined)).toEqual([]);
    expect(gexf.nodes.some((n) => n.values.revenueBand !== undefined)).toBe(true);
    await viewer.context().close();
  });

  it('looks right at 1920, 1366, 1024 and 390 px in Chinese and English, with no serious accessibility violation', async () => {
    await lookAtEveryWidth(
      browser,
      '/network',
      'network-export',
      async (p) => {
        await p.goto(appUrl('/network'));
        await laidOut(p);
        await p.getByTestId('network-data-export').locator('summary').click();
        await expect(p.getByTestId('network-export-gexf').isVisible()).resolves.toBe(true);
      },
      (p) => p.getByTestId('network-data-export').locator('summary').click(),
    );
    expect(pageErrorsOf.get(page)).toEqual([]);
  });
});
