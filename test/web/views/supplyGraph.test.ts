import { describe, expect, it } from 'vitest';
import { placeNewNodes, type VisibleGraph } from '../../../web/src/views/Enterprise/supplyGraph.js';

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
