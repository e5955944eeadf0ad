import { describe, expect, it } from 'vitest';
import { pairsOfPeerSegments, peerSegments, peerStrengths, segmentChange, type PeerStrength } from '../../server/chains/rules.js';
import type { GapStatus } from '#shared/enums.js';

describe('segmentChange', () => {
  const STATUSES: GapStatus[] = ['MISSING', 'WEAK', 'COVERED', 'STRONG'];
  // from (row) → to (column), statuses in the order above
  const CHANGES = [
    ['GAP_PERSISTENT', 'GAP_PERSISTENT', 'GAP_HEALED', 'GAP_HEALED'],
    ['GAP_PERSISTENT', 'GAP_PERSISTENT', 'GAP_HEALED', 'GAP_HEALED'],
    ['GAP_NEW', 'GAP_NEW', 'UNCHANGED', 'IMPROVED'],
    ['GAP_NEW', 'GAP_NEW', 'DECLINED', 'UNCHANGED'],
  ];
  it('names healed, new and persistent gaps (MISSING, WEAK) before the order of statuses, otherwise orders MISSING < WEAK < COVERED < STRONG', () => {
    expect(STATUSES.map((from) => STATUSES.map((to) => segmentChange(from, to)))).toEqual(CHANGES);
  });
});

const cluster = (clusterId: string, statuses: Record<string, GapStatus>) => ({
  clusterId,
  clusterName: `集群${clusterId}`,
  statuses: new Map(Object.entries(statuses)),
});
// s1: A strong, 1 × 3 lacking; s2: B and D strong, 2 × 2 lacking
const FOUR_CLUSTERS = [
  cluster('A', { s1: 'STRONG', s2: 'WEAK' }),
  cluster('B', { s1: 'COVERED', s2: 'STRONG' }),
  cluster('C', { s1: 'WEAK', s2: 'COVERED' }),
  cluster('D', { s1: 'MISSING', s2: 'STRONG' }),
];

describe('peerStrengths', () => {
  it('pairs a STRONG cluster with every cluster not strong in the segment, gaps first', () => {
    expect(
      peerStrengths(['s1', 's2'], FOUR_CLUSTERS).map((p) => [p.segmentId, p.strongClusterId, p.lackingClusterId, p.lackingStatus]),
    ).toEqual([
      ['s1', 'A', 'D', 'MISSING'],
      ['s1', 'A', 'C', 'WEAK'],
      ['s1', 'A', 'B', 'COVERED'],
      ['s2', 'B', 'A', 'WEAK'],
      ['s2', 'D', 'A', 'WEAK'],
      ['s2', 'B', 'C', 'COVERED'],
      ['s2', 'D', 'C', 'COVERED'],
    ]);
  });
  it('says nothing when no cluster is strong', () => {
    expect(peerStrengths(['s1'], [cluster('A', { s1: 'COVERED' }), cluster('B', { s1: 'MISSING' })])).toEqual([]);
    expect(peerStrengths(['s1'], [cluster('A', { s1: 'STRONG' }), cluster('B', { s1: 'STRONG' })])).toEqual([]);
  });
});

