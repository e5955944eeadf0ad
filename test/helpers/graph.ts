import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';

/**
 * The graph of a page as browser tests see and drive it. The app keeps its Cytoscape instance
 * on `window.__cy` (web/src/graph/CytoscapeGraph.tsx); this file is the only test code that
 * reaches for it (test/web/graph-helper.test.ts fails on any other), so tests read what the
 * graph shows and click where a user would, through one small object:
 *
 *   const graph = graphOf(page);
 *   await graph.ready({ selector: 'node[kind = "segment"]' });
 *   const steel = await graph.node('BRG-01', { styles: ['border-style'] });
 *   await graph.click('BRG-01');
 *
 * Selectors are Cytoscape selectors ('node.path', 'edge[kind = "feeds"]', ':selected').
 * Every read is one `page.evaluate`; every wait polls in the page and tolerates a graph that is
 * being rebuilt (no instance yet, or a destroyed one).
 */
export interface GraphNode {
  id: string;
  label: string;
  data: Record<string, unknown>;
  classes: string[];
  /** model position (what layouts set) */
  position: { x: number; y: number };
  /** centre on the page, in CSS pixels (where a mouse click lands) */
  screen: { x: number; y: number };
  /** the computed style properties asked for (e.g. shape, border-style, font-size) */
  style: Record<string, string>;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  data: Record<string, unknown>;
  classes: string[];
}

