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
    "\n  fragment TargetListFields on TargetList {\n    id name clusterId clusterName note createdAt updatedAt updatedBy entryCount\n    statusCounts { status count }\n  }\n": typeof types.TargetListFieldsFragmentDoc,
    "\n  fragment TargetEntryFields on TargetListEntry {\n    listId creditCode name local county city province segmentId segmentName reason\n    status statusNote statusDate addedAt updatedAt updatedBy\n    history { status note date by byName at }\n  }\n": typeof types.TargetEntryFieldsFragmentDoc,
    "\n  query TargetLists { targetLists { ...TargetListFields } }\n": typeof types.TargetListsDocument,
    "\n  query TargetList($id: ID!) { targetList(id: $id) { ...TargetListFields entries { ...TargetEntryFields } } }\n": typeof types.TargetListDocument,
    "\n  mutation CreateTargetList($name: String!, $clusterId: ID, $note: String) {\n    createTargetList(name: $name, clusterId: $clusterId, note: $note) { ...TargetListFields }\n  }\n": typeof types.CreateTargetListDocument,
    "\n  mutation RenameTargetList($id: ID!, $name: String!) { renameTargetList(id: $id, name: $name) { id name } }\n": typeof types.RenameTargetListDocument,
    "\n  mutation DeleteTargetList($id: ID!) { deleteTargetList(id: $id) }\n": typeof types.DeleteTargetListDocument,
    "\n  mutation AddTargetToList($listId: ID!, $creditCode: String!, $segmentId: ID, $reason: String) {\n    addTargetToList(listId: $listId, creditCode: $creditCode, segmentId: $segmentId, reason: $reason) { listId creditCode }\n  }\n": typeof types.AddTargetToListDocument,
    "\n  mutation RemoveTargetFromList($listId: ID!, $creditCode: String!) { removeTargetFromList(listId: $listId, creditCode: $creditCode) { id } }\n": typeof types.RemoveTargetFromListDocument,
    "\n  mutation SetTargetStatus($listId: ID!, $creditCode: String!, $status: PipelineStatus!, $note: String, $date: String) {\n    setTargetStatus(listId: $listId, creditCode: $creditCode, status: $status, note: $note, date: $date) { ...TargetEntryFields }\n  }\n": typeof types.SetTargetStatusDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { id }\n  }\n": typeof types.SignInDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Me {\n    me { id username name role clusterIds permissions }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignOut { signOut }\n": typeof types.SignOutDocument,
    "\n  query EnterpriseSuggestions($query: String!, $first: Int, $clusterId: ID) {\n    searchEnterprises(query: $query, first: $first, clusterId: $clusterId) {\n      totalCount\n      totalCapped\n      edges { node { creditCode name local county city province chainLeader products } }\n    }\n  }\n": typeof types.EnterpriseSuggestionsDocument,
    "\n  query ImportLog($after: String) {\n    auditLog(first: 50, after: $after, entity: \"Import\") { edges { node { id at userId action key after } } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.ImportLogDocument,
    "\n  query ImportChanges($id: ID!, $after: String) {\n    importChanges(importId: $id, first: 20, after: $after) { edges { node { file row key op before after } } pageInfo { hasNextPage endCursor } totalCount }\n  }\n": typeof types.ImportChangesDocument,
    "\n  mutation UndoImport($id: ID!) { undoImport(importId: $id) { importId restored deleted auditEntryId } }\n": typeof types.UndoImportDocument,
    "\n  query AdminUsers { users { id username name role clusterIds disabled lastSignInAt } }\n": typeof types.AdminUsersDocument,
    "\n  query AdminClusters { clusters { id name } }\n": typeof types.AdminClustersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id username } password } }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) { setUserDisabled(id: $id, disabled: $disabled) { id } }\n": typeof types.SetUserDisabledDocument,
    "\n  mutation ResetUserPassword($id: ID!) { resetUserPassword(id: $id) { user { username } password } }\n": typeof types.ResetUserPasswordDocument,
    "\n  query AuditLog($after: String, $userId: ID, $entity: String) {\n    auditLog(first: 50, after: $after, userId: $userId, entity: $entity) {\n      edges { node { id at userId action entity key before after } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query ChainEvolution($clusterId: ID!, $fromYear: Int!, $toYear: Int!) {\n    chainEvolution(clusterId: $clusterId, fromYear: $fromYear, toYear: $toYear) {\n      fromYear toYear completenessFrom completenessTo gapsHealed gapsNew gapsPersistent\n      segments { segmentId name statusFrom statusTo localFirmsFrom localFirmsTo localSupplyRatioFrom localSupplyRatioTo change }\n    }\n  }\n": typeof types.ChainEvolutionDocument,
    "\n  query LocalSubstitutes($clusterId: ID!, $segmentId: ID!, $year: Int, $scope: LocalScope, $first: Int) {\n    localSubstitutes(clusterId: $clusterId, segmentId: $segmentId, year: $year, scope: $scope, first: $first) {\n      enterprise { creditCode name county chainLeader } suppliesCluster suppliedValue clusterMember revenue revenueBand srdiLevel\n    }\n  }\n": typeof types.LocalSubstitutesDocument,
    "\n  query WhatIfAttract($clusterId: ID!, $attract: [String!]!, $year: Int) {\n    whatIfAttract(clusterId: $clusterId, attract: $attract, year: $year) {\n      year attracted { creditCode name city province } completenessBefore completenessAfter\n      segments { segmentId name statusBefore statusAfter localFirmsBefore localFirmsAfter localSupplyRatioBefore localSupplyRatioAfter }\n      indicatorChanges { key label labelEn unit unitEn change basis basisEn }\n    }\n  }\n": typeof types.WhatIfAttractDocument,
    "\n  fragment ChainRiskFields on SingleSourceRisk {\n    buyerCode buyerName segmentId segmentName supplierCode supplierName value valueBand supplierLocal\n  }\n": typeof types.ChainRiskFieldsFragmentDoc,
    "\n  fragment ChainSegmentFields on SegmentGap {\n    segmentId name stage order status\n    localFirms localRevenue localRevenueBand localSrdiFirms localChainLeaders\n    clusterFirms clusterRevenue clusterRevenueBand clusterSrdiFirms clusterChainLeaders\n    inflow inflowBand localInflow localInflowBand localSupplyRatio topSupplierShare topSupplierCode topSupplierName singlePoint\n    supplierCount buyerCount singleSourceRiskCount feeds\n  }\n": typeof types.ChainSegmentFieldsFragmentDoc,
    "\n  query ChainMap($clusterId: ID!, $year: Int, $scope: LocalScope) {\n    cluster(id: $clusterId) { id name county level year output memberCount chainName }\n    chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {\n      clusterId scope clusterName chainId chainName year supplyYears figuresYear completeness\n      thresholds { weakLocalSupplyRatio strongLocalSupplyRatio strongMinLocalFirms singlePointShare }\n      segments { ...ChainSegmentFields }\n      investmentTargets { rank creditCode name city province segmentId segmentName stage segmentStatus inflow buyers reason reasonEn }\n      investmentTargetsHidden\n      extensionOpportunities { segmentId }\n      singleSourceRiskCount\n      singleSourceRisks { ...ChainRiskFields }\n    }\n  }\n": typeof types.ChainMapDocument,
    "\n  query ChainRisks($clusterId: ID!, $year: Int, $scope: LocalScope, $first: Int!, $offset: Int!, $segmentId: ID) {\n    chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {\n      singleSourceRiskCount\n      singleSourceRisks(first: $first, offset: $offset, segmentId: $segmentId) { ...ChainRiskFields }\n    }\n  }\n": typeof types.ChainRisksDocument,
    "\n  query SegmentFirms($clusterId: ID!, $year: Int, $segmentId: ID!, $first: Int!, $offset: Int!) {\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      segmentFirms(segmentId: $segmentId, first: $first, offset: $offset) {\n        totalCount\n        firms { enterprise { creditCode name local chainLeader county } revenue revenueBand srdiLevel }\n      }\n    }\n  }\n": typeof types.SegmentFirmsDocument,
    "\n  query ChainMapClusters { clusters { id name county level chainName year output memberCount } }\n": typeof types.ChainMapClustersDocument,
    "\n  query WhatIf($clusterId: ID!, $remove: [String!]!, $year: Int) {\n    whatIf(clusterId: $clusterId, remove: $remove, year: $year) {\n      year figuresYear removed cutOffCount affectedRevenue affectedRevenueBand truncated\n      waves { depth revenue revenueBand firms { creditCode name local county city province chainLeader segments { id } } }\n    }\n  }\n": typeof types.WhatIfDocument,
    "\n  query WhatIfFirm($creditCode: String!) { enterprise(creditCode: $creditCode) { creditCode name local chainLeader county city province } }\n": typeof types.WhatIfFirmDocument,
    "\n  query ChainLeaders($clusterId: ID!, $year: Int) {\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      chainLeaders { enterprise { creditCode name local county city province } segmentIds clusterMember revenue revenueBand }\n    }\n  }\n": typeof types.ChainLeadersDocument,
    "\n  query CompareChains { clusters { id name county chainId chainName } }\n": typeof types.CompareChainsDocument,
    "\n  query ChainComparison($chainId: ID!, $year: Int) {\n    chainComparison(chainId: $chainId, year: $year) {\n      chainId chainName year years\n      segments { segmentId name stage order }\n      clusters { clusterId clusterName county completeness segments { segmentId status localSupplyRatio clusterFirms localFirms } }\n      peerStrengths { segmentId segmentName strongClusterId strongClusterName lackingClusterId lackingClusterName lackingStatus }\n    }\n  }\n": typeof types.ChainComparisonDocument,
    "\n  query TargetDashboard($year: Int) {\n    targetDashboard(year: $year) {\n      year years baselineYear targetYear\n      indicators { key targetKind policyTarget baseline value target progress met trend { year value } }\n    }\n  }\n": typeof types.TargetDashboardDocument,
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
    "\n  query CollaborationNetwork($clusterId: ID, $year: Int) {\n    collaborationNetwork(clusterId: $clusterId, year: $year) {\n      nodes { id kind label local creditCode revenue community centrality }\n      edges { id source target kind year collaborationKind title }\n      truncated\n      totalNodes\n      totalEdges\n      topActors(first: 10) { id kind label local creditCode revenue community centrality }\n    }\n  }\n": typeof types.CollaborationNetworkDocument,
    "\n  query NetworkClusters {\n    clusters { id name county }\n  }\n": typeof types.NetworkClustersDocument,
    "\n  query NetworkYears {\n    targetDashboard { years }\n  }\n": typeof types.NetworkYearsDocument,
    "\n  query Panorama {\n    clusters { id name county level output year memberCount chainName }\n  }\n": typeof types.PanoramaDocument,
    "\n  query TargetClusters { clusters { id name county level chainName year output } }\n": typeof types.TargetClustersDocument,
    "\n  query ClusterTargets($clusterId: ID!) {\n    chainGapReport(clusterId: $clusterId) {\n      clusterId clusterName year\n      segments { segmentId name stage order status }\n      investmentTargets { rank creditCode name city province segmentId segmentName stage segmentStatus inflow buyers reason }\n      investmentTargetsHidden\n    }\n  }\n": typeof types.ClusterTargetsDocument,
};
const documents: Documents = {
    "\n  mutation SetEnterpriseSegment($creditCode: String!, $segmentId: ID!, $member: Boolean!) {\n    setEnterpriseSegment(creditCode: $creditCode, segmentId: $segmentId, member: $member) { creditCode version }\n  }\n": types.SetEnterpriseSegmentDocument,
    "\n  fragment TargetListFields on TargetList {\n    id name clusterId clusterName note createdAt updatedAt updatedBy entryCount\n    statusCounts { status count }\n  }\n": types.TargetListFieldsFragmentDoc,
    "\n  fragment TargetEntryFields on TargetListEntry {\n    listId creditCode name local county city province segmentId segmentName reason\n    status statusNote statusDate addedAt updatedAt updatedBy\n    history { status note date by byName at }\n  }\n": types.TargetEntryFieldsFragmentDoc,
    "\n  query TargetLists { targetLists { ...TargetListFields } }\n": types.TargetListsDocument,
    "\n  query TargetList($id: ID!) { targetList(id: $id) { ...TargetListFields entries { ...TargetEntryFields } } }\n": types.TargetListDocument,
    "\n  mutation CreateTargetList($name: String!, $clusterId: ID, $note: String) {\n    createTargetList(name: $name, clusterId: $clusterId, note: $note) { ...TargetListFields }\n  }\n": types.CreateTargetListDocument,
    "\n  mutation RenameTargetList($id: ID!, $name: String!) { renameTargetList(id: $id, name: $name) { id name } }\n": types.RenameTargetListDocument,
    "\n  mutation DeleteTargetList($id: ID!) { deleteTargetList(id: $id) }\n": types.DeleteTargetListDocument,
    "\n  mutation AddTargetToList($listId: ID!, $creditCode: String!, $segmentId: ID, $reason: String) {\n    addTargetToList(listId: $listId, creditCode: $creditCode, segmentId: $segmentId, reason: $reason) { listId creditCode }\n  }\n": types.AddTargetToListDocument,
    "\n  mutation RemoveTargetFromList($listId: ID!, $creditCode: String!) { removeTargetFromList(listId: $listId, creditCode: $creditCode) { id } }\n": types.RemoveTargetFromListDocument,
    "\n  mutation SetTargetStatus($listId: ID!, $creditCode: String!, $status: PipelineStatus!, $note: String, $date: String) {\n    setTargetStatus(listId: $listId, creditCode: $creditCode, status: $status, note: $note, date: $date) { ...TargetEntryFields }\n  }\n": types.SetTargetStatusDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { id }\n  }\n": types.SignInDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query Me {\n    me { id username name role clusterIds permissions }\n  }\n": types.MeDocument,
    "\n  mutation SignOut { signOut }\n": types.SignOutDocument,
    "\n  query EnterpriseSuggestions($query: String!, $first: Int, $clusterId: ID) {\n    searchEnterprises(query: $query, first: $first, clusterId: $clusterId) {\n      totalCount\n      totalCapped\n      edges { node { creditCode name local county city province chainLeader products } }\n    }\n  }\n": types.EnterpriseSuggestionsDocument,
    "\n  query ImportLog($after: String) {\n    auditLog(first: 50, after: $after, entity: \"Import\") { edges { node { id at userId action key after } } pageInfo { hasNextPage endCursor } }\n  }\n": types.ImportLogDocument,
    "\n  query ImportChanges($id: ID!, $after: String) {\n    importChanges(importId: $id, first: 20, after: $after) { edges { node { file row key op before after } } pageInfo { hasNextPage endCursor } totalCount }\n  }\n": types.ImportChangesDocument,
    "\n  mutation UndoImport($id: ID!) { undoImport(importId: $id) { importId restored deleted auditEntryId } }\n": types.UndoImportDocument,
    "\n  query AdminUsers { users { id username name role clusterIds disabled lastSignInAt } }\n": types.AdminUsersDocument,
    "\n  query AdminClusters { clusters { id name } }\n": types.AdminClustersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id username } password } }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }\n": types.UpdateUserDocument,
    "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) { setUserDisabled(id: $id, disabled: $disabled) { id } }\n": types.SetUserDisabledDocument,
    "\n  mutation ResetUserPassword($id: ID!) { resetUserPassword(id: $id) { user { username } password } }\n": types.ResetUserPasswordDocument,
    "\n  query AuditLog($after: String, $userId: ID, $entity: String) {\n    auditLog(first: 50, after: $after, userId: $userId, entity: $entity) {\n      edges { node { id at userId action entity key before after } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query ChainEvolution($clusterId: ID!, $fromYear: Int!, $toYear: Int!) {\n    chainEvolution(clusterId: $clusterId, fromYear: $fromYear, toYear: $toYear) {\n      fromYear toYear completenessFrom completenessTo gapsHealed gapsNew gapsPersistent\n      segments { segmentId name statusFrom statusTo localFirmsFrom localFirmsTo localSupplyRatioFrom localSupplyRatioTo change }\n    }\n  }\n": types.ChainEvolutionDocument,
    "\n  query LocalSubstitutes($clusterId: ID!, $segmentId: ID!, $year: Int, $scope: LocalScope, $first: Int) {\n    localSubstitutes(clusterId: $clusterId, segmentId: $segmentId, year: $year, scope: $scope, first: $first) {\n      enterprise { creditCode name county chainLeader } suppliesCluster suppliedValue clusterMember revenue revenueBand srdiLevel\n    }\n  }\n": types.LocalSubstitutesDocument,
    "\n  query WhatIfAttract($clusterId: ID!, $attract: [String!]!, $year: Int) {\n    whatIfAttract(clusterId: $clusterId, attract: $attract, year: $year) {\n      year attracted { creditCode name city province } completenessBefore completenessAfter\n      segments { segmentId name statusBefore statusAfter localFirmsBefore localFirmsAfter localSupplyRatioBefore localSupplyRatioAfter }\n      indicatorChanges { key label labelEn unit unitEn change basis basisEn }\n    }\n  }\n": types.WhatIfAttractDocument,
    "\n  fragment ChainRiskFields on SingleSourceRisk {\n    buyerCode buyerName segmentId segmentName supplierCode supplierName value valueBand supplierLocal\n  }\n": types.ChainRiskFieldsFragmentDoc,
    "\n  fragment ChainSegmentFields on SegmentGap {\n    segmentId name stage order status\n    localFirms localRevenue localRevenueBand localSrdiFirms localChainLeaders\n    clusterFirms clusterRevenue clusterRevenueBand clusterSrdiFirms clusterChainLeaders\n    inflow inflowBand localInflow localInflowBand localSupplyRatio topSupplierShare topSupplierCode topSupplierName singlePoint\n    supplierCount buyerCount singleSourceRiskCount feeds\n  }\n": types.ChainSegmentFieldsFragmentDoc,
    "\n  query ChainMap($clusterId: ID!, $year: Int, $scope: LocalScope) {\n    cluster(id: $clusterId) { id name county level year output memberCount chainName }\n    chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {\n      clusterId scope clusterName chainId chainName year supplyYears figuresYear completeness\n      thresholds { weakLocalSupplyRatio strongLocalSupplyRatio strongMinLocalFirms singlePointShare }\n      segments { ...ChainSegmentFields }\n      investmentTargets { rank creditCode name city province segmentId segmentName stage segmentStatus inflow buyers reason reasonEn }\n      investmentTargetsHidden\n      extensionOpportunities { segmentId }\n      singleSourceRiskCount\n      singleSourceRisks { ...ChainRiskFields }\n    }\n  }\n": types.ChainMapDocument,
    "\n  query ChainRisks($clusterId: ID!, $year: Int, $scope: LocalScope, $first: Int!, $offset: Int!, $segmentId: ID) {\n    chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {\n      singleSourceRiskCount\n      singleSourceRisks(first: $first, offset: $offset, segmentId: $segmentId) { ...ChainRiskFields }\n    }\n  }\n": types.ChainRisksDocument,
    "\n  query SegmentFirms($clusterId: ID!, $year: Int, $segmentId: ID!, $first: Int!, $offset: Int!) {\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      segmentFirms(segmentId: $segmentId, first: $first, offset: $offset) {\n        totalCount\n        firms { enterprise { creditCode name local chainLeader county } revenue revenueBand srdiLevel }\n      }\n    }\n  }\n": types.SegmentFirmsDocument,
    "\n  query ChainMapClusters { clusters { id name county level chainName year output memberCount } }\n": types.ChainMapClustersDocument,
    "\n  query WhatIf($clusterId: ID!, $remove: [String!]!, $year: Int) {\n    whatIf(clusterId: $clusterId, remove: $remove, year: $year) {\n      year figuresYear removed cutOffCount affectedRevenue affectedRevenueBand truncated\n      waves { depth revenue revenueBand firms { creditCode name local county city province chainLeader segments { id } } }\n    }\n  }\n": types.WhatIfDocument,
    "\n  query WhatIfFirm($creditCode: String!) { enterprise(creditCode: $creditCode) { creditCode name local chainLeader county city province } }\n": types.WhatIfFirmDocument,
    "\n  query ChainLeaders($clusterId: ID!, $year: Int) {\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      chainLeaders { enterprise { creditCode name local county city province } segmentIds clusterMember revenue revenueBand }\n    }\n  }\n": types.ChainLeadersDocument,
    "\n  query CompareChains { clusters { id name county chainId chainName } }\n": types.CompareChainsDocument,
    "\n  query ChainComparison($chainId: ID!, $year: Int) {\n    chainComparison(chainId: $chainId, year: $year) {\n      chainId chainName year years\n      segments { segmentId name stage order }\n      clusters { clusterId clusterName county completeness segments { segmentId status localSupplyRatio clusterFirms localFirms } }\n      peerStrengths { segmentId segmentName strongClusterId strongClusterName lackingClusterId lackingClusterName lackingStatus }\n    }\n  }\n": types.ChainComparisonDocument,
    "\n  query TargetDashboard($year: Int) {\n    targetDashboard(year: $year) {\n      year years baselineYear targetYear\n      indicators { key targetKind policyTarget baseline value target progress met trend { year value } }\n    }\n  }\n": types.TargetDashboardDocument,
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
    "\n  query CollaborationNetwork($clusterId: ID, $year: Int) {\n    collaborationNetwork(clusterId: $clusterId, year: $year) {\n      nodes { id kind label local creditCode revenue community centrality }\n      edges { id source target kind year collaborationKind title }\n      truncated\n      totalNodes\n      totalEdges\n      topActors(first: 10) { id kind label local creditCode revenue community centrality }\n    }\n  }\n": types.CollaborationNetworkDocument,
    "\n  query NetworkClusters {\n    clusters { id name county }\n  }\n": types.NetworkClustersDocument,
    "\n  query NetworkYears {\n    targetDashboard { years }\n  }\n": types.NetworkYearsDocument,
    "\n  query Panorama {\n    clusters { id name county level output year memberCount chainName }\n  }\n": types.PanoramaDocument,
    "\n  query TargetClusters { clusters { id name county level chainName year output } }\n": types.TargetClustersDocument,
    "\n  query ClusterTargets($clusterId: ID!) {\n    chainGapReport(clusterId: $clusterId) {\n      clusterId clusterName year\n      segments { segmentId name stage order status }\n      investmentTargets { rank creditCode name city province segmentId segmentName stage segmentStatus inflow buyers reason }\n      investmentTargetsHidden\n    }\n  }\n": types.ClusterTargetsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEnterpriseSegment($creditCode: String!, $segmentId: ID!, $member: Boolean!) {\n    setEnterpriseSegment(creditCode: $creditCode, segmentId: $segmentId, member: $member) { creditCode version }\n  }\n"): typeof import('./graphql').SetEnterpriseSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetListFields on TargetList {\n    id name clusterId clusterName note createdAt updatedAt updatedBy entryCount\n    statusCounts { status count }\n  }\n"): typeof import('./graphql').TargetListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetEntryFields on TargetListEntry {\n    listId creditCode name local county city province segmentId segmentName reason\n    status statusNote statusDate addedAt updatedAt updatedBy\n    history { status note date by byName at }\n  }\n"): typeof import('./graphql').TargetEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetLists { targetLists { ...TargetListFields } }\n"): typeof import('./graphql').TargetListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetList($id: ID!) { targetList(id: $id) { ...TargetListFields entries { ...TargetEntryFields } } }\n"): typeof import('./graphql').TargetListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTargetList($name: String!, $clusterId: ID, $note: String) {\n    createTargetList(name: $name, clusterId: $clusterId, note: $note) { ...TargetListFields }\n  }\n"): typeof import('./graphql').CreateTargetListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameTargetList($id: ID!, $name: String!) { renameTargetList(id: $id, name: $name) { id name } }\n"): typeof import('./graphql').RenameTargetListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTargetList($id: ID!) { deleteTargetList(id: $id) }\n"): typeof import('./graphql').DeleteTargetListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTargetToList($listId: ID!, $creditCode: String!, $segmentId: ID, $reason: String) {\n    addTargetToList(listId: $listId, creditCode: $creditCode, segmentId: $segmentId, reason: $reason) { listId creditCode }\n  }\n"): typeof import('./graphql').AddTargetToListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTargetFromList($listId: ID!, $creditCode: String!) { removeTargetFromList(listId: $listId, creditCode: $creditCode) { id } }\n"): typeof import('./graphql').RemoveTargetFromListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTargetStatus($listId: ID!, $creditCode: String!, $status: PipelineStatus!, $note: String, $date: String) {\n    setTargetStatus(listId: $listId, creditCode: $creditCode, status: $status, note: $note, date: $date) { ...TargetEntryFields }\n  }\n"): typeof import('./graphql').SetTargetStatusDocument;
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
export function graphql(source: "\n  query ImportLog($after: String) {\n    auditLog(first: 50, after: $after, entity: \"Import\") { edges { node { id at userId action key after } } pageInfo { hasNextPage endCursor } }\n  }\n"): typeof import('./graphql').ImportLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportChanges($id: ID!, $after: String) {\n    importChanges(importId: $id, first: 20, after: $after) { edges { node { file row key op before after } } pageInfo { hasNextPage endCursor } totalCount }\n  }\n"): typeof import('./graphql').ImportChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoImport($id: ID!) { undoImport(importId: $id) { importId restored deleted auditEntryId } }\n"): typeof import('./graphql').UndoImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers { users { id username name role clusterIds disabled lastSignInAt } }\n"): typeof import('./graphql').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminClusters { clusters { id name } }\n"): typeof import('./graphql').AdminClustersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { user { id username } password } }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) { setUserDisabled(id: $id, disabled: $disabled) { id } }\n"): typeof import('./graphql').SetUserDisabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!) { resetUserPassword(id: $id) { user { username } password } }\n"): typeof import('./graphql').ResetUserPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($after: String, $userId: ID, $entity: String) {\n    auditLog(first: 50, after: $after, userId: $userId, entity: $entity) {\n      edges { node { id at userId action entity key before after } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainEvolution($clusterId: ID!, $fromYear: Int!, $toYear: Int!) {\n    chainEvolution(clusterId: $clusterId, fromYear: $fromYear, toYear: $toYear) {\n      fromYear toYear completenessFrom completenessTo gapsHealed gapsNew gapsPersistent\n      segments { segmentId name statusFrom statusTo localFirmsFrom localFirmsTo localSupplyRatioFrom localSupplyRatioTo change }\n    }\n  }\n"): typeof import('./graphql').ChainEvolutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalSubstitutes($clusterId: ID!, $segmentId: ID!, $year: Int, $scope: LocalScope, $first: Int) {\n    localSubstitutes(clusterId: $clusterId, segmentId: $segmentId, year: $year, scope: $scope, first: $first) {\n      enterprise { creditCode name county chainLeader } suppliesCluster suppliedValue clusterMember revenue revenueBand srdiLevel\n    }\n  }\n"): typeof import('./graphql').LocalSubstitutesDocument;
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
export function graphql(source: "\n  query ChainMap($clusterId: ID!, $year: Int, $scope: LocalScope) {\n    cluster(id: $clusterId) { id name county level year output memberCount chainName }\n    chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {\n      clusterId scope clusterName chainId chainName year supplyYears figuresYear completeness\n      thresholds { weakLocalSupplyRatio strongLocalSupplyRatio strongMinLocalFirms singlePointShare }\n      segments { ...ChainSegmentFields }\n      investmentTargets { rank creditCode name city province segmentId segmentName stage segmentStatus inflow buyers reason reasonEn }\n      investmentTargetsHidden\n      extensionOpportunities { segmentId }\n      singleSourceRiskCount\n      singleSourceRisks { ...ChainRiskFields }\n    }\n  }\n"): typeof import('./graphql').ChainMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainRisks($clusterId: ID!, $year: Int, $scope: LocalScope, $first: Int!, $offset: Int!, $segmentId: ID) {\n    chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {\n      singleSourceRiskCount\n      singleSourceRisks(first: $first, offset: $offset, segmentId: $segmentId) { ...ChainRiskFields }\n    }\n  }\n"): typeof import('./graphql').ChainRisksDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetDashboard($year: Int) {\n    targetDashboard(year: $year) {\n      year years baselineYear targetYear\n      indicators { key targetKind policyTarget baseline value target progress met trend { year value } }\n    }\n  }\n"): typeof import('./graphql').TargetDashboardDocument;
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Panorama {\n    clusters { id name county level output year memberCount chainName }\n  }\n"): typeof import('./graphql').PanoramaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetClusters { clusters { id name county level chainName year output } }\n"): typeof import('./graphql').TargetClustersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterTargets($clusterId: ID!) {\n    chainGapReport(clusterId: $clusterId) {\n      clusterId clusterName year\n      segments { segmentId name stage order status }\n      investmentTargets { rank creditCode name city province segmentId segmentName stage segmentStatus inflow buyers reason }\n      investmentTargetsHidden\n    }\n  }\n"): typeof import('./graphql').ClusterTargetsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
