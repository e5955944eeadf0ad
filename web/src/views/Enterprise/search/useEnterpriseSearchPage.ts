import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { HOME_COUNTIES } from '#shared/facts.js';
import { SEARCH_DEFAULT_PAGE_SIZE, SEARCH_MAX_QUERY_LENGTH } from '#shared/limits.js';
import { normaliseSearchText } from '#shared/searchText.js';
import { useGql } from '../../../api/client';
import { useDebounced } from '../../../hooks/useDebounced';
import { useResetState } from '../../../hooks/useResetState';
import { SRDI_FILTERS, srdiLevelsFor, type SrdiFilter } from '../queries';
import { PAGE_QUERY, SEGMENTS_QUERY } from './queries';

type LocalFilter = 'any' | '1' | '0';
export type FilterKey = 'leader' | 'srdi' | 'local' | 'county';

/** The filters as the address has them (?leader=1&srdi=&local=&county=), unknown values ignored. */
function filtersOf(params: URLSearchParams) {
  const srdiParam = params.get('srdi') ?? '';
  const srdi: SrdiFilter = (SRDI_FILTERS as readonly string[]).includes(srdiParam) ? (srdiParam as SrdiFilter) : 'ANY';
  const local: LocalFilter = params.get('local') === '1' ? '1' : params.get('local') === '0' ? '0' : 'any';
  const county = HOME_COUNTIES.some((c) => c.name === params.get('county')) ? params.get('county') : null;
  return { leaderOnly: params.get('leader') === '1', srdi, local, county };
}

/** The search text in the address (?q=), debounced: a link or a reload gives the same search. */
function useSearchText(params: URLSearchParams, setParams: ReturnType<typeof useSearchParams>[1]) {
  const [text, setText] = useState(params.get('q') ?? '');
  const query = useDebounced(normaliseSearchText(text).slice(0, SEARCH_MAX_QUERY_LENGTH), 300);
  useEffect(() => {
    const p = new URLSearchParams(window.location.search);
    if (query) p.set('q', query);
    else p.delete('q');
    if (p.toString() !== params.toString()) setParams(p, { replace: true });
  }, [query, params, setParams]);
  return { text, setText, query };
}

/**
 * The search page's state: the text and filters (kept in the address), the result pages
 * (cursors of the pages seen; back to page 1 when the search changes), the segments the text
 * names, and the export links.
 */
export function useEnterpriseSearchPage() {
  const [params, setParams] = useSearchParams();
  const { text, setText, query } = useSearchText(params, setParams);
  const { leaderOnly, srdi, local, county } = filtersOf(params);
  // the address changes in a transition; the box must flip at once under the pointer (and for assistive tech)
  const [leaderChecked, setLeaderChecked] = useResetState(leaderOnly, leaderOnly);
  const setFilter = (key: FilterKey, value: string | null) => {
    // from the address bar, not the last render's params: two quick changes must not undo each other
    const p = new URLSearchParams(window.location.search);
    if (value) p.set(key, value);
    else p.delete(key);
    setParams(p, { replace: true });
  };
  const setLeader = (on: boolean) => {
    setLeaderChecked(on);
    setFilter('leader', on ? '1' : null);
  };
  const filters = {
    chainLeader: leaderOnly ? true : null,
    srdiLevels: srdiLevelsFor(srdi),
    local: local === 'any' ? null : local === '1',
    county,
  };
  // the pages seen of this search: a new search starts again from page 1
  const [cursors, setCursors] = useResetState<(string | null)[]>([null], JSON.stringify([query, filters]));
  const pageIndex = cursors.length - 1;
  const page = useGql(
    PAGE_QUERY,
    { query, first: SEARCH_DEFAULT_PAGE_SIZE, after: cursors[pageIndex] ?? null, ...filters },
    { enabled: query.length > 0, placeholderData: keepPreviousData },
  );
  const segments = useGql(SEGMENTS_QUERY, { query }, { enabled: query.length > 0, staleTime: 30_000 });
  const exportHref = (format: 'csv' | 'xlsx') => {
    const p = new URLSearchParams({ q: query, format });
    if (leaderOnly) p.set('leader', '1');
    if (filters.srdiLevels) p.set('srdi', filters.srdiLevels.join(','));
    if (local !== 'any') p.set('local', local);
    if (county) p.set('county', county);
    return `/api/search/export?${p.toString()}`;
  };
  return {
    text,
    setText,
    query,
    filter: { leaderChecked, setLeader, srdi, local, county, setFilter },
    page,
    segments,
    pageIndex,
    from: pageIndex * SEARCH_DEFAULT_PAGE_SIZE + 1,
    previousPage: () => setCursors((c) => c.slice(0, -1)),
    nextPage: (cursor: string | null) => setCursors((c) => [...c, cursor]),
    exportHref,
  };
}

export type SearchPageState = ReturnType<typeof useEnterpriseSearchPage>;
