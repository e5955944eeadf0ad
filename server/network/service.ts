import { GraphService } from '../graph-service.js';
import { revenueFor, supplyValueFor } from '../auth/disclosure.js';
import { requirePermission, type Actor } from '../auth/policy.js';
import { creditCodeArg, idArg, shown } from '../enterprises/validate.js';
import { badInput, notFound } from '../errors.js';
import { firstArg, yearArg } from '#shared/args.js';
import { type GraphEdgeKind, type GraphNodeKind, SRDI_LEVELS, type SrdiLevel } from '#shared/enums.js';
import { GRAPH_VIEW_MAX_NODES, SUPPLY_NEIGHBORHOOD_MAX_DEPTH } from '#shared/limits.js';
import { analyse } from './analysis.js';
import {
  clusterNodeId,
  collaborationEdgeId,
  enterpriseNodeId,
  hostedByEdgeId,
  instituteNodeId,
  platformNodeId,
  servesEdgeId,
  supplyEdgeId,
} from './ids.js';

interface GraphNodeView {
  id: string;
  kind: GraphNodeKind;
  label: string;
  local: boolean | null;
  creditCode: string | null;
  /** null for callers who see only the band (viewers) */
  revenue: number | null;
  revenueBand: string | null;
  clusterIds: string[] | null;
  segmentId: string | null;
  segmentName: string | null;
  /** enterprises: 链主 */
  chainLeader: boolean | null;
  /** enterprises: 专精特新 level of the latest year that has one */
  srdiLevel: SrdiLevel | null;
  community: number | null;
  centrality: number | null;
  depth: number | null;
}

interface GraphEdgeView {
  id: string;
  source: string;
  target: string;
  kind: GraphEdgeKind;
  /** SUPPLIES: null for callers who see only the band (viewers) */
  value: number | null;
  valueBand: string | null;
  product: string | null;
  segmentId: string | null;
  year: number | null;
  collaborationKind: string | null;
  title: string | null;
}

export interface GraphView {
  nodes: GraphNodeView[];
  edges: GraphEdgeView[];
  truncated: boolean;
  totalNodes: number;
  totalEdges: number;
  /** every node with a centrality, most central first (the topActors field takes the first few) */
  topActors: GraphNodeView[];
}

export type Direction = 'UPSTREAM' | 'DOWNSTREAM' | 'BOTH';

/** Collaboration ties read at most (far above any real network here): a guard, not a view size. */
const MAX_TIES = 50_000;
/** topActors: the default `first` (the schema's default too) and the largest. */
const TOP_ACTORS_DEFAULT = 10;
const MAX_TOP_ACTORS = GRAPH_VIEW_MAX_NODES;

/** An enterprise's raw facts for a view: [0, year, revenue, srdiLevel], [1, clusterId], [2, chainId, order, segmentId, segmentName]. */
type Fact = [0, number, number | null, string | null] | [1, string] | [2, string | null, number | null, string, string | null];

interface SupplyNodeRow {
  creditCode: string;
  label: string | null;
  local: boolean;
  chainLeader?: boolean;
}
/** network/neighborhood's compact rows: [creditCode, name, local, depth, chainLeader, facts] and [supplier, buyer, segmentId, year, value, product]. */
type NeighborhoodNodeRow = [string, string | null, boolean, number, boolean, Fact[]];
type NeighborhoodEdgeRow = [string, string, string, number | null, number | null, string | null];
interface SupplyEdgeRow {
  source: string;
  target: string;
  segmentId: string;
  year: number | null;
  value: number | null;
  product: string | null;
}
interface Details {
  revenue: number | null;
  clusterIds: string[];
  segmentId: string | null;
  segmentName: string | null;
  srdiLevel: SrdiLevel | null;
}
interface TieRow {
  kind: 'COLLABORATES_WITH' | 'HOSTED_BY' | 'SERVES';
  sourceKind: 'INSTITUTE' | 'PLATFORM';
  sourceKey: string;
  sourceLabel: string | null;
  targetKind: 'ENTERPRISE' | 'CLUSTER';
  targetKey: string;
  targetLabel: string | null;
  targetLocal?: boolean;
  collaborationKind?: string | null;
  year?: number;
  title?: string | null;
}

