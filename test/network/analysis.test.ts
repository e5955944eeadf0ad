import graphologyModule from 'graphology';
import referenceModule from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { analyse, betweenness } from '../../server/network/analysis.js';

// graphology's packages are CommonJS with `export default` types (see server/network/analysis.ts).
const Graph = ((m: any) => (typeof m === 'function' ? m : m.default))(graphologyModule);
const reference = ((m: any) => (typeof m === 'function' ? m : m.default))(referenceModule);

const edges = (pairs: string) => pairs.split(' ').map((pair) => ({ source: pair[0]!, target: pair[1]! }));

describe('analyse', () => {
  it('finds two triangles joined by a bridge, and the bridge ends as the most central', () => {
    const result = analyse(['a', 'b', 'c', 'd', 'e', 'f'], edges('ab bc ca de ef fd cd'));
    const community = (id: string) => result.get(id)!.community;
    expect(new Set(['a', 'b', 'c'].map(community)).size).toBe(1);
    expect(new Set(['d', 'e', 'f'].map(community)).size).toBe(1);
    expect(community('a')).not.toBe(community('d'));
    // c lies on every shortest path between {a, b} and {d, e, f}: 6 of the 10 pairs of the other nodes
    expect(result.get('c')!.centrality).toBeCloseTo(0.6, 6);
    expect(result.get('d')!.centrality).toBeCloseTo(0.6, 6);
    expect(result.get('a')!.centrality).toBe(0);
    expect(result.get('c')!.degree).toBe(3);
  });

  it('numbers communities from the largest, the same way every time', () => {
    const run = () => analyse(['x', 'y', 'p', 'q', 'r', 's'], edges('xy pq qr rs sp pr'));
    const first = run();
    expect(first.get('p')!.community).toBe(0);
    expect(first.get('x')!.community).toBe(1);
    expect([...run().entries()]).toEqual([...first.entries()]);
  });

  it('merges parallel ties and copes with tiny or empty graphs', () => {
    const parallel = analyse(
      ['a', 'b'],
      [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'a' },
      ],
    );
    expect(parallel.get('a')).toEqual({ community: 0, centrality: 0, degree: 1 });
    expect(analyse(['lonely'], []).get('lonely')).toEqual({ community: 0, centrality: 0, degree: 0 });
    expect(analyse([], []).size).toBe(0);
  });
});

describe('betweenness', () => {
  it('agrees with graphology-metrics on random graphs', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const [n, m] of [
      [3, 2],
      [12, 20],
      [60, 90],
      [150, 400],
    ] as const) {
      const graph = new Graph({ type: 'undirected' });
      for (let i = 0; i < n; i++) graph.addNode(`n${i}`);
      for (let i = 0; i < m; i++) {
        const a = `n${Math.floor(random() * n)}`;
        const b = `n${Math.floor(random() * n)}`;
        if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b);
      }
      const ids: string[] = graph.nodes();
      const ours = betweenness(
        ids,
        ids.map((id) => graph.neighbors(id)),
      );
      const theirs = reference(graph, { normalized: true, getEdgeWeight: null }) as Record<string, number>;
      ids.forEach((id, i) => expect(ours[i]).toBeCloseTo(theirs[id]!, 9));
    }
  });
});
