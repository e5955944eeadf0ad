import { describe, expect, it } from 'vitest';
import { peerStrengths, segmentChange } from '../../server/chains/rules.js';
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

describe('peerStrengths', () => {
  const cluster = (clusterId: string, statuses: Record<string, GapStatus>) => ({
    clusterId,
    clusterName: `集群${clusterId}`,
    statuses: new Map(Object.entries(statuses)),
  });
  it('pairs a STRONG cluster with every cluster not strong in the segment, gaps first', () => {
    const clusters = [
      cluster('A', { s1: 'STRONG', s2: 'WEAK' }),
      cluster('B', { s1: 'COVERED', s2: 'STRONG' }),
      cluster('C', { s1: 'WEAK', s2: 'COVERED' }),
      cluster('D', { s1: 'MISSING', s2: 'STRONG' }),
    ];
    expect(peerStrengths(['s1', 's2'], clusters).map((p) => [p.segmentId, p.strongClusterId, p.lackingClusterId, p.lackingStatus])).toEqual(
      [
        ['s1', 'A', 'D', 'MISSING'],
        ['s1', 'A', 'C', 'WEAK'],
        ['s1', 'A', 'B', 'COVERED'],
        ['s2', 'B', 'A', 'WEAK'],
        ['s2', 'D', 'A', 'WEAK'],
        ['s2', 'B', 'C', 'COVERED'],
        ['s2', 'D', 'C', 'COVERED'],
      ],
    );
  });
  it('says nothing when no cluster is strong', () => {
    expect(peerStrengths(['s1'], [cluster('A', { s1: 'COVERED' }), cluster('B', { s1: 'MISSING' })])).toEqual([]);
    expect(peerStrengths(['s1'], [cluster('A', { s1: 'STRONG' }), cluster('B', { s1: 'STRONG' })])).toEqual([]);
  });
});