describe('peerSegments', () => {
  const ref = (id: string) => ({ clusterId: id, clusterName: `集群${id}` });
  const lacking = (id: string, status: GapStatus) => ({ ...ref(id), status });

  it('gives one entry per segment: its strong clusters, and the others with their status, gaps first', () => {
    expect(peerSegments(['s1', 's2'], FOUR_CLUSTERS)).toEqual([
      {
        segmentId: 's1',
        strongClusters: [ref('A')],
        lackingClusters: [lacking('D', 'MISSING'), lacking('C', 'WEAK'), lacking('B', 'COVERED')],
      },
      { segmentId: 's2', strongClusters: [ref('B'), ref('D')], lackingClusters: [lacking('A', 'WEAK'), lacking('C', 'COVERED')] },
    ]);
  });

  it('is one entry where the pairs are strong × lacking rows: 3 strong and 3 lacking clusters, 9 pairs', () => {
    const clusters = [
      cluster('A', { s1: 'STRONG' }),
      cluster('B', { s1: 'COVERED' }),
      cluster('C', { s1: 'STRONG' }),
      cluster('D', { s1: 'MISSING' }),
      cluster('E', { s1: 'STRONG' }),
      cluster('F', { s1: 'WEAK' }),
    ];
    const segments = peerSegments(['s1'], clusters);
    expect(segments).toEqual([
      {
        segmentId: 's1',
        strongClusters: [ref('A'), ref('C'), ref('E')],
        lackingClusters: [lacking('D', 'MISSING'), lacking('F', 'WEAK'), lacking('B', 'COVERED')],
      },
    ]);
    const pairs = peerStrengths(['s1'], clusters);
    expect(pairs).toHaveLength(9);
    // MISSING, then WEAK, then COVERED; within each, every strong with every lacking cluster in the order of the clusters
    expect(pairs.map((p) => `${p.strongClusterId}→${p.lackingClusterId}`).join(' ')).toBe('A→D C→D E→D A→F C→F E→F A→B C→B E→B');
  });

  it('keeps the order of the segments and of the clusters given, and leaves out segments without both sides', () => {
    const clusters = [
      cluster('Z', { s1: 'WEAK', s2: 'STRONG', s3: 'STRONG', s4: 'MISSING' }),
      cluster('A', { s1: 'STRONG', s2: 'STRONG', s3: 'COVERED', s4: 'COVERED' }),
      // no status in s1 (not on the chain's segment list for it): neither strong nor lacking
      cluster('M', { s2: 'STRONG', s3: 'WEAK', s4: 'WEAK' }),
    ];
    // s2: all strong; s4: none strong
    expect(peerSegments(['s3', 's2', 's1', 's4'], clusters)).toEqual([
      { segmentId: 's3', strongClusters: [ref('Z')], lackingClusters: [lacking('M', 'WEAK'), lacking('A', 'COVERED')] },
      { segmentId: 's1', strongClusters: [ref('A')], lackingClusters: [lacking('Z', 'WEAK')] },
    ]);
    expect(peerSegments([], clusters)).toEqual([]);
    expect(peerSegments(['s1'], [])).toEqual([]);
  });

  it('agrees with every (strong, lacking) pair, grouped by segment, on 14 clusters × 6 segments', () => {
    const STATUSES: GapStatus[] = ['MISSING', 'WEAK', 'COVERED', 'STRONG'];
    const segmentIds = ['s6', 's2', 's4', 's1', 's5', 's3'];
    // statuses spread by a fixed formula (no randomness): every segment gets a different mix
    const clusters = Array.from({ length: 14 }, (_, i) =>
      cluster(
        `K${String(13 - i).padStart(2, '0')}`,
        Object.fromEntries(segmentIds.map((s, j) => [s, STATUSES[(i * (j + 2) + j * j) % 4]!])),
      ),
    );
    // the pairs by their definition: every strong cluster with every other, ordered by segment, status, strong, lacking
    const rank = (xs: readonly string[], x: string) => xs.indexOf(x);
    const ids = clusters.map((c) => c.clusterId);
    const expected: PeerStrength[] = [];
    for (const segmentId of segmentIds)
      for (const strong of clusters)
        for (const other of clusters) {
          const status = other.statuses.get(segmentId)!;
          if (strong.statuses.get(segmentId) !== 'STRONG' || status === 'STRONG') continue;
          expected.push({
            segmentId,
            strongClusterId: strong.clusterId,
            strongClusterName: strong.clusterName,
            lackingClusterId: other.clusterId,
            lackingClusterName: other.clusterName,
            lackingStatus: status,
          });
        }
    expected.sort(
      (a, b) =>
        rank(segmentIds, a.segmentId) - rank(segmentIds, b.segmentId) ||
        rank(STATUSES, a.lackingStatus) - rank(STATUSES, b.lackingStatus) ||
        rank(ids, a.strongClusterId) - rank(ids, b.strongClusterId) ||
        rank(ids, a.lackingClusterId) - rank(ids, b.lackingClusterId),
    );
    const segments = peerSegments(segmentIds, clusters);
    expect(pairsOfPeerSegments(segments)).toEqual(expected);
    expect(peerStrengths(segmentIds, clusters)).toEqual(expected);
    // the pairs grouped by segment, as the web did: distinct strong clusters, distinct lacking ones in first-seen order
    const bySegment = new Map<string, PeerStrength[]>();
    for (const p of expected) bySegment.set(p.segmentId, [...(bySegment.get(p.segmentId) ?? []), p]);
    const grouped = [...bySegment].map(([segmentId, pairs]) => ({
      segmentId,
      strongClusters: [
        ...new Map(pairs.map((p) => [p.strongClusterId, { clusterId: p.strongClusterId, clusterName: p.strongClusterName }])).values(),
      ],
      lackingClusters: [
        ...new Map(
          pairs.map((p) => [
            p.lackingClusterId,
            { clusterId: p.lackingClusterId, clusterName: p.lackingClusterName, status: p.lackingStatus },
          ]),
        ).values(),
      ],
    }));
    expect(segments).toEqual(grouped);
    // a fair case: several segments with several strong and several lacking clusters
    expect(segments.filter((s) => s.strongClusters.length > 1 && s.lackingClusters.length > 1).length).toBeGreaterThan(2);
    expect(expected.length).toBeGreaterThan(segments.reduce((n, s) => n + s.strongClusters.length + s.lackingClusters.length, 0));
  });

  it("carries a segment's other fields (its name) onto each of its pairs", () => {
    const segments = [{ segmentId: 's1', segmentName: '套圈', strongClusters: [ref('A')], lackingClusters: [lacking('B', 'WEAK')] }];
    expect(pairsOfPeerSegments(segments)).toEqual([
      {
        segmentId: 's1',
        segmentName: '套圈',
        strongClusterId: 'A',
        strongClusterName: '集群A',
        lackingClusterId: 'B',
        lackingClusterName: '集群B',
        lackingStatus: 'WEAK',
      },
    ]);
  });
});
