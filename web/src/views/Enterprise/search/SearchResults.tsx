import { useTranslation } from 'react-i18next';
import { SRDI_LEVEL_LABELS } from '#shared/labels.js';
import { SEARCH_EXPORT_MAX_ROWS } from '#shared/limits.js';
import { placeOf } from '../../../hooks/useEnterpriseSearch';
import { pick } from '../../../i18n';
import { NS } from '../messages';
import { SEARCH_NS } from './messages';
import type { SearchPage, SearchPageHit } from './queries';
import type { SearchPageState } from './useEnterpriseSearchPage';

/** One page of results: the count and export, the synonyms searched, the firms, the pager. */
export function SearchResults({
  state,
  result,
  onOpen,
}: {
  state: SearchPageState;
  result: SearchPage;
  onOpen: (hit: SearchPageHit) => void;
}) {
  const { t } = useTranslation(NS);
  const { t: ts } = useTranslation(SEARCH_NS);
  const { query, pageIndex, from, page } = state;
  const total = result.totalCount;
  const pageLabel = ts('page', { page: pageIndex + 1, from, to: from + result.edges.length - 1 });
  return (
    <>
      <div className="ent-search-summary">
        <p className="muted" data-testid="search-count" aria-live="polite">
          {total === 0
            ? t('searchNone', { query })
            : result.totalCapped
              ? ts('resultsCapped', { count: total })
              : t('searchResults', { count: total })}
        </p>
        {total > 0 && (
          <span
            className="ent-search-export"
            role="group"
            aria-label={ts('exportLabel')}
            title={ts('exportNote', { max: SEARCH_EXPORT_MAX_ROWS })}
          >
            <a className="button" href={state.exportHref('xlsx')} download data-testid="search-export-xlsx">
              {ts('exportLabel')} XLSX
            </a>
            <a className="button" href={state.exportHref('csv')} download data-testid="search-export-csv">
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
      <ul className="ent-results" data-testid="search-results" aria-busy={page.isFetching}>
        {result.edges.map((edge) => (
          <SearchRow key={edge.node.creditCode} hit={edge.node} matched={edge.matchedProducts} onOpen={onOpen} />
        ))}
      </ul>
      {(pageIndex > 0 || result.pageInfo.hasNextPage) && (
        <nav className="ent-pager" aria-label={pageLabel} data-testid="search-pager">
          <button type="button" disabled={pageIndex === 0 || page.isFetching} data-testid="page-prev" onClick={state.previousPage}>
            ← {ts('prev')}
          </button>
          <span data-testid="page-number">{pageLabel}</span>
          <button
            type="button"
            disabled={!result.pageInfo.hasNextPage || page.isFetching}
            data-testid="page-next"
            onClick={() => state.nextPage(result.pageInfo.endCursor)}
          >
            {ts('next')} →
          </button>
        </nav>
      )}
    </>
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
