import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import '../../graph/ui.css';
import './dashboard.css';
import { IndicatorCard } from './IndicatorCard';
import { NS } from './messages';
import { useDashboard, type MetFilter } from './useDashboard';
import { SelectField } from '../../components/Select';

const FILTER_LABELS: Record<MetFilter, string> = { all: 'filterAll', met: 'filterMet', notMet: 'filterNotMet' };

/** 目标看板 (/dashboard?year=): every 2026 target as a card with baseline, value, target, progress and its trend. */
export function DashboardView() {
  const { t } = useTranslation(NS);
  const { query, dashboard: d, filter, counts, shown, setYear, setFilter } = useDashboard();

  if (query.isLoading) return <Loading />;
  if (query.error) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  if (!d) return null;
  return (
    <section className="view view-dashboard">
      <header className="view-header dashboard-header">
        <div>
          <h2>{t('heading')}</h2>
          <p className="hint">{t('hint', { baseline: d.baselineYear, target: d.targetYear })}</p>
        </div>
        <div className="dashboard-controls">
          <SelectField label={t('year')} value={d.year} testId="dashboard-year" onChange={setYear} items={d.years} />
          <div className="segmented" role="group">
            {(['all', 'met', 'notMet'] as const).map((f) => (
              <button key={f} type="button" className={filter === f ? 'active' : ''} onClick={() => setFilter(f)}>
                {t(FILTER_LABELS[f])}
              </button>
            ))}
          </div>
        </div>
      </header>
      <p className="dashboard-summary" data-testid="dashboard-summary">
        {t('summary', { year: d.year, total: d.indicators.length, met: counts.met, notMet: counts.notMet })}
        {counts.unknown > 0 && t('summaryUnknown', { count: counts.unknown })}
        {query.isFetching && <span className="muted"> · {t('common.loading', { ns: 'translation' })}</span>}
      </p>
      <div className="indicator-grid" data-testid="indicator-grid">
        {shown.map(({ def, item }) => (
          <IndicatorCard key={def.key} def={def} item={item} dashboard={d} />
        ))}
      </div>
    </section>
  );
}
