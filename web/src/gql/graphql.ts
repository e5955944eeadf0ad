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

export type CollaborationInput = {
  creditCode: string;
  instituteId: string;
  /** JOINT_RD, CO_PATENT or TALENT (or the Chinese word) */
  kind: string;
  /** 项目名称, at most 200 characters */
  title?: string | null | undefined;
  /** 0 or absent when not known, else 1900 to 2100 */
  year?: number | null | undefined;
};

export type CollaborationKeyInput = {
  creditCode: string;
  instituteId: string;
  kind: string;
  year?: number | null | undefined;
};

export type CreateUserInput = {
  clusterIds?: Array<string> | null | undefined;
  name?: string | null | undefined;
  /** 10–128 characters; generated when left out */
  password?: string | null | undefined;
  role: Role;
  /** 2–40 characters: lower-case letters, digits, . _ - */
  username: string;
};

export type Direction =
  | 'BOTH'
  | 'DOWNSTREAM'
  | 'UPSTREAM';

/** Changes to an enterprise: only the fields given are changed. */
export type EnterpriseInput = {
  /** cannot be null */
  chainLeader?: boolean | null | undefined;
  city?: string | null | undefined;
  /** replaces its cluster memberships (ids of existing clusters) */
  clusterIds?: Array<string> | null | undefined;
  /** 区县: for a local firm one of the city's counties (or one already in the database) */
  county?: string | null | undefined;
  /** between 1800 and the current year */
  founded?: number | null | undefined;
  /** cannot be null */
  local?: boolean | null | undefined;
  /** 1 to 200 characters; cannot be null */
  name?: string | null | undefined;
  province?: string | null | undefined;
  /** replaces its segments (ids of existing segments) */
  segmentIds?: Array<string> | null | undefined;
};

/** Changes to one year's figures: only the fields given are changed; null clears one. */
export type EnterpriseYearInput = {
  aboveScale?: boolean | null | undefined;
  digitalTransformation?: boolean | null | undefined;
  greenDiagnosis?: boolean | null | undefined;
  greenList?: boolean | null | undefined;
  /** a whole number >= 0 */
  highValuePatents?: number | null | undefined;
  /** 研发投入, 万元, >= 0 */
  rdSpend?: number | null | undefined;
  /** 营业收入, 万元, >= 0 */
  revenue?: number | null | undefined;
  smartFactory?: boolean | null | undefined;
  srdiLevel?: SrdiLevel | null | undefined;
};

export type GapStatus =
  | 'COVERED'
  | 'MISSING'
  | 'STRONG'
  | 'WEAK';

export type ImportChangeOp =
  | 'CREATED'
  | 'UPDATED';

/**
 * Where a firm counts as local (本地) to a cluster: the same county (县域), the same city (市域, the
 * default) or the same province (省域) as the cluster.
 */
export type LocalScope =
  | 'CITY'
  | 'COUNTY'
  | 'PROVINCE';

/** Where a target firm stands in the investment-promotion (招商) pipeline. */
export type PipelineStatus =
  /** 已接洽 */
  | 'CONTACTED'
  /** 已放弃 */
  | 'DROPPED'
  /** 已识别 */
  | 'IDENTIFIED'
  /** 已落地 */
  | 'LANDED'
  /** 洽谈中 */
  | 'NEGOTIATING'
  /** 已签约 */
  | 'SIGNED';

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

export type SupplyLinkInput = {
  /** 万元, >= 0 */
  annualValue: number;
  buyerCode: string;
  /** at most 200 characters */
  product?: string | null | undefined;
  segmentId: string;
  supplierCode: string;
  /** 0 or absent when not known, else 1900 to 2100 */
  year?: number | null | undefined;
};

/** The key of a supply link. */
export type SupplyLinkKeyInput = {
  buyerCode: string;
  segmentId: string;
  supplierCode: string;
  /** 0 or absent when not known */
  year?: number | null | undefined;
};

/**
 * How a target is stated, and so how `progress` is computed (never below 0; 1 = target reached):
 * COUNT and RATIO and ANNUAL_GROWTH: target = the policy figure, progress = value / target;
 * DELTA: target = baseline + figure, progress = (value - baseline) / figure;
 * GROWTH: target = baseline × (1 + figure / 100), progress = (value - baseline) / (baseline × figure / 100).
 */
export type TargetKind =
  /** a yearly growth rate in % to reach (high-value patents) */
  | 'ANNUAL_GROWTH'
  /** a number to reach (clusters, firms, platforms) */
  | 'COUNT'
  /** an increase over the 2023 baseline (above-scale firms: +100) */
  | 'DELTA'
  /** a growth in % over the 2023 baseline (output: +20%) */
  | 'GROWTH'
  /** a percentage to reach or keep (R&D intensity) */
  | 'RATIO';

export type UpdateUserInput = {
  clusterIds?: Array<string> | null | undefined;
  name?: string | null | undefined;
  role?: Role | null | undefined;
};

export type SetEnterpriseSegmentMutationVariables = Exact<{
  creditCode: string;
  segmentId: string;
  member: boolean;
}>;


export type SetEnterpriseSegmentMutation = { setEnterpriseSegment: { creditCode: string, version: number } };

export type TargetListFieldsFragment = { id: string, name: string, clusterId: string | null, clusterName: string | null, note: string | null, createdAt: string, updatedAt: string, updatedBy: string, entryCount: number, statusCounts: Array<{ status: PipelineStatus, count: number }> };

export type TargetEntryFieldsFragment = { listId: string, creditCode: string, name: string | null, local: boolean | null, county: string | null, city: string | null, province: string | null, segmentId: string | null, segmentName: string | null, reason: string | null, status: PipelineStatus, statusNote: string | null, statusDate: string | null, addedAt: string, updatedAt: string, updatedBy: string, history: Array<{ status: PipelineStatus, note: string | null, date: string | null, by: string, byName: string | null, at: string }> };

export type TargetListsQueryVariables = Exact<{ [key: string]: never; }>;


export type TargetListsQuery = { targetLists: Array<{ id: string, name: string, clusterId: string | null, clusterName: string | null, note: string | null, createdAt: string, updatedAt: string, updatedBy: string, entryCount: number, statusCounts: Array<{ status: PipelineStatus, count: number }> }> };

export type TargetListQueryVariables = Exact<{
  id: string;
}>;


