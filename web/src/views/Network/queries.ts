import { graphql } from '../../gql';

/** GraphQL operations of the collaboration network (server/network/schema.graphql collaborationNetwork; clusters; years). */

export const NETWORK_QUERY = graphql(`
  query CollaborationNetwork($clusterId: ID, $year: Int) {
    collaborationNetwork(clusterId: $clusterId, year: $year) {
      nodes {
        id
        kind
        label
        local
        creditCode
        revenue
        community
        centrality
      }
      edges {
        id
        source
        target
        kind
        year
        collaborationKind
        title
      }
      truncated
      totalNodes
      totalEdges
      topActors(first: 10) {
        id
        kind
        label
        local
        creditCode
        revenue
        community
        centrality
      }
    }
  }
`);

export const CLUSTERS_QUERY = graphql(`
  query NetworkClusters {
    clusters {
      id
      name
      county
    }
  }
`);

/** The years with figures in the data (the dashboard's year list). */
export const YEARS_QUERY = graphql(`
  query NetworkYears {
    targetDashboard {
      years
    }
  }
`);
