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

export type CreateUserInput = {
  clusterIds?: Array<string> | null | undefined;
  name?: string | null | undefined;
  /** 10–128 characters; generated when left out */
  password?: string | null | undefined;
  role: Role;
  /** 2–40 characters: lower-case letters, digits, . _ - */
  username: string;
};

export type GapStatus =
  | 'COVERED'
  | 'MISSING'
  | 'STRONG'
  | 'WEAK';

export type ImportChangeOp =
  | 'CREATED'
  | 'UPDATED';

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

export type Stage =
  | 'DOWNSTREAM'
  | 'MIDSTREAM'
  | 'UPSTREAM';

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

export type SearchBoxQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  clusterId?: string | null | undefined;
}>;


export type SearchBoxQuery = { searchEnterprises: { totalCount: number, totalCapped: boolean, edges: Array<{ node: { creditCode: string, name: string, local: boolean, county: string | null, city: string | null, province: string | null, chainLeader: boolean, products: string | null } }> } };

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

export type CompareChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompareChainsQuery = { clusters: Array<{ id: string, name: string, county: string, chainId: string | null, chainName: string | null }> };

export type ChainComparisonQueryVariables = Exact<{
  chainId: string;
  year?: number | null | undefined;
}>;


export type ChainComparisonQuery = { chainComparison: { chainId: string, chainName: string, year: number | null, years: Array<number>, segments: Array<{ segmentId: string, name: string, stage: Stage, order: number }>, clusters: Array<{ clusterId: string, clusterName: string, county: string | null, completeness: number, segments: Array<{ segmentId: string, status: GapStatus, localSupplyRatio: number | null, clusterFirms: number, localFirms: number }> }>, peerStrengths: Array<{ segmentId: string, segmentName: string, strongClusterId: string, strongClusterName: string, lackingClusterId: string, lackingClusterName: string, lackingStatus: GapStatus }> } | null };

export type TargetDashboardQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type TargetDashboardQuery = { targetDashboard: { year: number, years: Array<number>, baselineYear: number, targetYear: number, indicators: Array<{ key: string, targetKind: TargetKind, policyTarget: number, baseline: number | null, value: number | null, target: number | null, progress: number | null, met: boolean | null, trend: Array<{ year: number, value: number | null }> }> } | null };

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