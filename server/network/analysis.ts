import graphologyModule from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';

/**
 * These CommonJS packages declare `export default`, which TypeScript (NodeNext) reads as
 * `module.exports.default`; Node's ESM import hands over module.exports itself, the function.
 */
function cjsDefault<T>(module: { default: T }): T {
  return (typeof module === 'function' ? module : module.default) as T;
}
const Graph = cjsDefault(graphologyModule);
const louvain = cjsDefault(louvainModule);
const betweenness = cjsDefault(betweennessModule);

/**
 * Community and centrality of a (capped) graph view, computed here because the Neo4j community
 * edition has no GDS. Pure and deterministic: the same graph gives the same answer every time.
 */
export interface AnalysedNode {
  /** 0 = the largest community, then by size (ties: the community with the smaller first id first) */
  community: number;
  /** normalised betweenness centrality in [0, 1] (0 for every node of a graph of fewer than 3) */
  centrality: number;
  degree: number;
}

/** Communities (Louvain, seeded) and betweenness on the undirected simple graph behind the edges. */
export function analyse(nodeIds: readonly string[], edges: readonly { source: string; target: string }[]): Map<string, AnalysedNode> {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of [...nodeIds].sort()) graph.addNode(id);
  for (const { source, target } of edges) {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    // Parallel ties (several collaborations between the same pair) become one weighted edge.
    if (graph.hasEdge(source, target)) graph.updateEdgeAttribute(source, target, 'weight', (w: number | undefined) => (w ?? 1) + 1);
    else graph.addEdge(source, target, { weight: 1 });
  }
  const raw = graph.size > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(20240101) }) : Object.fromEntries(graph.nodes().map((id: string, i: number) => [id, i]));
  const central = graph.order >= 3 ? betweenness(graph, { normalized: true, getEdgeWeight: null }) : {};

  // Renumber communities: largest first, ties by their smallest member id, so numbers are stable.
  const members = new Map<number, string[]>();
  for (const id of graph.nodes()) {
    const community = raw[id]!;
    members.set(community, [...(members.get(community) ?? []), id]);
  }
  const order = [...members.entries()].sort(([, a], [, b]) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const renumbered = new Map(order.map(([community], i) => [community, i]));

  const result = new Map<string, AnalysedNode>();
  for (const id of graph.nodes()) {
    const value = central[id] ?? 0;
    result.set(id, { community: renumbered.get(raw[id]!)!, centrality: Number.isFinite(value) ? round(value) : 0, degree: graph.degree(id) });
  }
  return result;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** mulberry32: a small seeded generator, so Louvain's random order is the same on every call. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
