import { useTranslation } from 'react-i18next';
import { GAP_STATUS_LABELS, STAGE_LABELS } from '#shared/labels.js';
import { pick } from '../../i18n';
import { percent } from '../../lib/format';
import type { Segment } from './queries';
import { STATUS_SYMBOLS } from '../../graph/palette';

/**
 * The chain map as a list (keyboard and screen readers; phones): every segment with its stage,
 * status and figures; choosing one opens the same panel as a click on its card.
 */
export function SegmentList({
  segments,
  chosen,
  onChoose,
}: {
  segments: readonly Segment[];
  chosen: string | null;
  onChoose: (segmentId: string) => void;
}) {
  const { t } = useTranslation('chainMap');
  return (
    <details className="graph-list" data-testid="segment-list">
      <summary>{t('segmentList.heading', { count: segments.length })}</summary>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('segmentList.segment')}</th>
              <th scope="col">{t('segmentList.stage')}</th>
              <th scope="col">{t('segmentList.status')}</th>
              <th scope="col" className="num">
                {t('segmentList.localFirms')}
              </th>
              <th scope="col" className="num">
                {t('segmentList.clusterFirms')}
              </th>
              <th scope="col" className="num">
                {t('segmentList.ratio')}
              </th>
            </tr>
          </thead>
          <tbody>
            {segments.map((s) => (
              <tr key={s.segmentId} data-status={s.status} className={chosen === s.segmentId ? 'chosen' : undefined}>
                <th scope="row">
                  <button type="button" className="link-button" aria-pressed={chosen === s.segmentId} onClick={() => onChoose(s.segmentId)}>
                    {s.name}
                  </button>
                  {s.singleSourceAtRisk && (
                    <span className="single-badge" data-testid="segment-at-risk">
                      {' '}
                      {t('node.atRisk')}
                    </span>
                  )}
                </th>
                <td>{pick(STAGE_LABELS[s.stage])}</td>
                <td>
                  {STATUS_SYMBOLS[s.status]} {pick(GAP_STATUS_LABELS[s.status])}
                </td>
                <td className="num">{s.localFirms}</td>
                <td className="num">{s.clusterFirms}</td>
                <td className="num">
                  {s.localSupplyRatio === null || s.localSupplyRatio === undefined ? '—' : percent(s.localSupplyRatio)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
