import type { ElementDefinition } from 'cytoscape';
import { SRDI_QUALIFIED_LEVELS } from '#shared/thresholds.js';
// the generated types directly (not ./queries): this module is pure, and unit tests load it under Node's resolution
import type { SupplyGraphFieldsFragment as SupplyGraph } from '../../gql/graphql.js';

type SupplyNode = SupplyGraph['nodes'][number];
type SupplyEdge = SupplyGraph['edges'][number];

/**
 * The enterprise explorer's graph, kept pure so it can be reasoned about (and tested) apart
 * from React and Cytoscape: the centre's neighbourhood, plus the neighbourhoods of the firms
 * the user expanded, plus the supply path, merged by their stable ids.
 */
export interface Expansion {
  /** the expanded firm's node id (its credit code) */
  root: string;
  graph: SupplyGraph;
}

export interface VisibleGraph {
  nodes: Map<string, SupplyNode>;
  edges: Map<string, SupplyEdge>;
  /** expansions whose root is on screen, in the order they were made */
  active: string[];
}

/**
 * Merges the base neighbourhood, the expansions whose root is visible (an expansion of a firm
 * that a collapse removed disappears with it) and the path, keyed by id.
 */
export function visibleGraph(base: SupplyGraph, expansions: readonly Expansion[], path: SupplyGraph | null): VisibleGraph {
  const nodes = new Map<string, SupplyNode>();
  const edges = new Map<string, SupplyEdge>();
  const add = (graph: SupplyGraph) => {
    for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of graph.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  };
  add(base);
  const active: string[] = [];
  const pending = [...expansions];
  // An expansion applies once its root is visible; one may make another's root visible.
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < pending.length; i++) {
      const expansion = pending[i]!;
      if (!nodes.has(expansion.root)) continue;
      add(expansion.graph);
      active.push(expansion.root);
      pending.splice(i--, 1);
      changed = true;
    }
  }
  if (path) add(path);
  for (const [id, edge] of edges) if (!nodes.has(edge.source) || !nodes.has(edge.target)) edges.delete(id);
  return { nodes, edges, active };
}

/** Removes an expansion and every expansion that depended on it (its root no longer visible). */
export function collapse(base: SupplyGraph, expansions: readonly Expansion[], root: string): Expansion[] {
  const rest = expansions.filter((e) => e.root !== root);
  const { active } = visibleGraph(base, rest, null);
  return rest.filter((e) => active.includes(e.root));
}

/**
 * Columns along the supply flow: the centre is column 0, a supplier one column left of the
 * firm it supplies, a customer one column right, found breadth first from the centre (the
 * nearest placement wins; ties by edge id, so the layout is stable).
 */
export function supplyColumns(
  centre: string,
  nodes: ReadonlyMap<string, SupplyNode>,
  edges: ReadonlyMap<string, SupplyEdge>,
): Map<string, number> {
  const neighbours = new Map<string, { other: string; step: number }[]>();
  const sorted = [...edges.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const edge of sorted) {
    // moving from the buyer to its supplier is a step left (-1), from the supplier to the buyer right (+1)
    neighbours.set(edge.target, [...(neighbours.get(edge.target) ?? []), { other: edge.source, step: -1 }]);
    neighbours.set(edge.source, [...(neighbours.get(edge.source) ?? []), { other: edge.target, step: 1 }]);
  }
  const column = new Map<string, number>();
  if (!nodes.has(centre)) return column;
  column.set(centre, 0);
  let frontier = [centre];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const { other, step } of neighbours.get(id) ?? []) {
        if (column.has(other) || !nodes.has(other)) continue;
        column.set(other, column.get(id)! + step);
        next.push(other);
      }
    }
    frontier = next;
  }
  // Anything not connected to the centre (should not happen) goes to a column of its own on the far right.
  const farRight = Math.max(0, ...column.values()) + 1;
  for (const id of nodes.keys()) if (!column.has(id)) column.set(id, farRight);
  return column;
}

const COLUMN_GAP = 300;
const SUB_COLUMN_GAP = 150;
const ROW_GAP = 58;
const MAX_PER_SUB_COLUMN = 18;

