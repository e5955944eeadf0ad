import { useTranslation } from 'react-i18next';
import type { IndicatorDefinition } from '#shared/indicators.js';
import { TARGET_KIND_LABELS } from '#shared/labels.js';
import { pick } from '../../i18n';
import { NS } from './messages';
import { formatterFor, policyFigure, type Dashboard, type IndicatorData } from './queries';
import { TrendChart } from './TrendChart';

const MET_COLOR = '#1e8449';
const NOT_MET_COLOR = '#a84f00';

/** One target: its status, baseline / current / target figures, progress bar, policy figure and trend. */
export function IndicatorCard({ def, item, dashboard }: { def: IndicatorDefinition; item: IndicatorData; dashboard: Dashboard }) {
  const { t } = useTranslation(NS);
  // formatterFor reads the current language: the card re-renders when it changes (useTranslation)
  const { format, unit } = formatterFor(def);
  const show = (v: number | null) => (v === null ? '—' : format(v));
  const status = item.met === true ? 'met' : item.met === false ? 'notMet' : 'unknown';
  const color = status === 'met' ? MET_COLOR : NOT_MET_COLOR;
  const figures = [
    { label: t('baseline', { year: dashboard.baselineYear }), value: item.baseline, testId: 'indicator-baseline' },
    { label: t('current', { year: dashboard.year }), value: item.value, testId: 'indicator-value', className: 'current' },
    { label: t('target', { year: dashboard.targetYear }), value: item.target, testId: 'indicator-target' },
  ];
  return (
    <article className={`indicator-card ${status}`} data-testid={`indicator-${def.key}`} data-met={String(item.met)}>
      <header>
        <h3 title={pick(def.description)}>{pick(def.label)}</h3>
        <span className={`status status-${status}`} data-testid="indicator-status">
          {status === 'met' ? `✓ ${t('met')}` : status === 'notMet' ? `✗ ${t('notMet')}` : `— ${t('unknown')}`}
        </span>
      </header>
      <dl className="ind-figures">
        {figures.map((f) => (
          <div key={f.testId} className={f.className}>
            <dt>{f.label}</dt>
            <dd data-testid={f.testId}>
              {show(f.value)}
              <small>{unit}</small>
            </dd>
          </div>
        ))}
      </dl>
      <Progress def={def} progress={item.progress} color={color} />
      <p className="policy">{t('policy', { kind: pick(TARGET_KIND_LABELS[def.kind]), figure: policyFigure(def) })}</p>
      <TrendChart
        points={item.trend}
        kind={def.kind === 'COUNT' || def.kind === 'DELTA' ? 'bar' : 'line'}
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

/**
 * The progress bar and its text. Two kinds of percentage, told apart in the words: of the target itself (a count or
 * rate to reach), or of the planned increase over the baseline (DELTA, GROWTH).
 */
function Progress({ def, progress, color }: { def: IndicatorDefinition; progress: number | null; color: string }) {
  const { t } = useTranslation(NS);
  const percent = progress === null ? null : Math.round(progress * 100);
  const progressKind = def.kind === 'DELTA' || def.kind === 'GROWTH' ? 'progressOfIncrease' : 'progressOfTarget';
  const text = percent === null ? t('unknown') : t(progressKind, { percent });
  return (
    <div className="progress" data-kind={progressKind}>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={`${pick(def.label)}：${t(`${progressKind}Label`)}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent === null ? undefined : Math.min(100, percent)}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ width: `${Math.min(100, Math.max(0, percent ?? 0))}%`, background: color }} />
      </div>
      <span className="progress-text" style={{ color }} data-testid="indicator-progress">
        {percent === null ? '—' : text}
      </span>
    </div>
  );
}
