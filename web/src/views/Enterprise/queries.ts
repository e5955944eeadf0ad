import { SRDI_QUALIFIED_LEVELS } from '#shared/thresholds.js';
import type { EnterpriseYear, GraphEdge, GraphNode, Segment, SrdiLevel } from '../../api/schema-types';

export const ENTERPRISE_QUERY = /* GraphQL */ `
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
      clusters { id name county level }
      segments { id name stage order chainId }
      years { year revenue revenueBand rdSpend rdIntensity aboveScale srdiLevel highValuePatents smartFactory digitalTransformation greenList greenDiagnosis }
    }
  }
`;

export interface EnterpriseProfile {
  creditCode: string;
  name: string;
  local: boolean;
  county: string | null;
  city: string | null;
  province: string | null;
  founded: number | null;
  chainLeader: boolean;
  products: string | null;
  srdiLevel: SrdiLevel | null;
  supplierCount: number;
  customerCount: number;
  updatedBy: string | null;
  updatedAt: string | null;
  clusters: { id: string; name: string; county: string; level: 'CITY' | 'PROVINCIAL' | 'NATIONAL' }[];
  segments: Pick<Segment, 'id' | 'name' | 'stage' | 'order' | 'chainId'>[];
  years: Omit<EnterpriseYear, '__typename'>[];
}

export const SEARCH_QUERY = /* GraphQL */ `
  query EnterpriseSearch($query: String!, $first: Int) {
    searchEnterprises(query: $query, first: $first) {
      totalCount
      edges { node { creditCode name local county city chainLeader } }
    }
  }
`;

export interface SearchHit {
  creditCode: string;
  name: string;
  local: boolean;
  county: string | null;
  city: string | null;
  chainLeader: boolean;
}

export interface SearchResult {
  searchEnterprises: { totalCount: number; edges: { node: SearchHit }[] };
}

/** A hit of the search page (SearchPage.tsx): with its 专精特新 level for the badge. */
export interface SearchPageHit extends SearchHit {
  srdiLevel: SrdiLevel | null;
}

/** The 专精特新 filter of the search page: any level, 省级 or better, or one level. */
export const SRDI_FILTERS = ['ANY', 'QUALIFIED', 'PROVINCIAL', 'LITTLE_GIANT'] as const;
export type SrdiFilter = (typeof SRDI_FILTERS)[number];

export function srdiLevelsFor(filter: SrdiFilter): SrdiLevel[] | null {
  if (filter === 'ANY') return null;
  return filter === 'QUALIFIED' ? [...SRDI_QUALIFIED_LEVELS] : [filter];
}

// Only what the explorer shows (no kind, clusters or segment: the answer is 500 nodes and as many edges).
const GRAPH_FIELDS = /* GraphQL */ `
  nodes { id label local creditCode revenue revenueBand depth chainLeader srdiLevel }
  edges { id source target value valueBand product year }
  truncated
  totalNodes
  totalEdges
`;

export const NEIGHBORHOOD_QUERY = /* GraphQL */ `
  query SupplyNeighborhood($creditCode: String!, $depth: Int!, $direction: Direction!) {
    supplyNeighborhood(creditCode: $creditCode, depth: $depth, direction: $direction) { ${GRAPH_FIELDS} }
  }
`;

/** The server prefers a path along the supply direction either way round, else ignores direction; nodes go from `from` to `to`. */
export const PATH_QUERY = /* GraphQL */ `
  query SupplyPath($from: String!, $to: String!) {
    supplyPath(from: $from, to: $to) { ${GRAPH_FIELDS} }
  }
`;

export interface PathResult {
  supplyPath: SupplyGraph | null;
}

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

export type SupplyNode = Pick<GraphNode, 'id' | 'label' | 'local' | 'creditCode' | 'revenue' | 'revenueBand' | 'depth' | 'chainLeader' | 'srdiLevel'>;
export type SupplyEdge = Pick<GraphEdge, 'id' | 'source' | 'target' | 'value' | 'valueBand' | 'product' | 'year'>;

export interface SupplyGraph {
  nodes: SupplyNode[];
  edges: SupplyEdge[];
  truncated: boolean;
  totalNodes: number;
  totalEdges: number;
}

export type Direction = 'BOTH' | 'UPSTREAM' | 'DOWNSTREAM';
export const DIRECTIONS: readonly Direction[] = ['BOTH', 'UPSTREAM', 'DOWNSTREAM'];
