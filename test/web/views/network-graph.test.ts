import { describe, expect, it } from 'vitest';
import { topActorsOf } from '../../../web/src/views/Network/networkGraph.js';
import type { NetNode, NetworkData } from '../../../web/src/views/Network/networkGraph.js';

/** The top-10 table's ranking by kind (web/src/views/Network/networkGraph.ts topActorsOf), on a network worked out by hand. */
const node = (id: string, kind: string, centrality: number | null, label = id): NetNode => ({
  id,
  kind,
  label,
  local: true,
  creditCode: null,
  revenue: null,
  community: 0,
  centrality,
});

const nodes = [
  node('E1', 'ENTERPRISE', 0.5),
  node('E2', 'ENTERPRISE', 0.2, 'B'),
  node('E4', 'ENTERPRISE', 0.2, 'A'),
  node('E3', 'ENTERPRISE', null),
  node('I1', 'INSTITUTE', 0.4),
  node('I2', 'INSTITUTE', 0.1),
  node('P1', 'PLATFORM', 0.9),
];
const network: NetworkData = {
  nodes,
  edges: [],
  truncated: false,
  totalNodes: nodes.length,
  totalEdges: 0,
  topActors: [nodes[6]!, nodes[0]!, nodes[4]!],
};

describe('topActorsOf', () => {
  it("keeps the server's list for every kind", () => {
    expect(topActorsOf(network, 'all', 2)).toBe(network.topActors);
  });

  it('ranks the firms only, most central first, ties by name, unknown centrality last', () => {
    expect(topActorsOf(network, 'ENTERPRISE', 10).map((n) => n.id)).toEqual(['E1', 'E4', 'E2', 'E3']);
    expect(topActorsOf(network, 'ENTERPRISE', 2).map((n) => n.id)).toEqual(['E1', 'E4']);
  });

  it('ranks the institutes only (a platform, however central, is not one)', () => {
    expect(topActorsOf(network, 'INSTITUTE', 10).map((n) => n.id)).toEqual(['I1', 'I2']);
  });
});
