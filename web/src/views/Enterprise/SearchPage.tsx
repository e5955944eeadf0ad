import { keepPreviousData, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { HOME_COUNTIES } from '#shared/facts.js';
import { SRDI_LEVEL_LABELS } from '#shared/labels.js';
import { SEARCH_DEFAULT_PAGE_SIZE, SEARCH_EXPORT_MAX_ROWS, SEARCH_MAX_QUERY_LENGTH } from '#shared/limits.js';
import { normaliseSearchText } from '#shared/searchText.js';
import { ApiError, gql, useGql } from '../../api/client';
import { useCan } from '../../auth/session';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { pick } from '../../i18n';
import { placeOf, useDebounced } from './EnterpriseSearchBox';
import { NS } from './messages';
import { SRDI_FILTERS, srdiLevelsFor, type SearchPageHit, type SrdiFilter } from './queries';
import { SEARCH_NS } from './searchPageMessages';

const PAGE_QUERY = /* GraphQL */ `
  query EnterpriseSearchPage($query: String!, $first: Int, $after: String, $chainLeader: Boolean, $srdiLevels: [SrdiLevel!], $local: Boolean, $county: String) {
    searchEnterprises(query: $query, first: $first, after: $after, chainLeader: $chainLeader, srdiLevels: $srdiLevels, local: $local, county: $county) {
      totalCount
      totalCapped
      expandedWords { word alternatives }
      pageInfo { hasNextPage endCursor }
      edges { matchedProducts node { creditCode name local county city chainLeader srdiLevel } }
    }
  }
`;

interface PageResult {
  searchEnterprises: {
    totalCount: number;
    totalCapped: boolean;
    expandedWords: { word: string; alternatives: string[] }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { matchedProducts: string[]; node: SearchPageHit }[];
  };
}

const SEGMENTS_QUERY = /* GraphQL */ `
  query SearchSegments($query: String!) {
    searchSegments(query: $query) {
      segment { id name chainId }
      chainName
      clusters { id name }
      localFirmCount
      chainLeaders { creditCode name }
      synonyms
    }
  }
`;

interface SegmentHit {
  segment: { id: string; name: string; chainId: string };
  chainName: string | null;
  clusters: { id: string; name: string }[];
  localFirmCount: number;
  chainLeaders: { creditCode: string; name: string }[];
  synonyms: string[];
}

type LocalFilter = 'any' | '1' | '0';

const RECENT_KEY = 'chainatlas.recentEnterprises';
function readRecent(): { creditCode: string; name: string }[] {
  try {
    const list = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((x) => x && typeof x.creditCode === 'string' && typeof x.name === 'string').slice(0, 8) : [];
  } catch {
    return [];
  }
}

/**
 * The enterprise search page (/enterprise?q=&leader=&srdi=&local=&county=): every result page by
 * page (cursors), the count ("1000 and more" past the cap), filters kept in the address, the
 * matching products of each firm, the synonyms searched, the chain segments the text names (with
 * their 链主 firms and a link to the chain map), an export of the results, and for editors the
 * segment's synonym dictionary.
 */
export function EnterpriseSearchPage() {
  const { t } = useTranslation(NS);
  const { t: ts } = useTranslation(SEARCH_NS);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const query = useDebounced(normaliseSearchText(text).slice(0, SEARCH_MAX_QUERY_LENGTH), 300);
  useEffect(() => {
    const p = new URLSearchParams(window.location.search);
    if (query) p.set('q', query);
    else p.delete('q');
    if (p.toString() !== params.toString()) setParams(p, { replace: true });
  }, [query, params, setParams]);
  const leaderOnly = params.get('leader') === '1';
  // the address changes in a transition; the box must flip at once under the pointer (and for assistive tech)
  const [leaderChecked, setLeaderChecked] = useState(leaderOnly);
  useEffect(() => setLeaderChecked(leaderOnly), [leaderOnly]);
  const srdi: SrdiFilter = (SRDI_FILTERS as readonly string[]).includes(params.get('srdi') ?? '') ? (params.get('srdi') as SrdiFilter) : 'ANY';
  const local: LocalFilter = params.get('local') === '1' ? '1' : params.get('local') === '0' ? '0' : 'any';
  const county = HOME_COUNTIES.some((c) => c.name === params.get('county')) ? params.get('county') : null;
  const setFilter = (key: 'leader' | 'srdi' | 'local' | 'county', value: string | null) => {
    // from the address bar, not the last render's params: two quick changes must not undo each other
    const p = new URLSearchParams(window.location.search);
    if (value) p.set(key, value);
    else p.delete(key);
    setParams(p, { replace: true });
  };
  const filters = { chainLeader: leaderOnly ? true : null, srdiLevels: srdiLevelsFor(srdi), local: local === 'any' ? null : local === '1', county };
  // paging: the cursors of the pages seen (page 1 has none); back to page 1 when the search changes
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const searchKey = JSON.stringify([query, filters]);
  useEffect(() => setCursors([null]), [searchKey]);
  const pageIndex = cursors.length - 1;
  const { data, error, isFetching, refetch } = useGql<PageResult>(
    PAGE_QUERY,
    { query, first: SEARCH_DEFAULT_PAGE_SIZE, after: cursors[pageIndex] ?? null, ...filters },
    { enabled: query.length > 0, placeholderData: keepPreviousData },
  );
  const segments = useGql<{ searchSegments: SegmentHit[] }>(SEGMENTS_QUERY, { query }, { enabled: query.length > 0, staleTime: 30_000 });
  const result = data?.searchEnterprises;
  const edges = result?.edges ?? [];
  const total = result?.totalCount ?? 0;
  const open = (hit: { creditCode: string }) => void navigate(`/enterprise/${encodeURIComponent(hit.creditCode)}`);
  const exportHref = (format: 'csv' | 'xlsx') => {
    const p = new URLSearchParams({ q: query, format });
    if (leaderOnly) p.set('leader', '1');
    const levels = srdiLevelsFor(srdi);
    if (levels) p.set('srdi', levels.join(','));
    if (local !== 'any') p.set('local', local);
    if (county) p.set('county', county);
    return `/api/search/export?${p.toString()}`;
  };
  const from = pageIndex * SEARCH_DEFAULT_PAGE_SIZE + 1;
  const recent = readRecent();

  return (
    <section className="view view-enterprise-search">
      <header className="view-header">
        <h2>{t('searchHeading')}</h2>
        <p className="hint">{t('searchHint')}</p>
      </header>
      <form
        className="ent-search-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (edges[0]) open(edges[0].node);
        }}
      >
        <input
          type="search"
          className="ent-search-input"
          value={text}
          autoFocus
          maxLength={SEARCH_MAX_QUERY_LENGTH}
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchPlaceholder')}
          data-testid="enterprise-search"
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="primary">
          {t('searchButton')}
        </button>
      </form>
      <div className="ent-search-filters" data-testid="search-filters">
        <label>
          <input
            type="checkbox"
            checked={leaderChecked}
            data-testid="filter-leader"
            onChange={(event) => {
              setLeaderChecked(event.target.checked);
              setFilter('leader', event.target.checked ? '1' : null);
            }}
          />
          {t('filterLeader')}
        </label>
        <label>
          {t('filterSrdi')}
          <select value={srdi} data-testid="filter-srdi" onChange={(event) => setFilter('srdi', event.target.value === 'ANY' ? null : event.target.value)}>
            {SRDI_FILTERS.map((f) => (
              <option key={f} value={f}>
                {f === 'ANY' || f === 'QUALIFIED' ? t(`srdiFilter.${f}`) : pick(SRDI_LEVEL_LABELS[f])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {ts('filterLocal')}
          <select value={local} data-testid="filter-local" onChange={(event) => setFilter('local', event.target.value === 'any' ? null : event.target.value)}>
            <option value="any">{ts('localAny')}</option>
            <option value="1">{ts('localOnly')}</option>
            <option value="0">{ts('outsideOnly')}</option>
          </select>
        </label>
        <label>
          {ts('filterCounty')}
          <select value={county ?? ''} data-testid="filter-county" onChange={(event) => setFilter('county', event.target.value || null)}>
            <option value="">{ts('countyAny')}</option>
            {HOME_COUNTIES.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="ent-search-body">
        {query && segments.data && segments.data.searchSegments.length > 0 && <SegmentHits hits={segments.data.searchSegments} onChanged={() => void refetch()} />}
        {query && error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
        {query && result && (
          <>
            <div className="ent-search-summary">
              <p className="muted" data-testid="search-count" aria-live="polite">
                {total === 0 ? t('searchNone', { query }) : result.totalCapped ? ts('resultsCapped', { count: total }) : t('searchResults', { count: total })}
              </p>
              {total > 0 && (
                <span className="ent-search-export" role="group" aria-label={ts('exportLabel')} title={ts('exportNote', { max: SEARCH_EXPORT_MAX_ROWS })}>
                  <a className="button" href={exportHref('xlsx')} download data-testid="search-export-xlsx">
                    {ts('exportLabel')} XLSX
                  </a>
                  <a className="button" href={exportHref('csv')} download data-testid="search-export-csv">
                    CSV
                  </a>
                </span>
              )}
            </div>
            {result.expandedWords.length > 0 && (
              <p className="muted small" data-testid="search-synonyms">
                {ts('synonymsUsed', { list: result.expandedWords.map((x) => `${x.word} → ${x.alternatives.join('、')}`).join('；') })}
              </p>
            )}
            <ul className="ent-results" data-testid="search-results" aria-busy={isFetching}>
              {edges.map((edge) => (
                <SearchRow key={edge.node.creditCode} hit={edge.node} matched={edge.matchedProducts} onOpen={open} />
              ))}
            </ul>
            {(pageIndex > 0 || result.pageInfo.hasNextPage) && (
              <nav className="ent-pager" aria-label={ts('page', { page: pageIndex + 1, from, to: from + edges.length - 1 })} data-testid="search-pager">
                <button type="button" disabled={pageIndex === 0 || isFetching} data-testid="page-prev" onClick={() => setCursors((c) => c.slice(0, -1))}>
                  ← {ts('prev')}
                </button>
                <span data-testid="page-number">{ts('page', { page: pageIndex + 1, from, to: from + edges.length - 1 })}</span>
                <button
                  type="button"
                  disabled={!result.pageInfo.hasNextPage || isFetching}
                  data-testid="page-next"
                  onClick={() => setCursors((c) => [...c, result.pageInfo.endCursor])}
                >
                  {ts('next')} →
                </button>
              </nav>
            )}
          </>
        )}
        {query && !data && isFetching && <Loading />}
        {!query && (
          <div className="ent-recent">
            <h3>{t('recent')}</h3>
            {recent.length === 0 ? (
              <p className="muted">{t('recentEmpty')}</p>
            ) : (
              <ul className="ent-results">
                {recent.map((r) => (
                  <li key={r.creditCode}>
                    <Link to={`/enterprise/${encodeURIComponent(r.creditCode)}`}>{r.name}</Link>
                    <span className="muted mono small">{r.creditCode}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

function SearchRow({ hit, matched, onOpen }: { hit: SearchPageHit; matched: string[]; onOpen: (hit: SearchPageHit) => void }) {
  const { t } = useTranslation(NS);
  const { t: ts } = useTranslation(SEARCH_NS);
  return (
    <li>
      <a
        href={`/enterprise/${encodeURIComponent(hit.creditCode)}`}
        onClick={(event) => {
          event.preventDefault();
          onOpen(hit);
        }}
      >
        {hit.name}
      </a>
      {hit.chainLeader && <span className="tag tag-leader">{t('profile.chainLeader')}</span>}
      {hit.srdiLevel && hit.srdiLevel !== 'NONE' && <span className="tag tag-srdi">{pick(SRDI_LEVEL_LABELS[hit.srdiLevel])}</span>}
      <span className={hit.local ? 'tag tag-local' : 'tag tag-outside'}>{hit.local ? t('profile.local') : t('profile.outside')}</span>
      <span className="muted small">{placeOf(hit)}</span>
      <span className="muted mono small">{hit.creditCode}</span>
      {matched.length > 0 && (
        <span className="ent-matched small" data-testid="matched-products">
          {ts('matched', { products: matched.join('、') })}
        </span>
      )}
    </li>
  );
}

/** The chain segments the search text names: chain, local firms, 链主 firms, the chain map; editors open the segment's synonyms. */
function SegmentHits({ hits, onChanged }: { hits: SegmentHit[]; onChanged: () => void }) {
  const { t: ts } = useTranslation(SEARCH_NS);
  const canEdit = useCan('data:write');
  const [editing, setEditing] = useState<string | null>(null);
  // a few at first: the firms below are what most searches are for
  const [all, setAll] = useState(false);
  const shown = all ? hits : hits.slice(0, SEGMENT_HITS_FIRST);
  return (
    <section className="ent-segment-hits" data-testid="segment-hits" aria-label={ts('segmentsHeading')}>
      <h3>{ts('segmentsHeading')}</h3>
      <ul>
        {shown.map((hit) => (
          <li key={hit.segment.id}>
            <div className="ent-segment-line">
              <strong>{hit.segment.name}</strong>
              <span className="muted small">{hit.chainName}</span>
              {hit.synonyms.length > 0 && <span className="muted small">{ts('segmentBySynonym', { terms: hit.synonyms.join('、') })}</span>}
              <span className="small">{ts('segmentLocal', { count: hit.localFirmCount })}</span>
              {hit.clusters.map((cluster) => (
                <Link key={cluster.id} className="small" to={`/chain/${encodeURIComponent(cluster.id)}?seg=${encodeURIComponent(hit.segment.id)}`} title={ts('openChainMap')}>
                  {cluster.name} →
                </Link>
              ))}
              {canEdit && (
                <button type="button" className="link small" aria-expanded={editing === hit.segment.id} onClick={() => setEditing((e) => (e === hit.segment.id ? null : hit.segment.id))}>
                  {ts('dictionary')}
                </button>
              )}
            </div>
            {hit.chainLeaders.length > 0 && (
              <div className="small">
                {ts('segmentLeaders')}
                {hit.chainLeaders.map((leader, i) => (
                  <span key={leader.creditCode}>
                    {i > 0 && '、'}
                    <Link to={`/enterprise/${encodeURIComponent(leader.creditCode)}`}>{leader.name}</Link>
                  </span>
                ))}
              </div>
            )}
            {editing === hit.segment.id && <SynonymEditor segmentId={hit.segment.id} onChanged={onChanged} />}
          </li>
        ))}
      </ul>
      {hits.length > shown.length && (
        <button type="button" className="link small" data-testid="segment-hits-more" onClick={() => setAll(true)}>
          {ts('segmentsMore', { count: hits.length })}
        </button>
      )}
    </section>
  );
}

const SEGMENT_HITS_FIRST = 2;

const SYNONYMS = 'query($s: ID) { synonyms(segmentId: $s) { term canonical } }';
const SAVE = 'mutation($s: ID!, $t: String!, $c: String!) { saveSynonym(segmentId: $s, term: $t, canonical: $c) { term } }';
const DELETE = 'mutation($s: ID!, $t: String!) { deleteSynonym(segmentId: $s, term: $t) { term } }';

/** One segment's synonym dictionary: list, add (or change), remove. Errors are shown beside the form. */
function SynonymEditor({ segmentId, onChanged }: { segmentId: string; onChanged: () => void }) {
  const { t: ts } = useTranslation(SEARCH_NS);
  const { t } = useTranslation();
  const client = useQueryClient();
  const { data, refetch } = useGql<{ synonyms: { term: string; canonical: string }[] }>(SYNONYMS, { s: segmentId });
  const [term, setTerm] = useState('');
  const [canonical, setCanonical] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
      await refetch();
      // every search may now read differently
      await client.invalidateQueries();
      onChanged();
      return true;
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : String(t('errors.generic', { message: String(error) })));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="ent-synonyms" data-testid="synonym-editor">
      <p className="muted small">{ts('dictionaryHint')}</p>
      {data && data.synonyms.length === 0 && <p className="muted small">{ts('dictionaryEmpty')}</p>}
      <ul>
        {data?.synonyms.map((s) => (
          <li key={s.term}>
            {s.term} → {s.canonical}
            <button type="button" className="link small" disabled={busy} onClick={() => void run(() => gql(DELETE, { s: segmentId, t: s.term }))}>
              {ts('remove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run(() => gql(SAVE, { s: segmentId, t: term, c: canonical })).then((ok) => {
            if (ok) {
              setTerm('');
              setCanonical('');
            }
          });
        }}
      >
        <input value={term} placeholder={ts('term')} aria-label={ts('term')} maxLength={60} onChange={(e) => setTerm(e.target.value)} required />
        <span aria-hidden>→</span>
        <input value={canonical} placeholder={ts('canonical')} aria-label={ts('canonical')} maxLength={60} onChange={(e) => setCanonical(e.target.value)} required />
        <button type="submit" disabled={busy}>
          {ts('add')}
        </button>
        {problem && (
          <span className="error-message small" role="alert">
            ⚠ {problem}
          </span>
        )}
      </form>
    </div>
  );
}
