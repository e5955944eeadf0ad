import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TargetKind } from '#shared/enums.js';
import { WAN_PER_YI } from '#shared/facts.js';
import { type IndicatorDefinition, INDICATORS } from '#shared/indicators.js';
import { TARGET_KIND_LABELS } from '#shared/labels.js';
import { useGql } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import '../../graph/ui.css';
import i18n, { pick } from '../../i18n';
import './dashboard.css';
import { NS } from './messages';
import { TrendChart } from './TrendChart';

const DASHBOARD_QUERY = /* GraphQL */ `
  query TargetDashboard($year: Int) {
    targetDashboard(year: $year) {
      year
      years
      baselineYear
      targetYear
      indicators {
        key
        targetKind
        policyTarget
        baseline
        value
        target
        progress
        met
        trend { year value }
      }
    }
  }
`;

interface IndicatorData {
  key: string;
  targetKind: TargetKind;
  policyTarget: number;
  baseline: number | null;
  value: number | null;
  target: number | null;
  progress: number | null;
  met: boolean | null;
  trend: { year: number; value: number | null }[];
}

interface Dashboard {
  year: number;
  years: number[];
  baselineYear: number;
  targetYear: number;
  indicators: IndicatorData[];
}

const MET_COLOR = '#1e8449';
const NOT_MET_COLOR = '#a84f00';

/**
 * How an indicator's numbers are shown: output (万元 in the data) in 亿元 with two decimals,
 * percentages with two decimals, counts as whole numbers.
 */
export function formatterFor(def: IndicatorDefinition): { format: (value: number) => string; unit: string } {
  if (def.unit.zh === '万元') {
    // English says billions (1 亿 = 0.1 billion) rather than "100M yuan", which reads badly and spills out of the cards
    if (i18n.language === 'en') return { format: (v) => (v / WAN_PER_YI / 10).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }), unit: 'bn yuan' };
    return { format: (v) => (v / WAN_PER_YI).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }), unit: '亿元' };
  }
  if (def.unit.zh === '%') return { format: (v) => v.toFixed(2), unit: '%' };
  return { format: (v) => Math.round(v).toLocaleString('zh-CN'), unit: pick(def.unit) };
}

/** The policy figure as stated: "较基期增加 100 家", "比率达到 5 %". */
function policyFigure(def: IndicatorDefinition): string {
  const unit = def.kind === 'GROWTH' || def.unit.zh === '%' ? '%' : ` ${pick(def.unit)}`;
  return `${def.policyTarget}${unit}`;
}

/** 目标看板 (/dashboard?year=): every 2026 target as a card with baseline, value, target, progress and its trend. */
export function DashboardView() {
  const { t } = useTranslation(NS);
  const [params, setParams] = useSearchParams();
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam > 0 ? yearParam : null;
  const filter = params.get('show') === 'met' || params.get('show') === 'notMet' ? params.get('show')! : 'all';
  const { data, error, isLoading, isFetching, refetch } = useGql<{ targetDashboard: Dashboard }>(DASHBOARD_QUERY, { year });
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next);
  };

  const dashboard = data?.targetDashboard;
  const byKey = useMemo(() => new Map((dashboard?.indicators ?? []).map((i) => [i.key, i])), [dashboard]);

  if (isLoading) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const d = dashboard!;
  const met = d.indicators.filter((i) => i.met === true).length;
  const notMet = d.indicators.filter((i) => i.met === false).length;
  const unknown = d.indicators.length - met - notMet;
  const shown = INDICATORS.filter((def) => {
    const item = byKey.get(def.key);
    if (!item) return false;
    return filter === 'all' || (filter === 'met' ? item.met === true : item.met === false);
  });

  return (
    <section className="view view-dashboard">
      <header className="view-header dashboard-header">
        <div>
          <h2>{t('heading')}</h2>
          <p className="hint">{t('hint', { baseline: d.baselineYear, target: d.targetYear })}</p>
        </div>
        <div className="dashboard-controls">
          <label>
            {t('year')}
            <select value={d.year} data-testid="dashboard-year" onChange={(e) => setParam('year', e.target.value)}>
              {d.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <div className="segmented" role="group">
            {(['all', 'met', 'notMet'] as const).map((f) => (
              <button key={f} type="button" className={filter === f ? 'active' : ''} onClick={() => setParam('show', f === 'all' ? null : f)}>
                {t(`filter${f === 'all' ? 'All' : f === 'met' ? 'Met' : 'NotMet'}`)}
              </button>
            ))}
          </div>
        </div>
      </header>
      <p className="dashboard-summary" data-testid="dashboard-summary">
        {t('summary', { year: d.year, total: d.indicators.length, met, notMet })}
        {unknown > 0 && t('summaryUnknown', { count: unknown })}
        {isFetching && <span className="muted"> · {t('common.loading', { ns: 'translation' })}</span>}
      </p>
      <div className="indicator-grid" data-testid="indicator-grid">
        {shown.map((def) => (
          <IndicatorCard key={def.key} def={def} item={byKey.get(def.key)!} dashboard={d} />
        ))}
      </div>
    </section>
  );
}

