import { useTranslation } from 'react-i18next';
import { STAGE_LABELS } from '#shared/labels.js';
import { StatusTag } from '../../components/StatusTag';
import { pick } from '../../i18n';
import { percent } from '../../lib/format';
import type { Candidate } from '../../components/AddToListDialog';
import { LocalSubstitutes } from './forward/LocalSubstitutes';
import { PanelRisks } from './PanelRisks';
import { PanelTargets } from './PanelTargets';
import type { ChainReport, Firm, Segment } from './queries';
import { SegmentFigures } from './SegmentFigures';
import { SegmentFirms } from './SegmentFirms';
import { RemoveFromSegment, SegmentAssign, useSegmentMembership, useSegmentScope } from './SegmentMembership';
import { WhatIfButton } from './WhatIfButton';

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

/** The side panel of one segment: its figures, its firms, local substitutes, its outside suppliers (招商 targets), its single sources. */
export function SegmentPanel({
  segment: s,
  report,
  picked,
  onClose,
  onWhatIf,
  onAddToList,
  onAttract,
  onShowAllTargets,
  onShowAllRisks,
}: Props) {
  const { t } = useTranslation('chainMap');
  const editScope = useSegmentScope(report.clusterId);
  const membership = useSegmentMembership(s.segmentId);
  const isGap = s.status === 'MISSING' || s.status === 'WEAK';
  const topSupplier =
    s.topSupplierCode && s.topSupplierName
      ? { creditCode: s.topSupplierCode, name: s.topSupplierName, local: null, chainLeader: false }
      : null;

  return (
    <aside className="segment-panel" aria-label={s.name} data-testid="segment-panel">
      <header>
        <div>
          <h3>{s.name}</h3>
          <div className="panel-sub">
            <span className="seg-id">{s.segmentId}</span> · {pick(STAGE_LABELS[s.stage])} · <StatusTag status={s.status} />
            {s.singleSourceAtRisk && <span className="single-badge">{t('node.atRisk')}</span>}
            {s.singlePoint && <span className="single-badge">{t('node.singlePoint')}</span>}
          </div>
        </div>
        <button type="button" className="close" aria-label={t('panel.close')} onClick={onClose}>
          ✕
        </button>
      </header>

      {s.singlePoint && <p className="warning">{t('panel.singlePointWarning', { share: percent(s.topSupplierShare) })}</p>}

      <SegmentFigures
        segment={s}
        topSupplierAction={topSupplier && <WhatIfButton firm={topSupplier} picked={picked} onWhatIf={onWhatIf} />}
      />

      <section>
        <h4>
          {t('firms.title')} <small className="muted">{s.clusterFirms > 0 ? t('firms.count', { count: s.clusterFirms }) : ''}</small>
        </h4>
        <SegmentFirms
          report={report}
          segmentId={s.segmentId}
          count={s.clusterFirms}
          actions={
            editScope.canWrite
              ? (firm) => (
                  <RemoveFromSegment
                    firm={firm}
                    scope={editScope}
                    busy={membership.busy}
                    onRemove={() => void membership.set(firm, false)}
                  />
                )
              : undefined
          }
        />
        <SegmentAssign scope={editScope} membership={membership} />
      </section>

      {/* look inside the city before looking outside */}
      {(isGap || s.singleSourceRiskCount > 0) && (
        <LocalSubstitutes clusterId={report.clusterId} segmentId={s.segmentId} year={report.year} scope={report.scope} />
      )}

      <PanelTargets
        key={s.segmentId}
        segment={s}
        report={report}
        picked={picked}
        onWhatIf={onWhatIf}
        onAddToList={onAddToList}
        onAttract={onAttract}
        onShowAll={onShowAllTargets}
      />

      <PanelRisks segment={s} report={report} picked={picked} onWhatIf={onWhatIf} onShowAll={onShowAllRisks} />
    </aside>
  );
}
