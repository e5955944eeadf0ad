import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SINGLE_SOURCE_RISKS_DEFAULT_PAGE } from '#shared/limits.js';
import { gql, useGql } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ScrollRegion } from '../../components/ScrollRegion';
import { TableHead } from '../../components/TableHead';
import { useAction } from '../../hooks/useAction';
import { figureOrBand, percent, wan } from '../../lib/format';
import { RISK_GROUPS_QUERY, type ChainReport, type RiskSegmentGroup, type RiskSupplierGroup } from './queries';

const SUPPLIERS_PAGE = SINGLE_SOURCE_RISKS_DEFAULT_PAGE;
/** The variables of one page of the risk groups of `report`, from supplier `offset` on. */
const pageVars = (report: ChainReport, offset: number) => ({
  clusterId: report.clusterId,
  year: report.year,
  scope: report.scope,
  first: SUPPLIERS_PAGE,
  offset,
});
const stake = (v: { value: number | null; valueBand: string | null }) => figureOrBand(v.value, v.valueBand, (x) => wan(x, 0));

/** A supplier's name as a link to its page, or "not shown" when the role may not be told who it is. */
function SupplierName({ code, name }: { code: string | null; name: string | null }) {
  const { t } = useTranslation('chainMap');
  if (!code) return <span className="muted">{t('panel.hiddenSupplier')}</span>;
  return <Link to={`/enterprise/${encodeURIComponent(code)}`}>{name}</Link>;
}

/**
 * The supplier pages after the first, for the report they were fetched for (kept while the user switches between
 * the two groupings; a new report starts again from the first page).
 */
function useMoreSuppliers(report: ChainReport) {
  const [more, setMore] = useState<{ report: ChainReport; rows: RiskSupplierGroup[] }>({ report, rows: [] });
  const action = useAction();
  const rows = more.report === report ? more.rows : [];
  const load = (offset: number) =>
    action.run(async () => {
      const page = await gql(RISK_GROUPS_QUERY, pageVars(report, offset));
      setMore({ report, rows: [...rows, ...page.chainGapReport!.singleSourceRiskSuppliers] });
    });
  return { rows, loading: action.busy, failed: action.error, load };
}

/** A grouping's table under its summary: its header columns (`risks.` messages), its rows, what follows it. */
function RiskTable({
  testId,
  summary,
  label,
  columns,
  numeric,
  after,
  children,
}: {
  testId: string;
  summary: ReactNode;
  label: string;
  columns: string[];
  numeric: string[];
  after?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div data-testid={testId}>
      {summary}
      <ScrollRegion label={label}>
        <table className="ca-table cards-on-phone">
          <TableHead ns="chainMap" prefix="risks." columns={columns} numeric={numeric} />
          <tbody>{children}</tbody>
        </table>
      </ScrollRegion>
      {after}
    </div>
  );
}

/**
 * 固链 grouped, ranked by value at stake (the database's order): by segment (each with its ⚠ by the rule the
 * chain map uses, and its main single sources) or by supplier (how many cluster firms depend on it alone), paged.
 */
