import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useGql } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { figureOrBand, yi } from '../../lib/format';
import { CHAIN_LEADERS_QUERY, type ChainReport, type Firm } from './queries';

/**
 * 本链链主: the chain's 链主 firms (local or members of the cluster), largest first, each one click from the what-if's
 * picks: the firms a 断链推演 most often starts from, without having to know their names.
 */
export function ChainLeaders({ report, picked, onPick }: { report: ChainReport; picked: readonly Firm[]; onPick: (firm: Firm) => void }) {
  const { t } = useTranslation('chainMap');
  const { data, error, isLoading } = useGql(CHAIN_LEADERS_QUERY, { clusterId: report.clusterId, year: report.year }, { retry: false });
  const leaders = data?.chainGapReport?.chainLeaders ?? [];
  const segmentName = new Map(report.segments.map((s) => [s.segmentId, s.name]));
  const chosen = new Set(picked.map((f) => f.creditCode));
  return (
    <div className="whatif-leaders" data-testid="whatif-leaders">
      <h4>
        {t('whatIf.leaders')} <small className="muted">{t('whatIf.leadersHint')}</small>
      </h4>
      {error ? (
        <ErrorMessage error={error} />
      ) : isLoading ? (
        <p className="muted">{t('common.loading', { ns: 'translation' })}</p>
      ) : leaders.length === 0 ? (
        <p className="muted">{t('whatIf.noLeaders')}</p>
      ) : (
        <ul className="leader-list">
          {leaders.map(({ enterprise: e, segmentIds, clusterMember, revenue, revenueBand }) => (
            <li key={e.creditCode} data-testid="whatif-leader">
              <span className="leader-name">
                <Link to={`/enterprise/${encodeURIComponent(e.creditCode)}`}>{e.name}</Link>
                <span className="muted">
                  {' '}
                  {segmentIds.map((id) => segmentName.get(id) ?? id).join('、')} ·{' '}
                  {clusterMember ? t('whatIf.member') : t('whatIf.notMember')} ·{' '}
                  {figureOrBand(revenue, revenueBand, (v) => t('panel.yiValue', { value: yi(v) }))}
                </span>
              </span>
              {chosen.has(e.creditCode) ? (
                <span className="in-whatif">{t('panel.inWhatIf')}</span>
              ) : (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onPick({ ...e, chainLeader: true })}
                  aria-label={t('whatIf.pickLeader', { name: e.name })}
                >
                  {t('whatIf.add')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
