import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { figureOrBand, percent, wan, yi } from '../../lib/format';
import type { Segment } from './queries';

/** The figures of one segment in its panel: local and cluster firms, inflow, local supply ratio, suppliers, the largest supplier. */
export function SegmentFigures({ segment: s, topSupplierAction }: { segment: Segment; topSupplierAction: ReactNode }) {
  const { t } = useTranslation('chainMap');
  const revenue = (value: number | null, band: string | null) => figureOrBand(value, band, (v) => t('panel.yiValue', { value: yi(v) }));
  const inflow = (value: number | null, band: string | null) => figureOrBand(value, band, (v) => t('panel.yuanWan', { value: wan(v, 0) }));
  return (
    <section>
      <h4>{t('panel.figures')}</h4>
      <dl className="figures">
        <dt>{t('panel.localFirms')}</dt>
        <dd>
          <strong>{t('panel.firmsValue', { count: s.localFirms })}</strong>
          <small>
            {t('panel.firmsDetail', {
              srdi: s.localSrdiFirms,
              leaders: s.localChainLeaders,
              revenue: revenue(s.localRevenue, s.localRevenueBand),
            })}
          </small>
        </dd>
        <dt>{t('panel.clusterFirms')}</dt>
        <dd>
          <strong>{t('panel.firmsValue', { count: s.clusterFirms })}</strong>
          <small>
            {t('panel.firmsDetail', {
              srdi: s.clusterSrdiFirms,
              leaders: s.clusterChainLeaders,
              revenue: revenue(s.clusterRevenue, s.clusterRevenueBand),
            })}
          </small>
        </dd>
        <dt>{t('panel.inflow')}</dt>
        <dd>
          {inflow(s.inflow, s.inflowBand)}
          <small>
            {t('panel.localInflow')} {inflow(s.localInflow, s.localInflowBand)}
          </small>
        </dd>
        <dt>{t('panel.ratio')}</dt>
        <dd>
          <strong data-testid="panel-ratio">
            {s.localSupplyRatio === null || s.localSupplyRatio === undefined ? t('node.noInflow') : percent(s.localSupplyRatio)}
          </strong>
        </dd>
        <dt>{t('panel.suppliers')}</dt>
        <dd>{t('panel.suppliersValue', { suppliers: s.supplierCount, buyers: s.buyerCount })}</dd>
        {s.topSupplierCode && s.topSupplierName && (
          <>
            <dt>{t('panel.topSupplier')}</dt>
            <dd>
              <Link to={`/enterprise/${encodeURIComponent(s.topSupplierCode)}`}>{s.topSupplierName}</Link>
              <small>
                {percent(s.topSupplierShare)} · {topSupplierAction}
              </small>
            </dd>
          </>
        )}
      </dl>
      <p className="hint firms-note" data-testid="panel-firms-note">
        {t('panel.firmsNote')}
      </p>
    </section>
  );
}
