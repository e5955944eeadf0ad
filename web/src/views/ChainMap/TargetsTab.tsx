import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PIPELINE_STATUS_LABELS } from '#shared/labels.js';
import { LOCAL_SCOPE_LABELS } from '#shared/regions.js';
import { PAGE_SIZE, Pager, usePaged } from '../../components/Pager';
import { StatusTag } from '../../components/StatusTag';
import { SegmentFilter, type SegmentFilterProps } from '../../components/SegmentFilter';
import { downloadCsv, fileSafe, today } from '../../graph/export';
import { pick } from '../../i18n';
import { place, wan } from '../../lib/format';
import type { Candidate } from '../../components/AddToListDialog';
import './forward/messages';
import type { ChainReport, Target } from './queries';
import { useSelection } from '../../hooks/useSelection';
import { targetCells } from '../../lib/targets';

const keyOf = (x: { creditCode: string; segmentId: string }) => `${x.creditCode}|${x.segmentId}`;

/** The targets of the filter, the page shown, the ticked rows and the CSV: what the targets tab draws. */
function useTargets(report: ChainReport, segmentFilter: string | null) {
  const { t, i18n } = useTranslation('chainMap');
  // reasons are written by the server in both languages; lists keep the Chinese one
  const reasonOf = (x: Target) => (i18n.language === 'en' ? x.reasonEn : x.reason);
  const rows = useMemo(
    () => report.investmentTargets.filter((x) => !segmentFilter || x.segmentId === segmentFilter),
    [report, segmentFilter],
  );
  const paged = usePaged(rows, segmentFilter);
  const selection = useSelection();
  const gapSegments = report.segments.filter((s) => report.investmentTargets.some((x) => x.segmentId === s.segmentId));
  const candidates = (): Candidate[] =>
    report.investmentTargets
      .filter((x) => selection.chosen.has(keyOf(x)))
      .map((x) => ({ creditCode: x.creditCode, name: x.name, segmentId: x.segmentId, reason: x.reason }));
  const exportCsv = () =>
    downloadCsv(
      `${fileSafe(report.clusterName)}-${t('csv.targets')}-${pick(LOCAL_SCOPE_LABELS[report.scope])}-${today()}.csv`,
      [
        t('targets.rank'),
        t('targets.firm'),
        t('csv.creditCode'),
        t('targets.place'),
        t('targets.segment'),
        t('targets.status'),
        t('targets.inflow'),
        t('targets.buyers'),
        t('targets.onLists'),
        t('targets.reason'),
      ],
      rows.map((x) => [
        ...targetCells(x),
        x.onLists.map((l) => t('targets.onList', { list: l.listName, status: pick(PIPELINE_STATUS_LABELS[l.status]) })).join('；'),
        reasonOf(x),
      ]),
    );
  return { rows, paged, selection, gapSegments, candidates, exportCsv, reasonOf };
}

interface Props extends SegmentFilterProps {
  report: ChainReport;
  onAddToList: (candidates: Candidate[]) => void;
  /** 若引进此企业 */
  onAttract: (creditCode: string) => void;
}

