import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GapStatus } from '#shared/enums.js';
import type { LocalScope } from '../../gql/graphql';
import { CLUSTER_LEVEL_LABELS } from '#shared/labels.js';
import { LEVEL_COLORS } from '../../graph/palette';
import { pick } from '../../i18n';
import { percent } from '../../lib/format';
import { compareLink } from '../../lib/links';
import { EvolutionSummary } from './forward/EvolutionTab';
import type { Evolution } from './forward/queries';
import type { ChainCluster, ChainReport } from './queries';
import { ScopeSwitch } from '../../components/ScopeSwitch';

interface Props {
  report: ChainReport;
  cluster: ChainCluster;
  counts: Record<GapStatus, number>;
  years: number[];
  evolution: Evolution | undefined;
  fetching: boolean;
  onYear: (year: number) => void;
  /** where a firm counts as local (kept in the link) */
  onScope: (scope: LocalScope) => void;
  /** null while there is nothing to export */
  onExport: ((kind: 'png' | 'svg') => void) | null;
}

/** The chain map's header: cluster, level, chain, year, exports; completeness, gaps and the thresholds behind them. */
export function ChainHeader({ report, cluster, counts, years, evolution, fetching, onYear, onScope, onExport }: Props) {
  const { t } = useTranslation('chainMap');
  const latest = years[0] ?? null;
  const th = report.thresholds;
  return (
    <header className="view-header chain-header">
      <div className="title-row">
        <h2 data-testid="chain-title">{report.clusterName}</h2>
        {cluster && (
          <span
            className="level-tag"
            style={{ borderColor: LEVEL_COLORS[cluster.level], color: LEVEL_COLORS[cluster.level] }}
            data-testid="chain-level"
          >
            {pick(CLUSTER_LEVEL_LABELS[cluster.level])}
          </span>
        )}
        <span className="muted">
          {cluster?.county ? `${cluster.county} · ` : ''}
          {report.chainName ?? ''}
        </span>
        {report.chainId && (
          <Link to={compareLink(report.chainId, { year: report.year, scope: report.scope })} data-testid="chain-compare-link">
            {t('header.compare')}
          </Link>
        )}
        <span className="spacer" />
        <ScopeSwitch scope={report.scope} onChange={onScope} />
        <label className="year-select">
          {t('header.year')}{' '}
          <select
            value={report.year ?? ''}
            onChange={(e) => onYear(Number(e.target.value))}
            data-testid="year-select"
            disabled={years.length === 0}
          >
            {years.length === 0 && <option value="">{t('header.noYear')}</option>}
            {years.map((y) => (
              <option key={y} value={y}>
                {y === latest ? t('header.yearLatest', { year: y }) : t('header.yearOption', { year: y })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => onExport?.('png')} disabled={!onExport}>
          {t('header.exportPng')}
        </button>
        <button type="button" onClick={() => onExport?.('svg')} disabled={!onExport}>
          {t('header.exportSvg')}
        </button>
        <Link className="button" to="/chain">
          {t('header.switchCluster')}
        </Link>
      </div>
      <p className="summary kpis">
        <strong className="completeness" data-testid="completeness">
          {t('header.completeness', { value: percent(report.completeness) })}
        </strong>
        <span>{t('header.segments', { count: report.segments.length })}</span>
        <span>{t('header.gaps', { missing: counts.MISSING, weak: counts.WEAK })}</span>
        {report.figuresYear && <span className="muted">{t('header.figuresYear', { year: report.figuresYear })}</span>}
        {fetching && <span className="muted">{t('common.loading', { ns: 'translation' })}</span>}
      </p>
      {evolution && <EvolutionSummary evolution={evolution} />}
      <p className="hint" data-testid="thresholds">
        {t('header.thresholds', {
          weak: percent(th.weakLocalSupplyRatio),
          strong: percent(th.strongLocalSupplyRatio),
          minFirms: th.strongMinLocalFirms,
          single: percent(th.singlePointShare),
          singleSource: percent(th.singleSourceShare),
        })}
      </p>
    </header>
  );
}