export type TargetListQuery = { targetList: { id: string, name: string, clusterId: string | null, clusterName: string | null, note: string | null, createdAt: string, updatedAt: string, updatedBy: string, entryCount: number, entries: Array<{ listId: string, creditCode: string, name: string | null, local: boolean | null, county: string | null, city: string | null, province: string | null, segmentId: string | null, segmentName: string | null, reason: string | null, status: PipelineStatus, statusNote: string | null, statusDate: string | null, addedAt: string, updatedAt: string, updatedBy: string, history: Array<{ status: PipelineStatus, note: string | null, date: string | null, by: string, byName: string | null, at: string }> }>, statusCounts: Array<{ status: PipelineStatus, count: number }> } | null };

export type CreateTargetListMutationVariables = Exact<{
  name: string;
  clusterId?: string | null | undefined;
  note?: string | null | undefined;
}>;


export type CreateTargetListMutation = { createTargetList: { id: string, name: string, clusterId: string | null, clusterName: string | null, note: string | null, createdAt: string, updatedAt: string, updatedBy: string, entryCount: number, statusCounts: Array<{ status: PipelineStatus, count: number }> } };

export type RenameTargetListMutationVariables = Exact<{
  id: string;
  name: string;
}>;


export type RenameTargetListMutation = { renameTargetList: { id: string, name: string } };

export type DeleteTargetListMutationVariables = Exact<{
  id: string;
}>;


export type DeleteTargetListMutation = { deleteTargetList: boolean };

export type AddTargetToListMutationVariables = Exact<{
  listId: string;
  creditCode: string;
  segmentId?: string | null | undefined;
  reason?: string | null | undefined;
}>;


export type AddTargetToListMutation = { addTargetToList: { listId: string, creditCode: string } };

export type RemoveTargetFromListMutationVariables = Exact<{
  listId: string;
  creditCode: string;
}>;


export type RemoveTargetFromListMutation = { removeTargetFromList: { id: string } };

export type SetTargetStatusMutationVariables = Exact<{
  listId: string;
  creditCode: string;
  status: PipelineStatus;
  note?: string | null | undefined;
  date?: string | null | undefined;
}>;


export type SetTargetStatusMutation = { setTargetStatus: { listId: string, creditCode: string, name: string | null, local: boolean | null, county: string | null, city: string | null, province: string | null, segmentId: string | null, segmentName: string | null, reason: string | null, status: PipelineStatus, statusNote: string | null, statusDate: string | null, addedAt: string, updatedAt: string, updatedBy: string, history: Array<{ status: PipelineStatus, note: string | null, date: string | null, by: string, byName: string | null, at: string }> } };

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

export type EnterpriseSuggestionsQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  clusterId?: string | null | undefined;
}>;


export type EnterpriseSuggestionsQuery = { searchEnterprises: { totalCount: number, totalCapped: boolean, edges: Array<{ node: { creditCode: string, name: string, local: boolean, county: string | null, city: string | null, province: string | null, chainLeader: boolean, products: string | null } }> } };

