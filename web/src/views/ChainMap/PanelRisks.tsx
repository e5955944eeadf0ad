import { useTranslation } from 'react-i18next';
import { useGql } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { figureOrBand, wan } from '../../lib/format';
import { RISK_PAGE_QUERY, type ChainReport, type Firm, type Segment } from './queries';
import { WhatIfButton } from './WhatIfButton';

const SHOWN_RISKS = 6;

/** The segment's largest single sources in its panel (the report carries only the first page of all segments'). */
export function PanelRisks({
  segment: s,
  report,
  picked,
  onWhatIf,
  onShowAll,
}: {
  segment: Segment;
  report: ChainReport;
  picked: ReadonlySet<string>;
  onWhatIf: (firm: Firm) => void;
  onShowAll: (segmentId: string) => void;
}) {
  const { t } = useTranslation('chainMap');
  const riskPage = useGql(
    RISK_PAGE_QUERY,
    { clusterId: report.clusterId, year: report.year, scope: report.scope, first: SHOWN_RISKS, offset: 0, segmentId: s.segmentId },
    { enabled: s.singleSourceRiskCount > 0, retry: false },
  );
  const risks = riskPage.data?.chainGapReport?.singleSourceRisks ?? [];
  return (
    <section>
      <h4>{t('panel.risks')}</h4>
      {s.singleSourceRiskCount === 0 ? (
        <p className="muted">{t('panel.noRisks')}</p>
      ) : riskPage.error ? (
        <ErrorMessage error={riskPage.error} onRetry={() => void riskPage.refetch()} />
      ) : riskPage.isLoading ? (
        <Loading compact />
      ) : (
        <ul className="risk-list" data-testid="panel-risks">
          {risks.map((r) => (
            <li key={`${r.buyerCode}|${r.supplierCode}`}>
              <div>{t('panel.riskRow', { buyer: r.buyerName, supplier: r.supplierName ?? t('panel.hiddenSupplier') })}</div>
              <div className="supplier-meta">
                <span className={`ca-chip ${r.supplierLocal ? 'local' : 'outside'}`}>
                  {r.supplierLocal ? t('firm.local') : t('firm.outside')}
                </span>{' '}
                {figureOrBand(r.value, r.valueBand, (v) => t('panel.yuanWan', { value: wan(v, 0) }))}
                {r.supplierCode && r.supplierName && (
                  <>
                    {' · '}
                    <WhatIfButton
                      firm={{ creditCode: r.supplierCode, name: r.supplierName, local: r.supplierLocal, chainLeader: false }}
                      picked={picked}
                      onWhatIf={onWhatIf}
                    />
                  </>
                )}
              </div>
            </li>
          ))}
          {s.singleSourceRiskCount > risks.length && (
            <li className="muted">
              {t('panel.moreRisks', { total: s.singleSourceRiskCount, count: s.singleSourceRiskCount - risks.length })}{' '}
              <button type="button" className="link-button" onClick={() => onShowAll(s.segmentId)}>
                {t('panel.showAll')}
              </button>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
