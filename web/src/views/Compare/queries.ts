import { graphql } from '../../gql';
import type { ChainComparisonQuery } from '../../gql/graphql';

/** GraphQL operations of the peer comparison (server/chains/schema.graphql chainComparison; clusters). */

/** the clusters, to pick a chain by (ChainPicker) */
export { CLUSTERS_QUERY as CHAINS_QUERY, type ClusterSummary as ClusterChain } from '../../api/clusters';

export const COMPARISON_QUERY = graphql(`
  query ChainComparison($chainId: ID!, $year: Int, $scope: LocalScope) {
    chainComparison(chainId: $chainId, year: $year, scope: $scope) {
      chainId
      scope
      chainName
      year
      years
      segments {
        segmentId
        name
        stage
        order
      }
      clusters {
        clusterId
        clusterName
        county
        completeness
        segments {
          segmentId
          status
          localSupplyRatio
          clusterFirms
          localFirms
        }
      }
      peerSegments {
        segmentId
        segmentName
        strongClusters {
          clusterId
          clusterName
        }
        lackingClusters {
          clusterId
          clusterName
          status
        }
      }
    }
  }
`);

export type Comparison = NonNullable<ChainComparisonQuery['chainComparison']>;