/** Graph views for Cytoscape: supply neighbourhoods, supply paths and the collaboration network. */
export class NetworkService extends GraphService(
  'network/neighborhood',
  'network/path',
  'network/collaboration',
  'network/enterprise-details',
) {
  async supplyNeighborhood(rawCode: string, depth: number, direction: Direction, actor: Actor | null): Promise<GraphView> {
    requirePermission(actor, 'graph:read');
    const creditCode = creditCodeArg(rawCode, 'creditCode');
    if (!Number.isInteger(depth) || depth < 1 || depth > SUPPLY_NEIGHBORHOOD_MAX_DEPTH) {
      throw badInput(`depth must be 1–${SUPPLY_NEIGHBORHOOD_MAX_DEPTH} (got ${depth})`, { field: 'depth' });
    }
    if (!['UPSTREAM', 'DOWNSTREAM', 'BOTH'].includes(direction))
      throw badInput(`direction must be UPSTREAM, DOWNSTREAM or BOTH`, { field: 'direction' });
    return this.answers.get('supplyNeighborhood', actor, { creditCode, depth, direction }, () =>
      this.neighborhood(creditCode, depth, direction, actor),
    );
  }

  private async neighborhood(creditCode: string, depth: number, direction: Direction, actor: Actor | null): Promise<GraphView> {
    const [found] = await this.db.read<{ view: string }>(this.q['network/neighborhood'], {
      creditCode,
      depth,
      upstream: direction !== 'DOWNSTREAM',
      downstream: direction !== 'UPSTREAM',
      cap: GRAPH_VIEW_MAX_NODES,
    });
    if (!found) throw notFound(`no enterprise has the credit code ${creditCode}`, { field: 'creditCode' });
    const row = JSON.parse(found.view) as {
      totalNodes: number;
      totalEdges: number;
      nodes: NeighborhoodNodeRow[];
      edges: NeighborhoodEdgeRow[];
    };
    return forCaller(actor, {
      nodes: row.nodes.map(([code, label, local, depth, chainLeader, facts]) =>
        enterpriseNode({ creditCode: code, label, local, chainLeader }, detailsFrom(facts), depth),
      ),
      edges: row.edges
        .map(([source, target, segmentId, year, value, product]) => supplyEdge({ source, target, segmentId, year, value, product }))
        .sort(byId),
      truncated: row.totalNodes > row.nodes.length,
      totalNodes: row.totalNodes,
      totalEdges: row.totalEdges,
      topActors: [],
    });
  }

  async supplyPath(rawFrom: string, rawTo: string, actor: Actor | null): Promise<GraphView | null> {
    requirePermission(actor, 'graph:read');
    const from = creditCodeArg(rawFrom, 'from');
    const to = creditCodeArg(rawTo, 'to');
    if (from === to) throw badInput('from and to must be two different firms', { field: 'to' });
    const [row] = await this.db.read<{
      fromFound: boolean;
      toFound: boolean;
      nodes: SupplyNodeRow[] | null;
      edges: SupplyEdgeRow[] | null;
    }>(this.q['network/path'], { from, to });
    if (!row?.fromFound) throw notFound(`no enterprise has the credit code ${from}`, { field: 'from' });
    if (!row.toFound) throw notFound(`no enterprise has the credit code ${to}`, { field: 'to' });
    if (!row.nodes || !row.edges) return null;
    const details = await this.details(row.nodes.map((node) => node.creditCode));
    return forCaller(actor, {
      nodes: row.nodes.map((node, i) => enterpriseNode(node, details.get(node.creditCode), i)),
      edges: row.edges.map(supplyEdge),
      truncated: false,
      totalNodes: row.nodes.length,
      totalEdges: row.edges.length,
      topActors: [],
    });
  }

  async collaborationNetwork(
    rawClusterId: string | null | undefined,
    rawYear: number | null | undefined,
    actor: Actor | null,
  ): Promise<GraphView> {
    requirePermission(actor, 'graph:read');
    const clusterId = rawClusterId === null || rawClusterId === undefined ? null : idArg(rawClusterId, 'clusterId');
    const year = yearArg(rawYear, 'year');
    return this.answers.get('collaborationNetwork', actor, { clusterId, year }, () => this.collaboration(clusterId, year, actor));
  }

  private async collaboration(clusterId: string | null, year: number | null, actor: Actor | null): Promise<GraphView> {
    const [result] = await this.db.read<{ network: string }>(this.q['network/collaboration'], { clusterId, year, maxEdges: MAX_TIES });
    const row = JSON.parse(result!.network) as { clusterFound: boolean; totalEdges: number; ties: TieRow[] };
    if (!row.clusterFound) throw notFound(`unknown cluster ${shown(clusterId ?? '')}`, { field: 'clusterId' });

    // Every node and edge of the whole answer, keyed by their stable ids.
    const nodes = new Map<string, GraphNodeView>();
    const edges = new Map<string, GraphEdgeView>();
    for (const tie of row.ties) {
      const source = tie.sourceKind === 'INSTITUTE' ? instituteNodeId(tie.sourceKey) : platformNodeId(tie.sourceKey);
      const target = tie.targetKind === 'ENTERPRISE' ? enterpriseNodeId(tie.targetKey) : clusterNodeId(tie.targetKey);
      if (!nodes.has(source)) nodes.set(source, bareNode(source, tie.sourceKind, tie.sourceLabel ?? tie.sourceKey));
      if (!nodes.has(target)) {
        const node = bareNode(target, tie.targetKind, tie.targetLabel ?? tie.targetKey);
        if (tie.targetKind === 'ENTERPRISE') Object.assign(node, { creditCode: tie.targetKey, local: tie.targetLocal ?? false });
        nodes.set(target, node);
      }
      const id =
        tie.kind === 'COLLABORATES_WITH'
          ? collaborationEdgeId(tie.sourceKey, tie.targetKey, tie.collaborationKind ?? '', tie.year ?? 0)
          : tie.kind === 'HOSTED_BY'
            ? hostedByEdgeId(tie.sourceKey, tie.targetKey)
            : servesEdgeId(tie.sourceKey, target);
      edges.set(id, {
        id,
        source,
        target,
        kind: tie.kind,
        value: null,
        valueBand: null,
        product: null,
        segmentId: null,
        year: tie.kind === 'COLLABORATES_WITH' ? (tie.year ?? 0) : null,
        collaborationKind: tie.collaborationKind ?? null,
        title: tie.title ?? null,
      });
    }

    // The cap: the best connected actors (distinct neighbours), ties by id; edges between them.
    let kept = [...nodes.keys()];
    const truncated = kept.length > GRAPH_VIEW_MAX_NODES;
    if (truncated) {
      const neighbours = new Map<string, Set<string>>();
      for (const edge of edges.values()) {
        neighbours.set(edge.source, (neighbours.get(edge.source) ?? new Set()).add(edge.target));
        neighbours.set(edge.target, (neighbours.get(edge.target) ?? new Set()).add(edge.source));
      }
      kept = kept
        .sort((a, b) => (neighbours.get(b)?.size ?? 0) - (neighbours.get(a)?.size ?? 0) || (a < b ? -1 : 1))
        .slice(0, GRAPH_VIEW_MAX_NODES);
    }
    const keptSet = new Set(kept);
    const keptEdges = [...edges.values()].filter((edge) => keptSet.has(edge.source) && keptSet.has(edge.target)).sort(byId);

    const analysis = analyse(kept, keptEdges);
    const enterpriseCodes = kept
      .map((id) => nodes.get(id)!)
      .filter((node) => node.kind === 'ENTERPRISE')
      .map((node) => node.creditCode!);
    const details = await this.details(enterpriseCodes);
    const viewNodes = kept.map((id) => {
      const node = nodes.get(id)!;
      const measured = analysis.get(id);
      const detail = node.creditCode ? details.get(node.creditCode) : undefined;
      return {
        ...node,
        ...(detail
          ? {
              revenue: detail.revenue,
              clusterIds: detail.clusterIds,
              segmentId: detail.segmentId,
              segmentName: detail.segmentName,
              chainLeader: detail.chainLeader,
              srdiLevel: detail.srdiLevel,
            }
          : {}),
        community: measured?.community ?? null,
        centrality: measured?.centrality ?? null,
      };
    });
    // Most central first (then by degree, then id): the order the UI lists actors in.
    viewNodes.sort(
      (a, b) =>
        (b.centrality ?? 0) - (a.centrality ?? 0) ||
        (analysis.get(b.id)?.degree ?? 0) - (analysis.get(a.id)?.degree ?? 0) ||
        (a.id < b.id ? -1 : 1),
    );
    return forCaller(actor, {
      nodes: viewNodes,
      edges: keptEdges,
      truncated: truncated || row.totalEdges > row.ties.length,
      totalNodes: nodes.size,
      totalEdges: row.totalEdges,
      topActors: viewNodes,
    });
  }

  /** The first `first` (1 to MAX_TOP_ACTORS, default 10) of a view's most central actors. */
  topActors<T>(view: { topActors: T[] }, first: number | null | undefined): T[] {
    const count = firstArg(first, 'top', { default: TOP_ACTORS_DEFAULT, max: MAX_TOP_ACTORS });
    return view.topActors.slice(0, count);
  }

  private async details(codes: string[]): Promise<Map<string, Details & { chainLeader: boolean }>> {
    if (codes.length === 0) return new Map();
    const rows = await this.db.read<{ creditCode: string; chainLeader: boolean; facts: Fact[] }>(this.q['network/enterprise-details'], {
      codes,
    });
    return new Map(rows.map((row) => [row.creditCode, { ...detailsFrom(row.facts), chainLeader: row.chainLeader }]));
  }
}

