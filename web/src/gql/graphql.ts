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

export type SetEnterpriseSegmentMutationVariables = Exact<{
  creditCode: string;
  segmentId: string;
  member: boolean;
}>;


export type SetEnterpriseSegmentMutation = { setEnterpriseSegment: { creditCode: string, version: number } };

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

export type CompareChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompareChainsQuery = { clusters: Array<{ id: string, name: string, county: string, chainId: string | null, chainName: string | null }> };

export type ChainComparisonQueryVariables = Exact<{
  chainId: string;
  year?: number | null | undefined;
}>;


export type ChainComparisonQuery = { chainComparison: { chainId: string, chainName: string, year: number | null, years: Array<number>, segments: Array<{ segmentId: string, name: string, stage: Stage, order: number }>, clusters: Array<{ clusterId: string, clusterName: string, county: string | null, completeness: number, segments: Array<{ segmentId: string, status: GapStatus, localSupplyRatio: number | null, clusterFirms: number, localFirms: number }> }>, peerStrengths: Array<{ segmentId: string, segmentName: string, strongClusterId: string, strongClusterName: string, lackingClusterId: string, lackingClusterName: string, lackingStatus: GapStatus }> } };

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

export type SupplyGraphFieldsFragment = { truncated: boolean, totalNodes: number, totalEdges: number, nodes: Array<{ id: string, label: string, local: boolean | null, creditCode: string | null, revenue: number | null, revenueBand: string | null, depth: number | null, chainLeader: boolean | null, srdiLevel: SrdiLevel | null }>, edges: Array<{ id: string, source: string, target: string, value: number | null, valueBand: string | null, product: string | null, year: number | null }> };

export type SupplyNeighborhoodQueryVariables = Exact<{
  creditCode: string;
  depth: number;
  direction: Direction;
}>;


export type SupplyNeighborhoodQuery = { supplyNeighborhood: { truncated: boolean, totalNodes: number, totalEdges: number, nodes: Array<{ id: string, label: string, local: boolean | null, creditCode: string | null, revenue: number | null, revenueBand: string | null, depth: number | null, chainLeader: boolean | null, srdiLevel: SrdiLevel | null }>, edges: Array<{ id: string, source: string, target: string, value: number | null, valueBand: string | null, product: string | null, year: number | null }> } };

export type SupplyPathQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type SupplyPathQuery = { supplyPath: { truncated: boolean, totalNodes: number, totalEdges: number, nodes: Array<{ id: string, label: string, local: boolean | null, creditCode: string | null, revenue: number | null, revenueBand: string | null, depth: number | null, chainLeader: boolean | null, srdiLevel: SrdiLevel | null }>, edges: Array<{ id: string, source: string, target: string, value: number | null, valueBand: string | null, product: string | null, year: number | null }> } | null };

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