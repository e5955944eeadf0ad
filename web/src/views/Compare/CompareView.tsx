import { keepPreviousData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError, useGql } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { ChainPicker } from './ChainPicker';
import { HeatMap } from './HeatMap';
import { PeerStrengths } from './PeerStrengths';
import { COMPARISON_QUERY } from './queries';
import './compare.css';
import './messages';

/** /compare → the chains; /compare/:chainId → its clusters side by side (chainComparison). */
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
  const { data, error, isLoading, refetch } = useGql(
    COMPARISON_QUERY,
    { chainId, year },
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
          <label>
            {t('year')}{' '}
            <select
              value={comparison.year ?? ''}
              onChange={(e) =>
                setParams(e.target.value && Number(e.target.value) !== years[0] ? { year: e.target.value } : {}, { replace: true })
              }
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
      <PeerStrengths pairs={comparison.peerStrengths} />
    </section>
  );
}
