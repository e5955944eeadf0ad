import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GAP_STATUS_LABELS, STAGE_LABELS } from '#shared/labels.js';
import { SINGLE_SOURCE_RISKS_DEFAULT_PAGE, SINGLE_SOURCE_RISKS_MAX_PAGE } from '#shared/limits.js';
import { gql, useGql } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { asText } from '#shared/spreadsheet.js';
import { downloadCsv, fileSafe, today } from '../../graph/export';
import { risksExportUrl } from './exportLinks';
import { pick } from '../../i18n';
import { figureOrBand, percent, place, wan } from '../../lib/format';
import { PAGE_SIZE, Pager, usePaged } from '../../components/Pager';
import type { Candidate } from '../Targets/queries';
import { RISK_PAGE_QUERY, type ChainReport, type Risk, type Target } from './queries';
import './forward/messages';
import { StatusTag } from '../../components/StatusTag';

/** 补链招商目标: the ranked outside suppliers of missing and weak segments, paged, with CSV and "add to list". */
export function TargetsTab({
  report,
  segmentFilter,
  onSegmentFilter,
  onAddToList,
  onAttract,
}: {
  report: ChainReport;
  segmentFilter: string | null;
  onSegmentFilter: (segmentId: string | null) => void;
  onAddToList: (candidates: Candidate[]) => void;
  /** 若引进此企业 */
  onAttract: (creditCode: string) => void;
}) {
  const { t, i18n } = useTranslation('chainMap');
  // reasons are written by the server in both languages; lists keep the Chinese one
  const reasonOf = (x: Target) => (i18n.language === 'en' ? x.reasonEn : x.reason);
  const rows = useMemo(() => report.investmentTargets.filter((x) => !segmentFilter || x.segmentId === segmentFilter), [report, segmentFilter]);
  const paged = usePaged(rows, segmentFilter);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const key = (x: { creditCode: string; segmentId: string }) => `${x.creditCode}|${x.segmentId}`;
  const gapSegments = report.segments.filter((s) => report.investmentTargets.some((x) => x.segmentId === s.segmentId));

  function exportCsv() {
    downloadCsv(
      `${fileSafe(report.clusterName)}-${t('csv.targets')}-${today()}.csv`,
      [t('targets.rank'), t('targets.firm'), t('csv.creditCode'), t('targets.place'), t('targets.segment'), t('targets.status'), t('targets.inflow'), t('targets.buyers'), t('targets.reason')],
      rows.map((x) => [x.rank, x.name, asText(x.creditCode), place(x.city, x.province), x.segmentName, pick(GAP_STATUS_LABELS[x.segmentStatus]), x.inflow, x.buyers, reasonOf(x)]),
    );
  }

  if (report.investmentTargetsHidden) return <p className="muted" role="note">{t('targets.hidden')}</p>;
  if (report.investmentTargets.length === 0) return <p className="muted">{t('targets.empty')}</p>;
  const visibleKeys = paged.visible.map(key);
  return (
    <div data-testid="targets-tab">
      <div className="list-toolbar">
        <label>
          {t('targets.segmentFilter')}{' '}
          <select value={segmentFilter ?? ''} onChange={(e) => onSegmentFilter(e.target.value || null)}>
            <option value="">{t('targets.allSegments')}</option>
            {gapSegments.map((s) => (
              <option key={s.segmentId} value={s.segmentId}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">
          {t('targets.summary', { count: rows.length })}
          {rows.length > PAGE_SIZE ? t('targets.paged', { size: PAGE_SIZE }) : ''}
        </span>
        <span className="spacer" />
        <button
          type="button"
          className="primary"
          disabled={chosen.size === 0}
          onClick={() => onAddToList(report.investmentTargets.filter((x) => chosen.has(key(x))).map((x) => ({ creditCode: x.creditCode, name: x.name, segmentId: x.segmentId, reason: x.reason })))}
        >
          {t('targets.add', { count: chosen.size })}
        </button>
        <button type="button" onClick={exportCsv}>
          {t('targets.exportCsv')}
        </button>
      </div>
      <table className="ca-table">
        <thead>
          <tr>
            <th className="check">
              <input
                type="checkbox"
                aria-label={t('targets.select')}
                checked={visibleKeys.length > 0 && visibleKeys.every((k) => chosen.has(k))}
                onChange={(e) =>
                  setChosen((prev) => {
                    const next = new Set(prev);
                    for (const k of visibleKeys) {
                      if (e.target.checked) next.add(k);
                      else next.delete(k);
                    }
                    return next;
                  })
                }
              />
            </th>
            <th className="num">{t('targets.rank')}</th>
            <th>{t('targets.firm')}</th>
            <th>{t('targets.place')}</th>
            <th>{t('targets.segment')}</th>
            <th className="num">{t('targets.inflow')}</th>
            <th className="num">{t('targets.buyers')}</th>
            <th>{t('targets.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {paged.visible.map((x) => (
            <tr key={key(x)} className={chosen.has(key(x)) ? 'chosen' : undefined}>
              <td className="check">
                <input
                  type="checkbox"
                  aria-label={x.name}
                  checked={chosen.has(key(x))}
                  onChange={() =>
                    setChosen((prev) => {
                      const next = new Set(prev);
                      if (next.has(key(x))) next.delete(key(x));
                      else next.add(key(x));
                      return next;
                    })
                  }
                />
              </td>
              <td className="num">{x.rank}</td>
              <td>
                <Link to={`/enterprise/${encodeURIComponent(x.creditCode)}`}>{x.name}</Link>
              </td>
              <td>{place(x.city, x.province)}</td>
              <td className="nowrap">
                {x.segmentName} <StatusTag status={x.segmentStatus} />
              </td>
              <td className="num">{wan(x.inflow, 0)}</td>
              <td className="num">{x.buyers}</td>
              <td className="reason">
                {reasonOf(x)}{' '}
                <button type="button" className="link-button" onClick={() => onAttract(x.creditCode)}>
                  {t('attract.button', { ns: 'chainForward' })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager {...paged} testId="targets-pager" />
    </div>
  );
}

/** 延链机会: missing downstream segments, with the count of targets behind each. */
export function ExtensionTab({ report, onShowTargets }: { report: ChainReport; onShowTargets: (segmentId: string) => void }) {
  const { t } = useTranslation('chainMap');
  const ids = new Set(report.extensionOpportunities.map((e) => e.segmentId));
  const rows = report.segments.filter((s) => ids.has(s.segmentId));
  if (rows.length === 0) return <p className="muted">{t('extension.empty')}</p>;
  return (
    <div data-testid="extension-tab">
      <p className="muted">{t('extension.summary')}</p>
      <table className="ca-table">
        <thead>
          <tr>
            <th>{t('extension.segment')}</th>
            <th>{t('extension.stage')}</th>
            <th>{t('extension.status')}</th>
            <th className="num">{t('extension.inflow')}</th>
            <th className="num">{t('extension.suppliers')}</th>
            <th className="num">{t('extension.buyers')}</th>
            <th>{t('extension.targets')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => {
            const count = report.investmentTargets.filter((x) => x.segmentId === s.segmentId).length;
            return (
              <tr key={s.segmentId}>
                <td>
                  <strong>{s.name}</strong> <span className="seg-id">{s.segmentId}</span>
                </td>
                <td>{pick(STAGE_LABELS[s.stage])}</td>
                <td>
                  <StatusTag status={s.status} />
                </td>
                <td className="num">{figureOrBand(s.inflow, s.inflowBand, (v) => wan(v, 0))}</td>
                <td className="num">{s.supplierCount}</td>
                <td className="num">{s.buyerCount}</td>
                <td>
                  {count > 0 ? (
                    <button type="button" className="link-button" onClick={() => onShowTargets(s.segmentId)}>
                      {t('extension.viewTargets', { count })}
                    </button>
                  ) : (
                    <span className="muted">{t('extension.noTargets')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Risks asked for per "show more" click, and per request while exporting all of them. */
const RISKS_MORE = SINGLE_SOURCE_RISKS_DEFAULT_PAGE;
const RISKS_EXPORT_PAGE = SINGLE_SOURCE_RISKS_MAX_PAGE;

/** Every single-source risk of the report, page by page (the API returns at most a page at a time). */
async function fetchAllRisks(report: ChainReport): Promise<Risk[]> {
  const all: Risk[] = [];
  for (;;) {
    const data = await gql(RISK_PAGE_QUERY, { clusterId: report.clusterId, year: report.year, first: RISKS_EXPORT_PAGE, offset: all.length });
    const page = data.chainGapReport.singleSourceRisks;
    all.push(...page);
    if (page.length < RISKS_EXPORT_PAGE || all.length >= data.chainGapReport.singleSourceRiskCount) return all;
  }
}

/**
 * 固链风险: single-point segments, then the single-source purchases (the first page, "show more"
 * for the next; of one segment when filtered), with a CSV of all of them.
 */
export function RisksTab({ report, segmentFilter, onSegmentFilter }: { report: ChainReport; segmentFilter: string | null; onSegmentFilter: (segmentId: string | null) => void }) {
  const { t } = useTranslation('chainMap');
  const [more, setMore] = useState<Risk[]>([]);
  const [loading, setLoading] = useState<'more' | 'export' | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const filtered = report.segments.find((s) => s.segmentId === segmentFilter) ?? null;
  // the report carries the first page of all segments; a segment's first page is asked for
  const segmentPage = useGql(
    RISK_PAGE_QUERY,
    { clusterId: report.clusterId, year: report.year, first: RISKS_MORE, offset: 0, segmentId: filtered?.segmentId },
    { enabled: filtered !== null && filtered.singleSourceRiskCount > 0, retry: false },
  );
  useEffect(() => setMore([]), [report, filtered]);
  const firstPage = filtered ? (segmentPage.data?.chainGapReport.singleSourceRisks ?? []) : report.singleSourceRisks;
  const rows = useMemo(() => [...firstPage, ...more], [firstPage, more]);
  const total = filtered ? filtered.singleSourceRiskCount : report.singleSourceRiskCount;
  const riskSegments = report.segments.filter((s) => s.singleSourceRiskCount > 0);
  const singlePoints = report.segments.filter((s) => s.singlePoint);

  async function showMore() {
    setLoading('more');
    setFailed(null);
    try {
      const data = await gql(RISK_PAGE_QUERY, { clusterId: report.clusterId, year: report.year, first: RISKS_MORE, offset: rows.length, segmentId: filtered?.segmentId });
      setMore((prev) => [...prev, ...data.chainGapReport.singleSourceRisks]);
    } catch (error) {
      setFailed(error);
    } finally {
      setLoading(null);
    }
  }

  async function exportCsv() {
    setLoading('export');
    setFailed(null);
    try {
      // every risk of the report, whatever the filter
      const all = !filtered && rows.length >= total ? rows : await fetchAllRisks(report);
      downloadCsv(
        `${fileSafe(report.clusterName)}-${t('csv.risks')}-${today()}.csv`,
        [t('risks.buyer'), t('csv.buyerCode'), t('risks.segment'), t('risks.supplier'), t('csv.supplierCode'), t('risks.local'), t('risks.value')],
        all.map((r) => [r.buyerName, asText(r.buyerCode), r.segmentName, r.supplierName ?? t('panel.hiddenSupplier'), r.supplierCode ? asText(r.supplierCode) : '', r.supplierLocal ? t('firm.local') : t('firm.outside'), r.value ?? r.valueBand ?? '']),
      );
    } catch (error) {
      setFailed(error);
    } finally {
      setLoading(null);
    }
  }

  return (
    <div data-testid="risks-tab">
      {singlePoints.length > 0 && (
        <div className="single-points">
          <strong>{t('risks.singlePoints')}</strong>
          <ul>
            {singlePoints.map((s) => (
              <li key={s.segmentId}>{t('risks.singlePointRow', { segment: s.name, supplier: s.topSupplierName ?? t('panel.hiddenSupplier'), share: percent(s.topSupplierShare) })}</li>
            ))}
          </ul>
        </div>
      )}
      {report.singleSourceRiskCount === 0 ? (
        <p className="muted">{t('risks.empty')}</p>
      ) : (
        <>
          <div className="list-toolbar">
            <label>
              {t('targets.segmentFilter')}{' '}
              <select value={filtered?.segmentId ?? ''} onChange={(e) => onSegmentFilter(e.target.value || null)} data-testid="risks-segment">
                <option value="">{t('targets.allSegments')}</option>
                {riskSegments.map((s) => (
                  <option key={s.segmentId} value={s.segmentId}>
                    {s.name}（{s.singleSourceRiskCount}）
                  </option>
                ))}
              </select>
            </label>
            <span className="muted" data-testid="risks-count">
              {t('risks.count', { count: total })}
              {t('risks.shown', { shown: rows.length })}
            </span>
            <span className="spacer" />
            <button type="button" onClick={() => void exportCsv()} disabled={loading !== null}>
              {loading === 'export' ? t('risks.exporting') : t('risks.exportCsv')}
            </button>
            <a className="button" href={risksExportUrl(report.clusterId, 'xlsx', report.year)} download data-testid="risks-export-xlsx">
              {t('risks.exportXlsx')}
            </a>
          </div>
          <table className="ca-table">
            <thead>
              <tr>
                <th>{t('risks.buyer')}</th>
                <th>{t('risks.segment')}</th>
                <th>{t('risks.supplier')}</th>
                <th>{t('risks.local')}</th>
                <th className="num">{t('risks.value')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.buyerCode}|${r.segmentId}`}>
                  <td>
                    <Link to={`/enterprise/${encodeURIComponent(r.buyerCode)}`}>{r.buyerName}</Link>
                  </td>
                  <td>{r.segmentName}</td>
                  <td>
                    {r.supplierCode ? <Link to={`/enterprise/${encodeURIComponent(r.supplierCode)}`}>{r.supplierName}</Link> : <span className="muted">{t('panel.hiddenSupplier')}</span>}
                  </td>
                  <td>
                    <span className={`ca-chip ${r.supplierLocal ? 'local' : 'outside'}`}>{r.supplierLocal ? t('firm.local') : t('firm.outside')}</span>
                  </td>
                  <td className="num">{figureOrBand(r.value, r.valueBand, (v) => wan(v, 0))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {filtered && segmentPage.isLoading && <p className="muted">{t('risks.loadingMore')}</p>}
          {segmentPage.error && <ErrorMessage error={segmentPage.error} onRetry={() => void segmentPage.refetch()} />}
          {failed !== null && <ErrorMessage error={failed} />}
          {rows.length < total && (filtered === null || segmentPage.data) && (
            <div className="list-more">
              <button type="button" onClick={() => void showMore()} disabled={loading !== null} data-testid="risks-more">
                {loading === 'more' ? t('risks.loadingMore') : t('risks.more', { count: Math.min(RISKS_MORE, total - rows.length), rest: total - rows.length })}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
