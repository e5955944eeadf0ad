import { keepPreviousData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError, useGql } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { scopeFromParam, scopeParam } from '../../lib/links';
import { ScopeSwitch } from '../../components/ScopeSwitch';
import { ChainPicker } from './ChainPicker';
import { HeatMap } from './HeatMap';
import { PeerStrengths } from './PeerStrengths';
import { COMPARISON_QUERY } from './queries';
import './compare.css';
import './messages';

/** /compare → the chains; /compare/:chainId → its clusters side by side (chainComparison), ?year= and ?scope= as the chain map's. */
export function CompareView() {
  const { chainId } = useParams();
  if (!chainId) return <ChainPicker />;
  return <ChainComparisonView key={chainId} chainId={chainId} />;
}

function ChainComparisonView({ chainId }: { chainId: string }) {
  const { t } = useTranslation('compare');
  const [params, setParams] = useSearchParams();
  const yearText = params.get('year');
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const scope = scopeFromParam(params.get('scope'));
  // one search parameter changed, the others kept
  const setParam = (key: 'year' | 'scope', value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const { data, error, isLoading, refetch } = useGql(
    COMPARISON_QUERY,
    { chainId, year, scope },
    { placeholderData: keepPreviousData, retry: false },
  );
  if (isLoading) return <Loading />;
  const comparison = data?.chainComparison;
  if (error || !comparison) {
    return (
      <section className="view compare-view" data-testid="compare-error">
        {error instanceof ApiError && error.code === 'NOT_FOUND' ? (
          <p role="alert">⚠ {t('notFound', { id: chainId })}</p>
        ) : (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        )}
        <Link to="/compare">{t('back')}</Link>
      </section>
    );
  }
  const years = comparison.years.filter((y) => y > 0);
  return (
    <section className="view compare-view" data-testid="compare-view">
      <header className="view-header">
        <div className="title-row">
          <h2 data-testid="compare-title">
            {t('heading')} · {comparison.chainName}
          </h2>
          <span className="muted">{t('clusters', { count: comparison.clusters.length })}</span>
          <span className="spacer" />
          <ScopeSwitch scope={comparison.scope} onChange={(s) => setParam('scope', scopeParam(s))} />
          <label>
            {t('year')}{' '}
            <select
              value={comparison.year ?? ''}
              onChange={(e) => setParam('year', e.target.value && Number(e.target.value) !== years[0] ? e.target.value : null)}
              data-testid="compare-year"
            >
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <Link className="button" to="/compare">
            {t('back')}
          </Link>
        </div>
        <p className="hint">{t('legend')}</p>
      </header>
      <HeatMap comparison={comparison} />
      <PeerStrengths comparison={comparison} />
    </section>
  );
}
