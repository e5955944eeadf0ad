/**
 * The rules of chains/ that apply to finished gap reports: how a segment moved between two
 * years, and where one cluster is strong in a segment another lacks. Pure.
 */
import { GAP_STATUSES, type GapStatus, type SegmentChange } from '#shared/enums.js';
import { GAP_STATUSES_OF_GAP } from '#shared/thresholds.js';

function isGap(status: GapStatus): boolean {
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

/**
 * Every (segment, strong cluster, lacking cluster) where one is STRONG and the other is not:
 * per segment in the order given, the gaps (MISSING, then WEAK) before the merely COVERED, then
 * clusters in the order given.
 */
export function peerStrengths(segmentIds: readonly string[], clusters: readonly ClusterStatuses[]): PeerStrength[] {
  const out: PeerStrength[] = [];
  for (const segmentId of segmentIds) {
    const pairs: PeerStrength[] = [];
    for (const strong of clusters) {
      if (strong.statuses.get(segmentId) !== 'STRONG') continue;
      for (const lacking of clusters) {
        const status = lacking.statuses.get(segmentId);
        if (status === undefined || status === 'STRONG') continue;
        pairs.push({
          segmentId,
          strongClusterId: strong.clusterId,
          strongClusterName: strong.clusterName,
          lackingClusterId: lacking.clusterId,
          lackingClusterName: lacking.clusterName,
          lackingStatus: status,
        });
      }
    }
    // stable: within a status, the order of the clusters
    out.push(...pairs.sort((a, b) => GAP_STATUSES.indexOf(a.lackingStatus) - GAP_STATUSES.indexOf(b.lackingStatus)));
  }
  return out;
}
