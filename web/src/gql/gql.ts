/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { id }\n  }\n": typeof types.SignInDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Me {\n    me { id username name role clusterIds permissions }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignOut { signOut }\n": typeof types.SignOutDocument,
    "\n  query SearchBox($query: String!, $first: Int, $clusterId: ID) {\n    searchEnterprises(query: $query, first: $first, clusterId: $clusterId) {\n      totalCount\n      totalCapped\n      edges { node { creditCode name local county city province chainLeader products } }\n    }\n  }\n": typeof types.SearchBoxDocument,
    "\n  query CompareChains { clusters { id name county chainId chainName } }\n": typeof types.CompareChainsDocument,
    "\n  query ChainComparison($chainId: ID!, $year: Int) {\n    chainComparison(chainId: $chainId, year: $year) {\n      chainId chainName year years\n      segments { segmentId name stage order }\n      clusters { clusterId clusterName county completeness segments { segmentId status localSupplyRatio clusterFirms localFirms } }\n      peerStrengths { segmentId segmentName strongClusterId strongClusterName lackingClusterId lackingClusterName lackingStatus }\n    }\n  }\n": typeof types.ChainComparisonDocument,
    "\n  query CollaborationNetwork($clusterId: ID, $year: Int) {\n    collaborationNetwork(clusterId: $clusterId, year: $year) {\n      nodes { id kind label local creditCode revenue community centrality }\n      edges { id source target kind year collaborationKind title }\n      truncated\n      totalNodes\n      totalEdges\n      topActors(first: 10) { id kind label local creditCode revenue community centrality }\n    }\n  }\n": typeof types.CollaborationNetworkDocument,
    "\n  query NetworkClusters {\n    clusters { id name county }\n  }\n": typeof types.NetworkClustersDocument,
    "\n  query NetworkYears {\n    targetDashboard { years }\n  }\n": typeof types.NetworkYearsDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { id }\n  }\n": types.SignInDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query Me {\n    me { id username name role clusterIds permissions }\n  }\n": types.MeDocument,
    "\n  mutation SignOut { signOut }\n": types.SignOutDocument,
    "\n  query SearchBox($query: String!, $first: Int, $clusterId: ID) {\n    searchEnterprises(query: $query, first: $first, clusterId: $clusterId) {\n      totalCount\n      totalCapped\n      edges { node { creditCode name local county city province chainLeader products } }\n    }\n  }\n": types.SearchBoxDocument,
    "\n  query CompareChains { clusters { id name county chainId chainName } }\n": types.CompareChainsDocument,
    "\n  query ChainComparison($chainId: ID!, $year: Int) {\n    chainComparison(chainId: $chainId, year: $year) {\n      chainId chainName year years\n      segments { segmentId name stage order }\n      clusters { clusterId clusterName county completeness segments { segmentId status localSupplyRatio clusterFirms localFirms } }\n      peerStrengths { segmentId segmentName strongClusterId strongClusterName lackingClusterId lackingClusterName lackingStatus }\n    }\n  }\n": types.ChainComparisonDocument,
    "\n  query CollaborationNetwork($clusterId: ID, $year: Int) {\n    collaborationNetwork(clusterId: $clusterId, year: $year) {\n      nodes { id kind label local creditCode revenue community centrality }\n      edges { id source target kind year collaborationKind title }\n      truncated\n      totalNodes\n      totalEdges\n      topActors(first: 10) { id kind label local creditCode revenue community centrality }\n    }\n  }\n": types.CollaborationNetworkDocument,
    "\n  query NetworkClusters {\n    clusters { id name county }\n  }\n": types.NetworkClustersDocument,
    "\n  query NetworkYears {\n    targetDashboard { years }\n  }\n": types.NetworkYearsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { id }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id username name role clusterIds permissions }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut { signOut }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchBox($query: String!, $first: Int, $clusterId: ID) {\n    searchEnterprises(query: $query, first: $first, clusterId: $clusterId) {\n      totalCount\n      totalCapped\n      edges { node { creditCode name local county city province chainLeader products } }\n    }\n  }\n"): typeof import('./graphql').SearchBoxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareChains { clusters { id name county chainId chainName } }\n"): typeof import('./graphql').CompareChainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainComparison($chainId: ID!, $year: Int) {\n    chainComparison(chainId: $chainId, year: $year) {\n      chainId chainName year years\n      segments { segmentId name stage order }\n      clusters { clusterId clusterName county completeness segments { segmentId status localSupplyRatio clusterFirms localFirms } }\n      peerStrengths { segmentId segmentName strongClusterId strongClusterName lackingClusterId lackingClusterName lackingStatus }\n    }\n  }\n"): typeof import('./graphql').ChainComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollaborationNetwork($clusterId: ID, $year: Int) {\n    collaborationNetwork(clusterId: $clusterId, year: $year) {\n      nodes { id kind label local creditCode revenue community centrality }\n      edges { id source target kind year collaborationKind title }\n      truncated\n      totalNodes\n      totalEdges\n      topActors(first: 10) { id kind label local creditCode revenue community centrality }\n    }\n  }\n"): typeof import('./graphql').CollaborationNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkClusters {\n    clusters { id name county }\n  }\n"): typeof import('./graphql').NetworkClustersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkYears {\n    targetDashboard { years }\n  }\n"): typeof import('./graphql').NetworkYearsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
