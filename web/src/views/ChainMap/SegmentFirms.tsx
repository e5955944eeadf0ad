import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SRDI_LEVEL_LABELS } from '#shared/labels.js';
import { SEGMENT_FIRMS_DEFAULT_PAGE } from '#shared/limits.js';
import { gql, useGql } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { pick } from '../../i18n';
import { yi } from '../../lib/format';
import { SEGMENT_FIRMS_QUERY, type ChainReport, type SegmentFirm } from './queries';

/**
 * The cluster's firms of one segment in the segment panel: largest revenue first, a page at a
 * time ("show more"), each a link to its enterprise view. Viewers get the revenue band only.
 */
export function SegmentFirms({
  report,
  segmentId,
  count,
  actions,
}: {
  report: ChainReport;
  segmentId: string;
  count: number;
  actions?: (firm: SegmentFirm['enterprise']) => ReactNode;
}) {
  const { t } = useTranslation('chainMap');
  const variables = { clusterId: report.clusterId, year: report.year, segmentId, first: SEGMENT_FIRMS_DEFAULT_PAGE, offset: 0 };
  const first = useGql(SEGMENT_FIRMS_QUERY, variables, { enabled: count > 0, retry: false });
  // the pages after the first, for the segment and report they were fetched for (another one starts again)
  const [fetched, setFetched] = useState<{ report: ChainReport; segmentId: string; firms: SegmentFirm[] }>({
    report,
    segmentId,
    firms: [],
  });
  const more = fetched.report === report && fetched.segmentId === segmentId ? fetched.firms : [];
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);

  if (count === 0) return <p className="muted">{t('firms.none')}</p>;
  if (first.error) return <ErrorMessage error={first.error} onRetry={() => void first.refetch()} />;
  if (!first.data) return <Loading compact />;
  const page = first.data.chainGapReport!.segmentFirms;
  const rows = [...page.firms, ...more];

  async function showMore() {
    setLoading(true);
    setFailed(null);
    try {
      const data = await gql(SEGMENT_FIRMS_QUERY, { ...variables, offset: rows.length });
      setFetched({ report, segmentId, firms: [...more, ...data.chainGapReport!.segmentFirms.firms] });
    } catch (error) {
      setFailed(error);
    } finally {
      setLoading(false);
    }
  }

  return (
    <>
      <ul className="firm-list" data-testid="panel-firms">
        {rows.map((f) => (
          <li key={f.enterprise.creditCode}>
            <Link to={`/enterprise/${encodeURIComponent(f.enterprise.creditCode)}`}>{f.enterprise.name}</Link>
            {f.enterprise.chainLeader && <span className="ca-chip leader">{t('firms.leader')}</span>}
            {f.srdiLevel && f.srdiLevel !== 'NONE' && <span className="ca-chip srdi">{pick(SRDI_LEVEL_LABELS[f.srdiLevel])}</span>}
            <span className="firm-revenue">
              {f.revenue !== null
                ? t('firms.revenue', { value: yi(f.revenue) })
                : f.revenueBand
                  ? t('firms.band', { band: f.revenueBand })
                  : t('firms.noRevenue')}
            </span>
            {actions?.(f.enterprise)}
          </li>
        ))}
      </ul>
      {failed !== null && <ErrorMessage error={failed} />}
      {rows.length < page.totalCount && (
        <button type="button" className="link-button" onClick={() => void showMore()} disabled={loading} data-testid="panel-firms-more">
          {loading ? t('risks.loadingMore') : t('firms.more', { shown: rows.length, total: page.totalCount })}
        </button>
      )}
    </>
  );
}
