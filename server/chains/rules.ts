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

interface StrongCluster {
  clusterId: string;
  clusterName: string;
}

interface LackingCluster {
  clusterId: string;
  clusterName: string;
  /** MISSING or WEAK (a gap), or COVERED */
  status: GapStatus;
}

/** One segment where some clusters are STRONG and others are not: the two lists, not their pairs. */
export interface PeerSegment {
  segmentId: string;
  strongClusters: StrongCluster[];
  lackingClusters: LackingCluster[];
}

/**
 * The segments, in the order given, where at least one cluster is STRONG and at least one is not:
 * the strong ones in the order of the clusters; the others with their status, the gaps (MISSING,
 * then WEAK) before the merely COVERED, each in the order of the clusters. Linear in segments ×
 * clusters, where the pairs (peerStrengths) grow with strong × lacking.
 */
export function peerSegments(segmentIds: readonly string[], clusters: readonly ClusterStatuses[]): PeerSegment[] {
  const out: PeerSegment[] = [];
  for (const segmentId of segmentIds) {
    const strongClusters: StrongCluster[] = [];
    const lackingClusters: LackingCluster[] = [];
    for (const { clusterId, clusterName, statuses } of clusters) {
      const status = statuses.get(segmentId);
      if (status === undefined) continue;
      if (status === 'STRONG') strongClusters.push({ clusterId, clusterName });
      else lackingClusters.push({ clusterId, clusterName, status });
    }
    if (strongClusters.length === 0 || lackingClusters.length === 0) continue;
    // stable: within a status, the order of the clusters
    lackingClusters.sort((a, b) => GAP_STATUSES.indexOf(a.status) - GAP_STATUSES.indexOf(b.status));
    out.push({ segmentId, strongClusters, lackingClusters });
  }
  return out;
}

/**
 * The pairs of peerSegments: per segment, per lacking status (MISSING, WEAK, COVERED), every strong
 * cluster with every lacking cluster of that status, each in the order of its list.
 */
export function pairsOfPeerSegments<S extends PeerSegment>(segments: readonly S[]): (PeerStrength & Omit<S, keyof PeerSegment>)[] {
  const out: (PeerStrength & Omit<S, keyof PeerSegment>)[] = [];
  for (const { segmentId, strongClusters, lackingClusters, ...rest } of segments) {
    for (const status of GAP_STATUSES) {
      for (const strong of strongClusters) {
        for (const lacking of lackingClusters) {
          if (lacking.status !== status) continue;
          out.push({
            ...rest,
            segmentId,
            strongClusterId: strong.clusterId,
            strongClusterName: strong.clusterName,
            lackingClusterId: lacking.clusterId,
            lackingClusterName: lacking.clusterName,
            lackingStatus: status,
          });
        }
      }
    }
  }
  return out;
}

/**
 * Every (segment, strong cluster, lacking cluster) where one is STRONG and the other is not:
 * per segment in the order given, the gaps (MISSING, then WEAK) before the merely COVERED, then
 * clusters in the order given. Grows with strong × lacking clusters per segment: the API keeps it
 * only as the deprecated ChainComparison.peerStrengths.
 */
export function peerStrengths(segmentIds: readonly string[], clusters: readonly ClusterStatuses[]): PeerStrength[] {
  return pairsOfPeerSegments(peerSegments(segmentIds, clusters));
}