/**
 * Positions for the layered layout: columns from supplySides, each ordered by the average row
 * of its neighbours in the column nearer the centre (fewer crossings), then by revenue and name.
 * A crowded column wraps into sub-columns so the picture stays wide rather than very tall.
 */
export function layeredPositions(
  centre: string,
  nodes: ReadonlyMap<string, SupplyNode>,
  edges: ReadonlyMap<string, SupplyEdge>,
): Map<string, { x: number; y: number }> {
  const columns = supplyColumns(centre, nodes, edges);
  const byColumn = new Map<number, string[]>();
  for (const [id, c] of columns) byColumn.set(c, [...(byColumn.get(c) ?? []), id]);
  const neighbours = new Map<string, string[]>();
  for (const edge of edges.values()) {
    neighbours.set(edge.source, [...(neighbours.get(edge.source) ?? []), edge.target]);
    neighbours.set(edge.target, [...(neighbours.get(edge.target) ?? []), edge.source]);
  }
  const rank = new Map<string, number>();
  const order = [...byColumn.keys()].sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
  const positions = new Map<string, { x: number; y: number }>();
  const subColumns = new Map<number, number>();
  for (const c of order) {
    const ids = byColumn.get(c)!;
    const inner = c === 0 ? c : c - Math.sign(c);
    const score = (id: string) => {
      const ranks = (neighbours.get(id) ?? []).filter((n) => columns.get(n) === inner && rank.has(n)).map((n) => rank.get(n)!);
      return ranks.length ? ranks.reduce((s, r) => s + r, 0) / ranks.length : Number.MAX_SAFE_INTEGER;
    };
    const scored = ids.map((id) => ({ id, score: score(id), node: nodes.get(id)! }));
    scored.sort(
      (a, b) => a.score - b.score || (b.node.revenue ?? -1) - (a.node.revenue ?? -1) || a.node.label.localeCompare(b.node.label, 'zh'),
    );
    scored.forEach((s, i) => rank.set(s.id, i));
    subColumns.set(c, Math.ceil(scored.length / MAX_PER_SUB_COLUMN));
  }
  // x of each column: outward from the centre, wide enough for its sub-columns
  const columnX = new Map<number, number>([[0, 0]]);
  for (const side of [-1, 1]) {
    let x = ((subColumns.get(0) ?? 1) - 1) * SUB_COLUMN_GAP * 0.5;
    for (let c = side; byColumn.has(c); c += side) {
      const width = ((subColumns.get(c) ?? 1) - 1) * SUB_COLUMN_GAP;
      x += COLUMN_GAP + width / 2;
      columnX.set(c, side * x);
      x += width / 2;
    }
  }
  for (const [c, ids] of byColumn) {
    const sorted = [...ids].sort((a, b) => rank.get(a)! - rank.get(b)!);
    const subs = subColumns.get(c) ?? 1;
    const perSub = Math.ceil(sorted.length / subs);
    const baseX = columnX.get(c) ?? c * COLUMN_GAP;
    sorted.forEach((id, i) => {
      const sub = Math.floor(i / perSub);
      const row = i % perSub;
      const rowsInSub = Math.min(perSub, sorted.length - sub * perSub);
      // staggered sub-columns: labels of neighbouring sub-columns do not sit on one line
      const stagger = subs > 1 && sub % 2 === 1 ? ROW_GAP / 2 : 0;
      positions.set(id, { x: baseX + (sub - (subs - 1) / 2) * SUB_COLUMN_GAP, y: (row - (rowsInSub - 1) / 2) * ROW_GAP + stagger });
    });
  }
  return positions;
}

/** How many firms (by their largest supply link) keep a label at any zoom. */
const KEY_LABELS = 12;

export interface ElementOptions {
  centre: string;
  /** roots of the expansions on screen */
  expanded: readonly string[];
  path: SupplyGraph | null;
  /** preset positions (layered layout); none for a force layout */
  positions?: Map<string, { x: number; y: number }>;
  /** the closed hub groups drawn (groupHubs) and their labels */
  groups?: readonly HubGroup[];
  groupLabel?: (group: HubGroup) => string;
}

