import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useGql } from '../../../api/client';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { wan, yi } from '../../../lib/format';
import type { LocalScope } from '../../../gql/graphql';
import { SUBSTITUTES_QUERY } from './queries';
import './messages';

const SHOWN = 5;

/** 本市可替代企业: local firms of the segment, those not yet supplying the cluster first (look inside the city before outside). */
export function LocalSubstitutes({
  clusterId,
  segmentId,
  year,
  scope,
}: {
  clusterId: string;
  segmentId: string;
  year: number | null;
  scope?: LocalScope;
}) {
  const { t } = useTranslation('chainForward');
  const { data, error, isLoading } = useGql(SUBSTITUTES_QUERY, { clusterId, segmentId, year, scope, first: SHOWN }, { retry: false });
  const list = data?.localSubstitutes ?? [];
  return (
    <section data-testid="panel-substitutes">
      <h4>
        {t('substitutes.title')} <small className="muted">{t('substitutes.hint')}</small>
      </h4>
      {error ? (
        <ErrorMessage error={error} />
      ) : isLoading ? null : list.length === 0 ? (
        <p className="muted">{t('substitutes.none')}</p>
      ) : (
        <ul className="supplier-list">
          {list.map((f) => (
            <li key={f.enterprise.creditCode} data-supplies={f.suppliesCluster}>
              <span className="supplier-name">
                <Link to={`/enterprise/${encodeURIComponent(f.enterprise.creditCode)}`}>{f.enterprise.name}</Link>
                <span className="supplier-city">{f.enterprise.county ?? ''}</span>
              </span>
              <div className="supplier-meta">
                <span className={`ca-chip ${f.suppliesCluster ? 'local' : 'outside'}`}>
                  {f.suppliesCluster
                    ? `✓ ${f.suppliedValue === null ? t('substitutes.suppliesNoValue') : t('substitutes.supplies', { value: wan(f.suppliedValue, 0) })}`
                    : `○ ${t('substitutes.notYet')}`}
                </span>
                {f.clusterMember && <span className="ca-chip">{t('substitutes.member')}</span>}{' '}
                <span className="muted">
                  {f.revenue !== null
                    ? t('substitutes.revenueYi', { value: yi(f.revenue) })
                    : t('substitutes.revenue', { value: f.revenueBand ?? '—' })}
                </span>
              </div>
            </li>
          ))}
          {list.length === SHOWN && <li className="muted">{t('substitutes.more', { count: SHOWN })}</li>}
        </ul>
      )}
    </section>
  );
}
