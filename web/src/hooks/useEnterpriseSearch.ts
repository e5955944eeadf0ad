import { keepPreviousData } from '@tanstack/react-query';
import { SEARCH_MAX_QUERY_LENGTH } from '#shared/limits.js';
import { useGql } from '../api/client';
import { graphql } from '../gql';
import type { EnterpriseSuggestionsQuery } from '../gql/graphql';
import { useDebounced } from './useDebounced';

/** The suggestions of a search box: the first few firms whose name, credit code or product matches. */
const ENTERPRISE_SUGGESTIONS = graphql(`
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
`);

/** A firm as a search box lists it. */
export type SearchHit = EnterpriseSuggestionsQuery['searchEnterprises']['edges'][number]['node'];

export interface EnterpriseSearchOptions {
  /** suggestions listed at once (default 8) */
  first?: number;
  /** only members of this cluster */
  clusterId?: string | null;
  /** keep the last list on screen while the next one loads (the header search box) */
  keepPrevious?: boolean;
}

/**
 * What a search box shows for the text typed so far: the text is debounced (one request when
 * typing pauses), trimmed and cut to the server's limit; `pending` while the list is not yet the
 * one for the text on screen (Enter must not open a stale hit).
 */
export function useEnterpriseSearch(text: string, { first = 8, clusterId = null, keepPrevious = false }: EnterpriseSearchOptions = {}) {
  const typed = text.trim().slice(0, SEARCH_MAX_QUERY_LENGTH);
  const query = useDebounced(typed, 250);
  const enabled = query.length > 0;
  const { data, error, isFetching } = useGql(
    ENTERPRISE_SUGGESTIONS,
    { query, first, clusterId },
    { enabled, staleTime: 30_000, retry: false, ...(keepPrevious ? { placeholderData: keepPreviousData } : {}) },
  );
  const hits = enabled ? (data?.searchEnterprises.edges.map((e) => e.node) ?? []) : [];
  return {
    /** the debounced text the list is for */
    query,
    hits,
    data,
    error,
    isFetching,
    total: data?.searchEnterprises.totalCount ?? 0,
    /** past the count cap the server says "more than total" */
    capped: data?.searchEnterprises.totalCapped ?? false,
    pending: typed !== query || isFetching,
  };
}

/** Where a firm is, in a hit line: its county when local, else its city. */
export function placeOf(hit: { local: boolean; county: string | null; city: string | null }): string {
  return hit.local ? (hit.county ?? '') : (hit.city ?? '');
}
