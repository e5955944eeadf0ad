import type { GapStatus, Stage } from '#shared/enums.js';

/** GraphQL operations of the peer comparison (server/chains/schema.graphql chainComparison; clusters). */

export const CHAINS_QUERY = /* GraphQL */ `
  query CompareChains { clusters { id name county chainId chainName } }
`;

export interface ClusterChain {
  id: string;
  name: string;
  county: string;
  chainId: string | null;
  chainName: string | null;
}

export const COMPARISON_QUERY = /* GraphQL */ `
  query ChainComparison($chainId: ID!, $year: Int) {
    chainComparison(chainId: $chainId, year: $year) {
      chainId chainName year years
      segments { segmentId name stage order }
      clusters { clusterId clusterName county completeness segments { segmentId status localSupplyRatio clusterFirms localFirms } }
      peerStrengths { segmentId segmentName strongClusterId strongClusterName lackingClusterId lackingClusterName lackingStatus }
    }
  }
`;

export interface ClusterRow {
  clusterId: string;
  clusterName: string;
  county: string | null;
  completeness: number;
  segments: { segmentId: string; status: GapStatus; localSupplyRatio: number | null; clusterFirms: number; localFirms: number }[];
}

export interface Comparison {
  chainId: string;
  chainName: string;
  year: number | null;
  years: number[];
  segments: { segmentId: string; name: string; stage: Stage; order: number }[];
  clusters: ClusterRow[];
  peerStrengths: { segmentId: string; segmentName: string; strongClusterId: string; strongClusterName: string; lackingClusterId: string; lackingClusterName: string; lackingStatus: GapStatus }[];
}
