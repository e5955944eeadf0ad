/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ClusterLevel =
  | 'CITY'
  | 'NATIONAL'
  | 'PROVINCIAL';

export type GapStatus =
  | 'COVERED'
  | 'MISSING'
  | 'STRONG'
  | 'WEAK';

/**
 * viewer: reads the graph and networks with money only as size bands (revenue, supply values,
 * totals; totals over fewer than 3 firms withheld), no R&D spend (intensity only), no outside
 * supplier named in gap reports. analyst: everything readable and exact, 招商 target lists,
 * investment targets. editor: also edits and imports the data of the
 * clusters assigned to them. admin: everything, accounts and the audit log.
 */
export type Role =
  | 'ADMIN'
  | 'ANALYST'
  | 'EDITOR'
  | 'VIEWER';

/** How a segment moved between two years. A gap is MISSING or WEAK. */
export type SegmentChange =
  /** a worse status, neither a gap */
  | 'DECLINED'
  /** a gap in fromYear, not in toYear */
  | 'GAP_HEALED'
  /** no gap in fromYear, a gap in toYear */
  | 'GAP_NEW'
  /** a gap in both years */
  | 'GAP_PERSISTENT'
  /** a better status (MISSING < WEAK < COVERED < STRONG), neither a gap */
  | 'IMPROVED'
  | 'UNCHANGED';

export type SrdiLevel =
  | 'LITTLE_GIANT'
  | 'NONE'
  | 'PROVINCIAL';

export type Stage =
  | 'DOWNSTREAM'
  | 'MIDSTREAM'
  | 'UPSTREAM';

export type SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInMutation = { signIn: { id: string } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, name: string, role: Role, clusterIds: Array<string>, permissions: Array<string> } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SearchBoxQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  clusterId?: string | null | undefined;
}>;


export type SearchBoxQuery = { searchEnterprises: { totalCount: number, totalCapped: boolean, edges: Array<{ node: { creditCode: string, name: string, local: boolean, county: string | null, city: string | null, province: string | null, chainLeader: boolean, products: string | null } }> } };

export type ChainEvolutionQueryVariables = Exact<{
  clusterId: string;
  fromYear: number;
  toYear: number;
}>;


export type ChainEvolutionQuery = { chainEvolution: { fromYear: number, toYear: number, completenessFrom: number, completenessTo: number, gapsHealed: number, gapsNew: number, gapsPersistent: number, segments: Array<{ segmentId: string, name: string, statusFrom: GapStatus, statusTo: GapStatus, localFirmsFrom: number, localFirmsTo: number, localSupplyRatioFrom: number | null, localSupplyRatioTo: number | null, change: SegmentChange }> } };

