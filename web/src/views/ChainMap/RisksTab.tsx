import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ScrollRegion } from '../../components/ScrollRegion';
import { SegmentFilter, type SegmentFilterProps } from '../../components/SegmentFilter';
import { figureOrBand, percent, wan } from '../../lib/format';
import { risksExportUrl } from './exportLinks';
import type { ChainReport, Risk, Segment } from './queries';
import { RiskGroups } from './RiskGroups';
import { RISKS_MORE, useRisks } from './useRisks';

const RISK_VIEWS = ['segment', 'supplier', 'rows'] as const;
type RiskView = (typeof RISK_VIEWS)[number];

/** The risks tab's view, in the link (?rview=): grouped by segment (the default), by supplier, or every row (with a segment filter). */
function useRiskView(segmentFilter: string | null): [RiskView, (view: RiskView) => void, (segmentId: string) => void] {
  const [params, setParams] = useSearchParams();
  const text = params.get('rview');
  const view: RiskView = (RISK_VIEWS as readonly string[]).includes(text ?? '') ? (text as RiskView) : segmentFilter ? 'rows' : 'segment';
  const set = (next: RiskView) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        out.set('rview', next);
        return out;
      },
      { replace: true },
    );
  // one segment's rows: the view and the filter in one change of the link (two would overwrite each other)
  const showRows = (segmentId: string) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        out.set('rview', 'rows');
        out.set('rseg', segmentId);
        return out;
      },
      { replace: true },
    );
  return [view, set, showRows];
}

/**
 * 固链风险: single-point segments, then the single-source purchases (the first page, "show more"
 * for the next; of one segment when filtered), with a CSV of all of them.
 */
export function RisksTab({ report, segmentFilter, onSegmentFilter }: { report: ChainReport } & SegmentFilterProps) {
  const { t } = useTranslation('chainMap');
  const { filtered, segmentPage, rows, total, loading, failed, showMore, exportCsv } = useRisks(report, segmentFilter);
  const riskSegments = report.segments.filter((s) => s.singleSourceRiskCount > 0);
  const [view, setView, showRows] = useRiskView(segmentFilter);
  const atRisk = report.segments.filter((s) => s.singleSourceAtRisk).length;
  return (
    <div data-testid="risks-tab">
      <SinglePoints segments={report.segments} />
      {report.singleSourceRiskCount === 0 ? (
        <p className="muted">{t('risks.empty')}</p>
      ) : (
        <>
          <div className="list-toolbar">
            <div className="segmented" role="group" aria-label={t('risks.view')}>
              {RISK_VIEWS.map((v) => (
                <button
                  key={v}
                  type="button"
                  aria-pressed={view === v}
                  className={view === v ? 'active' : undefined}
                  onClick={() => setView(v)}
                  data-testid={`risks-view-${v}`}
                >
                  {t(v === 'segment' ? 'risks.bySegment' : v === 'supplier' ? 'risks.bySupplier' : 'risks.byRow')}
                </button>
              ))}
            </div>
            <span className="muted" data-testid="risks-at-risk">
              {t('risks.atRiskCount', { count: atRisk })}
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
          {view !== 'rows' ? <RiskGroups report={report} view={view} onShowRows={showRows} /> : riskRows()}
        </>
      )}
    </div>
  );

  /** every single-source purchase (one segment's when filtered), a page at a time */
  function riskRows() {
    return (
      <>
        <div className="list-toolbar">
          <SegmentFilter
            segmentFilter={filtered?.segmentId ?? null}
            onSegmentFilter={onSegmentFilter}
            items={riskSegments}
            itemValue={(s) => s.segmentId}
            itemLabel={(s) => `${s.name}（${s.singleSourceRiskCount}）`}
            testId="risks-segment"
          />
          <span className="muted" data-testid="risks-count">
            {t('risks.count', { count: total })}
            {t('risks.shown', { shown: rows.length })}
          </span>
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
    );
  }
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
    <ScrollRegion label={t('risks.byRow')}>
      <table className="ca-table" data-testid="risk-rows">
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
    </ScrollRegion>
  );
}
