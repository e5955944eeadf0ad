import { describe, expect, it } from 'vitest';
import { groupHubs, placeNewNodes, supplyElements, type VisibleGraph } from '../../../web/src/views/Enterprise/supplyGraph.js';

type Node = VisibleGraph['nodes'] extends Map<string, infer N> ? N : never;
type Edge = VisibleGraph['edges'] extends Map<string, infer E> ? E : never;

const node = (id: string): Node => ({
  id,
  label: id,
  local: true,
  creditCode: id,
  revenue: null,
  revenueBand: null,
  depth: null,
  chainLeader: false,
  srdiLevel: null,
  segmentName: null,
});
const edge = (source: string, target: string): Edge => ({
  id: `${source}>${target}`,
  source,
  target,
  value: 1,
  valueBand: null,
  product: null,
  year: null,
});
function graph(ids: string[], links: [string, string][]): Pick<VisibleGraph, 'nodes' | 'edges'> {
  return { nodes: new Map(ids.map((id) => [id, node(id)])), edges: new Map(links.map(([s, t]) => [`${s}>${t}`, edge(s, t)])) };
}

describe('placeNewNodes (an expansion keeps every firm on screen where it was)', () => {
  it('keeps the places of the firms already shown and puts a new supplier left, a new customer right of the firm expanded', () => {
    // C is the centre at 0,0; B its customer at 300,0. Expanding B brings S (supplies B) and K (buys from B).
    const previous = new Map([
      ['C', { x: 0, y: 0 }],
      ['B', { x: 300, y: 0 }],
    ]);
    const positions = placeNewNodes(
      previous,
      graph(
        ['C', 'B', 'S', 'K'],
        [
          ['C', 'B'],
          ['S', 'B'],
          ['B', 'K'],
        ],
      ),
      new Map(),
    );
    expect(positions.get('C')).toEqual({ x: 0, y: 0 });
    expect(positions.get('B')).toEqual({ x: 300, y: 0 });
    expect(positions.get('K')).toEqual({ x: 520, y: 0 });
    // 220 left of B is 80,0: too near C at 0,0 (a label's width), so S takes the next row
    expect(positions.get('S')!.x).toBe(80);
    expect(positions.get('S')!.y).not.toBe(0);
  });

  it('stacks several new firms around the anchor row without putting two on one place, and places a firm two steps out from the one placed before it', () => {
    const previous = new Map([['A', { x: 0, y: 0 }]]);
    const positions = placeNewNodes(
      previous,
      graph(
        ['A', 'K1', 'K2', 'K3', 'F'],
        [
          ['A', 'K1'],
          ['A', 'K2'],
          ['A', 'K3'],
          ['K1', 'F'],
        ],
      ),
      new Map(),
    );
    const ys = ['K1', 'K2', 'K3'].map((id) => positions.get(id)!.y);
    expect(new Set(ys).size).toBe(3);
    expect(['K1', 'K2', 'K3'].every((id) => positions.get(id)!.x === 220)).toBe(true);
    expect(positions.get('F')).toEqual({ x: 440, y: positions.get('K1')!.y });
  });

  it('gives a firm with no placed neighbour its fallback place', () => {
    const positions = placeNewNodes(new Map(), graph(['X'], []), new Map([['X', { x: 5, y: 6 }]]));
    expect(positions.get('X')).toEqual({ x: 5, y: 6 });
  });
});

describe('groupHubs (a hub with many neighbours: one node per segment until opened)', () => {
  // Hub H (the centre) has 30 customers: A1..A20 make 套圈, B1..B7 make 滚子, C1 makes 保持器, L1 has
  // no segment (local); M (no segment) also buys from S. H has 3 suppliers (S, T, U).
  const ids = [
    'H',
    'S',
    'T',
    'U',
    'M',
    'C1',
    'L1',
    ...Array.from({ length: 20 }, (_, i) => `A${i + 1}`),
    ...Array.from({ length: 7 }, (_, i) => `B${i + 1}`),
  ];
  const links: [string, string][] = [
    ...ids.filter((id) => !['H', 'S', 'T', 'U'].includes(id)).map((id): [string, string] => ['H', id]),
    ['S', 'H'],
    ['T', 'H'],
    ['U', 'H'],
    ['S', 'M'],
  ];
  const base = graph(ids, links);
  for (const [id, n] of base.nodes)
    n.segmentName = id.startsWith('A') ? '套圈' : id.startsWith('B') ? '滚子' : id === 'C1' ? '保持器' : null;
  const visible: VisibleGraph = { ...base, active: [] };

  it('groups the customers of a hub above the threshold by segment; singletons and the suppliers stay', () => {
    const { graph: drawn, groups, opened } = groupHubs(visible, { keep: new Set(['H']), open: new Set(), threshold: 24 });
    expect(groups.map((g) => [g.id, g.members.length])).toEqual([
      ['group:H:customers:套圈', 20],
      ['group:H:customers:滚子', 7],
      ['group:H:customers:~local', 2],
    ]);
    expect(opened).toEqual([]);
    // 34 firms - 29 grouped + 3 groups; M and L1 (no segment, local) are one group, C1 alone stays
    expect(drawn.nodes.size).toBe(34 - 29 + 3);
    expect([...drawn.nodes.keys()]).toEqual(expect.arrayContaining(['H', 'S', 'T', 'U', 'C1', 'group:H:customers:套圈']));
    expect(drawn.nodes.has('M')).toBe(false);
    // M's other tie (S supplies M) goes to M's group
    expect(drawn.edges.get('grouped:S>group:H:customers:~local')).toMatchObject({ source: 'S', target: 'group:H:customers:~local' });
    expect(drawn.nodes.has('A1')).toBe(false);
    // one edge from the hub to each group, carrying the sum of the members' values
    const link = drawn.edges.get('grouped:H>group:H:customers:套圈')!;
    expect(link).toMatchObject({ source: 'H', target: 'group:H:customers:套圈', value: 20 });
    expect([...drawn.edges.values()].every((e) => drawn.nodes.has(e.source) && drawn.nodes.has(e.target))).toBe(true);
    const elements = supplyElements(drawn, {
      centre: 'H',
      expanded: [],
      path: null,
      groups,
      groupLabel: (g) => `${g.segmentName} · ${g.members.length} 家`,
    });
    const group = elements.find((e) => e.data.id === 'group:H:customers:套圈')!;
    expect(group.classes).toContain('group');
    expect(group.data).toMatchObject({ label: '套圈 · 20 家', members: 20 });
  });

  it('leaves a group open when asked, and every group with "*"; never groups at or below the threshold or a kept firm', () => {
    const open = groupHubs(visible, { keep: new Set(['H']), open: new Set(['group:H:customers:套圈']), threshold: 24 });
    expect(open.groups.map((g) => g.id)).toEqual(['group:H:customers:滚子', 'group:H:customers:~local']);
    expect(open.opened.map((g) => g.id)).toEqual(['group:H:customers:套圈']);
    expect(open.graph.nodes.has('A1')).toBe(true);
    expect(groupHubs(visible, { keep: new Set(['H']), open: new Set(['*']), threshold: 24 }).graph).toBe(visible);
    expect(groupHubs(visible, { keep: new Set(['H']), open: new Set(), threshold: 30 }).groups).toEqual([]);
    const kept = groupHubs(visible, { keep: new Set(['H', 'A1', 'A2']), open: new Set(), threshold: 24 });
    expect(kept.groups[0]!.members).toHaveLength(18);
    expect(kept.graph.nodes.has('A1')).toBe(true);
  });
});
