import type { ClusterLevel, GapStatus, SrdiLevel, Stage } from '#shared/enums.js';
import type { GapThresholds, InvestmentTarget, LocalScope, SegmentGap, SingleSourceRisk } from '../../api/schema-types';

/** GraphQL operations of the chain map (server/gaps/schema.graphql, clusters, enterprises) and their result types. */

const RISK_FIELDS = 'buyerCode buyerName segmentId segmentName supplierCode supplierName value valueBand supplierLocal';

const SEGMENT_FIELDS = /* GraphQL */ `
  segmentId name stage order status
  localFirms localRevenue localRevenueBand localSrdiFirms localChainLeaders
  clusterFirms clusterRevenue clusterRevenueBand clusterSrdiFirms clusterChainLeaders
  inflow inflowBand localInflow localInflowBand localSupplyRatio topSupplierShare topSupplierCode topSupplierName singlePoint
  supplierCount buyerCount singleSourceRiskCount feeds
`;

export const CHAIN_REPORT_QUERY = /* GraphQL */ `
  query ChainMap($clusterId: ID!, $year: Int, $scope: LocalScope) {
    cluster(id: $clusterId) { id name county level year output memberCount chainName }
    chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {
      clusterId scope clusterName chainId chainName year supplyYears figuresYear completeness
      thresholds { weakLocalSupplyRatio strongLocalSupplyRatio strongMinLocalFirms singlePointShare }
      segments { ${SEGMENT_FIELDS} }
      investmentTargets { rank creditCode name city province segmentId segmentName stage segmentStatus inflow buyers reason reasonEn }
      investmentTargetsHidden
      extensionOpportunities { segmentId }
      singleSourceRiskCount
      singleSourceRisks { ${RISK_FIELDS} }
    }
  }
`;

/** A page of single-source risks (the report's first page comes with CHAIN_REPORT_QUERY); segmentId: one segment's only. */
export const RISK_PAGE_QUERY = /* GraphQL */ `
  query ChainRisks($clusterId: ID!, $year: Int, $scope: LocalScope, $first: Int!, $offset: Int!, $segmentId: ID) {
    chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {
      singleSourceRiskCount
      singleSourceRisks(first: $first, offset: $offset, segmentId: $segmentId) { ${RISK_FIELDS} }
    }
  }
`;

/** A page of the cluster's firms in one segment (the segment panel). */
export const SEGMENT_FIRMS_QUERY = /* GraphQL */ `
  query SegmentFirms($clusterId: ID!, $year: Int, $segmentId: ID!, $first: Int!, $offset: Int!) {
    chainGapReport(clusterId: $clusterId, year: $year) {
      segmentFirms(segmentId: $segmentId, first: $first, offset: $offset) {
        totalCount
        firms { enterprise { creditCode name local chainLeader county } revenue revenueBand srdiLevel }
      }
    }
  }
`;

export interface SegmentFirm {
  enterprise: { creditCode: string; name: string; local: boolean; chainLeader: boolean; county: string | null };
  /** null for viewers (band only) or when unknown */
  revenue: number | null;
  revenueBand: string | null;
  srdiLevel: SrdiLevel | null;
}

export interface SegmentFirmsData {
  chainGapReport: { segmentFirms: { totalCount: number; firms: SegmentFirm[] } };
}

export interface RiskPageData {
  chainGapReport: { singleSourceRiskCount: number; singleSourceRisks: Risk[] };
}

export const CLUSTERS_QUERY = /* GraphQL */ `
  query ChainMapClusters { clusters { id name county level chainName year output memberCount } }
`;

export const WHAT_IF_QUERY = /* GraphQL */ `
  query WhatIf($clusterId: ID!, $remove: [String!]!, $year: Int) {
    whatIf(clusterId: $clusterId, remove: $remove, year: $year) {
      year figuresYear removed cutOffCount affectedRevenue affectedRevenueBand truncated
      waves { depth revenue revenueBand firms { creditCode name local county city province chainLeader segments { id } } }
    }
  }
`;

export const FIRM_NAMES_QUERY = /* GraphQL */ `
  query WhatIfFirm($creditCode: String!) { enterprise(creditCode: $creditCode) { creditCode name local chainLeader county city } }
`;

export const SEARCH_FIRMS_QUERY = /* GraphQL */ `
  query WhatIfSearch($query: String!, $clusterId: ID) {
    searchEnterprises(query: $query, first: 12, clusterId: $clusterId) {
      totalCount
      edges { node { creditCode name local county city province chainLeader segments { id name } } }
    }
  }
`;

type Plain<T> = Omit<T, '__typename'>;

export type Segment = Omit<Plain<SegmentGap>, 'status' | 'stage'> & { status: GapStatus; stage: Stage };
export type Target = Omit<Plain<InvestmentTarget>, 'segmentStatus' | 'stage'> & { segmentStatus: GapStatus; stage: Stage };
export type Risk = Plain<SingleSourceRisk>;

export interface ChainReport {
  clusterId: string;
  /** where "local" was judged (the scope switch) */
  scope: LocalScope;
  clusterName: string;
  chainId: string | null;
  chainName: string | null;
  year: number | null;
  /** years with supply links into the cluster, latest first */
  supplyYears: number[];
  figuresYear: number | null;
  completeness: number;
  thresholds: Plain<GapThresholds>;
  segments: Segment[];
  investmentTargets: Target[];
  /** the caller's role may not see investment targets (viewer): investmentTargets is then empty */
  investmentTargetsHidden: boolean;
  extensionOpportunities: { segmentId: string }[];
  /** the first page of the single-source risks, largest value first */
  singleSourceRisks: Risk[];
  /** how many single-source risks there are in all */
  singleSourceRiskCount: number;
}

export interface ClusterInfo {
  id: string;
  name: string;
  county: string;
  level: ClusterLevel;
  year: number | null;
  output: number | null;
  memberCount: number;
  chainName: string | null;
}

export interface ChainMapData {
  cluster: ClusterInfo | null;
  chainGapReport: ChainReport;
}

export interface Firm {
  creditCode: string;
  name: string;
  /** null when not known where the firm was picked */
  local: boolean | null;
  county?: string | null;
  city?: string | null;
  province?: string | null;
  chainLeader: boolean;
}

export interface WhatIfData {
  whatIf: {
    year: number | null;
    figuresYear: number | null;
    removed: string[];
    cutOffCount: number;
    /** null for viewers (see the band; both null when fewer than 3 firms have a figure) */
    affectedRevenue: number | null;
    affectedRevenueBand: string | null;
    truncated: boolean;
    waves: { depth: number; revenue: number | null; revenueBand: string | null; firms: (Firm & { segments: { id: string }[] })[] }[];
  };
}
