import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { STAGE_LABELS } from '#shared/labels.js';
import { useGql } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { pick } from '../../i18n';
import { figureOrBand, percent, place, wan, yi } from '../../lib/format';
import type { Candidate } from '../Targets/queries';
import { StatusTag } from '../../components/StatusTag';
import { LocalSubstitutes } from './forward/LocalSubstitutes';
import { SegmentFirms } from './SegmentFirms';
import { RemoveFromSegment, SegmentAssign, useSegmentMembership, useSegmentScope } from './SegmentMembership';
import { RISK_PAGE_QUERY, type ChainReport, type Firm, type Segment } from './queries';

const SHOWN_TARGETS = 8;
const SHOWN_RISKS = 6;

interface Props {
  segment: Segment;
  report: ChainReport;
  /** credit codes chosen for the what-if */
  picked: ReadonlySet<string>;
  onClose: () => void;
  onWhatIf: (firm: Firm) => void;
  onAddToList: (candidates: Candidate[]) => void;
  /** 若引进此企业: the attract what-if of an outside supplier */
  onAttract: (creditCode: string) => void;
  onShowAllTargets: (segmentId: string) => void;
  onShowAllRisks: (segmentId: string) => void;
}

/** The side panel of one segment: its figures, its outside suppliers (招商 targets), its single sources. */
export function SegmentPanel({ segment: s, report, picked, onClose, onWhatIf, onAddToList, onAttract, onShowAllTargets, onShowAllRisks }: Props) {
  const { t, i18n } = useTranslation('chainMap');
  const targets = useMemo(() => report.investmentTargets.filter((x) => x.segmentId === s.segmentId), [report, s.segmentId]);
  // the segment's largest single sources (the report carries only the first page of all segments')
  const riskPage = useGql(
    RISK_PAGE_QUERY,
    { clusterId: report.clusterId, year: report.year, first: SHOWN_RISKS, offset: 0, segmentId: s.segmentId },
    { enabled: s.singleSourceRiskCount > 0, retry: false },
  );
  const risks = riskPage.data?.chainGapReport.singleSourceRisks ?? [];
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  useEffect(() => setChosen(new Set()), [s.segmentId]);
  const shown = targets.slice(0, SHOWN_TARGETS);
  const editScope = useSegmentScope(report.clusterId);
  const membership = useSegmentMembership(s.segmentId);
  const isGap = s.status === 'MISSING' || s.status === 'WEAK';

  const toggle = (code: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });

  const whatIfButton = (firm: Firm) =>
    picked.has(firm.creditCode) ? (
      <span className="in-whatif">{t('panel.inWhatIf')}</span>
    ) : (
      <button type="button" className="link-button" onClick={() => onWhatIf(firm)}>
        {t('panel.toWhatIf')}
      </button>
    );

  return (
    <aside className="segment-panel" aria-label={s.name} data-testid="segment-panel">
      <header>
        <div>
          <h3>{s.name}</h3>
          <div className="panel-sub">
            <span className="seg-id">{s.segmentId}</span> · {pick(STAGE_LABELS[s.stage])} · <StatusTag status={s.status} />
            {s.singlePoint && <span className="single-badge">{t('node.singlePoint')}</span>}
          </div>
        </div>
        <button type="button" className="close" aria-label={t('panel.close')} onClick={onClose}>
          ✕
        </button>
      </header>

      {s.singlePoint && <p className="warning">{t('panel.singlePointWarning', { share: percent(s.topSupplierShare) })}</p>}

      <section>
        <h4>{t('panel.figures')}</h4>
        <dl className="figures">
          <dt>{t('panel.localFirms')}</dt>
          <dd>
            <strong>{t('panel.firmsValue', { count: s.localFirms })}</strong>
            <small>{t('panel.firmsDetail', { srdi: s.localSrdiFirms, leaders: s.localChainLeaders, revenue: figureOrBand(s.localRevenue, s.localRevenueBand, (v) => t('panel.yiValue', { value: yi(v) })) })}</small>
          </dd>
          <dt>{t('panel.clusterFirms')}</dt>
          <dd>
            <strong>{t('panel.firmsValue', { count: s.clusterFirms })}</strong>
            <small>{t('panel.firmsDetail', { srdi: s.clusterSrdiFirms, leaders: s.clusterChainLeaders, revenue: figureOrBand(s.clusterRevenue, s.clusterRevenueBand, (v) => t('panel.yiValue', { value: yi(v) })) })}</small>
          </dd>
          <dt>{t('panel.inflow')}</dt>
          <dd>
            {figureOrBand(s.inflow, s.inflowBand, (v) => t('panel.yuanWan', { value: wan(v, 0) }))}
            <small>
              {t('panel.localInflow')} {figureOrBand(s.localInflow, s.localInflowBand, (v) => t('panel.yuanWan', { value: wan(v, 0) }))}
            </small>
          </dd>
          <dt>{t('panel.ratio')}</dt>
          <dd>
            <strong data-testid="panel-ratio">{s.localSupplyRatio === null || s.localSupplyRatio === undefined ? t('node.noInflow') : percent(s.localSupplyRatio)}</strong>
          </dd>
          <dt>{t('panel.suppliers')}</dt>
          <dd>{t('panel.suppliersValue', { suppliers: s.supplierCount, buyers: s.buyerCount })}</dd>
          {s.topSupplierCode && s.topSupplierName && (
            <>
              <dt>{t('panel.topSupplier')}</dt>
              <dd>
                <Link to={`/enterprise/${encodeURIComponent(s.topSupplierCode)}`}>{s.topSupplierName}</Link>
                <small>
                  {percent(s.topSupplierShare)} · {whatIfButton({ creditCode: s.topSupplierCode, name: s.topSupplierName, local: null, chainLeader: false })}
                </small>
              </dd>
            </>
          )}
        </dl>
      </section>

      <section>
        <h4>
          {t('firms.title')} <small className="muted">{s.clusterFirms > 0 ? t('firms.count', { count: s.clusterFirms }) : ''}</small>
        </h4>
        <SegmentFirms
          report={report}
          segmentId={s.segmentId}
          count={s.clusterFirms}
          actions={editScope.canWrite ? (firm) => <RemoveFromSegment firm={firm} scope={editScope} busy={membership.busy} onRemove={() => void membership.set(firm, false)} /> : undefined}
        />
        <SegmentAssign scope={editScope} membership={membership} />
      </section>

      {/* look inside the city before looking outside */}
      {(isGap || s.singleSourceRiskCount > 0) && <LocalSubstitutes clusterId={report.clusterId} segmentId={s.segmentId} year={report.year} />}

      <section>
        <h4>
          {t('panel.outsideSuppliers')} <small className="muted">{targets.length > 0 ? t('panel.outsideHint') : ''}</small>
        </h4>
        {report.investmentTargetsHidden ? (
          <p className="muted" role="note">{t('targets.hidden')}</p>
        ) : targets.length === 0 ? (
          <p className="muted">{isGap ? t('panel.noTargetsGap') : t('panel.noTargets')}</p>
        ) : (
          <>
            <ul className="supplier-list" data-testid="panel-suppliers">
              {shown.map((x) => (
                <li key={x.creditCode}>
                  <label>
                    <input type="checkbox" checked={chosen.has(x.creditCode)} onChange={() => toggle(x.creditCode)} aria-label={x.name} />
                    <span className="supplier-name">
                      <Link to={`/enterprise/${encodeURIComponent(x.creditCode)}`}>{x.name}</Link>
                      <span className="supplier-city">{place(x.city, x.province)}</span>
                    </span>
                  </label>
                  <div className="supplier-meta">
                    <span className="supplier-reason">{i18n.language === 'en' ? x.reasonEn : x.reason}</span> {whatIfButton({ creditCode: x.creditCode, name: x.name, local: false, chainLeader: false, city: x.city, province: x.province })}{' '}
                    <button type="button" className="link-button" onClick={() => onAttract(x.creditCode)} data-testid="attract-button">
                      {t('attract.button', { ns: 'chainForward' })}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
            <div className="panel-actions">
              <label className="select-all">
                <input
                  type="checkbox"
                  checked={shown.length > 0 && shown.every((x) => chosen.has(x.creditCode))}
                  onChange={(e) => setChosen(e.target.checked ? new Set(shown.map((x) => x.creditCode)) : new Set())}
                />
                {t('panel.selectAll')}
              </label>
              <button
                type="button"
                className="primary"
                disabled={chosen.size === 0}
                onClick={() => onAddToList(shown.filter((x) => chosen.has(x.creditCode)).map((x) => ({ creditCode: x.creditCode, name: x.name, segmentId: x.segmentId, reason: x.reason })))}
              >
                {chosen.size > 0 ? t('panel.addSelected', { count: chosen.size }) : t('panel.addToList')}
              </button>
            </div>
            {targets.length > SHOWN_TARGETS && (
              <p className="muted">
                {t('panel.moreTargets', { count: targets.length - SHOWN_TARGETS })}{' '}
                <button type="button" className="link-button" onClick={() => onShowAllTargets(s.segmentId)}>
                  {t('panel.showAll')}
                </button>
              </p>
            )}
          </>
        )}
      </section>

      <section>
        <h4>{t('panel.risks')}</h4>
        {s.singleSourceRiskCount === 0 ? (
          <p className="muted">{t('panel.noRisks')}</p>
        ) : riskPage.error ? (
          <ErrorMessage error={riskPage.error} onRetry={() => void riskPage.refetch()} />
        ) : riskPage.isLoading ? (
          <p className="muted">{t('common.loading', { ns: 'translation' })}</p>
        ) : (
          <ul className="risk-list" data-testid="panel-risks">
            {risks.map((r) => (
              <li key={`${r.buyerCode}|${r.supplierCode}`}>
                <div>{t('panel.riskRow', { buyer: r.buyerName, supplier: r.supplierName ?? t('panel.hiddenSupplier') })}</div>
                <div className="supplier-meta">
                  <span className={`ca-chip ${r.supplierLocal ? 'local' : 'outside'}`}>{r.supplierLocal ? t('firm.local') : t('firm.outside')}</span> {figureOrBand(r.value, r.valueBand, (v) => t('panel.yuanWan', { value: wan(v, 0) }))}
                  {r.supplierCode && r.supplierName && (
                    <>
                      {' · '}
                      {whatIfButton({ creditCode: r.supplierCode, name: r.supplierName, local: r.supplierLocal, chainLeader: false })}
                    </>
                  )}
                </div>
              </li>
            ))}
            {s.singleSourceRiskCount > risks.length && (
              <li className="muted">
                {t('panel.moreRisks', { total: s.singleSourceRiskCount, count: s.singleSourceRiskCount - risks.length })}{' '}
                <button type="button" className="link-button" onClick={() => onShowAllRisks(s.segmentId)}>
                  {t('panel.showAll')}
                </button>
              </li>
            )}
          </ul>
        )}
      </section>
    </aside>
  );
}