export function RiskGroups({
  report,
  view,
  onShowRows,
}: {
  report: ChainReport;
  view: 'segment' | 'supplier';
  /** opens the rows of one segment */
  onShowRows: (segmentId: string) => void;
}) {
  const { t } = useTranslation('chainMap');
  const groups = useGql(RISK_GROUPS_QUERY, pageVars(report, 0), { retry: false });
  const more = useMoreSuppliers(report);
  if (groups.error) return <ErrorMessage error={groups.error} onRetry={() => void groups.refetch()} />;
  const data = groups.data?.chainGapReport;
  if (!data) return <p className="muted">{t('risks.loadingMore')}</p>;
  if (view === 'segment') return <RiskSegmentGroups report={report} rows={data.singleSourceRiskSegments} onShowRows={onShowRows} />;
  const rows = [...data.singleSourceRiskSuppliers, ...more.rows];
  const total = data.singleSourceRiskSupplierCount;
  const segmentName = new Map(report.segments.map((s) => [s.segmentId, s.name]));
  return (
    <RiskTable
      testId="risk-supplier-groups"
      summary={
        <p className="muted" data-testid="risk-suppliers-summary">
          {t('risks.suppliersSummary', { count: total })}
          {t('risks.shown', { shown: rows.length })}
        </p>
      }
      label={t('risks.bySupplier')}
      columns={['supplier', 'local', 'dependants', 'stake', 'segments']}
      numeric={['dependants', 'stake']}
      after={
        <>
          {more.failed !== null && <ErrorMessage error={more.failed} />}
          {rows.length < total && (
            <div className="list-more">
              <button type="button" onClick={() => void more.load(rows.length)} disabled={more.loading} data-testid="risk-suppliers-more">
                {more.loading
                  ? t('risks.loadingMore')
                  : t('risks.more', { count: Math.min(SUPPLIERS_PAGE, total - rows.length), rest: total - rows.length })}
              </button>
            </div>
          )}
        </>
      }
    >
      {rows.map((g, i) => (
        <tr key={g.supplierCode ?? `hidden-${i}`}>
          <td className="card-title">
            <SupplierName code={g.supplierCode} name={g.supplierName} />
          </td>
          <td data-label={t('risks.local')}>
            <span className={`ca-chip ${g.supplierLocal ? 'local' : 'outside'}`}>
              {g.supplierLocal ? t('firm.local') : t('firm.outside')}
            </span>
          </td>
          <td className="num" data-label={t('risks.dependants')}>
            {g.dependants}
          </td>
          <td className="num" data-label={t('risks.stake')}>
            {stake(g)}
          </td>
          <td data-label={t('risks.segments')}>{g.segmentIds.map((id) => segmentName.get(id) ?? id).join('、')}</td>
        </tr>
      ))}
    </RiskTable>
  );
}

/** The segments with single-source risks, each with its ⚠ and its main single sources. */
function RiskSegmentGroups({
  report,
  rows,
  onShowRows,
}: {
  report: ChainReport;
  rows: RiskSegmentGroup[];
  onShowRows: (segmentId: string) => void;
}) {
  const { t } = useTranslation('chainMap');
  return (
    <RiskTable
      testId="risk-segment-groups"
      summary={
        <p className="muted" data-testid="risk-groups-summary">
          {t('risks.groupsSummary', { count: rows.length, share: percent(report.thresholds.singleSourceShare) })}
        </p>
      }
      label={t('risks.bySegment')}
      columns={['segment', 'stake', 'share', 'risks', 'suppliers', 'topSuppliers']}
      numeric={['stake', 'share', 'risks', 'suppliers']}
    >
      {rows.map((g) => (
        <tr key={g.segmentId} data-segment={g.segmentId} data-at-risk={g.atRisk ? 'true' : 'false'}>
          <th scope="row">
            {g.segmentName}
            {g.atRisk && (
              <span className="single-badge at-risk" title={t('risks.atRiskMark')}>
                {' '}
                ⚠ {t('risks.atRiskMark')}
              </span>
            )}
            <div>
              <button type="button" className="link-button" onClick={() => onShowRows(g.segmentId)}>
                {t('risks.showRows')}
              </button>
            </div>
          </th>
          <td className="num" data-label={t('risks.stake')}>
            {stake(g)}
          </td>
          <td className="num" data-label={t('risks.share')}>
            {percent(g.share)}
          </td>
          <td className="num" data-label={t('risks.risks')}>
            {g.risks}
          </td>
          <td className="num" data-label={t('risks.suppliers')}>
            {g.supplierCount}
          </td>
          <td data-label={t('risks.topSuppliers')}>
            <ul className="plain-list">
              {g.topSuppliers.map((s, i) => (
                <li key={s.supplierCode ?? `hidden-${i}`}>
                  <SupplierName code={s.supplierCode} name={s.supplierName} />{' '}
                  <span className="muted">
                    {t('risks.supplierBuyers', { count: s.buyers })} · {stake(s)}
                  </span>
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ))}
    </RiskTable>
  );
}
