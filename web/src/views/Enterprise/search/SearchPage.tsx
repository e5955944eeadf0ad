import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { SEARCH_MAX_QUERY_LENGTH } from '#shared/limits.js';
import { ErrorMessage, Loading } from '../../../components/ErrorMessage';
import { NS } from '../messages';
import { readRecent } from '../recent';
import { SearchFilters } from './SearchFilters';
import { SearchResults } from './SearchResults';
import { SegmentHits } from './SegmentHits';
import { useEnterpriseSearchPage } from './useEnterpriseSearchPage';
import './messages';
import { ViewPage } from '../../../components/ViewPage';

/**
 * The enterprise search page (/enterprise?q=&leader=&srdi=&local=&county=): every result page by
 * page (cursors), the count ("1000 and more" past the cap), filters kept in the address, the
 * matching products of each firm, the synonyms searched, the chain segments the text names (with
 * their 链主 firms and a link to the chain map), an export of the results, and for editors the
 * segment's synonym dictionary.
 */
export function EnterpriseSearchPage() {
  const { t } = useTranslation(NS);
  const navigate = useNavigate();
  const state = useEnterpriseSearchPage();
  const { query, page, segments } = state;
  const result = page.data?.searchEnterprises;
  const open = (hit: { creditCode: string }) => void navigate(`/enterprise/${encodeURIComponent(hit.creditCode)}`);

  return (
    <ViewPage className="view-enterprise-search" title={t('searchHeading')} hint={t('searchHint')}>
      <form
        className="ent-search-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (result?.edges[0]) open(result.edges[0].node);
        }}
      >
        <input
          type="search"
          className="ent-search-input"
          value={state.text}
          autoFocus
          maxLength={SEARCH_MAX_QUERY_LENGTH}
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchPlaceholder')}
          data-testid="enterprise-search"
          onChange={(event) => state.setText(event.target.value)}
        />
        <button type="submit" className="primary">
          {t('searchButton')}
        </button>
      </form>
      <SearchFilters filter={state.filter} />
      <div className="ent-search-body">
        {query && segments.data && segments.data.searchSegments.length > 0 && (
          <SegmentHits hits={segments.data.searchSegments} onChanged={() => void page.refetch()} />
        )}
        {query && page.error && <ErrorMessage error={page.error} onRetry={() => void page.refetch()} />}
        {query && result && <SearchResults state={state} result={result} onOpen={open} />}
        {query && !page.data && page.isFetching && <Loading />}
        {!query && <RecentFirms />}
      </div>
    </ViewPage>
  );
}

/** Before a search: the firms opened last in this browser. */
function RecentFirms() {
  const { t } = useTranslation(NS);
  const recent = readRecent();
  return (
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
  );
}