export interface GraphBox {
  id: string;
  label: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ReadyOptions {
  /** the elements to wait for (default: any node) */
  selector?: string;
  /** at least this many of them (default 1) */
  atLeast?: number;
  /** and this element is drawn */
  includes?: string;
  timeout?: number;
}

export interface Graph {
  /** Until the graph is drawn with `atLeast` elements matching `selector` (and `includes`, when given). */
  ready(options?: ReadyOptions): Promise<void>;
  /** How many elements match (0 when there is no graph). */
  count(selector?: string): Promise<number>;
  /** Until the number of matching elements is `is`, or above `above`. */
  waitForCount(selector: string, expected: { is: number } | { above: number }, timeout?: number): Promise<void>;
  /** Until element `id` carries `value` in its data field `key`. */
  waitForData(id: string, key: string, value: string | number | boolean, timeout?: number): Promise<void>;
  /** The nodes matching `selector` (default: all), with the style properties asked for. */
  nodes(selector?: string, options?: { styles?: string[] }): Promise<GraphNode[]>;
  /** One node, or null when it is not in the graph. */
  node(id: string, options?: { styles?: string[] }): Promise<GraphNode | null>;
  /** The edges matching `selector` (default: all). */
  edges(selector?: string): Promise<GraphEdge[]>;
  /**
   * Bounding boxes (model coordinates) of the nodes matching `selector`: of their label alone
   * (`labels`: only nodes whose label is drawn, i.e. not empty) or of node and label (`whole`).
   */
  boxes(selector: string, what: 'labels' | 'whole'): Promise<GraphBox[]>;
  /** Zoom and pan of the viewport. */
  viewport(): Promise<{ zoom: number; pan: { x: number; y: number } }>;
  /** Where node `id` is on the page; the view is centred on it first when it is within 20 px of the edge (or outside). */
  screenPosition(id: string): Promise<{ x: number; y: number }>;
  /** A mouse click on node `id`, as a user makes it. */
  click(id: string): Promise<void>;
  /** A mouse double-click on node `id` (expands or collapses a firm). */
  dblclick(id: string): Promise<void>;
}

type Probe = { selector: string; atLeast: number; includes: string | null };

export function graphOf(page: Page): Graph {
  /** The nodes matching `selector`, or the node `id` (an id selector would need escaping: the id is looked up instead). */
  const readNodes = (selector: string, id: string | null, styles: string[]) =>
    page.evaluate(
      ([sel, nodeId, styleNames]) => {
        const cy = (window as unknown as { __cy?: Core }).__cy;
        if (!cy || cy.destroyed()) return [];
        const box = cy.container()!.getBoundingClientRect();
        return (nodeId === null ? cy.nodes(sel) : cy.getElementById(nodeId).nodes()).map((n) => {
          const r = n.renderedPosition();
          return {
            id: n.id(),
            label: String(n.data('label') ?? ''),
            data: n.data() as Record<string, unknown>,
            classes: n.classes(),
            position: { x: n.position('x'), y: n.position('y') },
            screen: { x: box.left + r.x, y: box.top + r.y },
            style: Object.fromEntries(styleNames.map((s) => [s, String(n.style(s))])),
          };
        });
      },
      [selector, id, styles] as const,
    );
  const nodes = (selector = 'node', options: { styles?: string[] } = {}) => readNodes(selector, null, options.styles ?? []);

  const screenPosition = async (id: string) => {
    const at = await page.evaluate((nodeId) => {
      const cy = (window as unknown as { __cy?: Core }).__cy;
      const node = cy?.getElementById(nodeId);
      if (!cy || !node || node.empty()) return null;
      const box = cy.container()!.getBoundingClientRect();
      let r = node.renderedPosition();
      if (r.x < 20 || r.y < 20 || r.x > box.width - 20 || r.y > box.height - 20) {
        cy.center(node);
        r = node.renderedPosition();
      }
      return { x: box.left + r.x, y: box.top + r.y };
    }, id);
    if (!at) throw new Error(`node ${id} is not in the graph`);
    return at;
  };

  const waitForCount: Graph['waitForCount'] = async (selector, expected, timeout = 30_000) => {
    await page.waitForFunction(
      ([sel, is, above]) => {
        const cy = (window as unknown as { __cy?: Core }).__cy;
        if (!cy || cy.destroyed()) return false;
        const n = cy.elements(sel).length;
        return is === null ? n > above! : n === is;
      },
      [selector, 'is' in expected ? expected.is : null, 'above' in expected ? expected.above : null] as const,
      { timeout },
    );
  };

  return {
    async ready(options = {}) {
      const probe: Probe = { selector: options.selector ?? 'node', atLeast: options.atLeast ?? 1, includes: options.includes ?? null };
      await page.waitForFunction(
        ({ selector, atLeast, includes }) => {
          const cy = (window as unknown as { __cy?: Core }).__cy;
          return Boolean(
            cy &&
            !cy.destroyed() &&
            cy.elements(selector).length >= atLeast &&
            (includes === null || cy.getElementById(includes).nonempty()),
          );
        },
        probe,
        { timeout: options.timeout ?? 30_000 },
      );
    },
    count: (selector = '*') =>
      page.evaluate((sel) => {
        const cy = (window as unknown as { __cy?: Core }).__cy;
        return cy && !cy.destroyed() ? cy.elements(sel).length : 0;
      }, selector),
    waitForCount,
    async waitForData(id, key, value, timeout = 30_000) {
      await page.waitForFunction(
        ([elementId, field, expected]) => {
          const cy = (window as unknown as { __cy?: Core }).__cy;
          return Boolean(cy && !cy.destroyed() && cy.getElementById(elementId).data(field) === expected);
        },
        [id, key, value] as const,
        { timeout },
      );
    },
    nodes,
    async node(id, options = {}) {
      return (await readNodes('node', id, options.styles ?? []))[0] ?? null;
    },
    edges: (selector = 'edge') =>
      page.evaluate((sel) => {
        const cy = (window as unknown as { __cy?: Core }).__cy;
        if (!cy || cy.destroyed()) return [];
        return cy.edges(sel).map((e) => ({
          id: e.id(),
          source: e.source().id(),
          target: e.target().id(),
          data: e.data() as Record<string, unknown>,
          classes: e.classes(),
        }));
      }, selector),
    boxes: (selector, what) =>
      page.evaluate(
        ([sel, kind]) => {
          const cy = (window as unknown as { __cy?: Core }).__cy;
          if (!cy || cy.destroyed()) return [];
          return cy
            .nodes(sel)
            .filter((n) => kind === 'whole' || String(n.style('label')) !== '')
            .map((n) => {
              // useCache false (Cytoscape reads it; its types leave it out): never a stale label box
              const b = n.boundingBox({
                includeNodes: kind === 'whole',
                includeEdges: false,
                includeLabels: true,
                ...({ useCache: false } as object),
              });
              return { id: n.id(), label: String(n.data('label') ?? ''), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
            });
        },
        [selector, what] as const,
      ),
    viewport: () =>
      page.evaluate(() => {
        const cy = (window as unknown as { __cy?: Core }).__cy;
        if (!cy || cy.destroyed()) throw new Error('no graph on the page');
        return { zoom: cy.zoom(), pan: { ...cy.pan() } };
      }),
    screenPosition,
    async click(id) {
      const at = await screenPosition(id);
      await page.mouse.click(at.x, at.y);
    },
    async dblclick(id) {
      const at = await screenPosition(id);
      await page.mouse.dblclick(at.x, at.y);
    },
  };
}
