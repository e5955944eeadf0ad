/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type CompareChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompareChainsQuery = { clusters: Array<{ id: string, name: string, county: string, chainId: string | null, chainName: string | null }> };

export type ChainComparisonQueryVariables = Exact<{
  chainId: string;
  year?: number | null | undefined;
}>;


export type ChainComparisonQuery = { chainComparison: { chainId: string, chainName: string, year: number | null, years: Array<number>, segments: Array<{ segmentId: string, name: string, stage: Stage, order: number }>, clusters: Array<{ clusterId: string, clusterName: string, county: string | null, completeness: number, segments: Array<{ segmentId: string, status: GapStatus, localSupplyRatio: number | null, clusterFirms: number, localFirms: number }> }>, peerStrengths: Array<{ segmentId: string, segmentName: string, strongClusterId: string, strongClusterName: string, lackingClusterId: string, lackingClusterName: string, lackingStatus: GapStatus }> } | null };

export type CollaborationNetworkQueryVariables = Exact<{
  clusterId?: string | null | undefined;
  year?: number | null | undefined;
}>;


export type CollaborationNetworkQuery = { collaborationNetwork: { truncated: boolean, totalNodes: number, totalEdges: number, nodes: Array<{ id: string, kind: string, label: string, local: boolean | null, creditCode: string | null, revenue: number | null, community: number | null, centrality: number | null }>, edges: Array<{ id: string, source: string, target: string, kind: string, year: number | null, collaborationKind: string | null, title: string | null }>, topActors: Array<{ id: string, kind: string, label: string, local: boolean | null, creditCode: string | null, revenue: number | null, community: number | null, centrality: number | null }> } | null };

export type NetworkClustersQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkClustersQuery = { clusters: Array<{ id: string, name: string, county: string }> };

export type NetworkYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkYearsQuery = { targetDashboard: { years: Array<number> } | null };

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