import { graphql } from '../gql';
import type { ClustersQuery } from '../gql/graphql';

/**
 * The clusters (server/clusters/schema.graphql): one list for the views that pick one (chain map, comparison, network,
 * targets, user admin), so they share one request and one cache entry.
 */
graphql(`
  fragment ClusterSummary on Cluster {
    id
    name
    county
    level
    chainId
    chainName
    year
    output
    memberCount
  }
`);

export const CLUSTERS_QUERY = graphql(`
  query Clusters {
    clusters {
      ...ClusterSummary
    }
  }
`);

export type ClusterSummary = ClustersQuery['clusters'][number];