function IndicatorCard({ def, item, dashboard }: { def: IndicatorDefinition; item: IndicatorData; dashboard: Dashboard }) {
  const { t, i18n: current } = useTranslation(NS);
  const { format, unit } = useMemo(() => formatterFor(def), [def, current.language]);
  const show = (v: number | null) => (v === null ? '—' : format(v));
  const status = item.met === true ? 'met' : item.met === false ? 'notMet' : 'unknown';
  const percent = item.progress === null ? null : Math.round(item.progress * 100);
  const color = status === 'met' ? MET_COLOR : NOT_MET_COLOR;
  // two kinds of percentage: of the target itself (a count or rate to reach), or of the planned increase over the baseline
  const progressKind = def.kind === 'DELTA' || def.kind === 'GROWTH' ? 'progressOfIncrease' : 'progressOfTarget';
  const progressLabel = `${pick(def.label)}：${t(`${progressKind}Label`)}`;
  const kind: 'bar' | 'line' = def.kind === 'COUNT' || def.kind === 'DELTA' ? 'bar' : 'line';
  const points = item.trend;
  return (
    <article className={`indicator-card ${status}`} data-testid={`indicator-${def.key}`} data-met={String(item.met)}>
      <header>
        <h3 title={pick(def.description)}>{pick(def.label)}</h3>
        <span className={`status status-${status}`} data-testid="indicator-status">
          {status === 'met' ? `✓ ${t('met')}` : status === 'notMet' ? `✗ ${t('notMet')}` : `— ${t('unknown')}`}
        </span>
      </header>
      <dl className="ind-figures">
        <div>
          <dt>{t('baseline', { year: dashboard.baselineYear })}</dt>
          <dd data-testid="indicator-baseline">
            {show(item.baseline)}
            <small>{unit}</small>
          </dd>
        </div>
        <div className="current">
          <dt>{t('current', { year: dashboard.year })}</dt>
          <dd data-testid="indicator-value">
            {show(item.value)}
            <small>{unit}</small>
          </dd>
        </div>
        <div>
          <dt>{t('target', { year: dashboard.targetYear })}</dt>
          <dd data-testid="indicator-target">
            {show(item.target)}
            <small>{unit}</small>
          </dd>
        </div>
      </dl>
      <div className="progress" data-kind={progressKind}>
        <div className="progress-track" role="progressbar" aria-label={progressLabel} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent === null ? undefined : Math.min(100, percent)} aria-valuetext={percent === null ? t('unknown') : t(progressKind, { percent })}>
          <div className="progress-fill" style={{ width: `${Math.min(100, Math.max(0, percent ?? 0))}%`, background: color }} />
        </div>
        <span className="progress-text" style={{ color }} data-testid="indicator-progress">
          {percent === null ? '—' : t(progressKind, { percent })}
        </span>
      </div>
      <p className="policy">{t('policy', { kind: pick(TARGET_KIND_LABELS[def.kind]), figure: policyFigure(def) })}</p>
      <TrendChart
        points={points}
        kind={kind}
        target={item.target}
        baselineYear={dashboard.baselineYear}
        year={dashboard.year}
        color={color}
        format={format}
        targetLabel={t('trendTarget')}
        ariaLabel={`${pick(def.label)} ${t('trend')}`}
      />
      <details className="how">
        <summary>{t('howComputed')}</summary>
        <p>{pick(def.description)}</p>
      </details>
    </article>
  );
}
