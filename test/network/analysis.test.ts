import { describe, expect, it } from 'vitest';
import { analyse } from '../../server/network/analysis.js';

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
    const parallel = analyse(['a', 'b'], [{ source: 'a', target: 'b' }, { source: 'b', target: 'a' }]);
    expect(parallel.get('a')).toEqual({ community: 0, centrality: 0, degree: 1 });
    expect(analyse(['lonely'], []).get('lonely')).toEqual({ community: 0, centrality: 0, degree: 0 });
    expect(analyse([], []).size).toBe(0);
  });
});