export type LocalSubstitutesQueryVariables = Exact<{
  clusterId: string;
  segmentId: string;
  year?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type LocalSubstitutesQuery = { localSubstitutes: Array<{ suppliesCluster: boolean, suppliedValue: number | null, clusterMember: boolean, revenue: number | null, revenueBand: string | null, srdiLevel: SrdiLevel | null, enterprise: { creditCode: string, name: string, county: string | null, chainLeader: boolean } }> };

export type WhatIfAttractQueryVariables = Exact<{
  clusterId: string;
  attract: Array<string> | string;
  year?: number | null | undefined;
}>;


export type WhatIfAttractQuery = { whatIfAttract: { year: number | null, completenessBefore: number, completenessAfter: number, attracted: Array<{ creditCode: string, name: string, city: string | null, province: string | null }>, segments: Array<{ segmentId: string, name: string, statusBefore: GapStatus, statusAfter: GapStatus, localFirmsBefore: number, localFirmsAfter: number, localSupplyRatioBefore: number | null, localSupplyRatioAfter: number | null }>, indicatorChanges: Array<{ key: string, label: string, labelEn: string, unit: string, unitEn: string, change: number, basis: string, basisEn: string }> } };

export type ChainRiskFieldsFragment = { buyerCode: string, buyerName: string, segmentId: string, segmentName: string, supplierCode: string | null, supplierName: string | null, value: number | null, valueBand: string | null, supplierLocal: boolean };

export type ChainSegmentFieldsFragment = { segmentId: string, name: string, stage: Stage, order: number, status: GapStatus, localFirms: number, localRevenue: number | null, localRevenueBand: string | null, localSrdiFirms: number, localChainLeaders: number, clusterFirms: number, clusterRevenue: number | null, clusterRevenueBand: string | null, clusterSrdiFirms: number, clusterChainLeaders: number, inflow: number | null, inflowBand: string | null, localInflow: number | null, localInflowBand: string | null, localSupplyRatio: number | null, topSupplierShare: number | null, topSupplierCode: string | null, topSupplierName: string | null, singlePoint: boolean, supplierCount: number, buyerCount: number, singleSourceRiskCount: number, feeds: Array<string> };

export type ChainMapQueryVariables = Exact<{
  clusterId: string;
  year?: number | null | undefined;
}>;


export type ChainMapQuery = { cluster: { id: string, name: string, county: string, level: ClusterLevel, year: number | null, output: number | null, memberCount: number, chainName: string | null } | null, chainGapReport: { clusterId: string, clusterName: string, chainId: string | null, chainName: string | null, year: number | null, supplyYears: Array<number>, figuresYear: number | null, completeness: number, investmentTargetsHidden: boolean, singleSourceRiskCount: number, thresholds: { weakLocalSupplyRatio: number, strongLocalSupplyRatio: number, strongMinLocalFirms: number, singlePointShare: number }, segments: Array<{ segmentId: string, name: string, stage: Stage, order: number, status: GapStatus, localFirms: number, localRevenue: number | null, localRevenueBand: string | null, localSrdiFirms: number, localChainLeaders: number, clusterFirms: number, clusterRevenue: number | null, clusterRevenueBand: string | null, clusterSrdiFirms: number, clusterChainLeaders: number, inflow: number | null, inflowBand: string | null, localInflow: number | null, localInflowBand: string | null, localSupplyRatio: number | null, topSupplierShare: number | null, topSupplierCode: string | null, topSupplierName: string | null, singlePoint: boolean, supplierCount: number, buyerCount: number, singleSourceRiskCount: number, feeds: Array<string> }>, investmentTargets: Array<{ rank: number, creditCode: string, name: string, city: string | null, province: string | null, segmentId: string, segmentName: string, stage: Stage, segmentStatus: GapStatus, inflow: number, buyers: number, reason: string, reasonEn: string }>, extensionOpportunities: Array<{ segmentId: string }>, singleSourceRisks: Array<{ buyerCode: string, buyerName: string, segmentId: string, segmentName: string, supplierCode: string | null, supplierName: string | null, value: number | null, valueBand: string | null, supplierLocal: boolean }> } };

export type ChainRisksQueryVariables = Exact<{
  clusterId: string;
  year?: number | null | undefined;
  first: number;
  offset: number;
  segmentId?: string | null | undefined;
}>;


export type ChainRisksQuery = { chainGapReport: { singleSourceRiskCount: number, singleSourceRisks: Array<{ buyerCode: string, buyerName: string, segmentId: string, segmentName: string, supplierCode: string | null, supplierName: string | null, value: number | null, valueBand: string | null, supplierLocal: boolean }> } };

export type SegmentFirmsQueryVariables = Exact<{
  clusterId: string;
  year?: number | null | undefined;
  segmentId: string;
  first: number;
  offset: number;
}>;


export type SegmentFirmsQuery = { chainGapReport: { segmentFirms: { totalCount: number, firms: Array<{ revenue: number | null, revenueBand: string | null, srdiLevel: SrdiLevel | null, enterprise: { creditCode: string, name: string, local: boolean, chainLeader: boolean, county: string | null } }> } } };

export type ChainMapClustersQueryVariables = Exact<{ [key: string]: never; }>;


export type ChainMapClustersQuery = { clusters: Array<{ id: string, name: string, county: string, level: ClusterLevel, chainName: string | null, year: number | null, output: number | null, memberCount: number }> };

export type WhatIfQueryVariables = Exact<{
  clusterId: string;
  remove: Array<string> | string;
  year?: number | null | undefined;
}>;


export type WhatIfQuery = { whatIf: { year: number | null, figuresYear: number | null, removed: Array<string>, cutOffCount: number, affectedRevenue: number | null, affectedRevenueBand: string | null, truncated: boolean, waves: Array<{ depth: number, revenue: number | null, revenueBand: string | null, firms: Array<{ creditCode: string, name: string, local: boolean, county: string | null, city: string | null, province: string | null, chainLeader: boolean, segments: Array<{ id: string }> }> }> } };

export type WhatIfFirmQueryVariables = Exact<{
  creditCode: string;
}>;


export type WhatIfFirmQuery = { enterprise: { creditCode: string, name: string, local: boolean, chainLeader: boolean, county: string | null, city: string | null, province: string | null } | null };

export type ChainLeadersQueryVariables = Exact<{
  clusterId: string;
  year?: number | null | undefined;
}>;


export type ChainLeadersQuery = { chainGapReport: { chainLeaders: Array<{ segmentIds: Array<string>, clusterMember: boolean, revenue: number | null, revenueBand: string | null, enterprise: { creditCode: string, name: string, local: boolean, county: string | null, city: string | null, province: string | null } }> } };

export type CompareChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompareChainsQuery = { clusters: Array<{ id: string, name: string, county: string, chainId: string | null, chainName: string | null }> };

export type ChainComparisonQueryVariables = Exact<{
  chainId: string;
  year?: number | null | undefined;
}>;


export type ChainComparisonQuery = { chainComparison: { chainId: string, chainName: string, year: number | null, years: Array<number>, segments: Array<{ segmentId: string, name: string, stage: Stage, order: number }>, clusters: Array<{ clusterId: string, clusterName: string, county: string | null, completeness: number, segments: Array<{ segmentId: string, status: GapStatus, localSupplyRatio: number | null, clusterFirms: number, localFirms: number }> }>, peerStrengths: Array<{ segmentId: string, segmentName: string, strongClusterId: string, strongClusterName: string, lackingClusterId: string, lackingClusterName: string, lackingStatus: GapStatus }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ChainRiskFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChainRiskFields on SingleSourceRisk {
  buyerCode
  buyerName
  segmentId
  segmentName
  supplierCode
  supplierName
  value
  valueBand
  supplierLocal
}
    `, {"fragmentName":"ChainRiskFields"}) as unknown as TypedDocumentString<ChainRiskFieldsFragment, unknown>;
export const ChainSegmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChainSegmentFields on SegmentGap {
  segmentId
  name
  stage
  order
  status
  localFirms
  localRevenue
  localRevenueBand
  localSrdiFirms
  localChainLeaders
  clusterFirms
  clusterRevenue
  clusterRevenueBand
  clusterSrdiFirms
  clusterChainLeaders
  inflow
  inflowBand
  localInflow
  localInflowBand
  localSupplyRatio
  topSupplierShare
  topSupplierCode
  topSupplierName
  singlePoint
  supplierCount
  buyerCount
  singleSourceRiskCount
  feeds
}
    `, {"fragmentName":"ChainSegmentFields"}) as unknown as TypedDocumentString<ChainSegmentFieldsFragment, unknown>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($username: String!, $password: String!) {
  signIn(username: $username, password: $password) {
    id
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    username
    name
    role
    clusterIds
    permissions
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const SearchBoxDocument = new TypedDocumentString(`
    query SearchBox($query: String!, $first: Int, $clusterId: ID) {
  searchEnterprises(query: $query, first: $first, clusterId: $clusterId) {
    totalCount
    totalCapped
    edges {
      node {
        creditCode
        name
        local
        county
        city
        province
        chainLeader
        products
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchBoxQuery, SearchBoxQueryVariables>;
export const ChainEvolutionDocument = new TypedDocumentString(`
    query ChainEvolution($clusterId: ID!, $fromYear: Int!, $toYear: Int!) {
  chainEvolution(clusterId: $clusterId, fromYear: $fromYear, toYear: $toYear) {
    fromYear
    toYear
    completenessFrom
    completenessTo
    gapsHealed
    gapsNew
    gapsPersistent
    segments {
      segmentId
      name
      statusFrom
      statusTo
      localFirmsFrom
      localFirmsTo
      localSupplyRatioFrom
      localSupplyRatioTo
      change
    }
  }
}
    `) as unknown as TypedDocumentString<ChainEvolutionQuery, ChainEvolutionQueryVariables>;
export const LocalSubstitutesDocument = new TypedDocumentString(`
    query LocalSubstitutes($clusterId: ID!, $segmentId: ID!, $year: Int, $first: Int) {
  localSubstitutes(
    clusterId: $clusterId
    segmentId: $segmentId
    year: $year
    first: $first
  ) {
    enterprise {
      creditCode
      name
      county
      chainLeader
    }
    suppliesCluster
    suppliedValue
    clusterMember
    revenue
    revenueBand
    srdiLevel
  }
}
    `) as unknown as TypedDocumentString<LocalSubstitutesQuery, LocalSubstitutesQueryVariables>;
export const WhatIfAttractDocument = new TypedDocumentString(`
    query WhatIfAttract($clusterId: ID!, $attract: [String!]!, $year: Int) {
  whatIfAttract(clusterId: $clusterId, attract: $attract, year: $year) {
    year
    attracted {
      creditCode
      name
      city
      province
    }
    completenessBefore
    completenessAfter
    segments {
      segmentId
      name
      statusBefore
      statusAfter
      localFirmsBefore
      localFirmsAfter
      localSupplyRatioBefore
      localSupplyRatioAfter
    }
    indicatorChanges {
      key
      label
      labelEn
      unit
      unitEn
      change
      basis
      basisEn
    }
  }
}
    `) as unknown as TypedDocumentString<WhatIfAttractQuery, WhatIfAttractQueryVariables>;
export const ChainMapDocument = new TypedDocumentString(`
    query ChainMap($clusterId: ID!, $year: Int) {
  cluster(id: $clusterId) {
    id
    name
    county
    level
    year
    output
    memberCount
    chainName
  }
  chainGapReport(clusterId: $clusterId, year: $year) {
    clusterId
    clusterName
    chainId
    chainName
    year
    supplyYears
    figuresYear
    completeness
    thresholds {
      weakLocalSupplyRatio
      strongLocalSupplyRatio
      strongMinLocalFirms
      singlePointShare
    }
    segments {
      ...ChainSegmentFields
    }
    investmentTargets {
      rank
      creditCode
      name
      city
      province
      segmentId
      segmentName
      stage
      segmentStatus
      inflow
      buyers
      reason
      reasonEn
    }
    investmentTargetsHidden
    extensionOpportunities {
      segmentId
    }
    singleSourceRiskCount
    singleSourceRisks {
      ...ChainRiskFields
    }
  }
}
    fragment ChainRiskFields on SingleSourceRisk {
  buyerCode
  buyerName
  segmentId
  segmentName
  supplierCode
  supplierName
  value
  valueBand
  supplierLocal
}
fragment ChainSegmentFields on SegmentGap {
  segmentId
  name
  stage
  order
  status
  localFirms
  localRevenue
  localRevenueBand
  localSrdiFirms
  localChainLeaders
  clusterFirms
  clusterRevenue
  clusterRevenueBand
  clusterSrdiFirms
  clusterChainLeaders
  inflow
  inflowBand
  localInflow
  localInflowBand
  localSupplyRatio
  topSupplierShare
  topSupplierCode
  topSupplierName
  singlePoint
  supplierCount
  buyerCount
  singleSourceRiskCount
  feeds
}`) as unknown as TypedDocumentString<ChainMapQuery, ChainMapQueryVariables>;
export const ChainRisksDocument = new TypedDocumentString(`
    query ChainRisks($clusterId: ID!, $year: Int, $first: Int!, $offset: Int!, $segmentId: ID) {
  chainGapReport(clusterId: $clusterId, year: $year) {
    singleSourceRiskCount
    singleSourceRisks(first: $first, offset: $offset, segmentId: $segmentId) {
      ...ChainRiskFields
    }
  }
}
    fragment ChainRiskFields on SingleSourceRisk {
  buyerCode
  buyerName
  segmentId
  segmentName
  supplierCode
  supplierName
  value
  valueBand
  supplierLocal
}`) as unknown as TypedDocumentString<ChainRisksQuery, ChainRisksQueryVariables>;
export const SegmentFirmsDocument = new TypedDocumentString(`
    query SegmentFirms($clusterId: ID!, $year: Int, $segmentId: ID!, $first: Int!, $offset: Int!) {
  chainGapReport(clusterId: $clusterId, year: $year) {
    segmentFirms(segmentId: $segmentId, first: $first, offset: $offset) {
      totalCount
      firms {
        enterprise {
          creditCode
          name
          local
          chainLeader
          county
        }
        revenue
        revenueBand
        srdiLevel
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SegmentFirmsQuery, SegmentFirmsQueryVariables>;
export const ChainMapClustersDocument = new TypedDocumentString(`
    query ChainMapClusters {
  clusters {
    id
    name
    county
    level
    chainName
    year
    output
    memberCount
  }
}
    `) as unknown as TypedDocumentString<ChainMapClustersQuery, ChainMapClustersQueryVariables>;
export const WhatIfDocument = new TypedDocumentString(`
    query WhatIf($clusterId: ID!, $remove: [String!]!, $year: Int) {
  whatIf(clusterId: $clusterId, remove: $remove, year: $year) {
    year
    figuresYear
    removed
    cutOffCount
    affectedRevenue
    affectedRevenueBand
    truncated
    waves {
      depth
      revenue
      revenueBand
      firms {
        creditCode
        name
        local
        county
        city
        province
        chainLeader
        segments {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WhatIfQuery, WhatIfQueryVariables>;
export const WhatIfFirmDocument = new TypedDocumentString(`
    query WhatIfFirm($creditCode: String!) {
  enterprise(creditCode: $creditCode) {
    creditCode
    name
    local
    chainLeader
    county
    city
    province
  }
}
    `) as unknown as TypedDocumentString<WhatIfFirmQuery, WhatIfFirmQueryVariables>;
export const ChainLeadersDocument = new TypedDocumentString(`
    query ChainLeaders($clusterId: ID!, $year: Int) {
  chainGapReport(clusterId: $clusterId, year: $year) {
    chainLeaders {
      enterprise {
        creditCode
        name
        local
        county
        city
        province
      }
      segmentIds
      clusterMember
      revenue
      revenueBand
    }
  }
}
    `) as unknown as TypedDocumentString<ChainLeadersQuery, ChainLeadersQueryVariables>;
export const CompareChainsDocument = new TypedDocumentString(`
    query CompareChains {
  clusters {
    id
    name
    county
    chainId
    chainName
  }
}
    `) as unknown as TypedDocumentString<CompareChainsQuery, CompareChainsQueryVariables>;
export const ChainComparisonDocument = new TypedDocumentString(`
    query ChainComparison($chainId: ID!, $year: Int) {
  chainComparison(chainId: $chainId, year: $year) {
    chainId
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
    `) as unknown as TypedDocumentString<ChainComparisonQuery, ChainComparisonQueryVariables>;