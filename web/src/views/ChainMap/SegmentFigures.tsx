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
  // the segment's firms, local or all the cluster's, with their 专精特新 firms, 链主 and revenue
  const firms = (of: 'local' | 'cluster') => (
    <>
      <dt>{t(`panel.${of}Firms`)}</dt>
      <dd>
        <strong>{t('panel.firmsValue', { count: s[`${of}Firms` as const] })}</strong>
        <small>
          {t('panel.firmsDetail', {
            srdi: s[`${of}SrdiFirms` as const],
            leaders: s[`${of}ChainLeaders` as const],
            revenue: revenue(s[`${of}Revenue` as const], s[`${of}RevenueBand` as const]),
          })}
        </small>
      </dd>
    </>
  );
  return (
    <section>
      <h4>{t('panel.figures')}</h4>
      <dl className="figures">
        {firms('local')}
        {firms('cluster')}
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