/** Cytoscape elements: ids are the database's (credit codes and SUPPLIES:... keys). */
export function supplyElements(graph: VisibleGraph, options: ElementOptions): ElementDefinition[] {
  const maxRevenue = Math.max(1, ...[...graph.nodes.values()].map((n) => n.revenue ?? 0));
  const maxValue = Math.max(1, ...[...graph.edges.values()].map((e) => e.value ?? 0));
  const pathNodes = new Set(options.path?.nodes.map((n) => n.id) ?? []);
  const pathEdges = new Set(options.path?.edges.map((e) => e.id) ?? []);
  const expanded = new Set(options.expanded);
  // The firms with the largest supply links keep a readable label when the view is zoomed out.
  const strongest = new Map<string, number>();
  for (const edge of graph.edges.values()) {
    for (const end of [edge.source, edge.target]) strongest.set(end, Math.max(strongest.get(end) ?? 0, edge.value ?? 0));
  }
  const key = new Set(
    [...strongest.entries()]
      .filter(([id]) => id !== options.centre)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, KEY_LABELS)
      .map(([id]) => id),
  );
  const elements: ElementDefinition[] = [];
  const groups = new Map((options.groups ?? []).map((g) => [g.id, g]));
  for (const node of graph.nodes.values()) {
    const group = groups.get(node.id);
    if (group) {
      elements.push({
        group: 'nodes',
        data: {
          id: node.id,
          label: options.groupLabel?.(group) ?? `${group.segmentName ?? ''} (${group.members.length})`,
          local: group.local,
          members: group.members.length,
          hub: group.hub,
          side: group.side,
          // a little larger than a firm, and small enough (with its label) for a row of the
          // layered layout (ROW_GAP): groups of one column must not cover one another
          size: Math.min(36, 26 + Math.sqrt(group.members.length)),
        },
        classes: ['group', group.local ? 'local' : 'outside', 'key'],
        position: options.positions?.get(node.id),
      });
      continue;
    }
    const classes = [node.local ? 'local' : 'outside'];
    if (key.has(node.id) || expanded.has(node.id)) classes.push('key');
    if (node.id === options.centre) classes.push('centre');
    if (node.chainLeader) classes.push('leader');
    if (node.srdiLevel && SRDI_QUALIFIED_LEVELS.includes(node.srdiLevel)) classes.push('srdi');
    if (expanded.has(node.id)) classes.push('expanded');
    if (pathNodes.size > 0) classes.push(pathNodes.has(node.id) ? 'path' : 'dimmed');
    const size = node.id === options.centre ? 62 : 24 + 30 * Math.sqrt(Math.max(0, node.revenue ?? 0) / maxRevenue);
    elements.push({
      group: 'nodes',
      data: {
        id: node.id,
        label: node.label,
        local: node.local ?? false,
        revenue: node.revenue ?? null,
        revenueBand: node.revenueBand ?? null,
        creditCode: node.creditCode ?? node.id,
        depth: node.depth ?? null,
        chainLeader: node.chainLeader ?? false,
        srdiLevel: node.srdiLevel ?? null,
        size,
      },
      classes,
      position: options.positions?.get(node.id),
    });
  }
  for (const edge of graph.edges.values()) {
    const classes: string[] = [];
    if (pathEdges.size > 0) classes.push(pathEdges.has(edge.id) ? 'path' : 'dimmed');
    elements.push({
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        value: edge.value ?? null,
        valueBand: edge.valueBand ?? null,
        product: edge.product ?? null,
        year: edge.year ?? null,
        width: 1.2 + 8 * Math.sqrt(Math.max(0, edge.value ?? 0) / maxValue),
      },
      classes,
    });
  }
  return elements;
}

type Point = { x: number; y: number };
/** How far beside its anchor a placed firm goes, and how far apart placed firms stack. */
const PLACE_GAP = 220;