function bareNode(id: string, kind: GraphNodeKind, label: string): GraphNodeView {
  return {
    id,
    kind,
    label,
    local: null,
    creditCode: null,
    revenue: null,
    revenueBand: null,
    clusterIds: null,
    segmentId: null,
    segmentName: null,
    chainLeader: null,
    srdiLevel: null,
    community: null,
    centrality: null,
    depth: null,
  };
}

/** Node revenue and supply values as the caller may see them (server/auth/disclosure.ts): viewers get the size bands only. */
function forCaller(actor: Actor | null, view: GraphView): GraphView {
  const shown = new Map<GraphNodeView, GraphNodeView>();
  const node = (n: GraphNodeView) => {
    let out = shown.get(n);
    if (!out) {
      out = n.kind === 'ENTERPRISE' ? { ...n, ...revenueFor(actor, n.revenue) } : n;
      shown.set(n, out);
    }
    return out;
  };
  const edge = (e: GraphEdgeView): GraphEdgeView => {
    if (e.kind !== 'SUPPLIES') return e;
    const shownValue = supplyValueFor(actor, e.value);
    return { ...e, value: shownValue.value, valueBand: shownValue.band };
  };
  return { ...view, nodes: view.nodes.map(node), edges: view.edges.map(edge), topActors: view.topActors.map(node) };
}

