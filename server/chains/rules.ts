/**
 * The rules of chains/ that apply to finished gap reports: how a segment moved between two
 * years, and where one cluster is strong in a segment another lacks. Pure.
 */
import { GAP_STATUSES, GAP_STATUSES_OF_GAP, type GapStatus, type SegmentChange } from '../shared/domain.js';

export function isGap(status: GapStatus): boolean {
  return GAP_STATUSES_OF_GAP.includes(status);
}

/**
 * GAP_HEALED (a gap then, not now), GAP_NEW (the reverse), GAP_PERSISTENT (a gap in both),
 * else IMPROVED / DECLINED / UNCHANGED by the order MISSING < WEAK < COVERED < STRONG.
 */
export function segmentChange(from: GapStatus, to: GapStatus): SegmentChange {
  if (isGap(from) && isGap(to)) return 'GAP_PERSISTENT';
  if (isGap(from)) return 'GAP_HEALED';
  if (isGap(to)) return 'GAP_NEW';
  const rank = GAP_STATUSES.indexOf(to) - GAP_STATUSES.indexOf(from);
  return rank > 0 ? 'IMPROVED' : rank < 0 ? 'DECLINED' : 'UNCHANGED';
}

export interface ClusterStatuses {
  clusterId: string;
  clusterName: string;
  statuses: ReadonlyMap<string, GapStatus>;
}

export interface PeerStrength {
  segmentId: string;
  strongClusterId: string;
  strongClusterName: string;
  lackingClusterId: string;
  lackingClusterName: string;
  lackingStatus: GapStatus;
}

/** Every (segment, strong cluster, lacking cluster) where one is STRONG and the other MISSING or WEAK, in the order given. */
export function peerStrengths(segmentIds: readonly string[], clusters: readonly ClusterStatuses[]): PeerStrength[] {
  const out: PeerStrength[] = [];
  for (const segmentId of segmentIds) {
    for (const strong of clusters) {
      if (strong.statuses.get(segmentId) !== 'STRONG') continue;
      for (const lacking of clusters) {
        const status = lacking.statuses.get(segmentId);
        if (status === undefined || !isGap(status)) continue;
        out.push({ segmentId, strongClusterId: strong.clusterId, strongClusterName: strong.clusterName, lackingClusterId: lacking.clusterId, lackingClusterName: lacking.clusterName, lackingStatus: status });
      }
    }
  }
  return out;
}
