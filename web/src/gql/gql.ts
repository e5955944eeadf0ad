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
    "\n  mutation SetEnterpriseSegment($creditCode: String!, $segmentId: ID!, $member: Boolean!) {\n    setEnterpriseSegment(creditCode: $creditCode, segmentId: $segmentId, member: $member) {\n      creditCode\n      version\n    }\n  }\n": typeof types.SetEnterpriseSegmentDocument,
    "\n  fragment TargetListFields on TargetList {\n    id\n    name\n    clusterId\n    clusterName\n    note\n    createdAt\n    updatedAt\n    updatedBy\n    entryCount\n    statusCounts {\n      status\n      count\n    }\n  }\n": typeof types.TargetListFieldsFragmentDoc,
    "\n  fragment TargetEntryFields on TargetListEntry {\n    listId\n    creditCode\n    name\n    local\n    county\n    city\n    province\n    segmentId\n    segmentName\n    reason\n    status\n    statusNote\n    statusDate\n    addedAt\n    updatedAt\n    updatedBy\n    history {\n      status\n      note\n      date\n      by\n      byName\n      at\n    }\n  }\n": typeof types.TargetEntryFieldsFragmentDoc,
    "\n  query TargetLists {\n    targetLists {\n      ...TargetListFields\n    }\n  }\n": typeof types.TargetListsDocument,
    "\n  query TargetList($id: ID!) {\n    targetList(id: $id) {\n      ...TargetListFields\n      entries {\n        ...TargetEntryFields\n      }\n    }\n  }\n": typeof types.TargetListDocument,
    "\n  mutation CreateTargetList($name: String!, $clusterId: ID, $note: String) {\n    createTargetList(name: $name, clusterId: $clusterId, note: $note) {\n      ...TargetListFields\n    }\n  }\n": typeof types.CreateTargetListDocument,
    "\n  mutation RenameTargetList($id: ID!, $name: String!) {\n    renameTargetList(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.RenameTargetListDocument,
    "\n  mutation DeleteTargetList($id: ID!) {\n    deleteTargetList(id: $id)\n  }\n": typeof types.DeleteTargetListDocument,
    "\n  mutation AddTargetToList($listId: ID!, $creditCode: String!, $segmentId: ID, $reason: String) {\n    addTargetToList(listId: $listId, creditCode: $creditCode, segmentId: $segmentId, reason: $reason) {\n      listId\n      creditCode\n    }\n  }\n": typeof types.AddTargetToListDocument,
    "\n  mutation RemoveTargetFromList($listId: ID!, $creditCode: String!) {\n    removeTargetFromList(listId: $listId, creditCode: $creditCode) {\n      id\n    }\n  }\n": typeof types.RemoveTargetFromListDocument,
    "\n  mutation SetTargetStatus($listId: ID!, $creditCode: String!, $status: PipelineStatus!, $note: String, $date: String) {\n    setTargetStatus(listId: $listId, creditCode: $creditCode, status: $status, note: $note, date: $date) {\n      ...TargetEntryFields\n    }\n  }\n": typeof types.SetTargetStatusDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      id\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      name\n      role\n      clusterIds\n      permissions\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query EnterpriseSuggestions($query: String!, $first: Int, $clusterId: ID) {\n    searchEnterprises(query: $query, first: $first, clusterId: $clusterId) {\n      totalCount\n      totalCapped\n      edges {\n        node {\n          creditCode\n          name\n          local\n          county\n          city\n          province\n          chainLeader\n          products\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseSuggestionsDocument,
    "\n  query ImportLog($after: String) {\n    auditLog(first: 50, after: $after, entity: \"Import\") {\n      edges {\n        node {\n          id\n          at\n          userId\n          action\n          key\n          after\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ImportLogDocument,
    "\n  query ImportChanges($id: ID!, $after: String) {\n    importChanges(importId: $id, first: 20, after: $after) {\n      edges {\n        node {\n          file\n          row\n          key\n          op\n          before\n          after\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ImportChangesDocument,
    "\n  mutation UndoImport($id: ID!) {\n    undoImport(importId: $id) {\n      importId\n      restored\n      deleted\n      auditEntryId\n    }\n  }\n": typeof types.UndoImportDocument,
    "\n  query AdminUsers {\n    users {\n      id\n      username\n      name\n      role\n      clusterIds\n      disabled\n      lastSignInAt\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query AdminClusters {\n    clusters {\n      id\n      name\n    }\n  }\n": typeof types.AdminClustersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        username\n      }\n      password\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n    }\n  }\n": typeof types.SetUserDisabledDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      user {\n        username\n      }\n      password\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  query AuditLog($after: String, $userId: ID, $entity: String) {\n    auditLog(first: 50, after: $after, userId: $userId, entity: $entity) {\n      edges {\n        node {\n          id\n          at\n          userId\n          action\n          entity\n          key\n          before\n          after\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query ChainEvolution($clusterId: ID!, $fromYear: Int!, $toYear: Int!, $scope: LocalScope) {\n    chainEvolution(clusterId: $clusterId, fromYear: $fromYear, toYear: $toYear, scope: $scope) {\n      scope\n      fromYear\n      toYear\n      completenessFrom\n      completenessTo\n      gapsHealed\n      gapsNew\n      gapsPersistent\n      segments {\n        segmentId\n        name\n        statusFrom\n        statusTo\n        localFirmsFrom\n        localFirmsTo\n        localSupplyRatioFrom\n        localSupplyRatioTo\n        change\n      }\n    }\n  }\n": typeof types.ChainEvolutionDocument,
    "\n  query LocalSubstitutes($clusterId: ID!, $segmentId: ID!, $year: Int, $scope: LocalScope, $first: Int) {\n    localSubstitutes(clusterId: $clusterId, segmentId: $segmentId, year: $year, scope: $scope, first: $first) {\n      enterprise {\n        creditCode\n        name\n        county\n        chainLeader\n      }\n      suppliesCluster\n      suppliedValue\n      clusterMember\n      revenue\n      revenueBand\n      srdiLevel\n    }\n  }\n": typeof types.LocalSubstitutesDocument,
    "\n  query WhatIfAttract($clusterId: ID!, $attract: [String!]!, $year: Int, $scope: LocalScope) {\n    whatIfAttract(clusterId: $clusterId, attract: $attract, year: $year, scope: $scope) {\n      scope\n      year\n      attracted {\n        creditCode\n        name\n        city\n        province\n      }\n      completenessBefore\n      completenessAfter\n      segments {\n        segmentId\n        name\n        statusBefore\n        statusAfter\n        localFirmsBefore\n        localFirmsAfter\n        localSupplyRatioBefore\n        localSupplyRatioAfter\n      }\n      indicatorChanges {\n        key\n        label\n        labelEn\n        unit\n        unitEn\n        change\n        basis\n        basisEn\n      }\n    }\n  }\n": typeof types.WhatIfAttractDocument,
    "\n  fragment ChainRiskFields on SingleSourceRisk {\n    buyerCode\n    buyerName\n    segmentId\n    segmentName\n    supplierCode\n    supplierName\n    value\n    valueBand\n    supplierLocal\n  }\n": typeof types.ChainRiskFieldsFragmentDoc,
    "\n  fragment ChainSegmentFields on SegmentGap {\n    segmentId\n    name\n    stage\n    order\n    status\n    localFirms\n    localRevenue\n    localRevenueBand\n    localSrdiFirms\n    localChainLeaders\n    clusterFirms\n    clusterRevenue\n    clusterRevenueBand\n    clusterSrdiFirms\n    clusterChainLeaders\n    inflow\n    inflowBand\n    localInflow\n    localInflowBand\n    localSupplyRatio\n    topSupplierShare\n    topSupplierCode\n    topSupplierName\n    singlePoint\n    supplierCount\n    buyerCount\n    singleSourceRiskCount\n    singleSourceRiskValue\n    singleSourceRiskValueBand\n    singleSourceShare\n    singleSourceAtRisk\n    feeds\n  }\n": typeof types.ChainSegmentFieldsFragmentDoc,
    "\n  query ChainMap($clusterId: ID!, $year: Int, $scope: LocalScope) {\n    cluster(id: $clusterId) {\n      id\n      name\n      county\n      level\n      year\n      output\n      memberCount\n      chainName\n    }\n    chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {\n      clusterId\n      scope\n      clusterName\n      chainId\n      chainName\n      year\n      supplyYears\n      figuresYear\n      completeness\n      thresholds {\n        weakLocalSupplyRatio\n        strongLocalSupplyRatio\n        strongMinLocalFirms\n        singlePointShare\n        singleSourceShare\n      }\n      segments {\n        ...ChainSegmentFields\n      }\n      investmentTargets {\n        rank\n        creditCode\n        name\n        city\n        province\n        segmentId\n        segmentName\n        stage\n        segmentStatus\n        inflow\n        buyers\n        reason\n        reasonEn\n        onLists {\n          listId\n          listName\n          status\n        }\n      }\n      investmentTargetsHidden\n      extensionOpportunities {\n        segmentId\n      }\n      singleSourceRiskCount\n      singleSourceRisks {\n        ...ChainRiskFields\n      }\n    }\n  }\n": typeof types.ChainMapDocument,
    "\n  query ChainRisks($clusterId: ID!, $year: Int, $scope: LocalScope, $first: Int!, $offset: Int!, $segmentId: ID) {\n    chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {\n      singleSourceRiskCount\n      singleSourceRisks(first: $first, offset: $offset, segmentId: $segmentId) {\n        ...ChainRiskFields\n      }\n    }\n  }\n": typeof types.ChainRisksDocument,
    "\n  query ChainRiskGroups($clusterId: ID!, $year: Int, $scope: LocalScope, $first: Int!, $offset: Int!) {\n    chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {\n      singleSourceRiskSupplierCount\n      singleSourceRiskSegments(first: 100) {\n        segmentId\n        segmentName\n        stage\n        risks\n        supplierCount\n        value\n        valueBand\n        share\n        atRisk\n        topSuppliers {\n          supplierCode\n          supplierName\n          supplierLocal\n          buyers\n          value\n          valueBand\n        }\n      }\n      singleSourceRiskSuppliers(first: $first, offset: $offset) {\n        supplierCode\n        supplierName\n        supplierLocal\n        dependants\n        risks\n        value\n        valueBand\n        segmentIds\n      }\n    }\n  }\n": typeof types.ChainRiskGroupsDocument,
    "\n  query SegmentFirms($clusterId: ID!, $year: Int, $segmentId: ID!, $first: Int!, $offset: Int!) {\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      segmentFirms(segmentId: $segmentId, first: $first, offset: $offset) {\n        totalCount\n        firms {\n          enterprise {\n            creditCode\n            name\n            local\n            chainLeader\n            county\n          }\n          revenue\n          revenueBand\n          srdiLevel\n        }\n      }\n    }\n  }\n": typeof types.SegmentFirmsDocument,
    "\n  query ChainMapClusters {\n    clusters {\n      id\n      name\n      county\n      level\n      chainName\n      year\n      output\n      memberCount\n    }\n  }\n": typeof types.ChainMapClustersDocument,
    "\n  query WhatIf($clusterId: ID!, $remove: [String!]!, $year: Int) {\n    whatIf(clusterId: $clusterId, remove: $remove, year: $year) {\n      year\n      figuresYear\n      removed\n      cutOffCount\n      affectedRevenue\n      affectedRevenueBand\n      truncated\n      waves {\n        depth\n        revenue\n        revenueBand\n        firms {\n          creditCode\n          name\n          local\n          county\n          city\n          province\n          chainLeader\n          segments {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.WhatIfDocument,
    "\n  query WhatIfFirm($creditCode: String!) {\n    enterprise(creditCode: $creditCode) {\n      creditCode\n      name\n      local\n      chainLeader\n      county\n      city\n      province\n    }\n  }\n": typeof types.WhatIfFirmDocument,
    "\n  query ChainLeaders($clusterId: ID!, $year: Int) {\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      chainLeaders {\n        enterprise {\n          creditCode\n          name\n          local\n          county\n          city\n          province\n        }\n        segmentIds\n        clusterMember\n        revenue\n        revenueBand\n      }\n    }\n  }\n": typeof types.ChainLeadersDocument,
    "\n  query CompareChains {\n    clusters {\n      id\n      name\n      county\n      chainId\n      chainName\n    }\n  }\n": typeof types.CompareChainsDocument,
    "\n  query ChainComparison($chainId: ID!, $year: Int, $scope: LocalScope) {\n    chainComparison(chainId: $chainId, year: $year, scope: $scope) {\n      chainId\n      scope\n      chainName\n      year\n      years\n      segments {\n        segmentId\n        name\n        stage\n        order\n      }\n      clusters {\n        clusterId\n        clusterName\n        county\n        completeness\n        segments {\n          segmentId\n          status\n          localSupplyRatio\n          clusterFirms\n          localFirms\n        }\n      }\n      peerStrengths {\n        segmentId\n        segmentName\n        strongClusterId\n        strongClusterName\n        lackingClusterId\n        lackingClusterName\n        lackingStatus\n      }\n    }\n  }\n": typeof types.ChainComparisonDocument,
    "\n  query TargetDashboard($year: Int) {\n    targetDashboard(year: $year) {\n      year\n      years\n      baselineYear\n      targetYear\n      indicators {\n        key\n        targetKind\n        policyTarget\n        baseline\n        value\n        target\n        progress\n        met\n        trend {\n          year\n          value\n        }\n      }\n    }\n  }\n": typeof types.TargetDashboardDocument,
    "\n  query EnterpriseEdit($creditCode: String!) {\n    enterprise(creditCode: $creditCode) {\n      creditCode\n      name\n      local\n      county\n      city\n      province\n      founded\n      chainLeader\n      version\n      updatedByName\n      editScope {\n        allowed\n        reason\n      }\n      clusters {\n        id\n        name\n        chainId\n      }\n      segments {\n        id\n        name\n        stage\n        chainId\n      }\n      years {\n        year\n        revenue\n        rdSpend\n        aboveScale\n        srdiLevel\n        highValuePatents\n        smartFactory\n        digitalTransformation\n        greenList\n        greenDiagnosis\n        version\n      }\n      supplyLinks(first: 200) {\n        id\n        supplierCode\n        buyerCode\n        segmentId\n        year\n        annualValue\n        product\n        version\n        supplier {\n          name\n        }\n        buyer {\n          name\n        }\n        editScope {\n          allowed\n          reason\n        }\n      }\n      collaborations {\n        id\n        kind\n        year\n        title\n        institute {\n          id\n          name\n        }\n      }\n      recentChanges(first: 10) {\n        id\n        at\n        userName\n        action\n        entity\n        key\n        before\n        after\n      }\n    }\n    clusters {\n      id\n      name\n      chainId\n    }\n  }\n": typeof types.EnterpriseEditDocument,
    "\n  query EnterpriseEditSegments($chainIds: [ID!]!) {\n    chainSegments(chainIds: $chainIds) {\n      id\n      name\n      stage\n      order\n      chainId\n    }\n  }\n": typeof types.EnterpriseEditSegmentsDocument,
    "\n  query ResearchInstitutes {\n    researchInstitutes {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.ResearchInstitutesDocument,
    "\n  mutation UpdateEnterprise($creditCode: String!, $input: EnterpriseInput!, $expectedVersion: Int) {\n    updateEnterprise(creditCode: $creditCode, input: $input, expectedVersion: $expectedVersion) {\n      creditCode\n      version\n    }\n  }\n": typeof types.UpdateEnterpriseDocument,
    "\n  mutation UpsertEnterpriseYear($creditCode: String!, $year: Int!, $input: EnterpriseYearInput!, $expectedVersion: Int) {\n    upsertEnterpriseYear(creditCode: $creditCode, year: $year, input: $input, expectedVersion: $expectedVersion) {\n      year\n      version\n    }\n  }\n": typeof types.UpsertEnterpriseYearDocument,
    "\n  mutation UpsertSupplyLink($input: SupplyLinkInput!, $expectedVersion: Int) {\n    upsertSupplyLink(input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": typeof types.UpsertSupplyLinkDocument,
    "\n  mutation DeleteSupplyLink($key: SupplyLinkKeyInput!, $expectedVersion: Int) {\n    deleteSupplyLink(key: $key, expectedVersion: $expectedVersion) {\n      id\n    }\n  }\n": typeof types.DeleteSupplyLinkDocument,
    "\n  mutation AddCollaboration($input: CollaborationInput!) {\n    addCollaboration(input: $input) {\n      id\n    }\n  }\n": typeof types.AddCollaborationDocument,
    "\n  mutation RemoveCollaboration($key: CollaborationKeyInput!) {\n    removeCollaboration(key: $key) {\n      id\n    }\n  }\n": typeof types.RemoveCollaborationDocument,
    "\n  query EnterpriseProfile($creditCode: String!) {\n    enterprise(creditCode: $creditCode) {\n      creditCode\n      name\n      local\n      county\n      city\n      province\n      founded\n      chainLeader\n      products\n      srdiLevel\n      supplierCount\n      customerCount\n      updatedBy\n      updatedAt\n      clusters {\n        id\n        name\n        county\n        level\n      }\n      segments {\n        id\n        name\n        stage\n        order\n        chainId\n      }\n      years {\n        year\n        revenue\n        revenueBand\n        rdSpend\n        rdIntensity\n        aboveScale\n        srdiLevel\n        highValuePatents\n        smartFactory\n        digitalTransformation\n        greenList\n        greenDiagnosis\n      }\n    }\n  }\n": typeof types.EnterpriseProfileDocument,
    "\n  fragment SupplyGraphFields on GraphView {\n    nodes {\n      id\n      label\n      local\n      creditCode\n      revenue\n      revenueBand\n      depth\n      chainLeader\n      srdiLevel\n      segmentName\n    }\n    edges {\n      id\n      source\n      target\n      value\n      valueBand\n      product\n      year\n    }\n    truncated\n    totalNodes\n    totalEdges\n  }\n": typeof types.SupplyGraphFieldsFragmentDoc,
    "\n  query SupplyNeighborhood($creditCode: String!, $depth: Int!, $direction: Direction!) {\n    supplyNeighborhood(creditCode: $creditCode, depth: $depth, direction: $direction) {\n      ...SupplyGraphFields\n    }\n  }\n": typeof types.SupplyNeighborhoodDocument,
    "\n  query SupplyPath($from: String!, $to: String!) {\n    supplyPath(from: $from, to: $to) {\n      ...SupplyGraphFields\n    }\n  }\n": typeof types.SupplyPathDocument,
    "\n  query EnterpriseSearchPage(\n    $query: String!\n    $first: Int\n    $after: String\n    $chainLeader: Boolean\n    $srdiLevels: [SrdiLevel!]\n    $local: Boolean\n    $county: String\n  ) {\n    searchEnterprises(\n      query: $query\n      first: $first\n      after: $after\n      chainLeader: $chainLeader\n      srdiLevels: $srdiLevels\n      local: $local\n      county: $county\n    ) {\n      totalCount\n      totalCapped\n      expandedWords {\n        word\n        alternatives\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        matchedProducts\n        node {\n          creditCode\n          name\n          local\n          county\n          city\n          chainLeader\n          srdiLevel\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseSearchPageDocument,
    "\n  query SearchSegments($query: String!) {\n    searchSegments(query: $query) {\n      segment {\n        id\n        name\n        chainId\n      }\n      chainName\n      clusters {\n        id\n        name\n      }\n      localFirmCount\n      chainLeaders {\n        creditCode\n        name\n      }\n      synonyms\n    }\n  }\n": typeof types.SearchSegmentsDocument,
    "\n  query SegmentSynonyms($s: ID) {\n    synonyms(segmentId: $s) {\n      term\n      canonical\n    }\n  }\n": typeof types.SegmentSynonymsDocument,
    "\n  mutation SaveSynonym($s: ID!, $t: String!, $c: String!) {\n    saveSynonym(segmentId: $s, term: $t, canonical: $c) {\n      term\n    }\n  }\n": typeof types.SaveSynonymDocument,
    "\n  mutation DeleteSynonym($s: ID!, $t: String!) {\n    deleteSynonym(segmentId: $s, term: $t) {\n      term\n    }\n  }\n": typeof types.DeleteSynonymDocument,
    "\n  query CollaborationNetwork($clusterId: ID, $year: Int) {\n    collaborationNetwork(clusterId: $clusterId, year: $year) {\n      nodes {\n        id\n        kind\n        label\n        local\n        creditCode\n        revenue\n        community\n        centrality\n      }\n      edges {\n        id\n        source\n        target\n        kind\n        year\n        collaborationKind\n        title\n      }\n      truncated\n      totalNodes\n      totalEdges\n      topActors(first: 10) {\n        id\n        kind\n        label\n        local\n        creditCode\n        revenue\n        community\n        centrality\n      }\n    }\n  }\n": typeof types.CollaborationNetworkDocument,
    "\n  query NetworkClusters {\n    clusters {\n      id\n      name\n      county\n    }\n  }\n": typeof types.NetworkClustersDocument,
    "\n  query NetworkYears {\n    targetDashboard {\n      years\n    }\n  }\n": typeof types.NetworkYearsDocument,
    "\n  query Panorama {\n    clusters {\n      id\n      name\n      county\n      level\n      output\n      year\n      memberCount\n      chainName\n    }\n  }\n": typeof types.PanoramaDocument,
    "\n  query TargetClusters {\n    clusters {\n      id\n      name\n      county\n      level\n      chainName\n      year\n      output\n    }\n  }\n": typeof types.TargetClustersDocument,
    "\n  query ClusterTargets($clusterId: ID!) {\n    chainGapReport(clusterId: $clusterId) {\n      clusterId\n      clusterName\n      year\n      segments {\n        segmentId\n        name\n        stage\n        order\n        status\n      }\n      investmentTargets {\n        rank\n        creditCode\n        name\n        city\n        province\n        segmentId\n        segmentName\n        stage\n        segmentStatus\n        inflow\n        buyers\n        reason\n      }\n      investmentTargetsHidden\n    }\n  }\n": typeof types.ClusterTargetsDocument,
};
const documents: Documents = {
    "\n  mutation SetEnterpriseSegment($creditCode: String!, $segmentId: ID!, $member: Boolean!) {\n    setEnterpriseSegment(creditCode: $creditCode, segmentId: $segmentId, member: $member) {\n      creditCode\n      version\n    }\n  }\n": types.SetEnterpriseSegmentDocument,
    "\n  fragment TargetListFields on TargetList {\n    id\n    name\n    clusterId\n    clusterName\n    note\n    createdAt\n    updatedAt\n    updatedBy\n    entryCount\n    statusCounts {\n      status\n      count\n    }\n  }\n": types.TargetListFieldsFragmentDoc,
    "\n  fragment TargetEntryFields on TargetListEntry {\n    listId\n    creditCode\n    name\n    local\n    county\n    city\n    province\n    segmentId\n    segmentName\n    reason\n    status\n    statusNote\n    statusDate\n    addedAt\n    updatedAt\n    updatedBy\n    history {\n      status\n      note\n      date\n      by\n      byName\n      at\n    }\n  }\n": types.TargetEntryFieldsFragmentDoc,
    "\n  query TargetLists {\n    targetLists {\n      ...TargetListFields\n    }\n  }\n": types.TargetListsDocument,
    "\n  query TargetList($id: ID!) {\n    targetList(id: $id) {\n      ...TargetListFields\n      entries {\n        ...TargetEntryFields\n      }\n    }\n  }\n": types.TargetListDocument,
    "\n  mutation CreateTargetList($name: String!, $clusterId: ID, $note: String) {\n    createTargetList(name: $name, clusterId: $clusterId, note: $note) {\n      ...TargetListFields\n    }\n  }\n": types.CreateTargetListDocument,
    "\n  mutation RenameTargetList($id: ID!, $name: String!) {\n    renameTargetList(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n": types.RenameTargetListDocument,
    "\n  mutation DeleteTargetList($id: ID!) {\n    deleteTargetList(id: $id)\n  }\n": types.DeleteTargetListDocument,
    "\n  mutation AddTargetToList($listId: ID!, $creditCode: String!, $segmentId: ID, $reason: String) {\n    addTargetToList(listId: $listId, creditCode: $creditCode, segmentId: $segmentId, reason: $reason) {\n      listId\n      creditCode\n    }\n  }\n": types.AddTargetToListDocument,
    "\n  mutation RemoveTargetFromList($listId: ID!, $creditCode: String!) {\n    removeTargetFromList(listId: $listId, creditCode: $creditCode) {\n      id\n    }\n  }\n": types.RemoveTargetFromListDocument,
    "\n  mutation SetTargetStatus($listId: ID!, $creditCode: String!, $status: PipelineStatus!, $note: String, $date: String) {\n    setTargetStatus(listId: $listId, creditCode: $creditCode, status: $status, note: $note, date: $date) {\n      ...TargetEntryFields\n    }\n  }\n": types.SetTargetStatusDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      id\n    }\n  }\n": types.SignInDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      name\n      role\n      clusterIds\n      permissions\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query EnterpriseSuggestions($query: String!, $first: Int, $clusterId: ID) {\n    searchEnterprises(query: $query, first: $first, clusterId: $clusterId) {\n      totalCount\n      totalCapped\n      edges {\n        node {\n          creditCode\n          name\n          local\n          county\n          city\n          province\n          chainLeader\n          products\n        }\n      }\n    }\n  }\n": types.EnterpriseSuggestionsDocument,
    "\n  query ImportLog($after: String) {\n    auditLog(first: 50, after: $after, entity: \"Import\") {\n      edges {\n        node {\n          id\n          at\n          userId\n          action\n          key\n          after\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ImportLogDocument,
    "\n  query ImportChanges($id: ID!, $after: String) {\n    importChanges(importId: $id, first: 20, after: $after) {\n      edges {\n        node {\n          file\n          row\n          key\n          op\n          before\n          after\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ImportChangesDocument,
    "\n  mutation UndoImport($id: ID!) {\n    undoImport(importId: $id) {\n      importId\n      restored\n      deleted\n      auditEntryId\n    }\n  }\n": types.UndoImportDocument,
    "\n  query AdminUsers {\n    users {\n      id\n      username\n      name\n      role\n      clusterIds\n      disabled\n      lastSignInAt\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query AdminClusters {\n    clusters {\n      id\n      name\n    }\n  }\n": types.AdminClustersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        username\n      }\n      password\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n    }\n  }\n": types.SetUserDisabledDocument,
    "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      user {\n        username\n      }\n      password\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  query AuditLog($after: String, $userId: ID, $entity: String) {\n    auditLog(first: 50, after: $after, userId: $userId, entity: $entity) {\n      edges {\n        node {\n          id\n          at\n          userId\n          action\n          entity\n          key\n          before\n          after\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query ChainEvolution($clusterId: ID!, $fromYear: Int!, $toYear: Int!, $scope: LocalScope) {\n    chainEvolution(clusterId: $clusterId, fromYear: $fromYear, toYear: $toYear, scope: $scope) {\n      scope\n      fromYear\n      toYear\n      completenessFrom\n      completenessTo\n      gapsHealed\n      gapsNew\n      gapsPersistent\n      segments {\n        segmentId\n        name\n        statusFrom\n        statusTo\n        localFirmsFrom\n        localFirmsTo\n        localSupplyRatioFrom\n        localSupplyRatioTo\n        change\n      }\n    }\n  }\n": types.ChainEvolutionDocument,
    "\n  query LocalSubstitutes($clusterId: ID!, $segmentId: ID!, $year: Int, $scope: LocalScope, $first: Int) {\n    localSubstitutes(clusterId: $clusterId, segmentId: $segmentId, year: $year, scope: $scope, first: $first) {\n      enterprise {\n        creditCode\n        name\n        county\n        chainLeader\n      }\n      suppliesCluster\n      suppliedValue\n      clusterMember\n      revenue\n      revenueBand\n      srdiLevel\n    }\n  }\n": types.LocalSubstitutesDocument,
    "\n  query WhatIfAttract($clusterId: ID!, $attract: [String!]!, $year: Int, $scope: LocalScope) {\n    whatIfAttract(clusterId: $clusterId, attract: $attract, year: $year, scope: $scope) {\n      scope\n      year\n      attracted {\n        creditCode\n        name\n        city\n        province\n      }\n      completenessBefore\n      completenessAfter\n      segments {\n        segmentId\n        name\n        statusBefore\n        statusAfter\n        localFirmsBefore\n        localFirmsAfter\n        localSupplyRatioBefore\n        localSupplyRatioAfter\n      }\n      indicatorChanges {\n        key\n        label\n        labelEn\n        unit\n        unitEn\n        change\n        basis\n        basisEn\n      }\n    }\n  }\n": types.WhatIfAttractDocument,
    "\n  fragment ChainRiskFields on SingleSourceRisk {\n    buyerCode\n    buyerName\n    segmentId\n    segmentName\n    supplierCode\n    supplierName\n    value\n    valueBand\n    supplierLocal\n  }\n": types.ChainRiskFieldsFragmentDoc,
    "\n  fragment ChainSegmentFields on SegmentGap {\n    segmentId\n    name\n    stage\n    order\n    status\n    localFirms\n    localRevenue\n    localRevenueBand\n    localSrdiFirms\n    localChainLeaders\n    clusterFirms\n    clusterRevenue\n    clusterRevenueBand\n    clusterSrdiFirms\n    clusterChainLeaders\n    inflow\n    inflowBand\n    localInflow\n    localInflowBand\n    localSupplyRatio\n    topSupplierShare\n    topSupplierCode\n    topSupplierName\n    singlePoint\n    supplierCount\n    buyerCount\n    singleSourceRiskCount\n    singleSourceRiskValue\n    singleSourceRiskValueBand\n    singleSourceShare\n    singleSourceAtRisk\n    feeds\n  }\n": types.ChainSegmentFieldsFragmentDoc,
    "\n  query ChainMap($clusterId: ID!, $year: Int, $scope: LocalScope) {\n    cluster(id: $clusterId) {\n      id\n      name\n      county\n      level\n      year\n      output\n      memberCount\n      chainName\n    }\n    chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {\n      clusterId\n      scope\n      clusterName\n      chainId\n      chainName\n      year\n      supplyYears\n      figuresYear\n      completeness\n      thresholds {\n        weakLocalSupplyRatio\n        strongLocalSupplyRatio\n        strongMinLocalFirms\n        singlePointShare\n        singleSourceShare\n      }\n      segments {\n        ...ChainSegmentFields\n      }\n      investmentTargets {\n        rank\n        creditCode\n        name\n        city\n        province\n        segmentId\n        segmentName\n        stage\n        segmentStatus\n        inflow\n        buyers\n        reason\n        reasonEn\n        onLists {\n          listId\n          listName\n          status\n        }\n      }\n      investmentTargetsHidden\n      extensionOpportunities {\n        segmentId\n      }\n      singleSourceRiskCount\n      singleSourceRisks {\n        ...ChainRiskFields\n      }\n    }\n  }\n": types.ChainMapDocument,
    "\n  query ChainRisks($clusterId: ID!, $year: Int, $scope: LocalScope, $first: Int!, $offset: Int!, $segmentId: ID) {\n    chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {\n      singleSourceRiskCount\n      singleSourceRisks(first: $first, offset: $offset, segmentId: $segmentId) {\n        ...ChainRiskFields\n      }\n    }\n  }\n": types.ChainRisksDocument,
    "\n  query ChainRiskGroups($clusterId: ID!, $year: Int, $scope: LocalScope, $first: Int!, $offset: Int!) {\n    chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {\n      singleSourceRiskSupplierCount\n      singleSourceRiskSegments(first: 100) {\n        segmentId\n        segmentName\n        stage\n        risks\n        supplierCount\n        value\n        valueBand\n        share\n        atRisk\n        topSuppliers {\n          supplierCode\n          supplierName\n          supplierLocal\n          buyers\n          value\n          valueBand\n        }\n      }\n      singleSourceRiskSuppliers(first: $first, offset: $offset) {\n        supplierCode\n        supplierName\n        supplierLocal\n        dependants\n        risks\n        value\n        valueBand\n        segmentIds\n      }\n    }\n  }\n": types.ChainRiskGroupsDocument,
    "\n  query SegmentFirms($clusterId: ID!, $year: Int, $segmentId: ID!, $first: Int!, $offset: Int!) {\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      segmentFirms(segmentId: $segmentId, first: $first, offset: $offset) {\n        totalCount\n        firms {\n          enterprise {\n            creditCode\n            name\n            local\n            chainLeader\n            county\n          }\n          revenue\n          revenueBand\n          srdiLevel\n        }\n      }\n    }\n  }\n": types.SegmentFirmsDocument,
    "\n  query ChainMapClusters {\n    clusters {\n      id\n      name\n      county\n      level\n      chainName\n      year\n      output\n      memberCount\n    }\n  }\n": types.ChainMapClustersDocument,
    "\n  query WhatIf($clusterId: ID!, $remove: [String!]!, $year: Int) {\n    whatIf(clusterId: $clusterId, remove: $remove, year: $year) {\n      year\n      figuresYear\n      removed\n      cutOffCount\n      affectedRevenue\n      affectedRevenueBand\n      truncated\n      waves {\n        depth\n        revenue\n        revenueBand\n        firms {\n          creditCode\n          name\n          local\n          county\n          city\n          province\n          chainLeader\n          segments {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.WhatIfDocument,
    "\n  query WhatIfFirm($creditCode: String!) {\n    enterprise(creditCode: $creditCode) {\n      creditCode\n      name\n      local\n      chainLeader\n      county\n      city\n      province\n    }\n  }\n": types.WhatIfFirmDocument,
    "\n  query ChainLeaders($clusterId: ID!, $year: Int) {\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      chainLeaders {\n        enterprise {\n          creditCode\n          name\n          local\n          county\n          city\n          province\n        }\n        segmentIds\n        clusterMember\n        revenue\n        revenueBand\n      }\n    }\n  }\n": types.ChainLeadersDocument,
    "\n  query CompareChains {\n    clusters {\n      id\n      name\n      county\n      chainId\n      chainName\n    }\n  }\n": types.CompareChainsDocument,
    "\n  query ChainComparison($chainId: ID!, $year: Int, $scope: LocalScope) {\n    chainComparison(chainId: $chainId, year: $year, scope: $scope) {\n      chainId\n      scope\n      chainName\n      year\n      years\n      segments {\n        segmentId\n        name\n        stage\n        order\n      }\n      clusters {\n        clusterId\n        clusterName\n        county\n        completeness\n        segments {\n          segmentId\n          status\n          localSupplyRatio\n          clusterFirms\n          localFirms\n        }\n      }\n      peerStrengths {\n        segmentId\n        segmentName\n        strongClusterId\n        strongClusterName\n        lackingClusterId\n        lackingClusterName\n        lackingStatus\n      }\n    }\n  }\n": types.ChainComparisonDocument,
    "\n  query TargetDashboard($year: Int) {\n    targetDashboard(year: $year) {\n      year\n      years\n      baselineYear\n      targetYear\n      indicators {\n        key\n        targetKind\n        policyTarget\n        baseline\n        value\n        target\n        progress\n        met\n        trend {\n          year\n          value\n        }\n      }\n    }\n  }\n": types.TargetDashboardDocument,
    "\n  query EnterpriseEdit($creditCode: String!) {\n    enterprise(creditCode: $creditCode) {\n      creditCode\n      name\n      local\n      county\n      city\n      province\n      founded\n      chainLeader\n      version\n      updatedByName\n      editScope {\n        allowed\n        reason\n      }\n      clusters {\n        id\n        name\n        chainId\n      }\n      segments {\n        id\n        name\n        stage\n        chainId\n      }\n      years {\n        year\n        revenue\n        rdSpend\n        aboveScale\n        srdiLevel\n        highValuePatents\n        smartFactory\n        digitalTransformation\n        greenList\n        greenDiagnosis\n        version\n      }\n      supplyLinks(first: 200) {\n        id\n        supplierCode\n        buyerCode\n        segmentId\n        year\n        annualValue\n        product\n        version\n        supplier {\n          name\n        }\n        buyer {\n          name\n        }\n        editScope {\n          allowed\n          reason\n        }\n      }\n      collaborations {\n        id\n        kind\n        year\n        title\n        institute {\n          id\n          name\n        }\n      }\n      recentChanges(first: 10) {\n        id\n        at\n        userName\n        action\n        entity\n        key\n        before\n        after\n      }\n    }\n    clusters {\n      id\n      name\n      chainId\n    }\n  }\n": types.EnterpriseEditDocument,
    "\n  query EnterpriseEditSegments($chainIds: [ID!]!) {\n    chainSegments(chainIds: $chainIds) {\n      id\n      name\n      stage\n      order\n      chainId\n    }\n  }\n": types.EnterpriseEditSegmentsDocument,
    "\n  query ResearchInstitutes {\n    researchInstitutes {\n      id\n      name\n      kind\n    }\n  }\n": types.ResearchInstitutesDocument,
    "\n  mutation UpdateEnterprise($creditCode: String!, $input: EnterpriseInput!, $expectedVersion: Int) {\n    updateEnterprise(creditCode: $creditCode, input: $input, expectedVersion: $expectedVersion) {\n      creditCode\n      version\n    }\n  }\n": types.UpdateEnterpriseDocument,
    "\n  mutation UpsertEnterpriseYear($creditCode: String!, $year: Int!, $input: EnterpriseYearInput!, $expectedVersion: Int) {\n    upsertEnterpriseYear(creditCode: $creditCode, year: $year, input: $input, expectedVersion: $expectedVersion) {\n      year\n      version\n    }\n  }\n": types.UpsertEnterpriseYearDocument,
    "\n  mutation UpsertSupplyLink($input: SupplyLinkInput!, $expectedVersion: Int) {\n    upsertSupplyLink(input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n": types.UpsertSupplyLinkDocument,
    "\n  mutation DeleteSupplyLink($key: SupplyLinkKeyInput!, $expectedVersion: Int) {\n    deleteSupplyLink(key: $key, expectedVersion: $expectedVersion) {\n      id\n    }\n  }\n": types.DeleteSupplyLinkDocument,
    "\n  mutation AddCollaboration($input: CollaborationInput!) {\n    addCollaboration(input: $input) {\n      id\n    }\n  }\n": types.AddCollaborationDocument,
    "\n  mutation RemoveCollaboration($key: CollaborationKeyInput!) {\n    removeCollaboration(key: $key) {\n      id\n    }\n  }\n": types.RemoveCollaborationDocument,
    "\n  query EnterpriseProfile($creditCode: String!) {\n    enterprise(creditCode: $creditCode) {\n      creditCode\n      name\n      local\n      county\n      city\n      province\n      founded\n      chainLeader\n      products\n      srdiLevel\n      supplierCount\n      customerCount\n      updatedBy\n      updatedAt\n      clusters {\n        id\n        name\n        county\n        level\n      }\n      segments {\n        id\n        name\n        stage\n        order\n        chainId\n      }\n      years {\n        year\n        revenue\n        revenueBand\n        rdSpend\n        rdIntensity\n        aboveScale\n        srdiLevel\n        highValuePatents\n        smartFactory\n        digitalTransformation\n        greenList\n        greenDiagnosis\n      }\n    }\n  }\n": types.EnterpriseProfileDocument,
    "\n  fragment SupplyGraphFields on GraphView {\n    nodes {\n      id\n      label\n      local\n      creditCode\n      revenue\n      revenueBand\n      depth\n      chainLeader\n      srdiLevel\n      segmentName\n    }\n    edges {\n      id\n      source\n      target\n      value\n      valueBand\n      product\n      year\n    }\n    truncated\n    totalNodes\n    totalEdges\n  }\n": types.SupplyGraphFieldsFragmentDoc,
    "\n  query SupplyNeighborhood($creditCode: String!, $depth: Int!, $direction: Direction!) {\n    supplyNeighborhood(creditCode: $creditCode, depth: $depth, direction: $direction) {\n      ...SupplyGraphFields\n    }\n  }\n": types.SupplyNeighborhoodDocument,
    "\n  query SupplyPath($from: String!, $to: String!) {\n    supplyPath(from: $from, to: $to) {\n      ...SupplyGraphFields\n    }\n  }\n": types.SupplyPathDocument,
    "\n  query EnterpriseSearchPage(\n    $query: String!\n    $first: Int\n    $after: String\n    $chainLeader: Boolean\n    $srdiLevels: [SrdiLevel!]\n    $local: Boolean\n    $county: String\n  ) {\n    searchEnterprises(\n      query: $query\n      first: $first\n      after: $after\n      chainLeader: $chainLeader\n      srdiLevels: $srdiLevels\n      local: $local\n      county: $county\n    ) {\n      totalCount\n      totalCapped\n      expandedWords {\n        word\n        alternatives\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        matchedProducts\n        node {\n          creditCode\n          name\n          local\n          county\n          city\n          chainLeader\n          srdiLevel\n        }\n      }\n    }\n  }\n": types.EnterpriseSearchPageDocument,
    "\n  query SearchSegments($query: String!) {\n    searchSegments(query: $query) {\n      segment {\n        id\n        name\n        chainId\n      }\n      chainName\n      clusters {\n        id\n        name\n      }\n      localFirmCount\n      chainLeaders {\n        creditCode\n        name\n      }\n      synonyms\n    }\n  }\n": types.SearchSegmentsDocument,
    "\n  query SegmentSynonyms($s: ID) {\n    synonyms(segmentId: $s) {\n      term\n      canonical\n    }\n  }\n": types.SegmentSynonymsDocument,
    "\n  mutation SaveSynonym($s: ID!, $t: String!, $c: String!) {\n    saveSynonym(segmentId: $s, term: $t, canonical: $c) {\n      term\n    }\n  }\n": types.SaveSynonymDocument,
    "\n  mutation DeleteSynonym($s: ID!, $t: String!) {\n    deleteSynonym(segmentId: $s, term: $t) {\n      term\n    }\n  }\n": types.DeleteSynonymDocument,
    "\n  query CollaborationNetwork($clusterId: ID, $year: Int) {\n    collaborationNetwork(clusterId: $clusterId, year: $year) {\n      nodes {\n        id\n        kind\n        label\n        local\n        creditCode\n        revenue\n        community\n        centrality\n      }\n      edges {\n        id\n        source\n        target\n        kind\n        year\n        collaborationKind\n        title\n      }\n      truncated\n      totalNodes\n      totalEdges\n      topActors(first: 10) {\n        id\n        kind\n        label\n        local\n        creditCode\n        revenue\n        community\n        centrality\n      }\n    }\n  }\n": types.CollaborationNetworkDocument,
    "\n  query NetworkClusters {\n    clusters {\n      id\n      name\n      county\n    }\n  }\n": types.NetworkClustersDocument,
    "\n  query NetworkYears {\n    targetDashboard {\n      years\n    }\n  }\n": types.NetworkYearsDocument,
    "\n  query Panorama {\n    clusters {\n      id\n      name\n      county\n      level\n      output\n      year\n      memberCount\n      chainName\n    }\n  }\n": types.PanoramaDocument,
    "\n  query TargetClusters {\n    clusters {\n      id\n      name\n      county\n      level\n      chainName\n      year\n      output\n    }\n  }\n": types.TargetClustersDocument,
    "\n  query ClusterTargets($clusterId: ID!) {\n    chainGapReport(clusterId: $clusterId) {\n      clusterId\n      clusterName\n      year\n      segments {\n        segmentId\n        name\n        stage\n        order\n        status\n      }\n      investmentTargets {\n        rank\n        creditCode\n        name\n        city\n        province\n        segmentId\n        segmentName\n        stage\n        segmentStatus\n        inflow\n        buyers\n        reason\n      }\n      investmentTargetsHidden\n    }\n  }\n": types.ClusterTargetsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEnterpriseSegment($creditCode: String!, $segmentId: ID!, $member: Boolean!) {\n    setEnterpriseSegment(creditCode: $creditCode, segmentId: $segmentId, member: $member) {\n      creditCode\n      version\n    }\n  }\n"): typeof import('./graphql').SetEnterpriseSegmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetListFields on TargetList {\n    id\n    name\n    clusterId\n    clusterName\n    note\n    createdAt\n    updatedAt\n    updatedBy\n    entryCount\n    statusCounts {\n      status\n      count\n    }\n  }\n"): typeof import('./graphql').TargetListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetEntryFields on TargetListEntry {\n    listId\n    creditCode\n    name\n    local\n    county\n    city\n    province\n    segmentId\n    segmentName\n    reason\n    status\n    statusNote\n    statusDate\n    addedAt\n    updatedAt\n    updatedBy\n    history {\n      status\n      note\n      date\n      by\n      byName\n      at\n    }\n  }\n"): typeof import('./graphql').TargetEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetLists {\n    targetLists {\n      ...TargetListFields\n    }\n  }\n"): typeof import('./graphql').TargetListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetList($id: ID!) {\n    targetList(id: $id) {\n      ...TargetListFields\n      entries {\n        ...TargetEntryFields\n      }\n    }\n  }\n"): typeof import('./graphql').TargetListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTargetList($name: String!, $clusterId: ID, $note: String) {\n    createTargetList(name: $name, clusterId: $clusterId, note: $note) {\n      ...TargetListFields\n    }\n  }\n"): typeof import('./graphql').CreateTargetListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameTargetList($id: ID!, $name: String!) {\n    renameTargetList(id: $id, name: $name) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').RenameTargetListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTargetList($id: ID!) {\n    deleteTargetList(id: $id)\n  }\n"): typeof import('./graphql').DeleteTargetListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTargetToList($listId: ID!, $creditCode: String!, $segmentId: ID, $reason: String) {\n    addTargetToList(listId: $listId, creditCode: $creditCode, segmentId: $segmentId, reason: $reason) {\n      listId\n      creditCode\n    }\n  }\n"): typeof import('./graphql').AddTargetToListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTargetFromList($listId: ID!, $creditCode: String!) {\n    removeTargetFromList(listId: $listId, creditCode: $creditCode) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveTargetFromListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTargetStatus($listId: ID!, $creditCode: String!, $status: PipelineStatus!, $note: String, $date: String) {\n    setTargetStatus(listId: $listId, creditCode: $creditCode, status: $status, note: $note, date: $date) {\n      ...TargetEntryFields\n    }\n  }\n"): typeof import('./graphql').SetTargetStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      id\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      name\n      role\n      clusterIds\n      permissions\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseSuggestions($query: String!, $first: Int, $clusterId: ID) {\n    searchEnterprises(query: $query, first: $first, clusterId: $clusterId) {\n      totalCount\n      totalCapped\n      edges {\n        node {\n          creditCode\n          name\n          local\n          county\n          city\n          province\n          chainLeader\n          products\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportLog($after: String) {\n    auditLog(first: 50, after: $after, entity: \"Import\") {\n      edges {\n        node {\n          id\n          at\n          userId\n          action\n          key\n          after\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ImportLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportChanges($id: ID!, $after: String) {\n    importChanges(importId: $id, first: 20, after: $after) {\n      edges {\n        node {\n          file\n          row\n          key\n          op\n          before\n          after\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ImportChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoImport($id: ID!) {\n    undoImport(importId: $id) {\n      importId\n      restored\n      deleted\n      auditEntryId\n    }\n  }\n"): typeof import('./graphql').UndoImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers {\n    users {\n      id\n      username\n      name\n      role\n      clusterIds\n      disabled\n      lastSignInAt\n    }\n  }\n"): typeof import('./graphql').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminClusters {\n    clusters {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminClustersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        username\n      }\n      password\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetUserDisabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!) {\n    resetUserPassword(id: $id) {\n      user {\n        username\n      }\n      password\n    }\n  }\n"): typeof import('./graphql').ResetUserPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($after: String, $userId: ID, $entity: String) {\n    auditLog(first: 50, after: $after, userId: $userId, entity: $entity) {\n      edges {\n        node {\n          id\n          at\n          userId\n          action\n          entity\n          key\n          before\n          after\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainEvolution($clusterId: ID!, $fromYear: Int!, $toYear: Int!, $scope: LocalScope) {\n    chainEvolution(clusterId: $clusterId, fromYear: $fromYear, toYear: $toYear, scope: $scope) {\n      scope\n      fromYear\n      toYear\n      completenessFrom\n      completenessTo\n      gapsHealed\n      gapsNew\n      gapsPersistent\n      segments {\n        segmentId\n        name\n        statusFrom\n        statusTo\n        localFirmsFrom\n        localFirmsTo\n        localSupplyRatioFrom\n        localSupplyRatioTo\n        change\n      }\n    }\n  }\n"): typeof import('./graphql').ChainEvolutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalSubstitutes($clusterId: ID!, $segmentId: ID!, $year: Int, $scope: LocalScope, $first: Int) {\n    localSubstitutes(clusterId: $clusterId, segmentId: $segmentId, year: $year, scope: $scope, first: $first) {\n      enterprise {\n        creditCode\n        name\n        county\n        chainLeader\n      }\n      suppliesCluster\n      suppliedValue\n      clusterMember\n      revenue\n      revenueBand\n      srdiLevel\n    }\n  }\n"): typeof import('./graphql').LocalSubstitutesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatIfAttract($clusterId: ID!, $attract: [String!]!, $year: Int, $scope: LocalScope) {\n    whatIfAttract(clusterId: $clusterId, attract: $attract, year: $year, scope: $scope) {\n      scope\n      year\n      attracted {\n        creditCode\n        name\n        city\n        province\n      }\n      completenessBefore\n      completenessAfter\n      segments {\n        segmentId\n        name\n        statusBefore\n        statusAfter\n        localFirmsBefore\n        localFirmsAfter\n        localSupplyRatioBefore\n        localSupplyRatioAfter\n      }\n      indicatorChanges {\n        key\n        label\n        labelEn\n        unit\n        unitEn\n        change\n        basis\n        basisEn\n      }\n    }\n  }\n"): typeof import('./graphql').WhatIfAttractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChainRiskFields on SingleSourceRisk {\n    buyerCode\n    buyerName\n    segmentId\n    segmentName\n    supplierCode\n    supplierName\n    value\n    valueBand\n    supplierLocal\n  }\n"): typeof import('./graphql').ChainRiskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChainSegmentFields on SegmentGap {\n    segmentId\n    name\n    stage\n    order\n    status\n    localFirms\n    localRevenue\n    localRevenueBand\n    localSrdiFirms\n    localChainLeaders\n    clusterFirms\n    clusterRevenue\n    clusterRevenueBand\n    clusterSrdiFirms\n    clusterChainLeaders\n    inflow\n    inflowBand\n    localInflow\n    localInflowBand\n    localSupplyRatio\n    topSupplierShare\n    topSupplierCode\n    topSupplierName\n    singlePoint\n    supplierCount\n    buyerCount\n    singleSourceRiskCount\n    singleSourceRiskValue\n    singleSourceRiskValueBand\n    singleSourceShare\n    singleSourceAtRisk\n    feeds\n  }\n"): typeof import('./graphql').ChainSegmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainMap($clusterId: ID!, $year: Int, $scope: LocalScope) {\n    cluster(id: $clusterId) {\n      id\n      name\n      county\n      level\n      year\n      output\n      memberCount\n      chainName\n    }\n    chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {\n      clusterId\n      scope\n      clusterName\n      chainId\n      chainName\n      year\n      supplyYears\n      figuresYear\n      completeness\n      thresholds {\n        weakLocalSupplyRatio\n        strongLocalSupplyRatio\n        strongMinLocalFirms\n        singlePointShare\n        singleSourceShare\n      }\n      segments {\n        ...ChainSegmentFields\n      }\n      investmentTargets {\n        rank\n        creditCode\n        name\n        city\n        province\n        segmentId\n        segmentName\n        stage\n        segmentStatus\n        inflow\n        buyers\n        reason\n        reasonEn\n        onLists {\n          listId\n          listName\n          status\n        }\n      }\n      investmentTargetsHidden\n      extensionOpportunities {\n        segmentId\n      }\n      singleSourceRiskCount\n      singleSourceRisks {\n        ...ChainRiskFields\n      }\n    }\n  }\n"): typeof import('./graphql').ChainMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainRisks($clusterId: ID!, $year: Int, $scope: LocalScope, $first: Int!, $offset: Int!, $segmentId: ID) {\n    chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {\n      singleSourceRiskCount\n      singleSourceRisks(first: $first, offset: $offset, segmentId: $segmentId) {\n        ...ChainRiskFields\n      }\n    }\n  }\n"): typeof import('./graphql').ChainRisksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainRiskGroups($clusterId: ID!, $year: Int, $scope: LocalScope, $first: Int!, $offset: Int!) {\n    chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {\n      singleSourceRiskSupplierCount\n      singleSourceRiskSegments(first: 100) {\n        segmentId\n        segmentName\n        stage\n        risks\n        supplierCount\n        value\n        valueBand\n        share\n        atRisk\n        topSuppliers {\n          supplierCode\n          supplierName\n          supplierLocal\n          buyers\n          value\n          valueBand\n        }\n      }\n      singleSourceRiskSuppliers(first: $first, offset: $offset) {\n        supplierCode\n        supplierName\n        supplierLocal\n        dependants\n        risks\n        value\n        valueBand\n        segmentIds\n      }\n    }\n  }\n"): typeof import('./graphql').ChainRiskGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentFirms($clusterId: ID!, $year: Int, $segmentId: ID!, $first: Int!, $offset: Int!) {\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      segmentFirms(segmentId: $segmentId, first: $first, offset: $offset) {\n        totalCount\n        firms {\n          enterprise {\n            creditCode\n            name\n            local\n            chainLeader\n            county\n          }\n          revenue\n          revenueBand\n          srdiLevel\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SegmentFirmsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainMapClusters {\n    clusters {\n      id\n      name\n      county\n      level\n      chainName\n      year\n      output\n      memberCount\n    }\n  }\n"): typeof import('./graphql').ChainMapClustersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatIf($clusterId: ID!, $remove: [String!]!, $year: Int) {\n    whatIf(clusterId: $clusterId, remove: $remove, year: $year) {\n      year\n      figuresYear\n      removed\n      cutOffCount\n      affectedRevenue\n      affectedRevenueBand\n      truncated\n      waves {\n        depth\n        revenue\n        revenueBand\n        firms {\n          creditCode\n          name\n          local\n          county\n          city\n          province\n          chainLeader\n          segments {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WhatIfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatIfFirm($creditCode: String!) {\n    enterprise(creditCode: $creditCode) {\n      creditCode\n      name\n      local\n      chainLeader\n      county\n      city\n      province\n    }\n  }\n"): typeof import('./graphql').WhatIfFirmDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainLeaders($clusterId: ID!, $year: Int) {\n    chainGapReport(clusterId: $clusterId, year: $year) {\n      chainLeaders {\n        enterprise {\n          creditCode\n          name\n          local\n          county\n          city\n          province\n        }\n        segmentIds\n        clusterMember\n        revenue\n        revenueBand\n      }\n    }\n  }\n"): typeof import('./graphql').ChainLeadersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareChains {\n    clusters {\n      id\n      name\n      county\n      chainId\n      chainName\n    }\n  }\n"): typeof import('./graphql').CompareChainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainComparison($chainId: ID!, $year: Int, $scope: LocalScope) {\n    chainComparison(chainId: $chainId, year: $year, scope: $scope) {\n      chainId\n      scope\n      chainName\n      year\n      years\n      segments {\n        segmentId\n        name\n        stage\n        order\n      }\n      clusters {\n        clusterId\n        clusterName\n        county\n        completeness\n        segments {\n          segmentId\n          status\n          localSupplyRatio\n          clusterFirms\n          localFirms\n        }\n      }\n      peerStrengths {\n        segmentId\n        segmentName\n        strongClusterId\n        strongClusterName\n        lackingClusterId\n        lackingClusterName\n        lackingStatus\n      }\n    }\n  }\n"): typeof import('./graphql').ChainComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetDashboard($year: Int) {\n    targetDashboard(year: $year) {\n      year\n      years\n      baselineYear\n      targetYear\n      indicators {\n        key\n        targetKind\n        policyTarget\n        baseline\n        value\n        target\n        progress\n        met\n        trend {\n          year\n          value\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TargetDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseEdit($creditCode: String!) {\n    enterprise(creditCode: $creditCode) {\n      creditCode\n      name\n      local\n      county\n      city\n      province\n      founded\n      chainLeader\n      version\n      updatedByName\n      editScope {\n        allowed\n        reason\n      }\n      clusters {\n        id\n        name\n        chainId\n      }\n      segments {\n        id\n        name\n        stage\n        chainId\n      }\n      years {\n        year\n        revenue\n        rdSpend\n        aboveScale\n        srdiLevel\n        highValuePatents\n        smartFactory\n        digitalTransformation\n        greenList\n        greenDiagnosis\n        version\n      }\n      supplyLinks(first: 200) {\n        id\n        supplierCode\n        buyerCode\n        segmentId\n        year\n        annualValue\n        product\n        version\n        supplier {\n          name\n        }\n        buyer {\n          name\n        }\n        editScope {\n          allowed\n          reason\n        }\n      }\n      collaborations {\n        id\n        kind\n        year\n        title\n        institute {\n          id\n          name\n        }\n      }\n      recentChanges(first: 10) {\n        id\n        at\n        userName\n        action\n        entity\n        key\n        before\n        after\n      }\n    }\n    clusters {\n      id\n      name\n      chainId\n    }\n  }\n"): typeof import('./graphql').EnterpriseEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseEditSegments($chainIds: [ID!]!) {\n    chainSegments(chainIds: $chainIds) {\n      id\n      name\n      stage\n      order\n      chainId\n    }\n  }\n"): typeof import('./graphql').EnterpriseEditSegmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearchInstitutes {\n    researchInstitutes {\n      id\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').ResearchInstitutesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEnterprise($creditCode: String!, $input: EnterpriseInput!, $expectedVersion: Int) {\n    updateEnterprise(creditCode: $creditCode, input: $input, expectedVersion: $expectedVersion) {\n      creditCode\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateEnterpriseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertEnterpriseYear($creditCode: String!, $year: Int!, $input: EnterpriseYearInput!, $expectedVersion: Int) {\n    upsertEnterpriseYear(creditCode: $creditCode, year: $year, input: $input, expectedVersion: $expectedVersion) {\n      year\n      version\n    }\n  }\n"): typeof import('./graphql').UpsertEnterpriseYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertSupplyLink($input: SupplyLinkInput!, $expectedVersion: Int) {\n    upsertSupplyLink(input: $input, expectedVersion: $expectedVersion) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpsertSupplyLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSupplyLink($key: SupplyLinkKeyInput!, $expectedVersion: Int) {\n    deleteSupplyLink(key: $key, expectedVersion: $expectedVersion) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeleteSupplyLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCollaboration($input: CollaborationInput!) {\n    addCollaboration(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddCollaborationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCollaboration($key: CollaborationKeyInput!) {\n    removeCollaboration(key: $key) {\n      id\n    }\n  }\n"): typeof import('./graphql').RemoveCollaborationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseProfile($creditCode: String!) {\n    enterprise(creditCode: $creditCode) {\n      creditCode\n      name\n      local\n      county\n      city\n      province\n      founded\n      chainLeader\n      products\n      srdiLevel\n      supplierCount\n      customerCount\n      updatedBy\n      updatedAt\n      clusters {\n        id\n        name\n        county\n        level\n      }\n      segments {\n        id\n        name\n        stage\n        order\n        chainId\n      }\n      years {\n        year\n        revenue\n        revenueBand\n        rdSpend\n        rdIntensity\n        aboveScale\n        srdiLevel\n        highValuePatents\n        smartFactory\n        digitalTransformation\n        greenList\n        greenDiagnosis\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupplyGraphFields on GraphView {\n    nodes {\n      id\n      label\n      local\n      creditCode\n      revenue\n      revenueBand\n      depth\n      chainLeader\n      srdiLevel\n      segmentName\n    }\n    edges {\n      id\n      source\n      target\n      value\n      valueBand\n      product\n      year\n    }\n    truncated\n    totalNodes\n    totalEdges\n  }\n"): typeof import('./graphql').SupplyGraphFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplyNeighborhood($creditCode: String!, $depth: Int!, $direction: Direction!) {\n    supplyNeighborhood(creditCode: $creditCode, depth: $depth, direction: $direction) {\n      ...SupplyGraphFields\n    }\n  }\n"): typeof import('./graphql').SupplyNeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplyPath($from: String!, $to: String!) {\n    supplyPath(from: $from, to: $to) {\n      ...SupplyGraphFields\n    }\n  }\n"): typeof import('./graphql').SupplyPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseSearchPage(\n    $query: String!\n    $first: Int\n    $after: String\n    $chainLeader: Boolean\n    $srdiLevels: [SrdiLevel!]\n    $local: Boolean\n    $county: String\n  ) {\n    searchEnterprises(\n      query: $query\n      first: $first\n      after: $after\n      chainLeader: $chainLeader\n      srdiLevels: $srdiLevels\n      local: $local\n      county: $county\n    ) {\n      totalCount\n      totalCapped\n      expandedWords {\n        word\n        alternatives\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        matchedProducts\n        node {\n          creditCode\n          name\n          local\n          county\n          city\n          chainLeader\n          srdiLevel\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EnterpriseSearchPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSegments($query: String!) {\n    searchSegments(query: $query) {\n      segment {\n        id\n        name\n        chainId\n      }\n      chainName\n      clusters {\n        id\n        name\n      }\n      localFirmCount\n      chainLeaders {\n        creditCode\n        name\n      }\n      synonyms\n    }\n  }\n"): typeof import('./graphql').SearchSegmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SegmentSynonyms($s: ID) {\n    synonyms(segmentId: $s) {\n      term\n      canonical\n    }\n  }\n"): typeof import('./graphql').SegmentSynonymsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSynonym($s: ID!, $t: String!, $c: String!) {\n    saveSynonym(segmentId: $s, term: $t, canonical: $c) {\n      term\n    }\n  }\n"): typeof import('./graphql').SaveSynonymDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSynonym($s: ID!, $t: String!) {\n    deleteSynonym(segmentId: $s, term: $t) {\n      term\n    }\n  }\n"): typeof import('./graphql').DeleteSynonymDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollaborationNetwork($clusterId: ID, $year: Int) {\n    collaborationNetwork(clusterId: $clusterId, year: $year) {\n      nodes {\n        id\n        kind\n        label\n        local\n        creditCode\n        revenue\n        community\n        centrality\n      }\n      edges {\n        id\n        source\n        target\n        kind\n        year\n        collaborationKind\n        title\n      }\n      truncated\n      totalNodes\n      totalEdges\n      topActors(first: 10) {\n        id\n        kind\n        label\n        local\n        creditCode\n        revenue\n        community\n        centrality\n      }\n    }\n  }\n"): typeof import('./graphql').CollaborationNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkClusters {\n    clusters {\n      id\n      name\n      county\n    }\n  }\n"): typeof import('./graphql').NetworkClustersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkYears {\n    targetDashboard {\n      years\n    }\n  }\n"): typeof import('./graphql').NetworkYearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Panorama {\n    clusters {\n      id\n      name\n      county\n      level\n      output\n      year\n      memberCount\n      chainName\n    }\n  }\n"): typeof import('./graphql').PanoramaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetClusters {\n    clusters {\n      id\n      name\n      county\n      level\n      chainName\n      year\n      output\n    }\n  }\n"): typeof import('./graphql').TargetClustersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterTargets($clusterId: ID!) {\n    chainGapReport(clusterId: $clusterId) {\n      clusterId\n      clusterName\n      year\n      segments {\n        segmentId\n        name\n        stage\n        order\n        status\n      }\n      investmentTargets {\n        rank\n        creditCode\n        name\n        city\n        province\n        segmentId\n        segmentName\n        stage\n        segmentStatus\n        inflow\n        buyers\n        reason\n      }\n      investmentTargetsHidden\n    }\n  }\n"): typeof import('./graphql').ClusterTargetsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