/** Revenue and 专精特新 level of the latest year that has one, clusters by id, the first segment in chain order. */
function detailsFrom(facts: readonly Fact[]): Details {
  let revenue: { year: number; value: number } | null = null;
  let srdi: { year: number; level: SrdiLevel } | null = null;
  const clusterIds: string[] = [];
  let segment: { chainId: string; order: number; id: string; name: string | null } | null = null;
  for (const fact of facts) {
    if (fact[0] === 0) {
      const [, year, value, level] = fact;
      if (value !== null && (revenue === null || year > revenue.year)) revenue = { year, value };
      // a stored level the API does not know is skipped, as in Enterprise.srdiLevel
      if (isSrdiLevel(level) && (srdi === null || year > srdi.year)) srdi = { year, level };
    } else if (fact[0] === 1) {
      clusterIds.push(fact[1]);
    } else {
      const next = { chainId: fact[1] ?? '', order: fact[2] ?? Number.MAX_SAFE_INTEGER, id: fact[3], name: fact[4] ?? null };
      if (segment === null || compareSegments(next, segment) < 0) segment = next;
    }
  }
  return {
    revenue: revenue?.value ?? null,
    clusterIds: clusterIds.sort(),
    segmentId: segment?.id ?? null,
    segmentName: segment?.name ?? null,
    srdiLevel: srdi?.level ?? null,
  };
}

const isSrdiLevel = (level: string | null | undefined): level is SrdiLevel => SRDI_LEVELS.includes(level as SrdiLevel);

function compareSegments(a: { chainId: string; order: number; id: string }, b: { chainId: string; order: number; id: string }): number {
  if (a.chainId !== b.chainId) return a.chainId < b.chainId ? -1 : 1;
  if (a.order !== b.order) return a.order - b.order;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function enterpriseNode(
  row: SupplyNodeRow,
  detail: (Details & { chainLeader?: boolean }) | undefined,
  depth: number | null,
): GraphNodeView {
  return {
    ...bareNode(enterpriseNodeId(row.creditCode), 'ENTERPRISE', row.label ?? row.creditCode),
    local: row.local,
    creditCode: row.creditCode,
    revenue: detail?.revenue ?? null,
    clusterIds: detail?.clusterIds ?? [],
    segmentId: detail?.segmentId ?? null,
    segmentName: detail?.segmentName ?? null,
    chainLeader: row.chainLeader ?? detail?.chainLeader ?? false,
    srdiLevel: detail?.srdiLevel ?? null,
    depth,
  };
}

function supplyEdge(row: SupplyEdgeRow): GraphEdgeView {
  return {
    id: supplyEdgeId(row.source, row.target, row.segmentId),
    source: enterpriseNodeId(row.source),
    target: enterpriseNodeId(row.target),
    kind: 'SUPPLIES',
    value: row.value,
    valueBand: null,
    product: row.product,
    segmentId: row.segmentId,
    year: row.year,
    collaborationKind: null,
    title: null,
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
