import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { place } from '../../lib/format';
import type { Candidate } from '../../components/AddToListDialog';
import type { ChainReport, Firm, Segment } from './queries';
import { useSelection } from '../../hooks/useSelection';
import { WhatIfButton } from './WhatIfButton';

const SHOWN_TARGETS = 8;

interface Props {
  segment: Segment;
  report: ChainReport;
  picked: ReadonlySet<string>;
  onWhatIf: (firm: Firm) => void;
  onAddToList: (candidates: Candidate[]) => void;
  onAttract: (creditCode: string) => void;
  onShowAll: (segmentId: string) => void;
}

/**
 * The segment's outside suppliers (招商 targets) in its panel: the first 8, ticked into a list, to the what-ifs.
 * Keyed by the segment where it is drawn, so that the ticks start empty for each segment.
 */
export function PanelTargets({ segment: s, report, picked, onWhatIf, onAddToList, onAttract, onShowAll }: Props) {
  const { t, i18n } = useTranslation('chainMap');
  const targets = useMemo(() => report.investmentTargets.filter((x) => x.segmentId === s.segmentId), [report, s.segmentId]);
  const { chosen, toggle, setMany, clear, allOf } = useSelection();
  const shown = targets.slice(0, SHOWN_TARGETS);
  const shownCodes = shown.map((x) => x.creditCode);
  const isGap = s.status === 'MISSING' || s.status === 'WEAK';
  const body = report.investmentTargetsHidden ? (
    <p className="muted" role="note">
      {t('targets.hidden')}
    </p>
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
              <span className="supplier-reason">{i18n.language === 'en' ? x.reasonEn : x.reason}</span>{' '}
              <WhatIfButton
                firm={{ creditCode: x.creditCode, name: x.name, local: false, chainLeader: false, city: x.city, province: x.province }}
                picked={picked}
                onWhatIf={onWhatIf}
              />{' '}
              <button type="button" className="link-button" onClick={() => onAttract(x.creditCode)} data-testid="attract-button">
                {t('attract.button', { ns: 'chainForward' })}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div className="panel-actions">
        <label className="select-all">
          <input type="checkbox" checked={allOf(shownCodes)} onChange={(e) => (e.target.checked ? setMany(shownCodes, true) : clear())} />
          {t('panel.selectAll')}
        </label>
        <button
          type="button"
          className="primary"
          disabled={chosen.size === 0}
          onClick={() =>
            onAddToList(
              shown
                .filter((x) => chosen.has(x.creditCode))
                .map((x) => ({ creditCode: x.creditCode, name: x.name, segmentId: x.segmentId, reason: x.reason })),
            )
          }
        >
          {chosen.size > 0 ? t('panel.addSelected', { count: chosen.size }) : t('panel.addToList')}
        </button>
      </div>
      {targets.length > SHOWN_TARGETS && (
        <p className="muted">
          {t('panel.moreTargets', { count: targets.length - SHOWN_TARGETS })}{' '}
          <button type="button" className="link-button" onClick={() => onShowAll(s.segmentId)}>
            {t('panel.showAll')}
          </button>
        </p>
      )}
    </>
  );
  return (
    <section>
      <h4>
        {t('panel.outsideSuppliers')} <small className="muted">{targets.length > 0 ? t('panel.outsideHint') : ''}</small>
      </h4>
      {body}
    </section>
  );
}
