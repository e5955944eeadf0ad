import { graphql } from '../../gql';
import type {
  ChainMapClustersQuery,
  ChainMapQuery,
  ChainRiskGroupsQuery,
  ChainRisksQuery,
  SegmentFirmsQuery,
  WhatIfQuery,
} from '../../gql/graphql';

/** GraphQL operations of the chain map (server/gaps/schema.graphql, clusters, enterprises) and the row types they give. */

graphql(`
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
`);

graphql(`
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
`);

export const CHAIN_REPORT_QUERY = graphql(`
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
`);

/** A page of single-source risks (the report's first page comes with CHAIN_REPORT_QUERY); segmentId: one segment's only. */
export const RISK_PAGE_QUERY = graphql(`
  query ChainRisks($clusterId: ID!, $year: Int, $scope: LocalScope, $first: Int!, $offset: Int!, $segmentId: ID) {
    chainGapReport(clusterId: $clusterId, year: $year, scope: $scope) {
      singleSourceRiskCount
      singleSourceRisks(first: $first, offset: $offset, segmentId: $segmentId) {
        ...ChainRiskFields
      }
    }
  }
`);

/** 固链 grouped: every segment group (a chain has a few dozen segments at most) and a page of supplier groups. */
export const RISK_GROUPS_QUERY = graphql(`
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
`);

/** A page of the cluster's firms in one segment (the segment panel). */
export const SEGMENT_FIRMS_QUERY = graphql(`
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
`);

export const CLUSTERS_QUERY = graphql(`
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
`);

export const WHAT_IF_QUERY = graphql(`
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
`);

/** One firm known only by its credit code (a what-if restored from a link). */
export const WHAT_IF_FIRM_QUERY = graphql(`
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
`);

/** The cluster the chain map is of (null when unknown). */
export type ChainCluster = ChainMapQuery['cluster'];
/** The chain's 链主 firms (断链推演 starts from them most often); asked for when the what-if tab is open. */
export const CHAIN_LEADERS_QUERY = graphql(`
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
`);

/** The report as the chain map reads it. */
export type ChainReport = NonNullable<ChainMapQuery['chainGapReport']>;
export type Segment = ChainReport['segments'][number];
export type Target = ChainReport['investmentTargets'][number];
type RiskGroups = NonNullable<ChainRiskGroupsQuery['chainGapReport']>;
export type RiskSegmentGroup = RiskGroups['singleSourceRiskSegments'][number];
export type RiskSupplierGroup = RiskGroups['singleSourceRiskSuppliers'][number];
export type Risk = NonNullable<ChainRisksQuery['chainGapReport']>['singleSourceRisks'][number];
export type ClusterInfo = ChainMapClustersQuery['clusters'][number];
export type SegmentFirm = NonNullable<SegmentFirmsQuery['chainGapReport']>['segmentFirms']['firms'][number];
export type WhatIfResult = NonNullable<WhatIfQuery['whatIf']>;
export type WaveFirm = WhatIfResult['waves'][number]['firms'][number];

/**
 * A firm picked for the what-if (UI state, not an operation's result): from the search box, the segment panel, or a
 * restored link (WHAT_IF_FIRM_QUERY); local is null where the pick does not know it.
 */
export interface Firm {
  creditCode: string;
  name: string;
  local: boolean | null;
  county?: string | null;
  city?: string | null;
  province?: string | null;
  chainLeader: boolean;
}
