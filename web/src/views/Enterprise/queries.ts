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
      years { year revenue revenueBand rdSpend aboveScale srdiLevel highValuePatents smartFactory digitalTransformation greenList greenDiagnosis }
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

const GRAPH_FIELDS = /* GraphQL */ `
  nodes { id kind label local creditCode revenue revenueBand clusterIds segmentId depth }
  edges { id source target kind value product segmentId year }
  truncated
  totalNodes
  totalEdges
`;

export const NEIGHBORHOOD_QUERY = /* GraphQL */ `
  query SupplyNeighborhood($creditCode: String!, $depth: Int!, $direction: Direction!) {
    supplyNeighborhood(creditCode: $creditCode, depth: $depth, direction: $direction) { ${GRAPH_FIELDS} }
  }
`;

/**
 * Both directions at once: supplyPath follows the supply direction from `from` to `to` only, so
 * for a supplier of this firm the directed path is the backward one. The view prefers a path
 * along the supply direction either way (see choosePath).
 */
export const PATH_QUERY = /* GraphQL */ `
  query SupplyPath($from: String!, $to: String!) {
    forward: supplyPath(from: $from, to: $to) { ${GRAPH_FIELDS} }
    backward: supplyPath(from: $to, to: $from) { ${GRAPH_FIELDS} }
  }
`;

export interface PathResult {
  forward: SupplyGraph | null;
  backward: SupplyGraph | null;
}

/** True when every edge of the path goes from the node before it to the node after it. */
export function isDirected(path: SupplyGraph): boolean {
  const order = [...path.nodes].sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0));
  return path.edges.every((edge, i) => edge.source === order[i]?.id && edge.target === order[i + 1]?.id);
}

/** The path to show: along the supply direction (either way round) if there is one, else the undirected one. */
export function choosePath(result: PathResult | undefined): SupplyGraph | null {
  if (!result) return null;
  if (result.forward && isDirected(result.forward)) return result.forward;
  if (result.backward && isDirected(result.backward)) return result.backward;
  return result.forward ?? result.backward;
}

export type SupplyNode = Pick<GraphNode, 'id' | 'kind' | 'label' | 'local' | 'creditCode' | 'revenue' | 'revenueBand' | 'clusterIds' | 'segmentId' | 'depth'>;
export type SupplyEdge = Pick<GraphEdge, 'id' | 'source' | 'target' | 'kind' | 'value' | 'product' | 'segmentId' | 'year'>;

export interface SupplyGraph {
  nodes: SupplyNode[];
  edges: SupplyEdge[];
  truncated: boolean;
  totalNodes: number;
  totalEdges: number;
}

export type Direction = 'BOTH' | 'UPSTREAM' | 'DOWNSTREAM';
export const DIRECTIONS: readonly Direction[] = ['BOTH', 'UPSTREAM', 'DOWNSTREAM'];
