import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SINGLE_SOURCE_RISKS_DEFAULT_PAGE } from '#shared/limits.js';
import { gql, useGql } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ScrollRegion } from '../../components/ScrollRegion';
import { figureOrBand, percent, wan } from '../../lib/format';
import { RISK_GROUPS_QUERY, type ChainReport, type RiskSegmentGroup, type RiskSupplierGroup } from './queries';

const SUPPLIERS_PAGE = SINGLE_SOURCE_RISKS_DEFAULT_PAGE;

/** A supplier's name as a link to its page, or "not shown" when the role may not be told who it is. */
function SupplierName({ code, name }: { code: string | null; name: string | null }) {
  const { t } = useTranslation('chainMap');
  if (!code) return <span className="muted">{t('panel.hiddenSupplier')}</span>;
  return <Link to={`/enterprise/${encodeURIComponent(code)}`}>{name}</Link>;
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
  const vars = { clusterId: report.clusterId, year: report.year, scope: report.scope, first: SUPPLIERS_PAGE, offset: 0 };
  const groups = useGql(RISK_GROUPS_QUERY, vars, { retry: false });
  // the supplier pages after the first, for the report they were fetched for
  const [more, setMore] = useState<{ report: ChainReport; rows: RiskSupplierGroup[] }>({ report, rows: [] });
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  if (groups.error) return <ErrorMessage error={groups.error} onRetry={() => void groups.refetch()} />;
  const data = groups.data?.chainGapReport;
  if (!data) return <p className="muted">{t('risks.loadingMore')}</p>;
  const segmentName = new Map(report.segments.map((s) => [s.segmentId, s.name]));

  if (view === 'segment') {
    const rows = data.singleSourceRiskSegments;
    return (
      <div data-testid="risk-segment-groups">
        <p className="muted" data-testid="risk-groups-summary">
          {t('risks.groupsSummary', { count: rows.length, share: percent(report.thresholds.singleSourceShare) })}
        </p>
        <ScrollRegion label={t('risks.bySegment')}>
          <table className="ca-table cards-on-phone">
            <thead>
              <tr>
                <th scope="col">{t('risks.segment')}</th>
                <th scope="col" className="num">
                  {t('risks.stake')}
                </th>
                <th scope="col" className="num">
                  {t('risks.share')}
                </th>
                <th scope="col" className="num">
                  {t('risks.risks')}
                </th>
                <th scope="col" className="num">
                  {t('risks.suppliers')}
                </th>
                <th scope="col">{t('risks.topSuppliers')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((g: RiskSegmentGroup) => (
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
                    {figureOrBand(g.value, g.valueBand, (v) => wan(v, 0))}
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
                            {t('risks.supplierBuyers', { count: s.buyers })} · {figureOrBand(s.value, s.valueBand, (v) => wan(v, 0))}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
    );
  }

  const rows = [...data.singleSourceRiskSuppliers, ...(more.report === report ? more.rows : [])];
  const total = data.singleSourceRiskSupplierCount;
  const showMore = async () => {
    setLoading(true);
    setFailed(null);
    try {
      const page = await gql(RISK_GROUPS_QUERY, { ...vars, offset: rows.length });
      setMore({ report, rows: [...(more.report === report ? more.rows : []), ...page.chainGapReport!.singleSourceRiskSuppliers] });
    } catch (error) {
      setFailed(error);
    } finally {
      setLoading(false);
    }
  };
  return (
    <div data-testid="risk-supplier-groups">
      <p className="muted" data-testid="risk-suppliers-summary">
        {t('risks.suppliersSummary', { count: total })}
        {t('risks.shown', { shown: rows.length })}
      </p>
      <ScrollRegion label={t('risks.bySupplier')}>
        <table className="ca-table cards-on-phone">
          <thead>
            <tr>
              <th scope="col">{t('risks.supplier')}</th>
              <th scope="col">{t('risks.local')}</th>
              <th scope="col" className="num">
                {t('risks.dependants')}
              </th>
              <th scope="col" className="num">
                {t('risks.stake')}
              </th>
              <th scope="col">{t('risks.segments')}</th>
            </tr>
          </thead>
          <tbody>
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
                  {figureOrBand(g.value, g.valueBand, (v) => wan(v, 0))}
                </td>
                <td data-label={t('risks.segments')}>{g.segmentIds.map((id) => segmentName.get(id) ?? id).join('、')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {failed !== null && <ErrorMessage error={failed} />}
      {rows.length < total && (
        <div className="list-more">
          <button type="button" onClick={() => void showMore()} disabled={loading} data-testid="risk-suppliers-more">
            {loading
              ? t('risks.loadingMore')
              : t('risks.more', { count: Math.min(SUPPLIERS_PAGE, total - rows.length), rest: total - rows.length })}
          </button>
        </div>
      )}
    </div>
  );
}