export type ImportLogQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ImportLogQuery = { auditLog: { edges: Array<{ node: { id: string, at: string, userId: string, action: string, key: string, after: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ImportChangesQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type ImportChangesQuery = { importChanges: { totalCount: number, edges: Array<{ node: { file: string, row: number | null, key: string, op: ImportChangeOp, before: string | null, after: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UndoImportMutationVariables = Exact<{
  id: string;
}>;


export type UndoImportMutation = { undoImport: { importId: string, restored: number, deleted: number, auditEntryId: string } };

export type AdminUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUsersQuery = { users: Array<{ id: string, username: string, name: string, role: Role, clusterIds: Array<string>, disabled: boolean, lastSignInAt: string | null }> };

export type AdminClustersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminClustersQuery = { clusters: Array<{ id: string, name: string }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { password: string | null, user: { id: string, username: string } } };

export type UpdateUserMutationVariables = Exact<{
  id: string;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string } };

export type SetUserDisabledMutationVariables = Exact<{
  id: string;
  disabled: boolean;
}>;


export type SetUserDisabledMutation = { setUserDisabled: { id: string } };

export type ResetUserPasswordMutationVariables = Exact<{
  id: string;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { password: string | null, user: { username: string } } };

export type AuditLogQueryVariables = Exact<{
  after?: string | null | undefined;
  userId?: string | null | undefined;
  entity?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { edges: Array<{ node: { id: string, at: string, userId: string, action: string, entity: string, key: string, before: string | null, after: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ChainEvolutionQueryVariables = Exact<{
  clusterId: string;
  fromYear: number;
  toYear: number;
  scope?: LocalScope | null | undefined;
}>;


export type ChainEvolutionQuery = { chainEvolution: { scope: LocalScope, fromYear: number, toYear: number, completenessFrom: number, completenessTo: number, gapsHealed: number, gapsNew: number, gapsPersistent: number, segments: Array<{ segmentId: string, name: string, statusFrom: GapStatus, statusTo: GapStatus, localFirmsFrom: number, localFirmsTo: number, localSupplyRatioFrom: number | null, localSupplyRatioTo: number | null, change: SegmentChange }> } | null };

export type LocalSubstitutesQueryVariables = Exact<{
  clusterId: string;
  segmentId: string;
  year?: number | null | undefined;
  scope?: LocalScope | null | undefined;
  first?: number | null | undefined;
}>;


export type LocalSubstitutesQuery = { localSubstitutes: Array<{ suppliesCluster: boolean, suppliedValue: number | null, clusterMember: boolean, revenue: number | null, revenueBand: string | null, srdiLevel: SrdiLevel | null, enterprise: { creditCode: string, name: string, county: string | null, chainLeader: boolean } }> };

export type WhatIfAttractQueryVariables = Exact<{
  clusterId: string;
  attract: Array<string> | string;
  year?: number | null | undefined;
  scope?: LocalScope | null | undefined;
}>;


export type WhatIfAttractQuery = { whatIfAttract: { scope: LocalScope, year: number | null, completenessBefore: number, completenessAfter: number, attracted: Array<{ creditCode: string, name: string, city: string | null, province: string | null }>, segments: Array<{ segmentId: string, name: string, statusBefore: GapStatus, statusAfter: GapStatus, localFirmsBefore: number, localFirmsAfter: number, localSupplyRatioBefore: number | null, localSupplyRatioAfter: number | null }>, indicatorChanges: Array<{ key: string, label: string, labelEn: string, unit: string, unitEn: string, change: number, basis: string, basisEn: string }> } | null };

export type ChainRiskFieldsFragment = { buyerCode: string, buyerName: string, segmentId: string, segmentName: string, supplierCode: string | null, supplierName: string | null, value: number | null, valueBand: string | null, supplierLocal: boolean };

export type ChainSegmentFieldsFragment = { segmentId: string, name: string, stage: Stage, order: number, status: GapStatus, localFirms: number, localRevenue: number | null, localRevenueBand: string | null, localSrdiFirms: number, localChainLeaders: number, clusterFirms: number, clusterRevenue: number | null, clusterRevenueBand: string | null, clusterSrdiFirms: number, clusterChainLeaders: number, inflow: number | null, inflowBand: string | null, localInflow: number | null, localInflowBand: string | null, localSupplyRatio: number | null, topSupplierShare: number | null, topSupplierCode: string | null, topSupplierName: string | null, singlePoint: boolean, supplierCount: number, buyerCount: number, singleSourceRiskCount: number, singleSourceRiskValue: number | null, singleSourceRiskValueBand: string | null, singleSourceShare: number | null, singleSourceAtRisk: boolean, feeds: Array<string> };

export type ChainMapQueryVariables = Exact<{
  clusterId: string;
  year?: number | null | undefined;
  scope?: LocalScope | null | undefined;
}>;


export type ChainMapQuery = { cluster: { id: string, name: string, county: string, level: ClusterLevel, year: number | null, output: number | null, memberCount: number, chainName: string | null } | null, chainGapReport: { clusterId: string, scope: LocalScope, clusterName: string, chainId: string | null, chainName: string | null, year: number | null, supplyYears: Array<number>, figuresYear: number | null, completeness: number, investmentTargetsHidden: boolean, singleSourceRiskCount: number, thresholds: { weakLocalSupplyRatio: number, strongLocalSupplyRatio: number, strongMinLocalFirms: number, singlePointShare: number, singleSourceShare: number }, segments: Array<{ segmentId: string, name: string, stage: Stage, order: number, status: GapStatus, localFirms: number, localRevenue: number | null, localRevenueBand: string | null, localSrdiFirms: number, localChainLeaders: number, clusterFirms: number, clusterRevenue: number | null, clusterRevenueBand: string | null, clusterSrdiFirms: number, clusterChainLeaders: number, inflow: number | null, inflowBand: string | null, localInflow: number | null, localInflowBand: string | null, localSupplyRatio: number | null, topSupplierShare: number | null, topSupplierCode: string | null, topSupplierName: string | null, singlePoint: boolean, supplierCount: number, buyerCount: number, singleSourceRiskCount: number, singleSourceRiskValue: number | null, singleSourceRiskValueBand: string | null, singleSourceShare: number | null, singleSourceAtRisk: boolean, feeds: Array<string> }>, investmentTargets: Array<{ rank: number, creditCode: string, name: string, city: string | null, province: string | null, segmentId: string, segmentName: string, stage: Stage, segmentStatus: GapStatus, inflow: number, buyers: number, reason: string, reasonEn: string, onLists: Array<{ listId: string, listName: string, status: PipelineStatus }> }>, extensionOpportunities: Array<{ segmentId: string }>, singleSourceRisks: Array<{ buyerCode: string, buyerName: string, segmentId: string, segmentName: string, supplierCode: string | null, supplierName: string | null, value: number | null, valueBand: string | null, supplierLocal: boolean }> } | null };

export type ChainRisksQueryVariables = Exact<{
  clusterId: string;
  year?: number | null | undefined;
  scope?: LocalScope | null | undefined;
  first: number;
  offset: number;
  segmentId?: string | null | undefined;
}>;


export type ChainRisksQuery = { chainGapReport: { singleSourceRiskCount: number, singleSourceRisks: Array<{ buyerCode: string, buyerName: string, segmentId: string, segmentName: string, supplierCode: string | null, supplierName: string | null, value: number | null, valueBand: string | null, supplierLocal: boolean }> } | null };

export type ChainRiskGroupsQueryVariables = Exact<{
  clusterId: string;
  year?: number | null | undefined;
  scope?: LocalScope | null | undefined;
  first: number;
  offset: number;
}>;


export type ChainRiskGroupsQuery = { chainGapReport: { singleSourceRiskSupplierCount: number, singleSourceRiskSegments: Array<{ segmentId: string, segmentName: string, stage: Stage, risks: number, supplierCount: number, value: number | null, valueBand: string | null, share: number | null, atRisk: boolean, topSuppliers: Array<{ supplierCode: string | null, supplierName: string | null, supplierLocal: boolean, buyers: number, value: number | null, valueBand: string | null }> }>, singleSourceRiskSuppliers: Array<{ supplierCode: string | null, supplierName: string | null, supplierLocal: boolean, dependants: number, risks: number, value: number | null, valueBand: string | null, segmentIds: Array<string> }> } | null };

export type SegmentFirmsQueryVariables = Exact<{
  clusterId: string;
  year?: number | null | undefined;
  segmentId: string;
  first: number;
  offset: number;
}>;


export type SegmentFirmsQuery = { chainGapReport: { segmentFirms: { totalCount: number, firms: Array<{ revenue: number | null, revenueBand: string | null, srdiLevel: SrdiLevel | null, enterprise: { creditCode: string, name: string, local: boolean, chainLeader: boolean, county: string | null } }> } } | null };

export type ChainMapClustersQueryVariables = Exact<{ [key: string]: never; }>;


export type ChainMapClustersQuery = { clusters: Array<{ id: string, name: string, county: string, level: ClusterLevel, chainName: string | null, year: number | null, output: number | null, memberCount: number }> };

export type WhatIfQueryVariables = Exact<{
  clusterId: string;
  remove: Array<string> | string;
  year?: number | null | undefined;
}>;


export type WhatIfQuery = { whatIf: { year: number | null, figuresYear: number | null, removed: Array<string>, cutOffCount: number, affectedRevenue: number | null, affectedRevenueBand: string | null, truncated: boolean, waves: Array<{ depth: number, revenue: number | null, revenueBand: string | null, firms: Array<{ creditCode: string, name: string, local: boolean, county: string | null, city: string | null, province: string | null, chainLeader: boolean, segments: Array<{ id: string }> }> }> } | null };

export type WhatIfFirmQueryVariables = Exact<{
  creditCode: string;
}>;


export type WhatIfFirmQuery = { enterprise: { creditCode: string, name: string, local: boolean, chainLeader: boolean, county: string | null, city: string | null, province: string | null } | null };

export type ChainLeadersQueryVariables = Exact<{
  clusterId: string;
  year?: number | null | undefined;
}>;


export type ChainLeadersQuery = { chainGapReport: { chainLeaders: Array<{ segmentIds: Array<string>, clusterMember: boolean, revenue: number | null, revenueBand: string | null, enterprise: { creditCode: string, name: string, local: boolean, county: string | null, city: string | null, province: string | null } }> } | null };

export type CompareChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompareChainsQuery = { clusters: Array<{ id: string, name: string, county: string, chainId: string | null, chainName: string | null }> };

export type ChainComparisonQueryVariables = Exact<{
  chainId: string;
  year?: number | null | undefined;
  scope?: LocalScope | null | undefined;
}>;


export type ChainComparisonQuery = { chainComparison: { chainId: string, scope: LocalScope, chainName: string, year: number | null, years: Array<number>, segments: Array<{ segmentId: string, name: string, stage: Stage, order: number }>, clusters: Array<{ clusterId: string, clusterName: string, county: string | null, completeness: number, segments: Array<{ segmentId: string, status: GapStatus, localSupplyRatio: number | null, clusterFirms: number, localFirms: number }> }>, peerStrengths: Array<{ segmentId: string, segmentName: string, strongClusterId: string, strongClusterName: string, lackingClusterId: string, lackingClusterName: string, lackingStatus: GapStatus }> } | null };

export type TargetDashboardQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type TargetDashboardQuery = { targetDashboard: { year: number, years: Array<number>, baselineYear: number, targetYear: number, indicators: Array<{ key: string, targetKind: TargetKind, policyTarget: number, baseline: number | null, value: number | null, target: number | null, progress: number | null, met: boolean | null, trend: Array<{ year: number, value: number | null }> }> } | null };

export type EnterpriseEditQueryVariables = Exact<{
  creditCode: string;
}>;


export type EnterpriseEditQuery = { enterprise: { creditCode: string, name: string, local: boolean, county: string | null, city: string | null, province: string | null, founded: number | null, chainLeader: boolean, version: number, updatedByName: string | null, editScope: { allowed: boolean, reason: string | null }, clusters: Array<{ id: string, name: string, chainId: string | null }>, segments: Array<{ id: string, name: string, stage: Stage, chainId: string }>, years: Array<{ year: number, revenue: number | null, rdSpend: number | null, aboveScale: boolean | null, srdiLevel: SrdiLevel | null, highValuePatents: number | null, smartFactory: boolean | null, digitalTransformation: boolean | null, greenList: boolean | null, greenDiagnosis: boolean | null, version: number }>, supplyLinks: Array<{ id: string, supplierCode: string, buyerCode: string, segmentId: string, year: number, annualValue: number | null, product: string | null, version: number, supplier: { name: string }, buyer: { name: string }, editScope: { allowed: boolean, reason: string | null } }>, collaborations: Array<{ id: string, kind: string, year: number, title: string | null, institute: { id: string, name: string } }>, recentChanges: Array<{ id: string, at: string, userName: string, action: string, entity: string, key: string, before: string | null, after: string | null }> } | null, clusters: Array<{ id: string, name: string, chainId: string | null }> };

export type EnterpriseEditSegmentsQueryVariables = Exact<{
  chainIds: Array<string> | string;
}>;


export type EnterpriseEditSegmentsQuery = { chainSegments: Array<{ id: string, name: string, stage: Stage, order: number, chainId: string }> };

export type ResearchInstitutesQueryVariables = Exact<{ [key: string]: never; }>;


export type ResearchInstitutesQuery = { researchInstitutes: Array<{ id: string, name: string, kind: string | null }> };

export type UpdateEnterpriseMutationVariables = Exact<{
  creditCode: string;
  input: EnterpriseInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpdateEnterpriseMutation = { updateEnterprise: { creditCode: string, version: number } };

export type UpsertEnterpriseYearMutationVariables = Exact<{
  creditCode: string;
  year: number;
  input: EnterpriseYearInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpsertEnterpriseYearMutation = { upsertEnterpriseYear: { year: number, version: number } };

export type UpsertSupplyLinkMutationVariables = Exact<{
  input: SupplyLinkInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpsertSupplyLinkMutation = { upsertSupplyLink: { id: string, version: number } };

export type DeleteSupplyLinkMutationVariables = Exact<{
  key: SupplyLinkKeyInput;
  expectedVersion?: number | null | undefined;
}>;


export type DeleteSupplyLinkMutation = { deleteSupplyLink: { id: string } };

export type AddCollaborationMutationVariables = Exact<{
  input: CollaborationInput;
}>;


export type AddCollaborationMutation = { addCollaboration: { id: string } };

export type RemoveCollaborationMutationVariables = Exact<{
  key: CollaborationKeyInput;
}>;


export type RemoveCollaborationMutation = { removeCollaboration: { id: string } };

export type EnterpriseProfileQueryVariables = Exact<{
  creditCode: string;
}>;


export type EnterpriseProfileQuery = { enterprise: { creditCode: string, name: string, local: boolean, county: string | null, city: string | null, province: string | null, founded: number | null, chainLeader: boolean, products: string | null, srdiLevel: SrdiLevel | null, supplierCount: number, customerCount: number, updatedBy: string | null, updatedAt: string | null, clusters: Array<{ id: string, name: string, county: string, level: ClusterLevel }>, segments: Array<{ id: string, name: string, stage: Stage, order: number, chainId: string }>, years: Array<{ year: number, revenue: number | null, revenueBand: string | null, rdSpend: number | null, rdIntensity: number | null, aboveScale: boolean | null, srdiLevel: SrdiLevel | null, highValuePatents: number | null, smartFactory: boolean | null, digitalTransformation: boolean | null, greenList: boolean | null, greenDiagnosis: boolean | null }> } | null };

export type SupplyGraphFieldsFragment = { truncated: boolean, totalNodes: number, totalEdges: number, nodes: Array<{ id: string, label: string, local: boolean | null, creditCode: string | null, revenue: number | null, revenueBand: string | null, depth: number | null, chainLeader: boolean | null, srdiLevel: SrdiLevel | null, segmentName: string | null }>, edges: Array<{ id: string, source: string, target: string, value: number | null, valueBand: string | null, product: string | null, year: number | null }> };

export type SupplyNeighborhoodQueryVariables = Exact<{
  creditCode: string;
  depth: number;
  direction: Direction;
}>;


export type SupplyNeighborhoodQuery = { supplyNeighborhood: { truncated: boolean, totalNodes: number, totalEdges: number, nodes: Array<{ id: string, label: string, local: boolean | null, creditCode: string | null, revenue: number | null, revenueBand: string | null, depth: number | null, chainLeader: boolean | null, srdiLevel: SrdiLevel | null, segmentName: string | null }>, edges: Array<{ id: string, source: string, target: string, value: number | null, valueBand: string | null, product: string | null, year: number | null }> } | null };

export type SupplyPathQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type SupplyPathQuery = { supplyPath: { truncated: boolean, totalNodes: number, totalEdges: number, nodes: Array<{ id: string, label: string, local: boolean | null, creditCode: string | null, revenue: number | null, revenueBand: string | null, depth: number | null, chainLeader: boolean | null, srdiLevel: SrdiLevel | null, segmentName: string | null }>, edges: Array<{ id: string, source: string, target: string, value: number | null, valueBand: string | null, product: string | null, year: number | null }> } | null };

export type EnterpriseSearchPageQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  chainLeader?: boolean | null | undefined;
  srdiLevels?: Array<SrdiLevel> | SrdiLevel | null | undefined;
  local?: boolean | null | undefined;
  county?: string | null | undefined;
}>;


export type EnterpriseSearchPageQuery = { searchEnterprises: { totalCount: number, totalCapped: boolean, expandedWords: Array<{ word: string, alternatives: Array<string> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ matchedProducts: Array<string>, node: { creditCode: string, name: string, local: boolean, county: string | null, city: string | null, chainLeader: boolean, srdiLevel: SrdiLevel | null } }> } };

export type SearchSegmentsQueryVariables = Exact<{
  query: string;
}>;


export type SearchSegmentsQuery = { searchSegments: Array<{ chainName: string | null, localFirmCount: number, synonyms: Array<string>, segment: { id: string, name: string, chainId: string }, clusters: Array<{ id: string, name: string }>, chainLeaders: Array<{ creditCode: string, name: string }> }> };

export type SegmentSynonymsQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type SegmentSynonymsQuery = { synonyms: Array<{ term: string, canonical: string }> };

export type SaveSynonymMutationVariables = Exact<{
  s: string;
  t: string;
  c: string;
}>;


export type SaveSynonymMutation = { saveSynonym: { term: string } };

export type DeleteSynonymMutationVariables = Exact<{
  s: string;
  t: string;
}>;


export type DeleteSynonymMutation = { deleteSynonym: { term: string } };

export type CollaborationNetworkQueryVariables = Exact<{
  clusterId?: string | null | undefined;
  year?: number | null | undefined;
}>;


export type CollaborationNetworkQuery = { collaborationNetwork: { truncated: boolean, totalNodes: number, totalEdges: number, nodes: Array<{ id: string, kind: string, label: string, local: boolean | null, creditCode: string | null, revenue: number | null, community: number | null, centrality: number | null }>, edges: Array<{ id: string, source: string, target: string, kind: string, year: number | null, collaborationKind: string | null, title: string | null }>, topActors: Array<{ id: string, kind: string, label: string, local: boolean | null, creditCode: string | null, revenue: number | null, community: number | null, centrality: number | null }> } | null };

export type NetworkClustersQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkClustersQuery = { clusters: Array<{ id: string, name: string, county: string }> };

export type NetworkYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkYearsQuery = { targetDashboard: { years: Array<number> } | null };

export type PanoramaQueryVariables = Exact<{ [key: string]: never; }>;


export type PanoramaQuery = { clusters: Array<{ id: string, name: string, county: string, level: ClusterLevel, output: number | null, year: number | null, memberCount: number, chainName: string | null }> };

export type TargetClustersQueryVariables = Exact<{ [key: string]: never; }>;


export type TargetClustersQuery = { clusters: Array<{ id: string, name: string, county: string, level: ClusterLevel, chainName: string | null, year: number | null, output: number | null }> };

export type ClusterTargetsQueryVariables = Exact<{
  clusterId: string;
}>;


export type ClusterTargetsQuery = { chainGapReport: { clusterId: string, clusterName: string, year: number | null, investmentTargetsHidden: boolean, segments: Array<{ segmentId: string, name: string, stage: Stage, order: number, status: GapStatus }>, investmentTargets: Array<{ rank: number, creditCode: string, name: string, city: string | null, province: string | null, segmentId: string, segmentName: string, stage: Stage, segmentStatus: GapStatus, inflow: number, buyers: number, reason: string }> } | null };

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
export const TargetListFieldsFragmentDoc = new TypedDocumentString(`
    fragment TargetListFields on TargetList {
  id
  name
  clusterId
  clusterName
  note
  createdAt
  updatedAt
  updatedBy
  entryCount
  statusCounts {
    status
    count
  }
}
    `, {"fragmentName":"TargetListFields"}) as unknown as TypedDocumentString<TargetListFieldsFragment, unknown>;
export const TargetEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment TargetEntryFields on TargetListEntry {
  listId
  creditCode
  name
  local
  county
  city
  province
  segmentId
  segmentName
  reason
  status
  statusNote
  statusDate
  addedAt
  updatedAt
  updatedBy
  history {
    status
    note
    date
    by
    byName
    at
  }
}
    `, {"fragmentName":"TargetEntryFields"}) as unknown as TypedDocumentString<TargetEntryFieldsFragment, unknown>;
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
  singleSourceRiskValue
  singleSourceRiskValueBand
  singleSourceShare
  singleSourceAtRisk
  feeds
}
    `, {"fragmentName":"ChainSegmentFields"}) as unknown as TypedDocumentString<ChainSegmentFieldsFragment, unknown>;
export const SupplyGraphFieldsFragmentDoc = new TypedDocumentString(`
    fragment SupplyGraphFields on GraphView {
  nodes {
    id
    label
    local
    creditCode
    revenue
    revenueBand
    depth
    chainLeader
    srdiLevel
    segmentName
  }
  edges {
    id
    source
    target
    value
    valueBand
    product
    year
  }
  truncated
  totalNodes
  totalEdges
}
    `, {"fragmentName":"SupplyGraphFields"}) as unknown as TypedDocumentString<SupplyGraphFieldsFragment, unknown>;
export const SetEnterpriseSegmentDocument = new TypedDocumentString(`
    mutation SetEnterpriseSegment($creditCode: String!, $segmentId: ID!, $member: Boolean!) {
  setEnterpriseSegment(
    creditCode: $creditCode
    segmentId: $segmentId
    member: $member
  ) {
    creditCode
    version
  }
}
    `) as unknown as TypedDocumentString<SetEnterpriseSegmentMutation, SetEnterpriseSegmentMutationVariables>;
export const TargetListsDocument = new TypedDocumentString(`
    query TargetLists {
  targetLists {
    ...TargetListFields
  }
}
    fragment TargetListFields on TargetList {
  id
  name
  clusterId
  clusterName
  note
  createdAt
  updatedAt
  updatedBy
  entryCount
  statusCounts {
    status
    count
  }
}`) as unknown as TypedDocumentString<TargetListsQuery, TargetListsQueryVariables>;
export const TargetListDocument = new TypedDocumentString(`
    query TargetList($id: ID!) {
  targetList(id: $id) {
    ...TargetListFields
    entries {
      ...TargetEntryFields
    }
  }
}
    fragment TargetListFields on TargetList {
  id
  name
  clusterId
  clusterName
  note
  createdAt
  updatedAt
  updatedBy
  entryCount
  statusCounts {
    status
    count
  }
}
fragment TargetEntryFields on TargetListEntry {
  listId
  creditCode
  name
  local
  county
  city
  province
  segmentId
  segmentName
  reason
  status
  statusNote
  statusDate
  addedAt
  updatedAt
  updatedBy
  history {
    status
    note
    date
    by
    byName
    at
  }
}`) as unknown as TypedDocumentString<TargetListQuery, TargetListQueryVariables>;
export const CreateTargetListDocument = new TypedDocumentString(`
    mutation CreateTargetList($name: String!, $clusterId: ID, $note: String) {
  createTargetList(name: $name, clusterId: $clusterId, note: $note) {
    ...TargetListFields
  }
}
    fragment TargetListFields on TargetList {
  id
  name
  clusterId
  clusterName
  note
  createdAt
  updatedAt
  updatedBy
  entryCount
  statusCounts {
    status
    count
  }
}`) as unknown as TypedDocumentString<CreateTargetListMutation, CreateTargetListMutationVariables>;
export const RenameTargetListDocument = new TypedDocumentString(`
    mutation RenameTargetList($id: ID!, $name: String!) {
  renameTargetList(id: $id, name: $name) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RenameTargetListMutation, RenameTargetListMutationVariables>;
export const DeleteTargetListDocument = new TypedDocumentString(`
    mutation DeleteTargetList($id: ID!) {
  deleteTargetList(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteTargetListMutation, DeleteTargetListMutationVariables>;
export const AddTargetToListDocument = new TypedDocumentString(`
    mutation AddTargetToList($listId: ID!, $creditCode: String!, $segmentId: ID, $reason: String) {
  addTargetToList(
    listId: $listId
    creditCode: $creditCode
    segmentId: $segmentId
    reason: $reason
  ) {
    listId
    creditCode
  }
}
    `) as unknown as TypedDocumentString<AddTargetToListMutation, AddTargetToListMutationVariables>;
export const RemoveTargetFromListDocument = new TypedDocumentString(`
    mutation RemoveTargetFromList($listId: ID!, $creditCode: String!) {
  removeTargetFromList(listId: $listId, creditCode: $creditCode) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveTargetFromListMutation, RemoveTargetFromListMutationVariables>;
export const SetTargetStatusDocument = new TypedDocumentString(`
    mutation SetTargetStatus($listId: ID!, $creditCode: String!, $status: PipelineStatus!, $note: String, $date: String) {
  setTargetStatus(
    listId: $listId
    creditCode: $creditCode
    status: $status
    note: $note
    date: $date
  ) {
    ...TargetEntryFields
  }
}
    fragment TargetEntryFields on TargetListEntry {
  listId
  creditCode
  name
  local
  county
  city
  province
  segmentId
  segmentName
  reason
  status
  statusNote
  statusDate
  addedAt
  updatedAt
  updatedBy
  history {
    status
    note
    date
    by
    byName
    at
  }
}`) as unknown as TypedDocumentString<SetTargetStatusMutation, SetTargetStatusMutationVariables>;
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
export const EnterpriseSuggestionsDocument = new TypedDocumentString(`
    query EnterpriseSuggestions($query: String!, $first: Int, $clusterId: ID) {
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
    `) as unknown as TypedDocumentString<EnterpriseSuggestionsQuery, EnterpriseSuggestionsQueryVariables>;
export const ImportLogDocument = new TypedDocumentString(`
    query ImportLog($after: String) {
  auditLog(first: 50, after: $after, entity: "Import") {
    edges {
      node {
        id
        at
        userId
        action
        key
        after
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ImportLogQuery, ImportLogQueryVariables>;
export const ImportChangesDocument = new TypedDocumentString(`
    query ImportChanges($id: ID!, $after: String) {
  importChanges(importId: $id, first: 20, after: $after) {
    edges {
      node {
        file
        row
        key
        op
        before
        after
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ImportChangesQuery, ImportChangesQueryVariables>;
export const UndoImportDocument = new TypedDocumentString(`
    mutation UndoImport($id: ID!) {
  undoImport(importId: $id) {
    importId
    restored
    deleted
    auditEntryId
  }
}
    `) as unknown as TypedDocumentString<UndoImportMutation, UndoImportMutationVariables>;
export const AdminUsersDocument = new TypedDocumentString(`
    query AdminUsers {
  users {
    id
    username
    name
    role
    clusterIds
    disabled
    lastSignInAt
  }
}
    `) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminClustersDocument = new TypedDocumentString(`
    query AdminClusters {
  clusters {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminClustersQuery, AdminClustersQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    user {
      id
      username
    }
    password
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const SetUserDisabledDocument = new TypedDocumentString(`
    mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
  setUserDisabled(id: $id, disabled: $disabled) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetUserDisabledMutation, SetUserDisabledMutationVariables>;
export const ResetUserPasswordDocument = new TypedDocumentString(`
    mutation ResetUserPassword($id: ID!) {
  resetUserPassword(id: $id) {
    user {
      username
    }
    password
  }
}
    `) as unknown as TypedDocumentString<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($after: String, $userId: ID, $entity: String) {
  auditLog(first: 50, after: $after, userId: $userId, entity: $entity) {
    edges {
      node {
        id
        at
        userId
        action
        entity
        key
        before
        after
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const ChainEvolutionDocument = new TypedDocumentString(`
    query ChainEvolution($clusterId: ID!, $fromYear: Int!, $toYear: Int!, $scope: LocalScope) {
  chainEvolution(
    clusterId: $clusterId
    fromYear: $fromYear
    toYear: $toYear
    scope: $scope
  ) {
    scope
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
    query LocalSubstitutes($clusterId: ID!, $segmentId: ID!, $year: Int, $scope: LocalScope, $first: Int) {
  localSubstitutes(
    clusterId: $clusterId
    segmentId: $segmentId
    year: $year
    scope: $scope
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
    query WhatIfAttract($clusterId: ID!, $attract: [String!]!, $year: Int, $scope: LocalScope) {
  whatIfAttract(
    clusterId: $clusterId
    attract: $attract
    year: $year
    scope: $scope
  ) {
    scope
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
    query ChainMap($clusterId: ID!, $year: Int, $scope: LocalScope) {
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
  chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {
    clusterId
    scope
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
      singleSourceShare
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
      onLists {
        listId
        listName
        status
      }
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
  singleSourceRiskValue
  singleSourceRiskValueBand
  singleSourceShare
  singleSourceAtRisk
  feeds
}`) as unknown as TypedDocumentString<ChainMapQuery, ChainMapQueryVariables>;
export const ChainRisksDocument = new TypedDocumentString(`
    query ChainRisks($clusterId: ID!, $year: Int, $scope: LocalScope, $first: Int!, $offset: Int!, $segmentId: ID) {
  chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {
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
export const ChainRiskGroupsDocument = new TypedDocumentString(`
    query ChainRiskGroups($clusterId: ID!, $year: Int, $scope: LocalScope, $first: Int!, $offset: Int!) {
  chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {
    singleSourceRiskSupplierCount
    singleSourceRiskSegments(first: 100) {
      segmentId
      segmentName
      stage
      risks
      supplierCount
      value
      valueBand
      share
      atRisk
      topSuppliers {
        supplierCode
        supplierName
        supplierLocal
        buyers
        value
        valueBand
      }
    }
    singleSourceRiskSuppliers(first: $first, offset: $offset) {
      supplierCode
      supplierName
      supplierLocal
      dependants
      risks
      value
      valueBand
      segmentIds
    }
  }
}
    `) as unknown as TypedDocumentString<ChainRiskGroupsQuery, ChainRiskGroupsQueryVariables>;
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
    `) as unknown as TypedDocumentString<ChainComparisonQuery, ChainComparisonQueryVariables>;
export const TargetDashboardDocument = new TypedDocumentString(`
    query TargetDashboard($year: Int) {
  targetDashboard(year: $year) {
    year
    years
    baselineYear
    targetYear
    indicators {
      key
      targetKind
      policyTarget
      baseline
      value
      target
      progress
      met
      trend {
        year
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TargetDashboardQuery, TargetDashboardQueryVariables>;
export const EnterpriseEditDocument = new TypedDocumentString(`
    query EnterpriseEdit($creditCode: String!) {
  enterprise(creditCode: $creditCode) {
    creditCode
    name
    local
    county
    city
    province
    founded
    chainLeader
    version
    updatedByName
    editScope {
      allowed
      reason
    }
    clusters {
      id
      name
      chainId
    }
    segments {
      id
      name
      stage
      chainId
    }
    years {
      year
      revenue
      rdSpend
      aboveScale
      srdiLevel
      highValuePatents
      smartFactory
      digitalTransformation
      greenList
      greenDiagnosis
      version
    }
    supplyLinks(first: 200) {
      id
      supplierCode
      buyerCode
      segmentId
      year
      annualValue
      product
      version
      supplier {
        name
      }
      buyer {
        name
      }
      editScope {
        allowed
        reason
      }
    }
    collaborations {
      id
      kind
      year
      title
      institute {
        id
        name
      }
    }
    recentChanges(first: 10) {
      id
      at
      userName
      action
      entity
      key
      before
      after
    }
  }
  clusters {
    id
    name
    chainId
  }
}
    `) as unknown as TypedDocumentString<EnterpriseEditQuery, EnterpriseEditQueryVariables>;
export const EnterpriseEditSegmentsDocument = new TypedDocumentString(`
    query EnterpriseEditSegments($chainIds: [ID!]!) {
  chainSegments(chainIds: $chainIds) {
    id
    name
    stage
    order
    chainId
  }
}
    `) as unknown as TypedDocumentString<EnterpriseEditSegmentsQuery, EnterpriseEditSegmentsQueryVariables>;
export const ResearchInstitutesDocument = new TypedDocumentString(`
    query ResearchInstitutes {
  researchInstitutes {
    id
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<ResearchInstitutesQuery, ResearchInstitutesQueryVariables>;
export const UpdateEnterpriseDocument = new TypedDocumentString(`
    mutation UpdateEnterprise($creditCode: String!, $input: EnterpriseInput!, $expectedVersion: Int) {
  updateEnterprise(
    creditCode: $creditCode
    input: $input
    expectedVersion: $expectedVersion
  ) {
    creditCode
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateEnterpriseMutation, UpdateEnterpriseMutationVariables>;
export const UpsertEnterpriseYearDocument = new TypedDocumentString(`
    mutation UpsertEnterpriseYear($creditCode: String!, $year: Int!, $input: EnterpriseYearInput!, $expectedVersion: Int) {
  upsertEnterpriseYear(
    creditCode: $creditCode
    year: $year
    input: $input
    expectedVersion: $expectedVersion
  ) {
    year
    version
  }
}
    `) as unknown as TypedDocumentString<UpsertEnterpriseYearMutation, UpsertEnterpriseYearMutationVariables>;
export const UpsertSupplyLinkDocument = new TypedDocumentString(`
    mutation UpsertSupplyLink($input: SupplyLinkInput!, $expectedVersion: Int) {
  upsertSupplyLink(input: $input, expectedVersion: $expectedVersion) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpsertSupplyLinkMutation, UpsertSupplyLinkMutationVariables>;
export const DeleteSupplyLinkDocument = new TypedDocumentString(`
    mutation DeleteSupplyLink($key: SupplyLinkKeyInput!, $expectedVersion: Int) {
  deleteSupplyLink(key: $key, expectedVersion: $expectedVersion) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteSupplyLinkMutation, DeleteSupplyLinkMutationVariables>;
export const AddCollaborationDocument = new TypedDocumentString(`
    mutation AddCollaboration($input: CollaborationInput!) {
  addCollaboration(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddCollaborationMutation, AddCollaborationMutationVariables>;
export const RemoveCollaborationDocument = new TypedDocumentString(`
    mutation RemoveCollaboration($key: CollaborationKeyInput!) {
  removeCollaboration(key: $key) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveCollaborationMutation, RemoveCollaborationMutationVariables>;
export const EnterpriseProfileDocument = new TypedDocumentString(`
    query EnterpriseProfile($creditCode: String!) {
  enterprise(creditCode: $creditCode) {
    creditCode
    name
    local
    county
    city
    province
    founded
    chainLeader
    products
    srdiLevel
    supplierCount
    customerCount
    updatedBy
    updatedAt
    clusters {
      id
      name
      county
      level
    }
    segments {
      id
      name
      stage
      order
      chainId
    }
    years {
      year
      revenue
      revenueBand
      rdSpend
      rdIntensity
      aboveScale
      srdiLevel
      highValuePatents
      smartFactory
      digitalTransformation
      greenList
      greenDiagnosis
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseProfileQuery, EnterpriseProfileQueryVariables>;
export const SupplyNeighborhoodDocument = new TypedDocumentString(`
    query SupplyNeighborhood($creditCode: String!, $depth: Int!, $direction: Direction!) {
  supplyNeighborhood(
    creditCode: $creditCode
    depth: $depth
    direction: $direction
  ) {
    ...SupplyGraphFields
  }
}
    fragment SupplyGraphFields on GraphView {
  nodes {
    id
    label
    local
    creditCode
    revenue
    revenueBand
    depth
    chainLeader
    srdiLevel
    segmentName
  }
  edges {
    id
    source
    target
    value
    valueBand
    product
    year
  }
  truncated
  totalNodes
  totalEdges
}`) as unknown as TypedDocumentString<SupplyNeighborhoodQuery, SupplyNeighborhoodQueryVariables>;
export const SupplyPathDocument = new TypedDocumentString(`
    query SupplyPath($from: String!, $to: String!) {
  supplyPath(from: $from, to: $to) {
    ...SupplyGraphFields
  }
}
    fragment SupplyGraphFields on GraphView {
  nodes {
    id
    label
    local
    creditCode
    revenue
    revenueBand
    depth
    chainLeader
    srdiLevel
    segmentName
  }
  edges {
    id
    source
    target
    value
    valueBand
    product
    year
  }
  truncated
  totalNodes
  totalEdges
}`) as unknown as TypedDocumentString<SupplyPathQuery, SupplyPathQueryVariables>;
export const EnterpriseSearchPageDocument = new TypedDocumentString(`
    query EnterpriseSearchPage($query: String!, $first: Int, $after: String, $chainLeader: Boolean, $srdiLevels: [SrdiLevel!], $local: Boolean, $county: String) {
  searchEnterprises(
    query: $query
    first: $first
    after: $after
    chainLeader: $chainLeader
    srdiLevels: $srdiLevels
    local: $local
    county: $county
  ) {
    totalCount
    totalCapped
    expandedWords {
      word
      alternatives
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      matchedProducts
      node {
        creditCode
        name
        local
        county
        city
        chainLeader
        srdiLevel
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseSearchPageQuery, EnterpriseSearchPageQueryVariables>;
export const SearchSegmentsDocument = new TypedDocumentString(`
    query SearchSegments($query: String!) {
  searchSegments(query: $query) {
    segment {
      id
      name
      chainId
    }
    chainName
    clusters {
      id
      name
    }
    localFirmCount
    chainLeaders {
      creditCode
      name
    }
    synonyms
  }
}
    `) as unknown as TypedDocumentString<SearchSegmentsQuery, SearchSegmentsQueryVariables>;
export const SegmentSynonymsDocument = new TypedDocumentString(`
    query SegmentSynonyms($s: ID) {
  synonyms(segmentId: $s) {
    term
    canonical
  }
}
    `) as unknown as TypedDocumentString<SegmentSynonymsQuery, SegmentSynonymsQueryVariables>;
export const SaveSynonymDocument = new TypedDocumentString(`
    mutation SaveSynonym($s: ID!, $t: String!, $c: String!) {
  saveSynonym(segmentId: $s, term: $t, canonical: $c) {
    term
  }
}
    `) as unknown as TypedDocumentString<SaveSynonymMutation, SaveSynonymMutationVariables>;
export const DeleteSynonymDocument = new TypedDocumentString(`
    mutation DeleteSynonym($s: ID!, $t: String!) {
  deleteSynonym(segmentId: $s, term: $t) {
    term
  }
}
    `) as unknown as TypedDocumentString<DeleteSynonymMutation, DeleteSynonymMutationVariables>;
export const CollaborationNetworkDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<CollaborationNetworkQuery, CollaborationNetworkQueryVariables>;
export const NetworkClustersDocument = new TypedDocumentString(`
    query NetworkClusters {
  clusters {
    id
    name
    county
  }
}
    `) as unknown as TypedDocumentString<NetworkClustersQuery, NetworkClustersQueryVariables>;
export const NetworkYearsDocument = new TypedDocumentString(`
    query NetworkYears {
  targetDashboard {
    years
  }
}
    `) as unknown as TypedDocumentString<NetworkYearsQuery, NetworkYearsQueryVariables>;
export const PanoramaDocument = new TypedDocumentString(`
    query Panorama {
  clusters {
    id
    name
    county
    level
    output
    year
    memberCount
    chainName
  }
}
    `) as unknown as TypedDocumentString<PanoramaQuery, PanoramaQueryVariables>;
export const TargetClustersDocument = new TypedDocumentString(`
    query TargetClusters {
  clusters {
    id
    name
    county
    level
    chainName
    year
    output
  }
}
    `) as unknown as TypedDocumentString<TargetClustersQuery, TargetClustersQueryVariables>;
export const ClusterTargetsDocument = new TypedDocumentString(`
    query ClusterTargets($clusterId: ID!) {
  chainGapReport(clusterId: $clusterId) {
    clusterId
    clusterName
    year
    segments {
      segmentId
      name
      stage
      order
      status
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
    }
    investmentTargetsHidden
  }
}
    `) as unknown as TypedDocumentString<ClusterTargetsQuery, ClusterTargetsQueryVariables>;