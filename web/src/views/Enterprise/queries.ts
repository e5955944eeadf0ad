import { SRDI_QUALIFIED_LEVELS } from '#shared/thresholds.js';
import { graphql } from '../../gql';
import type { Direction, EnterpriseProfileQuery, SrdiLevel, SupplyGraphFieldsFragment, SupplyPathQuery } from '../../gql/graphql';

export const ENTERPRISE_QUERY = graphql(`
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
`);

/** The firm as its page shows it (null: no such firm). */
export type EnterpriseProfile = NonNullable<EnterpriseProfileQuery['enterprise']>;

/** The 专精特新 filter of the search page: any level, 省级 or better, or one level. */
export const SRDI_FILTERS = ['ANY', 'QUALIFIED', 'PROVINCIAL', 'LITTLE_GIANT'] as const;
export type SrdiFilter = (typeof SRDI_FILTERS)[number];

export function srdiLevelsFor(filter: SrdiFilter): SrdiLevel[] | null {
  if (filter === 'ANY') return null;
  return filter === 'QUALIFIED' ? [...SRDI_QUALIFIED_LEVELS] : [filter];
}

// Only what the explorer shows (no kind or clusters: the answer is 500 nodes and as many edges; segmentName groups a
// hub's neighbours); a fragment spread by the neighbourhood and path operations (codegen reads it from this call).
graphql(`
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
`);

export const NEIGHBORHOOD_QUERY = graphql(`
  query SupplyNeighborhood($creditCode: String!, $depth: Int!, $direction: Direction!) {
    supplyNeighborhood(creditCode: $creditCode, depth: $depth, direction: $direction) {
      ...SupplyGraphFields
    }
  }
`);

/** The server prefers a path along the supply direction either way round, else ignores direction; nodes go from `from` to `to`. */
export const PATH_QUERY = graphql(`
  query SupplyPath($from: String!, $to: String!) {
    supplyPath(from: $from, to: $to) {
      ...SupplyGraphFields
    }
  }
`);

export type PathResult = SupplyPathQuery;

/** True when the path follows the supply direction, one way round or the other. */
export function isDirected(path: SupplyGraph): boolean {
  const order = [...path.nodes].sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0));
  const forward = path.edges.every((edge, i) => edge.source === order[i]?.id && edge.target === order[i + 1]?.id);
  const backward = path.edges.every((edge, i) => edge.target === order[i]?.id && edge.source === order[i + 1]?.id);
  return forward || backward;
}

export function choosePath(result: PathResult | undefined): SupplyGraph | null {
  return result?.supplyPath ?? null;
}

export type SupplyGraph = SupplyGraphFieldsFragment;

export type { Direction };
export const DIRECTIONS: readonly Direction[] = ['BOTH', 'UPSTREAM', 'DOWNSTREAM'];
