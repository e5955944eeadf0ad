import { graphql } from '../../gql';
import type { ClusterTargetsQuery } from '../../gql/graphql';

/**
 * GraphQL operations of the ranked 招商 targets (server/gaps chainGapReport; clusters). The target lists' operations
 * are shared with the add-to-list dialog: api/targetLists.ts.
 */

export { CLUSTERS_QUERY, type ClusterSummary as ClusterOption } from '../../api/clusters';

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
        ...InvestmentTargetFields
      }
      investmentTargetsHidden
    }
  }
`);

type ClusterTargets = NonNullable<ClusterTargetsQuery['chainGapReport']>;
export type Target = ClusterTargets['investmentTargets'][number];
