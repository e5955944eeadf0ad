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
    "\n  query ChainEvolution($clusterId: ID!, $fromYear: Int!, $toYear: Int!) {\n    chainEvolution(clusterId: $clusterId, fromYear: $fromYear, toYear: $toYear) {\n      fromYear toYear completenessFrom completenessTo gapsHealed gapsNew gapsPersistent\n      segments { segmentId name statusFrom statusTo localFirmsFrom localFirmsTo localSupplyRatioFrom localSupplyRatioTo change }\n    }\n  }\n": typeof types.ChainEvolutionDocument,
    "\n  query LocalSubstitutes($clusterId: ID!, $segmentId: ID!, $year: Int, $first: Int) {\n    localSubstitutes(clusterId: $clusterId, segmentId: $segmentId, year: $year, first: $first) {\n      enterprise { creditCode name county chainLeader } suppliesCluster suppliedValue clusterMember revenue revenueBand srdiLevel\n    }\n  }\n": typeof types.LocalSubstitutesDocument,
    "\n  query WhatIfAttract($clusterId: ID!, $attract: [String!]!, $year: Int) {\n    whatIfAttract(clusterId: $clusterId, attract: $attract, year: $year) {\n      year attracted { creditCode name city province } completenessBefore completenessAfter\n      segments { segmentId name statusBefore statusAfter localFirmsBefore localFirmsAfter localSupplyRatioBefore localSupplyRatioAfter }\n      indicatorChanges { key label labelEn unit unitEn change basis basisEn }\n    }\n  }\n": typeof types.WhatIfAttractDocument,
    "\n  fragment ChainRiskFields on SingleSourceRisk {\n    buyerCode buyerName segmentId segmentName supplierCode supplierName value valueBand supplierLocal\n  }\n": typeof types.ChainRiskFieldsFragmentDoc,
    "\n  fragment ChainSegmentFields on SegmentGap {\n    segmentId name stage order status\n    localFirms localRevenue localRevenueBand localSrdiFirms localChainLeaders\n    clusterFirms clusterRevenue clusterRevenueBand clusterSrdiFirms clusterChainLeaders\n    inflow inflowBand localInflow localInflowBand localSupplyRatio topSupplierShare topSupplierCode topSupplierName singlePoint\n    supplierCount buyerCount singleSourceRiskCount feeds\n  }\n": typeof types.ChainSegmentFieldsFragmentDoc,
    "\n  query ChainMap($clusterId: ID!, $year: Int) {\n    cluster(id: $clusterId) { id name county level year output memberCount chainName }\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      clusterId clusterName chainId chainName year supplyYears figuresYear completeness\n      thresholds { weakLocalSupplyRatio strongLocalSupplyRatio strongMinLocalFirms singlePointShare }\n      segments { ...ChainSegmentFields }\n      investmentTargets { rank creditCode name city province segmentId segmentName stage segmentStatus inflow buyers reason reasonEn }\n      investmentTargetsHidden\n      extensionOpportunities { segmentId }\n      singleSourceRiskCount\n      singleSourceRisks { ...ChainRiskFields }\n    }\n  }\n": typeof types.ChainMapDocument,
    "\n  query ChainRisks($clusterId: ID!, $year: Int, $first: Int!, $offset: Int!, $segmentId: ID) {\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      singleSourceRiskCount\n      singleSourceRisks(first: $first, offset: $offset, segmentId: $segmentId) { ...ChainRiskFields }\n    }\n  }\n": typeof types.ChainRisksDocument,
    "\n  query SegmentFirms($clusterId: ID!, $year: Int, $segmentId: ID!, $first: Int!, $offset: Int!) {\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      segmentFirms(segmentId: $segmentId, first: $first, offset: $offset) {\n        totalCount\n        firms { enterprise { creditCode name local chainLeader county } revenue revenueBand srdiLevel }\n      }\n    }\n  }\n": typeof types.SegmentFirmsDocument,
    "\n  query ChainMapClusters { clusters { id name county level chainName year output memberCount } }\n": typeof types.ChainMapClustersDocument,
    "\n  query WhatIf($clusterId: ID!, $remove: [String!]!, $year: Int) {\n    whatIf(clusterId: $clusterId, remove: $remove, year: $year) {\n      year figuresYear removed cutOffCount affectedRevenue affectedRevenueBand truncated\n      waves { depth revenue revenueBand firms { creditCode name local county city province chainLeader segments { id } } }\n    }\n  }\n": typeof types.WhatIfDocument,
    "\n  query WhatIfFirm($creditCode: String!) { enterprise(creditCode: $creditCode) { creditCode name local chainLeader county city province } }\n": typeof types.WhatIfFirmDocument,
    "\n  query ChainLeaders($clusterId: ID!, $year: Int) {\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      chainLeaders { enterprise { creditCode name local county city province } segmentIds clusterMember revenue revenueBand }\n    }\n  }\n": typeof types.ChainLeadersDocument,
    "\n  query CompareChains { clusters { id name county chainId chainName } }\n": typeof types.CompareChainsDocument,
    "\n  query ChainComparison($chainId: ID!, $year: Int) {\n    chainComparison(chainId: $chainId, year: $year) {\n      chainId chainName year years\n      segments { segmentId name stage order }\n      clusters { clusterId clusterName county completeness segments { segmentId status localSupplyRatio clusterFirms localFirms } }\n      peerStrengths { segmentId segmentName strongClusterId strongClusterName lackingClusterId lackingClusterName lackingStatus }\n    }\n  }\n": typeof types.ChainComparisonDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { id }\n  }\n": types.SignInDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query Me {\n    me { id username name role clusterIds permissions }\n  }\n": types.MeDocument,
    "\n  mutation SignOut { signOut }\n": types.SignOutDocument,
    "\n  query SearchBox($query: String!, $first: Int, $clusterId: ID) {\n    searchEnterprises(query: $query, first: $first, clusterId: $clusterId) {\n      totalCount\n      totalCapped\n      edges { node { creditCode name local county city province chainLeader products } }\n    }\n  }\n": types.SearchBoxDocument,
    "\n  query ChainEvolution($clusterId: ID!, $fromYear: Int!, $toYear: Int!) {\n    chainEvolution(clusterId: $clusterId, fromYear: $fromYear, toYear: $toYear) {\n      fromYear toYear completenessFrom completenessTo gapsHealed gapsNew gapsPersistent\n      segments { segmentId name statusFrom statusTo localFirmsFrom localFirmsTo localSupplyRatioFrom localSupplyRatioTo change }\n    }\n  }\n": types.ChainEvolutionDocument,
    "\n  query LocalSubstitutes($clusterId: ID!, $segmentId: ID!, $year: Int, $first: Int) {\n    localSubstitutes(clusterId: $clusterId, segmentId: $segmentId, year: $year, first: $first) {\n      enterprise { creditCode name county chainLeader } suppliesCluster suppliedValue clusterMember revenue revenueBand srdiLevel\n    }\n  }\n": types.LocalSubstitutesDocument,
    "\n  query WhatIfAttract($clusterId: ID!, $attract: [String!]!, $year: Int) {\n    whatIfAttract(clusterId: $clusterId, attract: $attract, year: $year) {\n      year attracted { creditCode name city province } completenessBefore completenessAfter\n      segments { segmentId name statusBefore statusAfter localFirmsBefore localFirmsAfter localSupplyRatioBefore localSupplyRatioAfter }\n      indicatorChanges { key label labelEn unit unitEn change basis basisEn }\n    }\n  }\n": types.WhatIfAttractDocument,
    "\n  fragment ChainRiskFields on SingleSourceRisk {\n    buyerCode buyerName segmentId segmentName supplierCode supplierName value valueBand supplierLocal\n  }\n": types.ChainRiskFieldsFragmentDoc,
    "\n  fragment ChainSegmentFields on SegmentGap {\n    segmentId name stage order status\n    localFirms localRevenue localRevenueBand localSrdiFirms localChainLeaders\n    clusterFirms clusterRevenue clusterRevenueBand clusterSrdiFirms clusterChainLeaders\n    inflow inflowBand localInflow localInflowBand localSupplyRatio topSupplierShare topSupplierCode topSupplierName singlePoint\n    supplierCount buyerCount singleSourceRiskCount feeds\n  }\n": types.ChainSegmentFieldsFragmentDoc,
    "\n  query ChainMap($clusterId: ID!, $year: Int) {\n    cluster(id: $clusterId) { id name county level year output memberCount chainName }\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      clusterId clusterName chainId chainName year supplyYears figuresYear completeness\n      thresholds { weakLocalSupplyRatio strongLocalSupplyRatio strongMinLocalFirms singlePointShare }\n      segments { ...ChainSegmentFields }\n      investmentTargets { rank creditCode name city province segmentId segmentName stage segmentStatus inflow buyers reason reasonEn }\n      investmentTargetsHidden\n      extensionOpportunities { segmentId }\n      singleSourceRiskCount\n      singleSourceRisks { ...ChainRiskFields }\n    }\n  }\n": types.ChainMapDocument,
    "\n  query ChainRisks($clusterId: ID!, $year: Int, $first: Int!, $offset: Int!, $segmentId: ID) {\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      singleSourceRiskCount\n      singleSourceRisks(first: $first, offset: $offset, segmentId: $segmentId) { ...ChainRiskFields }\n    }\n  }\n": types.ChainRisksDocument,
    "\n  query SegmentFirms($clusterId: ID!, $year: Int, $segmentId: ID!, $first: Int!, $offset: Int!) {\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      segmentFirms(segmentId: $segmentId, first: $first, offset: $offset) {\n        totalCount\n        firms { enterprise { creditCode name local chainLeader county } revenue revenueBand srdiLevel }\n      }\n    }\n  }\n": types.SegmentFirmsDocument,
    "\n  query ChainMapClusters { clusters { id name county level chainName year output memberCount } }\n": types.ChainMapClustersDocument,
    "\n  query WhatIf($clusterId: ID!, $remove: [String!]!, $year: Int) {\n    whatIf(clusterId: $clusterId, remove: $remove, year: $year) {\n      year figuresYear removed cutOffCount affectedRevenue affectedRevenueBand truncated\n      waves { depth revenue revenueBand firms { creditCode name local county city province chainLeader segments { id } } }\n    }\n  }\n": types.WhatIfDocument,
    "\n  query WhatIfFirm($creditCode: String!) { enterprise(creditCode: $creditCode) { creditCode name local chainLeader county city province } }\n": types.WhatIfFirmDocument,
    "\n  query ChainLeaders($clusterId: ID!, $year: Int) {\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      chainLeaders { enterprise { creditCode name local county city province } segmentIds clusterMember revenue revenueBand }\n    }\n  }\n": types.ChainLeadersDocument,
    "\n  query CompareChains { clusters { id name county chainId chainName } }\n": types.CompareChainsDocument,
    "\n  query ChainComparison($chainId: ID!, $year: Int) {\n    chainComparison(chainId: $chainId, year: $year) {\n      chainId chainName year years\n      segments { segmentId name stage order }\n      clusters { clusterId clusterName county completeness segments { segmentId status localSupplyRatio clusterFirms localFirms } }\n      peerStrengths { segmentId segmentName strongClusterId strongClusterName lackingClusterId lackingClusterName lackingStatus }\n    }\n  }\n": types.ChainComparisonDocument,
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
export function graphql(source: "\n  query ChainEvolution($clusterId: ID!, $fromYear: Int!, $toYear: Int!) {\n    chainEvolution(clusterId: $clusterId, fromYear: $fromYear, toYear: $toYear) {\n      fromYear toYear completenessFrom completenessTo gapsHealed gapsNew gapsPersistent\n      segments { segmentId name statusFrom statusTo localFirmsFrom localFirmsTo localSupplyRatioFrom localSupplyRatioTo change }\n    }\n  }\n"): typeof import('./graphql').ChainEvolutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalSubstitutes($clusterId: ID!, $segmentId: ID!, $year: Int, $first: Int) {\n    localSubstitutes(clusterId: $clusterId, segmentId: $segmentId, year: $year, first: $first) {\n      enterprise { creditCode name county chainLeader } suppliesCluster suppliedValue clusterMember revenue revenueBand srdiLevel\n    }\n  }\n"): typeof import('./graphql').LocalSubstitutesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatIfAttract($clusterId: ID!, $attract: [String!]!, $year: Int) {\n    whatIfAttract(clusterId: $clusterId, attract: $attract, year: $year) {\n      year attracted { creditCode name city province } completenessBefore completenessAfter\n      segments { segmentId name statusBefore statusAfter localFirmsBefore localFirmsAfter localSupplyRatioBefore localSupplyRatioAfter }\n      indicatorChanges { key label labelEn unit unitEn change basis basisEn }\n    }\n  }\n"): typeof import('./graphql').WhatIfAttractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChainRiskFields on SingleSourceRisk {\n    buyerCode buyerName segmentId segmentName supplierCode supplierName value valueBand supplierLocal\n  }\n"): typeof import('./graphql').ChainRiskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChainSegmentFields on SegmentGap {\n    segmentId name stage order status\n    localFirms localRevenue localRevenueBand localSrdiFirms localChainLeaders\n    clusterFirms clusterRevenue clusterRevenueBand clusterSrdiFirms clusterChainLeaders\n    inflow inflowBand localInflow localInflowBand localSupplyRatio topSupplierShare topSupplierCode topSupplierName singlePoint\n    supplierCount buyerCount singleSourceRiskCount feeds\n  }\n"): typeof import('./graphql').ChainSegmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainMap($clusterId: ID!, $year: Int) {\n    cluster(id: $clusterId) { id name county level year output memberCount chainName }\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      clusterId clusterName chainId chainName year supplyYears figuresYear completeness\n      thresholds { weakLocalSupplyRatio strongLocalSupplyRatio strongMinLocalFirms singlePointShare }\n      segments { ...ChainSegmentFields }\n      investmentTargets { rank creditCode name city province segmentId segmentName stage segmentStatus inflow buyers reason reasonEn }\n      investmentTargetsHidden\n      extensionOpportunities { segmentId }\n      singleSourceRiskCount\n      singleSourceRisks { ...ChainRiskFields }\n    }\n  }\n"): typeof import('./graphql').ChainMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainRisks($clusterId: ID!, $year: Int, $first: Int!, $offset: Int!, $segmentId: ID) {\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      singleSourceRiskCount\n      singleSourceRisks(first: $first, offset: $offset, segmentId: $segmentId) { ...ChainRiskFields }\n    }\n  }\n"): typeof import('./graphql').ChainRisksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentFirms($clusterId: ID!, $year: Int, $segmentId: ID!, $first: Int!, $offset: Int!) {\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      segmentFirms(segmentId: $segmentId, first: $first, offset: $offset) {\n        totalCount\n        firms { enterprise { creditCode name local chainLeader county } revenue revenueBand srdiLevel }\n      }\n    }\n  }\n"): typeof import('./graphql').SegmentFirmsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainMapClusters { clusters { id name county level chainName year output memberCount } }\n"): typeof import('./graphql').ChainMapClustersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatIf($clusterId: ID!, $remove: [String!]!, $year: Int) {\n    whatIf(clusterId: $clusterId, remove: $remove, year: $year) {\n      year figuresYear removed cutOffCount affectedRevenue affectedRevenueBand truncated\n      waves { depth revenue revenueBand firms { creditCode name local county city province chainLeader segments { id } } }\n    }\n  }\n"): typeof import('./graphql').WhatIfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatIfFirm($creditCode: String!) { enterprise(creditCode: $creditCode) { creditCode name local chainLeader county city province } }\n"): typeof import('./graphql').WhatIfFirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainLeaders($clusterId: ID!, $year: Int) {\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      chainLeaders { enterprise { creditCode name local county city province } segmentIds clusterMember revenue revenueBand }\n    }\n  }\n"): typeof import('./graphql').ChainLeadersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareChains { clusters { id name county chainId chainName } }\n"): typeof import('./graphql').CompareChainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainComparison($chainId: ID!, $year: Int) {\n    chainComparison(chainId: $chainId, year: $year) {\n      chainId chainName year years\n      segments { segmentId name stage order }\n      clusters { clusterId clusterName county completeness segments { segmentId status localSupplyRatio clusterFirms localFirms } }\n      peerStrengths { segmentId segmentName strongClusterId strongClusterName lackingClusterId lackingClusterName lackingStatus }\n    }\n  }\n"): typeof import('./graphql').ChainComparisonDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
