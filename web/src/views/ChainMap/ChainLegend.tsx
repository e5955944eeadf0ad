import { useTranslation } from 'react-i18next';
import { GAP_STATUSES, type GapStatus } from '#shared/enums.js';
import { GAP_STATUS_LABELS } from '#shared/labels.js';
import { STATUS_COLORS } from '../../graph/palette';
import { pick } from '../../i18n';
import { percent } from '../../lib/format';
import { AFFECTED_COLOR, CHANGE_COLORS, SELECTED_COLOR, STATUS_BORDERS } from './chainElements';
import './forward/messages';
import { STATUS_FILLS } from '../../graph/palette';

/** The legend under the chain map: statuses (colour, border and count), marks, and the comparison's marks when one is shown. */
export function ChainLegend({
  counts,
  singleSourceShare,
  affected,
  comparing,
}: {
  counts: Record<GapStatus, number>;
  /** thresholds.singleSourceShare: the ⚠ rule */
  singleSourceShare: number;
  affected: boolean;
  comparing: boolean;
}) {
  const { t } = useTranslation('chainMap');
  return (
    <div className="chain-legend" aria-label={t('legend.title')} data-testid="chain-legend">
      <strong>{t('legend.title')}</strong>
      {GAP_STATUSES.map((s) => (
        <span key={s} className="legend-item">
          <span
            className="legend-card"
            style={{
              background: STATUS_FILLS[s],
              borderColor: STATUS_COLORS[s],
              borderStyle: STATUS_BORDERS[s].style,
              borderWidth: Math.min(STATUS_BORDERS[s].width, 5),
            }}
          />
          {pick(GAP_STATUS_LABELS[s])}
          <span className="muted">{t(`legend.${s.toLowerCase()}`)}</span>
          <span className="count">{counts[s]}</span>
        </span>
      ))}
      <span className="legend-item" data-testid="legend-at-risk">
        {t('legend.atRisk', { share: percent(singleSourceShare) })}
      </span>
      <span className="legend-item">
        <span className="legend-dot" style={{ background: SELECTED_COLOR }} />
        {t('legend.selected')}
      </span>
      {affected && (
        <span className="legend-item">
          <span className="legend-dot" style={{ background: AFFECTED_COLOR }} />
          {t('legend.affected')}
        </span>
      )}
      {comparing && (
        <span className="legend-item" data-testid="legend-evolution">
          <span className="legend-dot" style={{ background: CHANGE_COLORS.healed }} />
          <span className="legend-dot" style={{ background: CHANGE_COLORS.fresh }} />
          <span className="legend-dot" style={{ background: CHANGE_COLORS.persistent }} />
          {t('evolution.legend', { ns: 'chainForward' })}
        </span>
      )}
      <span className="legend-item muted" data-testid="legend-firms">
        {t('legend.firms')}
      </span>
      <span className="legend-item muted">{t('legend.flow')}</span>
    </div>
  );
}