/**
 * Positions after the graph grew or shrank (an expansion, a collapse, a path): every firm that
 * was on screen keeps its place; a new firm goes beside a neighbour already placed (left of the
 * firm it supplies, right of the firm it buys from), stacked around that neighbour's row and
 * clear of the firms already in that column. New firms with no placed neighbour take `fallback`.
 */
export function placeNewNodes(
  previous: ReadonlyMap<string, Point>,
  graph: Pick<VisibleGraph, 'nodes' | 'edges'>,
  fallback: ReadonlyMap<string, Point>,
): Map<string, Point> {
  const positions = new Map<string, Point>();
  for (const id of graph.nodes.keys()) {
    const at = previous.get(id);
    if (at) positions.set(id, at);
  }
  const sorted = [...graph.edges.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const taken = [...positions.values()];
  // a place is free when no firm sits within a label's width and most of a row of it
  const free = (at: Point) => !taken.some((p) => Math.abs(p.x - at.x) < 120 && Math.abs(p.y - at.y) < ROW_GAP * 0.7);
  // breadth first from the placed firms: a firm two steps out anchors on the one placed before it
  for (let placedSome = true; placedSome;) {
    placedSome = false;
    const byAnchor = new Map<string, { id: string; side: number }[]>();
    for (const edge of sorted) {
      for (const [id, other, side] of [
        [edge.source, edge.target, -1],
        [edge.target, edge.source, 1],
      ] as const) {
        if (positions.has(id) || !positions.has(other) || !graph.nodes.has(id)) continue;
        if ([...byAnchor.values()].some((list) => list.some((n) => n.id === id))) continue;
        byAnchor.set(other, [...(byAnchor.get(other) ?? []), { id, side }]);
      }
    }
    for (const [anchor, list] of byAnchor) {
      const from = positions.get(anchor)!;
      for (const side of [-1, 1]) {
        const group = list.filter((n) => n.side === side);
        let slot = 0;
        for (const { id } of group) {
          // rows alternate below and above the anchor's row, skipping places already taken
          let at: Point;
          do {
            const row = slot % 2 === 0 ? slot / 2 : -(slot + 1) / 2;
            at = { x: from.x + side * PLACE_GAP, y: from.y + row * ROW_GAP };
            slot++;
          } while (!free(at));
          taken.push(at);
          positions.set(id, at);
          placedSome = true;
        }
      }
    }
  }
  for (const id of graph.nodes.keys()) if (!positions.has(id)) positions.set(id, fallback.get(id) ?? { x: 0, y: 0 });
  return positions;
}

/** Which neighbours of a hub a group holds: its suppliers or its customers. */
type HubSide = 'suppliers' | 'customers';

/** A hub's neighbours of one segment, drawn as one node until opened. */
export interface HubGroup {
  /** `group:<hub>:<side>:<key>`, stable: the address keeps the opened ones */
  id: string;
  hub: string;
  side: HubSide;
  /** the members' segment name; null: firms without a segment (local or outside, see `local`) */
  segmentName: string | null;
  local: boolean;
  members: string[];
}

export interface GroupedGraph {
  /** the graph as drawn: each closed group's members replaced by one node and one edge */
  graph: VisibleGraph;
  /** the closed groups, largest first */
  groups: HubGroup[];
  /** the groups the user opened (their members are drawn one by one) */
  opened: HubGroup[];
}

/** Id prefix of group nodes (never a credit code). */
const GROUP_PREFIX = 'group:';
export const isGroupId = (id: string) => id.startsWith(GROUP_PREFIX);
/** `open` holds this alone: every group is open (no grouping). */
export const ALL_GROUPS_OPEN = '*';

/**
 * Groups the many neighbours of a hub (issue 18: a 链主 with 191 customers became an unreadable
 * grid): for each firm with more than `threshold` suppliers (or customers) that are not hubs
 * themselves, those neighbours are grouped by their segment (without one: local or outside
 * firms); each group of two or more that is not in `open` becomes one node, and the members'
 * edges become the group's (one per pair of ends). Firms in `keep` (the centre, expanded firms,
 * the path) are never grouped. Pure.
 */
export function groupHubs(
  graph: VisibleGraph,
  options: { keep: ReadonlySet<string>; open: ReadonlySet<string>; threshold: number },
): GroupedGraph {
  if (options.open.has(ALL_GROUPS_OPEN)) return { graph, groups: [], opened: [] };
  const neighbours = new Map<string, Set<string>>();
  for (const edge of graph.edges.values()) {
    neighbours.set(edge.source, (neighbours.get(edge.source) ?? new Set()).add(edge.target));
    neighbours.set(edge.target, (neighbours.get(edge.target) ?? new Set()).add(edge.source));
  }
  const hubs = [...neighbours.entries()].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  const memberOf = new Map<string, HubGroup>();
  const groups: HubGroup[] = [];
  const opened: HubGroup[] = [];
  const sortedEdges = [...graph.edges.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const hub of hubs) {
    if (memberOf.has(hub)) continue;
    for (const side of ['suppliers', 'customers'] as const) {
      const leaves = [
        ...new Set(
          sortedEdges
            .filter((e) => (side === 'customers' ? e.source === hub : e.target === hub))
            .map((e) => (side === 'customers' ? e.target : e.source)),
        ),
      ].filter(
        // not a hub itself (its own neighbours stay in view); its other ties go to the group
        (id) => id !== hub && !options.keep.has(id) && !memberOf.has(id) && (neighbours.get(id)?.size ?? 0) <= options.threshold,
      );
      if (leaves.length <= options.threshold) continue;
      const buckets = new Map<string, HubGroup>();
      for (const id of leaves) {
        const node = graph.nodes.get(id)!;
        const segmentName = node.segmentName ?? null;
        const local = node.local ?? false;
        const key = segmentName ?? (local ? '~local' : '~outside');
        const groupId = `${GROUP_PREFIX}${hub}:${side}:${key}`;
        const group = buckets.get(groupId) ?? { id: groupId, hub, side, segmentName, local, members: [] };
        group.members.push(id);
        buckets.set(groupId, group);
      }
      for (const group of buckets.values()) {
        if (group.members.length < 2) continue;
        if (options.open.has(group.id)) {
          opened.push(group);
          continue;
        }
        groups.push(group);
        for (const id of group.members) memberOf.set(id, group);
      }
    }
  }
  if (groups.length === 0) return { graph, groups, opened };
  const nodes = new Map(graph.nodes);
  const edges = new Map(graph.edges);
  for (const id of memberOf.keys()) nodes.delete(id);
  // every edge of a member goes to its group instead: one edge per pair of ends, values summed;
  // edges between two members of one group are not drawn
  const groupEdges = new Map<string, SupplyEdge>();
  const drawnAs = (id: string) => memberOf.get(id)?.id ?? id;
  for (const [id, edge] of graph.edges) {
    const source = drawnAs(edge.source);
    const target = drawnAs(edge.target);
    if (source === edge.source && target === edge.target) continue;
    edges.delete(id);
    if (source === target) continue;
    const edgeId = `grouped:${source}>${target}`;
    const sum = groupEdges.get(edgeId);
    const value = edge.value ?? null;
    groupEdges.set(edgeId, {
      ...edge,
      id: edgeId,
      source,
      target,
      value: sum ? (sum.value === null || sum.value === undefined || value === null ? null : sum.value + value) : value,
      valueBand: null,
      product: null,
    });
  }
  for (const group of groups) {
    const first = graph.nodes.get(group.members[0]!)!;
    nodes.set(group.id, {
      ...first,
      id: group.id,
      label: group.segmentName ?? '',
      creditCode: null,
      local: group.local,
      // sized by its members, not by their revenue (supplyElements)
      revenue: null,
      revenueBand: null,
      chainLeader: false,
      srdiLevel: null,
    });
  }
  for (const [id, edge] of groupEdges) edges.set(id, edge);
  groups.sort((a, b) => b.members.length - a.members.length || (a.id < b.id ? -1 : 1));
  return { graph: { nodes, edges, active: graph.active }, groups, opened };
}
