import { graphql } from '../../gql';
import type { ChainComparisonQuery, CompareChainsQuery } from '../../gql/graphql';

/** GraphQL operations of the peer comparison (server/chains/schema.graphql chainComparison; clusters). */

export const CHAINS_QUERY = graphql(`
  query CompareChains {
    clusters {
      id
      name
      county
      chainId
      chainName
    }
  }
`);

export type ClusterChain = CompareChainsQuery['clusters'][number];

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
      peerStrengths {
        segmentId
        segmentName
        strongClusterId
        strongClusterName
        lackingClusterId
        lackingClusterName
        lackingStatus
      }
    }
  }
`);

export type Comparison = NonNullable<ChainComparisonQuery['chainComparison']>;
