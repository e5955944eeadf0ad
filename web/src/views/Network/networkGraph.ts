import type { ElementDefinition } from 'cytoscape';
import type { CollaborationNetworkQuery } from '../../gql/graphql.js';

/** the network (null in an answer only beside an error: the analyses are nullable); queries.ts NETWORK_QUERY */
export type NetworkData = NonNullable<CollaborationNetworkQuery['collaborationNetwork']>;
export type NetNode = NetworkData['nodes'][number];

/** Distinct colours for the largest communities; the rest share grey (and the legend says so). */
export const COMMUNITY_COLORS = [
  '#2874a6',
  '#c0392b',
  '#239b56',
  '#d68910',
  '#7d3c98',
  '#17a589',
  '#a04000',
  '#2e4053',
  '#d4ac0d',
  '#e84393',
  '#74b9ff',
  '#a29bfe',
];
export const OTHER_COMMUNITY_COLOR = '#aab7b8';

/** Above this many nodes + edges the network is shown by community first (PERFORMANCE-NOTES.md). */
export const AGGREGATE_AT = 2500;

export interface Community {
  /** the community number from the server (0 = the largest) */
  id: number;
  size: number;
  /** its biggest member: the one with the most ties, then the most central */
  name: string;
  leaderId: string;
  color: string;
}

export function degrees(data: NetworkData): Map<string, number> {
  const degree = new Map<string, number>();
  for (const edge of data.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  return degree;
}

/** The communities, largest first, each named by its biggest member. */
export function communities(data: NetworkData, degree: Map<string, number>): Community[] {
  const groups = new Map<number, NetNode[]>();
  for (const node of data.nodes) {
    const c = node.community ?? -1;
    groups.set(c, [...(groups.get(c) ?? []), node]);
  }
  const list = [...groups.entries()].map(([id, members]) => {
    const leader = [...members].sort(
      (a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || (b.centrality ?? 0) - (a.centrality ?? 0) || (a.id < b.id ? -1 : 1),
    )[0]!;
    return { id, size: members.length, name: leader.label, leaderId: leader.id, color: OTHER_COMMUNITY_COLOR };
  });
  list.sort((a, b) => b.size - a.size || a.id - b.id);
  list.forEach((c, i) => (c.color = COMMUNITY_COLORS[i] ?? OTHER_COMMUNITY_COLOR));
  return list;
}

export type LabelMode = 'top' | 'all' | 'none';

const SHAPES: Record<string, string> = { ENTERPRISE: 'ellipse', INSTITUTE: 'triangle', PLATFORM: 'round-rectangle', CLUSTER: 'hexagon' };
export const KIND_SHAPES = SHAPES;

/** Every node and edge (optionally of one community), coloured by community and sized by centrality. */
export function fullElements(
  data: NetworkData,
  options: { communities: Community[]; topIds: Set<string>; labels: LabelMode; onlyCommunity?: number | null; degree: Map<string, number> },
): ElementDefinition[] {
  const color = new Map(options.communities.map((c) => [c.id, c.color]));
  const maxCentrality = Math.max(1e-9, ...data.nodes.map((n) => n.centrality ?? 0));
  const keep = (node: NetNode) =>
    options.onlyCommunity === null || options.onlyCommunity === undefined || node.community === options.onlyCommunity;
  const kept = new Set<string>();
  const elements: ElementDefinition[] = [];
  for (const node of data.nodes) {
    if (!keep(node)) continue;
    kept.add(node.id);
    const top = options.topIds.has(node.id);
    const showLabel = options.labels === 'all' || (options.labels === 'top' && top);
    elements.push({
      group: 'nodes',
      data: {
        id: node.id,
        label: node.label,
        kind: node.kind,
        shape: SHAPES[node.kind] ?? 'ellipse',
        color: color.get(node.community ?? -1) ?? OTHER_COMMUNITY_COLOR,
        size: 12 + 48 * Math.sqrt((node.centrality ?? 0) / maxCentrality),
        community: node.community ?? -1,
        centrality: node.centrality ?? 0,
        ties: options.degree.get(node.id) ?? 0,
        creditCode: node.creditCode ?? null,
      },
      classes: [top ? 'top' : '', showLabel ? 'labelled' : ''].filter(Boolean),
    });
  }
  for (const edge of data.edges) {
    if (!kept.has(edge.source) || !kept.has(edge.target)) continue;
    elements.push({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, kind: edge.kind } });
  }
  return elements;
}

/** One node per community (size = members) and one edge per pair of communities with ties (width = their number). */
export function aggregateElements(
  data: NetworkData,
  list: Community[],
  communityLabel: (c: Community, index: number) => string,
): ElementDefinition[] {
  const byNode = new Map(data.nodes.map((n) => [n.id, n.community ?? -1]));
  const pairs = new Map<string, number>();
  for (const edge of data.edges) {
    const a = byNode.get(edge.source) ?? -1;
    const b = byNode.get(edge.target) ?? -1;
    if (a === b) continue;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  const maxSize = Math.max(1, ...list.map((c) => c.size));
  const maxTies = Math.max(1, ...pairs.values());
  const elements: ElementDefinition[] = list.map((c, i) => ({
    group: 'nodes',
    data: {
      id: `community:${c.id}`,
      community: c.id,
      label: communityLabel(c, i),
      color: c.color,
      size: 30 + 90 * Math.sqrt(c.size / maxSize),
      members: c.size,
    },
    classes: ['community'],
  }));
  for (const [key, count] of pairs) {
    const [a, b] = key.split('|');
    elements.push({
      group: 'edges',
      data: {
        id: `community-ties:${key}`,
        source: `community:${a}`,
        target: `community:${b}`,
        width: 1 + 9 * Math.sqrt(count / maxTies),
        ties: count,
      },
    });
  }
  return elements;
}

/** Which actors the top-10 table ranks. */
export type TopKind = 'all' | 'ENTERPRISE' | 'INSTITUTE';

/**
 * The most central actors: the server's top list for every kind, else the `count` most central
 * nodes of one kind (centrality is computed on the whole returned graph, so the ranks agree).
 */
export function topActorsOf(data: NetworkData, kind: TopKind, count: number): NetNode[] {
  if (kind === 'all') return data.topActors;
  return data.nodes
    .filter((n) => n.kind === kind)
    .sort((a, b) => (b.centrality ?? 0) - (a.centrality ?? 0) || a.label.localeCompare(b.label, 'zh'))
    .slice(0, count);
}
