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
    "\n  mutation SetEnterpriseSegment($creditCode: String!, $segmentId: ID!, $member: Boolean!) {\n    setEnterpriseSegment(creditCode: $creditCode, segmentId: $segmentId, member: $member) { creditCode version }\n  }\n": typeof types.SetEnterpriseSegmentDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { id }\n  }\n": typeof types.SignInDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Me {\n    me { id username name role clusterIds permissions }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignOut { signOut }\n": typeof types.SignOutDocument,
    "\n  query EnterpriseSuggestions($query: String!, $first: Int, $clusterId: ID) {\n    searchEnterprises(query: $query, first: $first, clusterId: $clusterId) {\n      totalCount\n      totalCapped\n      edges { node { creditCode name local county city province chainLeader products } }\n    }\n  }\n": typeof types.EnterpriseSuggestionsDocument,
    "\n  query CompareChains { clusters { id name county chainId chainName } }\n": typeof types.CompareChainsDocument,
    "\n  query ChainComparison($chainId: ID!, $year: Int) {\n    chainComparison(chainId: $chainId, year: $year) {\n      chainId chainName year years\n      segments { segmentId name stage order }\n      clusters { clusterId clusterName county completeness segments { segmentId status localSupplyRatio clusterFirms localFirms } }\n      peerStrengths { segmentId segmentName strongClusterId strongClusterName lackingClusterId lackingClusterName lackingStatus }\n    }\n  }\n": typeof types.ChainComparisonDocument,
    "\n  query EnterpriseEdit($creditCode: String!) {\n    enterprise(creditCode: $creditCode) {\n      creditCode name local county city province founded chainLeader version updatedByName\n      editScope { allowed reason }\n      clusters { id name chainId }\n      segments { id name stage chainId }\n      years { year revenue rdSpend aboveScale srdiLevel highValuePatents smartFactory digitalTransformation greenList greenDiagnosis version }\n      supplyLinks(first: 200) {\n        id supplierCode buyerCode segmentId year annualValue product version\n        supplier { name } buyer { name }\n        editScope { allowed reason }\n      }\n      collaborations { id kind year title institute { id name } }\n      recentChanges(first: 10) { id at userName action entity key before after }\n    }\n    clusters { id name chainId }\n  }\n": typeof types.EnterpriseEditDocument,
    "\n  query EnterpriseEditSegments($chainIds: [ID!]!) { chainSegments(chainIds: $chainIds) { id name stage order chainId } }\n": typeof types.EnterpriseEditSegmentsDocument,
    "\n  query ResearchInstitutes { researchInstitutes { id name kind } }\n": typeof types.ResearchInstitutesDocument,
    "\n  mutation UpdateEnterprise($creditCode: String!, $input: EnterpriseInput!, $expectedVersion: Int) {\n    updateEnterprise(creditCode: $creditCode, input: $input, expectedVersion: $expectedVersion) { creditCode version }\n  }\n": typeof types.UpdateEnterpriseDocument,
    "\n  mutation UpsertEnterpriseYear($creditCode: String!, $year: Int!, $input: EnterpriseYearInput!, $expectedVersion: Int) {\n    upsertEnterpriseYear(creditCode: $creditCode, year: $year, input: $input, expectedVersion: $expectedVersion) { year version }\n  }\n": typeof types.UpsertEnterpriseYearDocument,
    "\n  mutation UpsertSupplyLink($input: SupplyLinkInput!, $expectedVersion: Int) {\n    upsertSupplyLink(input: $input, expectedVersion: $expectedVersion) { id version }\n  }\n": typeof types.UpsertSupplyLinkDocument,
    "\n  mutation DeleteSupplyLink($key: SupplyLinkKeyInput!, $expectedVersion: Int) {\n    deleteSupplyLink(key: $key, expectedVersion: $expectedVersion) { id }\n  }\n": typeof types.DeleteSupplyLinkDocument,
    "\n  mutation AddCollaboration($input: CollaborationInput!) { addCollaboration(input: $input) { id } }\n": typeof types.AddCollaborationDocument,
    "\n  mutation RemoveCollaboration($key: CollaborationKeyInput!) { removeCollaboration(key: $key) { id } }\n": typeof types.RemoveCollaborationDocument,
    "\n  query EnterpriseProfile($creditCode: String!) {\n    enterprise(creditCode: $creditCode) {\n      creditCode\n      name\n      local\n      county\n      city\n      province\n      founded\n      chainLeader\n      products\n      srdiLevel\n      supplierCount\n      customerCount\n      updatedBy\n      updatedAt\n      clusters { id name county level }\n      segments { id name stage order chainId }\n      years { year revenue revenueBand rdSpend rdIntensity aboveScale srdiLevel highValuePatents smartFactory digitalTransformation greenList greenDiagnosis }\n    }\n  }\n": typeof types.EnterpriseProfileDocument,
    "\n  fragment SupplyGraphFields on GraphView {\n    nodes { id label local creditCode revenue revenueBand depth chainLeader srdiLevel }\n    edges { id source target value valueBand product year }\n    truncated\n    totalNodes\n    totalEdges\n  }\n": typeof types.SupplyGraphFieldsFragmentDoc,
    "\n  query SupplyNeighborhood($creditCode: String!, $depth: Int!, $direction: Direction!) {\n    supplyNeighborhood(creditCode: $creditCode, depth: $depth, direction: $direction) { ...SupplyGraphFields }\n  }\n": typeof types.SupplyNeighborhoodDocument,
    "\n  query SupplyPath($from: String!, $to: String!) {\n    supplyPath(from: $from, to: $to) { ...SupplyGraphFields }\n  }\n": typeof types.SupplyPathDocument,
    "\n  query EnterpriseSearchPage($query: String!, $first: Int, $after: String, $chainLeader: Boolean, $srdiLevels: [SrdiLevel!], $local: Boolean, $county: String) {\n    searchEnterprises(query: $query, first: $first, after: $after, chainLeader: $chainLeader, srdiLevels: $srdiLevels, local: $local, county: $county) {\n      totalCount\n      totalCapped\n      expandedWords { word alternatives }\n      pageInfo { hasNextPage endCursor }\n      edges { matchedProducts node { creditCode name local county city chainLeader srdiLevel } }\n    }\n  }\n": typeof types.EnterpriseSearchPageDocument,
    "\n  query SearchSegments($query: String!) {\n    searchSegments(query: $query) {\n      segment { id name chainId }\n      chainName\n      clusters { id name }\n      localFirmCount\n      chainLeaders { creditCode name }\n      synonyms\n    }\n  }\n": typeof types.SearchSegmentsDocument,
    "\n  query SegmentSynonyms($s: ID) { synonyms(segmentId: $s) { term canonical } }\n": typeof types.SegmentSynonymsDocument,
    "\n  mutation SaveSynonym($s: ID!, $t: String!, $c: String!) { saveSynonym(segmentId: $s, term: $t, canonical: $c) { term } }\n": typeof types.SaveSynonymDocument,
    "\n  mutation DeleteSynonym($s: ID!, $t: String!) { deleteSynonym(segmentId: $s, term: $t) { term } }\n": typeof types.DeleteSynonymDocument,
};
const documents: Documents = {
    "\n  mutation SetEnterpriseSegment($creditCode: String!, $segmentId: ID!, $member: Boolean!) {\n    setEnterpriseSegment(creditCode: $creditCode, segmentId: $segmentId, member: $member) { creditCode version }\n  }\n": types.SetEnterpriseSegmentDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { id }\n  }\n": types.SignInDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query Me {\n    me { id username name role clusterIds permissions }\n  }\n": types.MeDocument,
    "\n  mutation SignOut { signOut }\n": types.SignOutDocument,
    "\n  query EnterpriseSuggestions($query: String!, $first: Int, $clusterId: ID) {\n    searchEnterprises(query: $query, first: $first, clusterId: $clusterId) {\n      totalCount\n      totalCapped\n      edges { node { creditCode name local county city province chainLeader products } }\n    }\n  }\n": types.EnterpriseSuggestionsDocument,
    "\n  query CompareChains { clusters { id name county chainId chainName } }\n": types.CompareChainsDocument,
    "\n  query ChainComparison($chainId: ID!, $year: Int) {\n    chainComparison(chainId: $chainId, year: $year) {\n      chainId chainName year years\n      segments { segmentId name stage order }\n      clusters { clusterId clusterName county completeness segments { segmentId status localSupplyRatio clusterFirms localFirms } }\n      peerStrengths { segmentId segmentName strongClusterId strongClusterName lackingClusterId lackingClusterName lackingStatus }\n    }\n  }\n": types.ChainComparisonDocument,
    "\n  query EnterpriseEdit($creditCode: String!) {\n    enterprise(creditCode: $creditCode) {\n      creditCode name local county city province founded chainLeader version updatedByName\n      editScope { allowed reason }\n      clusters { id name chainId }\n      segments { id name stage chainId }\n      years { year revenue rdSpend aboveScale srdiLevel highValuePatents smartFactory digitalTransformation greenList greenDiagnosis version }\n      supplyLinks(first: 200) {\n        id supplierCode buyerCode segmentId year annualValue product version\n        supplier { name } buyer { name }\n        editScope { allowed reason }\n      }\n      collaborations { id kind year title institute { id name } }\n      recentChanges(first: 10) { id at userName action entity key before after }\n    }\n    clusters { id name chainId }\n  }\n": types.EnterpriseEditDocument,
    "\n  query EnterpriseEditSegments($chainIds: [ID!]!) { chainSegments(chainIds: $chainIds) { id name stage order chainId } }\n": types.EnterpriseEditSegmentsDocument,
    "\n  query ResearchInstitutes { researchInstitutes { id name kind } }\n": types.ResearchInstitutesDocument,
    "\n  mutation UpdateEnterprise($creditCode: String!, $input: EnterpriseInput!, $expectedVersion: Int) {\n    updateEnterprise(creditCode: $creditCode, input: $input, expectedVersion: $expectedVersion) { creditCode version }\n  }\n": types.UpdateEnterpriseDocument,
    "\n  mutation UpsertEnterpriseYear($creditCode: String!, $year: Int!, $input: EnterpriseYearInput!, $expectedVersion: Int) {\n    upsertEnterpriseYear(creditCode: $creditCode, year: $year, input: $input, expectedVersion: $expectedVersion) { year version }\n  }\n": types.UpsertEnterpriseYearDocument,
    "\n  mutation UpsertSupplyLink($input: SupplyLinkInput!, $expectedVersion: Int) {\n    upsertSupplyLink(input: $input, expectedVersion: $expectedVersion) { id version }\n  }\n": types.UpsertSupplyLinkDocument,
    "\n  mutation DeleteSupplyLink($key: SupplyLinkKeyInput!, $expectedVersion: Int) {\n    deleteSupplyLink(key: $key, expectedVersion: $expectedVersion) { id }\n  }\n": types.DeleteSupplyLinkDocument,
    "\n  mutation AddCollaboration($input: CollaborationInput!) { addCollaboration(input: $input) { id } }\n": types.AddCollaborationDocument,
    "\n  mutation RemoveCollaboration($key: CollaborationKeyInput!) { removeCollaboration(key: $key) { id } }\n": types.RemoveCollaborationDocument,
    "\n  query EnterpriseProfile($creditCode: String!) {\n    enterprise(creditCode: $creditCode) {\n      creditCode\n      name\n      local\n      county\n      city\n      province\n      founded\n      chainLeader\n      products\n      srdiLevel\n      supplierCount\n      customerCount\n      updatedBy\n      updatedAt\n      clusters { id name county level }\n      segments { id name stage order chainId }\n      years { year revenue revenueBand rdSpend rdIntensity aboveScale srdiLevel highValuePatents smartFactory digitalTransformation greenList greenDiagnosis }\n    }\n  }\n": types.EnterpriseProfileDocument,
    "\n  fragment SupplyGraphFields on GraphView {\n    nodes { id label local creditCode revenue revenueBand depth chainLeader srdiLevel }\n    edges { id source target value valueBand product year }\n    truncated\n    totalNodes\n    totalEdges\n  }\n": types.SupplyGraphFieldsFragmentDoc,
    "\n  query SupplyNeighborhood($creditCode: String!, $depth: Int!, $direction: Direction!) {\n    supplyNeighborhood(creditCode: $creditCode, depth: $depth, direction: $direction) { ...SupplyGraphFields }\n  }\n": types.SupplyNeighborhoodDocument,
    "\n  query SupplyPath($from: String!, $to: String!) {\n    supplyPath(from: $from, to: $to) { ...SupplyGraphFields }\n  }\n": types.SupplyPathDocument,
    "\n  query EnterpriseSearchPage($query: String!, $first: Int, $after: String, $chainLeader: Boolean, $srdiLevels: [SrdiLevel!], $local: Boolean, $county: String) {\n    searchEnterprises(query: $query, first: $first, after: $after, chainLeader: $chainLeader, srdiLevels: $srdiLevels, local: $local, county: $county) {\n      totalCount\n      totalCapped\n      expandedWords { word alternatives }\n      pageInfo { hasNextPage endCursor }\n      edges { matchedProducts node { creditCode name local county city chainLeader srdiLevel } }\n    }\n  }\n": types.EnterpriseSearchPageDocument,
    "\n  query SearchSegments($query: String!) {\n    searchSegments(query: $query) {\n      segment { id name chainId }\n      chainName\n      clusters { id name }\n      localFirmCount\n      chainLeaders { creditCode name }\n      synonyms\n    }\n  }\n": types.SearchSegmentsDocument,
    "\n  query SegmentSynonyms($s: ID) { synonyms(segmentId: $s) { term canonical } }\n": types.SegmentSynonymsDocument,
    "\n  mutation SaveSynonym($s: ID!, $t: String!, $c: String!) { saveSynonym(segmentId: $s, term: $t, canonical: $c) { term } }\n": types.SaveSynonymDocument,
    "\n  mutation DeleteSynonym($s: ID!, $t: String!) { deleteSynonym(segmentId: $s, term: $t) { term } }\n": types.DeleteSynonymDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEnterpriseSegment($creditCode: String!, $segmentId: ID!, $member: Boolean!) {\n    setEnterpriseSegment(creditCode: $creditCode, segmentId: $segmentId, member: $member) { creditCode version }\n  }\n"): typeof import('./graphql').SetEnterpriseSegmentDocument;
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
export function graphql(source: "\n  query EnterpriseSuggestions($query: String!, $first: Int, $clusterId: ID) {\n    searchEnterprises(query: $query, first: $first, clusterId: $clusterId) {\n      totalCount\n      totalCapped\n      edges { node { creditCode name local county city province chainLeader products } }\n    }\n  }\n"): typeof import('./graphql').EnterpriseSuggestionsDocument;
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
export function graphql(source: "\n  query EnterpriseEdit($creditCode: String!) {\n    enterprise(creditCode: $creditCode) {\n      creditCode name local county city province founded chainLeader version updatedByName\n      editScope { allowed reason }\n      clusters { id name chainId }\n      segments { id name stage chainId }\n      years { year revenue rdSpend aboveScale srdiLevel highValuePatents smartFactory digitalTransformation greenList greenDiagnosis version }\n      supplyLinks(first: 200) {\n        id supplierCode buyerCode segmentId year annualValue product version\n        supplier { name } buyer { name }\n        editScope { allowed reason }\n      }\n      collaborations { id kind year title institute { id name } }\n      recentChanges(first: 10) { id at userName action entity key before after }\n    }\n    clusters { id name chainId }\n  }\n"): typeof import('./graphql').EnterpriseEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseEditSegments($chainIds: [ID!]!) { chainSegments(chainIds: $chainIds) { id name stage order chainId } }\n"): typeof import('./graphql').EnterpriseEditSegmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchInstitutes { researchInstitutes { id name kind } }\n"): typeof import('./graphql').ResearchInstitutesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEnterprise($creditCode: String!, $input: EnterpriseInput!, $expectedVersion: Int) {\n    updateEnterprise(creditCode: $creditCode, input: $input, expectedVersion: $expectedVersion) { creditCode version }\n  }\n"): typeof import('./graphql').UpdateEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertEnterpriseYear($creditCode: String!, $year: Int!, $input: EnterpriseYearInput!, $expectedVersion: Int) {\n    upsertEnterpriseYear(creditCode: $creditCode, year: $year, input: $input, expectedVersion: $expectedVersion) { year version }\n  }\n"): typeof import('./graphql').UpsertEnterpriseYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertSupplyLink($input: SupplyLinkInput!, $expectedVersion: Int) {\n    upsertSupplyLink(input: $input, expectedVersion: $expectedVersion) { id version }\n  }\n"): typeof import('./graphql').UpsertSupplyLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSupplyLink($key: SupplyLinkKeyInput!, $expectedVersion: Int) {\n    deleteSupplyLink(key: $key, expectedVersion: $expectedVersion) { id }\n  }\n"): typeof import('./graphql').DeleteSupplyLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCollaboration($input: CollaborationInput!) { addCollaboration(input: $input) { id } }\n"): typeof import('./graphql').AddCollaborationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCollaboration($key: CollaborationKeyInput!) { removeCollaboration(key: $key) { id } }\n"): typeof import('./graphql').RemoveCollaborationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseProfile($creditCode: String!) {\n    enterprise(creditCode: $creditCode) {\n      creditCode\n      name\n      local\n      county\n      city\n      province\n      founded\n      chainLeader\n      products\n      srdiLevel\n      supplierCount\n      customerCount\n      updatedBy\n      updatedAt\n      clusters { id name county level }\n      segments { id name stage order chainId }\n      years { year revenue revenueBand rdSpend rdIntensity aboveScale srdiLevel highValuePatents smartFactory digitalTransformation greenList greenDiagnosis }\n    }\n  }\n"): typeof import('./graphql').EnterpriseProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupplyGraphFields on GraphView {\n    nodes { id label local creditCode revenue revenueBand depth chainLeader srdiLevel }\n    edges { id source target value valueBand product year }\n    truncated\n    totalNodes\n    totalEdges\n  }\n"): typeof import('./graphql').SupplyGraphFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplyNeighborhood($creditCode: String!, $depth: Int!, $direction: Direction!) {\n    supplyNeighborhood(creditCode: $creditCode, depth: $depth, direction: $direction) { ...SupplyGraphFields }\n  }\n"): typeof import('./graphql').SupplyNeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplyPath($from: String!, $to: String!) {\n    supplyPath(from: $from, to: $to) { ...SupplyGraphFields }\n  }\n"): typeof import('./graphql').SupplyPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseSearchPage($query: String!, $first: Int, $after: String, $chainLeader: Boolean, $srdiLevels: [SrdiLevel!], $local: Boolean, $county: String) {\n    searchEnterprises(query: $query, first: $first, after: $after, chainLeader: $chainLeader, srdiLevels: $srdiLevels, local: $local, county: $county) {\n      totalCount\n      totalCapped\n      expandedWords { word alternatives }\n      pageInfo { hasNextPage endCursor }\n      edges { matchedProducts node { creditCode name local county city chainLeader srdiLevel } }\n    }\n  }\n"): typeof import('./graphql').EnterpriseSearchPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSegments($query: String!) {\n    searchSegments(query: $query) {\n      segment { id name chainId }\n      chainName\n      clusters { id name }\n      localFirmCount\n      chainLeaders { creditCode name }\n      synonyms\n    }\n  }\n"): typeof import('./graphql').SearchSegmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentSynonyms($s: ID) { synonyms(segmentId: $s) { term canonical } }\n"): typeof import('./graphql').SegmentSynonymsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSynonym($s: ID!, $t: String!, $c: String!) { saveSynonym(segmentId: $s, term: $t, canonical: $c) { term } }\n"): typeof import('./graphql').SaveSynonymDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSynonym($s: ID!, $t: String!) { deleteSynonym(segmentId: $s, term: $t) { term } }\n"): typeof import('./graphql').DeleteSynonymDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
