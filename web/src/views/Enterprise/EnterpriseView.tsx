import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { checkCreditCode } from '../../../../server/shared/creditCode';
import { SRDI_LEVEL_LABELS, SUPPLY_NEIGHBORHOOD_MAX_DEPTH } from '../../../../server/shared/domain';
import { useGql } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { pick } from '../../i18n';
import { EnterpriseProfile } from './EnterpriseProfile';
import { EnterpriseEditor } from './edit/EnterpriseEditor';
import './edit/messages';
import { EnterpriseSearchBox, placeOf, useDebounced } from './EnterpriseSearchBox';
import './enterprise.css';
import { NS } from './messages';
import { DIRECTIONS, ENTERPRISE_QUERY, SEARCH_PAGE_QUERY, SRDI_FILTERS, srdiLevelsFor, type Direction, type EnterpriseProfile as Profile, type SearchPageHit, type SearchPageResult, type SrdiFilter } from './queries';
import { SupplyNetwork } from './SupplyNetwork';

const RECENT_KEY = 'chainatlas.recentEnterprises';
const RECENT_MAX = 8;

function readRecent(): { creditCode: string; name: string }[] {
  try {
    const list = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((x) => x && typeof x.creditCode === 'string' && typeof x.name === 'string').slice(0, RECENT_MAX) : [];
  } catch {
    return [];
  }
}

function remember(firm: { creditCode: string; name: string }): void {
  const list = [firm, ...readRecent().filter((x) => x.creditCode !== firm.creditCode)].slice(0, RECENT_MAX);
  localStorage.setItem(RECENT_KEY, JSON.stringify(list));
}

/**
 * 企业 (/enterprise/:creditCode?depth=&dir=&layout=&to=): the firm's profile and supply network.
 * Without a credit code, a search page. The URL holds the firm, depth, direction, layout and
 * the other end of a supply path, so a link reopens the same picture.
 */
export function EnterpriseView() {
  const { creditCode } = useParams();
  return creditCode ? <EnterpriseDetail rawCode={creditCode} /> : <EnterpriseSearchPage />;
}

function EnterpriseDetail({ rawCode }: { rawCode: string }) {
  const { t } = useTranslation(NS);
  const [params, setParams] = useSearchParams();
  const checked = checkCreditCode(rawCode);
  const creditCode = checked.ok ? checked.code : rawCode;
  const depthParam = Number(params.get('depth') ?? 1);
  const depth = Number.isInteger(depthParam) && depthParam >= 1 && depthParam <= SUPPLY_NEIGHBORHOOD_MAX_DEPTH ? depthParam : 1;
  const dirParam = params.get('dir') as Direction | null;
  const direction: Direction = dirParam && DIRECTIONS.includes(dirParam) ? dirParam : 'BOTH';
  const layout = params.get('layout') === 'force' ? 'force' : 'layered';
  const toParam = params.get('to');
  const pathTo = toParam && checkCreditCode(toParam).ok ? (checkCreditCode(toParam) as { code: string }).code : null;

  const { data, error, isLoading, refetch } = useGql<{ enterprise: Profile | null }>(ENTERPRISE_QUERY, { creditCode }, { enabled: checked.ok });
  const firm = data?.enterprise ?? null;
  useEffect(() => {
    if (firm) remember({ creditCode: firm.creditCode, name: firm.name });
  }, [firm]);

  const change = (next: { depth?: number; direction?: Direction; layout?: 'layered' | 'force'; pathTo?: string | null }) => {
    const p = new URLSearchParams(params);
    const set = (key: string, value: string | null, fallback: string) => (value === null || value === fallback ? p.delete(key) : p.set(key, value));
    if (next.depth !== undefined) set('depth', String(next.depth), '1');
    if (next.direction !== undefined) set('dir', next.direction, 'BOTH');
    if (next.layout !== undefined) set('layout', next.layout, 'layered');
    if (next.pathTo !== undefined) set('to', next.pathTo, '');
    setParams(p, { replace: false });
  };

  let body: React.ReactNode;
  if (!checked.ok) body = <div className="error-message" role="alert">⚠ {t('badCode', { code: rawCode })}</div>;
  else if (isLoading) body = <Loading />;
  else if (error) body = <ErrorMessage error={error} onRetry={() => void refetch()} />;
  else if (!firm) body = <div className="error-message" role="alert">⚠ {t('notFound', { code: creditCode })}</div>;
  else
    body = (
      <div className="ent-layout">
        <aside className="ent-side">
          <EnterpriseProfile firm={firm} />
          <EnterpriseEditor creditCode={firm.creditCode} />
        </aside>
        <SupplyNetwork
          key={firm.creditCode}
          creditCode={firm.creditCode}
          name={firm.name}
          depth={depth}
          direction={direction}
          layout={layout}
          pathTo={pathTo}
          onChange={change}
        />
      </div>
    );

  return (
    <section className="view view-enterprise">
      <div className="ent-topline">
        <Link to="/enterprise" className="back-link">
          {t('backToSearch')}
        </Link>
        <EnterpriseQuickSearch />
      </div>
      {body}
    </section>
  );
}

