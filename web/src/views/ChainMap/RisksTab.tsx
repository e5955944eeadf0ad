import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { figureOrBand, percent, wan } from '../../lib/format';
import { risksExportUrl } from './exportLinks';
import type { ChainReport, Risk, Segment } from './queries';
import { RISKS_MORE, useRisks } from './useRisks';

/**
 * 固链风险: single-point segments, then the single-source purchases (the first page, "show more"
 * for the next; of one segment when filtered), with a CSV of all of them.
 */
export function RisksTab({
  report,
  segmentFilter,
  onSegmentFilter,
}: {
  report: ChainReport;
  segmentFilter: string | null;
  onSegmentFilter: (segmentId: string | null) => void;
}) {
  const { t } = useTranslation('chainMap');
  const { filtered, segmentPage, rows, total, loading, failed, showMore, exportCsv } = useRisks(report, segmentFilter);
  const riskSegments = report.segments.filter((s) => s.singleSourceRiskCount > 0);
  return (
    <div data-testid="risks-tab">
      <SinglePoints segments={report.segments} />
      {report.singleSourceRiskCount === 0 ? (
        <p className="muted">{t('risks.empty')}</p>
      ) : (
        <>
          <div className="list-toolbar">
            <label>
              {t('targets.segmentFilter')}{' '}
              <select
                value={filtered?.segmentId ?? ''}
                onChange={(e) => onSegmentFilter(e.target.value || null)}
                data-testid="risks-segment"
              >
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
            <a
              className="button"
              href={risksExportUrl(report.clusterId, 'xlsx', report.year, report.scope)}
              download
              data-testid="risks-export-xlsx"
            >
              {t('risks.exportXlsx')}
            </a>
          </div>
          <RiskTable rows={rows} />
          {filtered && segmentPage.isLoading && <p className="muted">{t('risks.loadingMore')}</p>}
          {segmentPage.error && <ErrorMessage error={segmentPage.error} onRetry={() => void segmentPage.refetch()} />}
          {failed !== null && <ErrorMessage error={failed} />}
          {rows.length < total && (filtered === null || segmentPage.data) && (
            <div className="list-more">
              <button type="button" onClick={() => void showMore()} disabled={loading !== null} data-testid="risks-more">
                {loading === 'more'
                  ? t('risks.loadingMore')
                  : t('risks.more', { count: Math.min(RISKS_MORE, total - rows.length), rest: total - rows.length })}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}

/** The segments that hang on one supplier (单点风险), above the list. */
function SinglePoints({ segments }: { segments: readonly Segment[] }) {
  const { t } = useTranslation('chainMap');
  const singlePoints = segments.filter((s) => s.singlePoint);
  if (singlePoints.length === 0) return null;
  return (
    <div className="single-points">
      <strong>{t('risks.singlePoints')}</strong>
      <ul>
        {singlePoints.map((s) => (
          <li key={s.segmentId}>
            {t('risks.singlePointRow', {
              segment: s.name,
              supplier: s.topSupplierName ?? t('panel.hiddenSupplier'),
              share: percent(s.topSupplierShare),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The single-source purchases: buyer, segment, its one supplier, local or not, value. */
function RiskTable({ rows }: { rows: readonly Risk[] }) {
  const { t } = useTranslation('chainMap');
  return (
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
              {r.supplierCode ? (
                <Link to={`/enterprise/${encodeURIComponent(r.supplierCode)}`}>{r.supplierName}</Link>
              ) : (
                <span className="muted">{t('panel.hiddenSupplier')}</span>
              )}
            </td>
            <td>
              <span className={`ca-chip ${r.supplierLocal ? 'local' : 'outside'}`}>
                {r.supplierLocal ? t('firm.local') : t('firm.outside')}
              </span>
            </td>
            <td className="num">{figureOrBand(r.value, r.valueBand, (v) => wan(v, 0))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
