import type { GapStatus, SegmentChange, SrdiLevel } from '#shared/enums.js';

/** GraphQL operations of the chain map's evolution, substitutes and attract parts (server/chains/schema.graphql). */

export const EVOLUTION_QUERY = /* GraphQL */ `
  query ChainEvolution($clusterId: ID!, $fromYear: Int!, $toYear: Int!) {
    chainEvolution(clusterId: $clusterId, fromYear: $fromYear, toYear: $toYear) {
      fromYear toYear completenessFrom completenessTo gapsHealed gapsNew gapsPersistent
      segments { segmentId name statusFrom statusTo localFirmsFrom localFirmsTo localSupplyRatioFrom localSupplyRatioTo change }
    }
  }
`;

export interface SegmentEvolution {
  segmentId: string;
  name: string;
  statusFrom: GapStatus;
  statusTo: GapStatus;
  localFirmsFrom: number;
  localFirmsTo: number;
  localSupplyRatioFrom: number | null;
  localSupplyRatioTo: number | null;
  change: SegmentChange;
}

export interface Evolution {
  fromYear: number;
  toYear: number;
  completenessFrom: number;
  completenessTo: number;
  gapsHealed: number;
  gapsNew: number;
  gapsPersistent: number;
  segments: SegmentEvolution[];
}

export const SUBSTITUTES_QUERY = /* GraphQL */ `
  query LocalSubstitutes($clusterId: ID!, $segmentId: ID!, $year: Int, $scope: LocalScope, $first: Int) {
    localSubstitutes(clusterId: $clusterId, segmentId: $segmentId, year: $year, scope: $scope, first: $first) {
      enterprise { creditCode name county chainLeader } suppliesCluster suppliedValue clusterMember revenue revenueBand srdiLevel
    }
  }
`;

export interface LocalSubstitute {
  enterprise: { creditCode: string; name: string; county: string | null; chainLeader: boolean };
  suppliesCluster: boolean;
  /** null for viewers */
  suppliedValue: number | null;
  clusterMember: boolean;
  revenue: number | null;
  revenueBand: string | null;
  srdiLevel: SrdiLevel | null;
}

export const ATTRACT_QUERY = /* GraphQL */ `
  query WhatIfAttract($clusterId: ID!, $attract: [String!]!, $year: Int) {
    whatIfAttract(clusterId: $clusterId, attract: $attract, year: $year) {
      year attracted { creditCode name city province } completenessBefore completenessAfter
      segments { segmentId name statusBefore statusAfter localFirmsBefore localFirmsAfter localSupplyRatioBefore localSupplyRatioAfter }
      indicatorChanges { key label labelEn unit unitEn change basis basisEn }
    }
  }
`;

export interface AttractResult {
  year: number | null;
  attracted: { creditCode: string; name: string; city: string | null; province: string | null }[];
  completenessBefore: number;
  completenessAfter: number;
  segments: {
    segmentId: string;
    name: string;
    statusBefore: GapStatus;
    statusAfter: GapStatus;
    localFirmsBefore: number;
    localFirmsAfter: number;
    localSupplyRatioBefore: number | null;
    localSupplyRatioAfter: number | null;
  }[];
  indicatorChanges: { key: string; label: string; labelEn: string; unit: string; unitEn: string; change: number; basis: string; basisEn: string }[];
}