function EnterpriseQuickSearch() {
  const { t } = useTranslation(NS);
  const navigate = useNavigate();
  return <EnterpriseSearchBox placeholder={t('searchPlaceholder')} testId="enterprise-quick-search" onSelect={(hit) => void navigate(`/enterprise/${encodeURIComponent(hit.creditCode)}`)} />;
}

function EnterpriseSearchPage() {
  const { t } = useTranslation(NS);
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const query = useDebounced(text.trim(), 300);
  useEffect(() => {
    const p = new URLSearchParams(params);
    if (query) p.set('q', query);
    else p.delete('q');
    if (p.toString() !== params.toString()) setParams(p, { replace: true });
  }, [query, params, setParams]);
  // the filters live in the URL too (leader=1, srdi=QUALIFIED|PROVINCIAL|LITTLE_GIANT), so a filtered list can be shared
  const leaderOnly = params.get('leader') === '1';
  const srdi: SrdiFilter = (SRDI_FILTERS as readonly string[]).includes(params.get('srdi') ?? '') ? (params.get('srdi') as SrdiFilter) : 'ANY';
  const setFilter = (key: 'leader' | 'srdi', value: string | null) => {
    // from the address bar, not the last render's params: the router renders a navigation as a
    // transition, so two quick changes would otherwise undo each other
    const p = new URLSearchParams(window.location.search);
    if (value) p.set(key, value);
    else p.delete(key);
    setParams(p, { replace: true });
  };
  const { data, error, isFetching, refetch } = useGql<SearchPageResult>(
    SEARCH_PAGE_QUERY,
    { query, first: 50, chainLeader: leaderOnly ? true : null, srdiLevels: srdiLevelsFor(srdi) },
    { enabled: query.length > 0 },
  );
  const hits = data?.searchEnterprises.edges.map((e) => e.node) ?? [];
  const total = data?.searchEnterprises.totalCount ?? 0;
  const recent = readRecent();
  const open = (hit: { creditCode: string }) => void navigate(`/enterprise/${encodeURIComponent(hit.creditCode)}`);
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
          if (hits[0]) open(hits[0]);
        }}
      >
        <input
          type="search"
          className="ent-search-input"
          value={text}
          autoFocus
          placeholder={t('searchPlaceholder')}
          data-testid="enterprise-search"
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="primary">
          {t('searchButton')}
        </button>
      </form>
      <div className="ent-search-filters" data-testid="search-filters">
        <label>
          <input type="checkbox" checked={leaderOnly} data-testid="filter-leader" onChange={(event) => setFilter('leader', event.target.checked ? '1' : null)} />
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
      </div>
      <div className="ent-search-body">
        {query && error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
        {query && data && (
          <>
            <p className="muted" data-testid="search-count">
              {total === 0 ? t('searchNone', { query }) : t('searchResults', { count: total })}
              {total > hits.length && ` · ${t('searchMore', { shown: hits.length })}`}
            </p>
            <ul className="ent-results" data-testid="search-results">
              {hits.map((hit) => (
                <SearchRow key={hit.creditCode} hit={hit} onOpen={open} />
              ))}
            </ul>
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

function SearchRow({ hit, onOpen }: { hit: SearchPageHit; onOpen: (hit: SearchPageHit) => void }) {
  const { t } = useTranslation(NS);
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
    </li>
  );
}
