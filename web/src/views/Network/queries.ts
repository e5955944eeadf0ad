import { graphql } from '../../gql';

/** GraphQL operations of the collaboration network (server/network/schema.graphql collaborationNetwork; clusters; years). */

/** A node as the graph draws it and the top-actors list names it (spread by NETWORK_QUERY). */
graphql(`
  fragment NetworkNodeFields on GraphNode {
    id
    kind
    label
    local
    creditCode
    revenue
    community
    centrality
  }
`);

export const NETWORK_QUERY = graphql(`
  query CollaborationNetwork($clusterId: ID, $year: Int) {
    collaborationNetwork(clusterId: $clusterId, year: $year) {
      nodes {
        ...NetworkNodeFields
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
        ...NetworkNodeFields
      }
    }
  }
`);

export { CLUSTERS_QUERY } from '../../api/clusters';

/** The years with figures in the data (the dashboard's year list). */
export const YEARS_QUERY = graphql(`
  query NetworkYears {
    targetDashboard {
      years
    }
  }
`);