/** 补链招商目标: the ranked outside suppliers of missing and weak segments, paged, with CSV and "add to list". */
export function TargetsTab({ report, segmentFilter, onSegmentFilter, onAddToList, onAttract }: Props) {
  const { t } = useTranslation('chainMap');
  const { rows, paged, selection, gapSegments, candidates, exportCsv, reasonOf } = useTargets(report, segmentFilter);
  if (report.investmentTargetsHidden)
    return (
      <p className="muted" role="note">
        {t('targets.hidden')}
      </p>
    );
  if (report.investmentTargets.length === 0) return <p className="muted">{t('targets.empty')}</p>;
  const visibleKeys = paged.visible.map(keyOf);
  return (
    <div data-testid="targets-tab">
      {/* sticky: the add-to-list button stays in view while rows further down are ticked */}
      <div className="list-toolbar sticky-toolbar" data-testid="targets-toolbar">
        <SegmentFilter
          segmentFilter={segmentFilter}
          onSegmentFilter={onSegmentFilter}
          items={gapSegments}
          itemValue={(s) => s.segmentId}
          itemLabel={(s) => s.name}
        />
        <span className="muted">
          {t('targets.summary', { count: rows.length })}
          {rows.length > PAGE_SIZE ? t('targets.paged', { size: PAGE_SIZE }) : ''}
        </span>
        <span className="spacer" />
        <button type="button" className="primary" disabled={selection.chosen.size === 0} onClick={() => onAddToList(candidates())}>
          {t('targets.add', { count: selection.chosen.size })}
        </button>
        <button type="button" onClick={exportCsv}>
          {t('targets.exportCsv')}
        </button>
      </div>
      <table className="ca-table cards-on-phone">
        <thead>
          <tr>
            <th className="check">
              <input
                type="checkbox"
                aria-label={t('targets.select')}
                checked={selection.allOf(visibleKeys)}
                onChange={(e) => selection.setMany(visibleKeys, e.target.checked)}
              />
            </th>
            <th className="num">{t('targets.rank')}</th>
            <th>{t('targets.firm')}</th>
            <th>{t('targets.place')}</th>
            <th>{t('targets.segment')}</th>
            <th className="num">{t('targets.inflow')}</th>
            <th className="num">{t('targets.buyers')}</th>
            <th>{t('targets.onLists')}</th>
            <th>{t('targets.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {paged.visible.map((x) => (
            <TargetRow
              key={keyOf(x)}
              target={x}
              reason={reasonOf(x)}
              chosen={selection.chosen.has(keyOf(x))}
              onToggle={() => selection.toggle(keyOf(x))}
              onAttract={onAttract}
            />
          ))}
        </tbody>
      </table>
      <Pager {...paged} testId="targets-pager" />
    </div>
  );
}

/** One target: tick box, rank, firm, place, segment and status, inflow, buyers, reason and 若引进. */
function TargetRow({
  target: x,
  reason,
  chosen,
  onToggle,
  onAttract,
}: {
  target: Target;
  reason: string;
  chosen: boolean;
  onToggle: () => void;
  onAttract: (creditCode: string) => void;
}) {
  const { t } = useTranslation('chainMap');
  return (
    <tr className={chosen ? 'chosen' : undefined}>
      <td className="check">
        <input type="checkbox" aria-label={x.name} checked={chosen} onChange={onToggle} />
      </td>
      <td className="num rank">{x.rank}</td>
      <td className="card-title">
        <Link to={`/enterprise/${encodeURIComponent(x.creditCode)}`}>{x.name}</Link>
      </td>
      <td data-label={t('targets.place')}>{place(x.city, x.province)}</td>
      <td className="nowrap" data-label={t('targets.segment')}>
        {x.segmentName} <StatusTag status={x.segmentStatus} />
      </td>
      <td className="num" data-label={t('targets.inflow')}>
        {wan(x.inflow, 0)}
      </td>
      <td className="num" data-label={t('targets.buyers')}>
        {x.buyers}
      </td>
      <td data-testid="target-on-lists" data-label={t('targets.onLists')}>
        {x.onLists.length === 0 ? (
          <span className="muted">{t('targets.notOnList')}</span>
        ) : (
          <ul className="plain-list">
            {x.onLists.map((l) => (
              <li key={l.listId}>
                <Link to={`/targets?tab=lists&list=${encodeURIComponent(l.listId)}`} className="on-list">
                  {t('targets.onList', { list: l.listName, status: pick(PIPELINE_STATUS_LABELS[l.status]) })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="reason" data-label={t('targets.reason')}>
        {reason}{' '}
        <button type="button" className="link-button" onClick={() => onAttract(x.creditCode)}>
          {t('attract.button', { ns: 'chainForward' })}
        </button>
      </td>
    </tr>
  );
}
