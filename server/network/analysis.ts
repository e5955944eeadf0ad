import graphologyModule from 'graphology';
import louvainModule from 'graphology-communities-louvain';

/**
 * These CommonJS packages declare `export default`, which TypeScript (NodeNext) reads as
 * `module.exports.default`; Node's ESM import hands over module.exports itself, the function.
 */
function cjsDefault<T>(module: { default: T }): T {
  return typeof module === 'function' ? module : module.default;
}
const Graph = cjsDefault(graphologyModule);
const louvain = cjsDefault(louvainModule);

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
  const raw =
    graph.size > 0
      ? louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(20240101) })
      : Object.fromEntries(graph.nodes().map((id: string, i: number) => [id, i]));
  const ids = graph.nodes();
  const centrality = betweenness(
    ids,
    ids.map((id: string) => graph.neighbors(id)),
  );
  const central: Record<string, number> = Object.fromEntries(ids.map((id: string, i: number) => [id, centrality[i]!]));

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
    result.set(id, {
      community: renumbered.get(raw[id]!)!,
      centrality: Number.isFinite(value) ? round(value) : 0,
      degree: graph.degree(id),
    });
  }
  return result;
}

/**
 * Normalised betweenness centrality of an undirected, unweighted graph (Brandes 2001) on index
 * arrays: graphology-metrics' version took ~60 ms for 500 nodes here, this one a few. A node's
 * value is the share of shortest paths between pairs of other nodes that pass through it,
 * divided by the number of such pairs, (n-1)(n-2)/2; 0 everywhere when n < 3.
 */
export function betweenness(ids: readonly string[], neighbours: readonly (readonly string[])[]): Float64Array {
  const n = ids.length;
  const result = new Float64Array(n);
  if (n < 3) return result;
  const index = new Map(ids.map((id, i) => [id, i]));
  const adjacency = neighbours.map((list) => Int32Array.from(list.map((id) => index.get(id)!)));
  const sigma = new Float64Array(n);
  const distance = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const queue = new Int32Array(n);
  const predecessors: number[][] = Array.from({ length: n }, () => []);
  for (let source = 0; source < n; source++) {
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    for (const list of predecessors) list.length = 0;
    sigma[source] = 1;
    distance[source] = 0;
    let head = 0;
    let tail = 0;
    let visited = 0;
    queue[tail++] = source;
    while (head < tail) {
      const v = queue[head++]!;
      order[visited++] = v;
      for (const w of adjacency[v]!) {
        if (distance[w]! < 0) {
          distance[w] = distance[v]! + 1;
          queue[tail++] = w;
        }
        if (distance[w] === distance[v]! + 1) {
          sigma[w]! += sigma[v]!;
          predecessors[w]!.push(v);
        }
      }
    }
    for (let i = visited - 1; i > 0; i--) {
      const w = order[i]!;
      for (const v of predecessors[w]!) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      result[w]! += delta[w]!;
    }
  }
  // Each pair was counted from both ends: halve, then divide by the pairs, (n-1)(n-2)/2.
  const scale = 1 / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) result[i] = result[i]! * scale;
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
