import { graphql } from '../../gql';
import type { ClusterTargetsQuery, TargetClustersQuery } from '../../gql/graphql';

/**
 * GraphQL operations of the ranked 招商 targets (server/gaps chainGapReport; clusters). The target lists' operations
 * are shared with the add-to-list dialog: api/targetLists.ts.
 */

export const CLUSTERS_QUERY = graphql(`
  query TargetClusters {
    clusters {
      id
      name
      county
      level
      chainName
      year
      output
    }
  }
`);

export type ClusterOption = TargetClustersQuery['clusters'][number];

export const CLUSTER_TARGETS_QUERY = graphql(`
  query ClusterTargets($clusterId: ID!) {
    chainGapReport(clusterId: $clusterId) {
      clusterId
      clusterName
      year
      segments {
        segmentId
        name
        stage
        order
        status
      }
      investmentTargets {
        rank
        creditCode
        name
        city
        province
        segmentId
        segmentName
        stage
        segmentStatus
        inflow
        buyers
        reason
      }
      investmentTargetsHidden
    }
  }
`);

type ClusterTargets = NonNullable<ClusterTargetsQuery['chainGapReport']>;
export type Target = ClusterTargets['investmentTargets'][number];
