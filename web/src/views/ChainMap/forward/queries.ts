import { graphql } from '../../../gql';
import type { ChainEvolutionQuery } from '../../../gql/graphql';

/** GraphQL operations of the chain map's evolution, substitutes and attract parts (server/chains/schema.graphql). */

export const EVOLUTION_QUERY = graphql(`
  query ChainEvolution($clusterId: ID!, $fromYear: Int!, $toYear: Int!, $scope: LocalScope) {
    chainEvolution(clusterId: $clusterId, fromYear: $fromYear, toYear: $toYear, scope: $scope) {
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
`);

export type Evolution = NonNullable<ChainEvolutionQuery['chainEvolution']>;

export const SUBSTITUTES_QUERY = graphql(`
  query LocalSubstitutes($clusterId: ID!, $segmentId: ID!, $year: Int, $scope: LocalScope, $first: Int) {
    localSubstitutes(clusterId: $clusterId, segmentId: $segmentId, year: $year, scope: $scope, first: $first) {
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
`);

export const ATTRACT_QUERY = graphql(`
  query WhatIfAttract($clusterId: ID!, $attract: [String!]!, $year: Int, $scope: LocalScope) {
    whatIfAttract(clusterId: $clusterId, attract: $attract, year: $year, scope: $scope) {
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
`);
