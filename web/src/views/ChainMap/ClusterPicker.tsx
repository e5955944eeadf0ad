import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CLUSTER_LEVEL_LABELS } from '#shared/labels.js';
import { useGql } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { LEVEL_COLORS } from '../../graph/palette';
import { pick } from '../../i18n';
import { yi } from '../../lib/format';
import { CLUSTERS_QUERY, type ClusterInfo } from './queries';
import { ViewPage } from '../../components/ViewPage';

/** /chain without a cluster: the clusters by county, each a link to its chain map. */
export function ClusterPicker() {
  const { t } = useTranslation('chainMap');
  const { data, error, isLoading, refetch } = useGql(CLUSTERS_QUERY);
  const [filter, setFilter] = useState('');
  const groups = useMemo(() => {
    const f = filter.trim();
    const list = (data?.clusters ?? []).filter((c) => !f || c.name.includes(f) || c.county.includes(f) || (c.chainName ?? '').includes(f));
    const byCounty = new Map<string, ClusterInfo[]>();
    for (const c of list) byCounty.set(c.county, [...(byCounty.get(c.county) ?? []), c]);
    return [...byCounty.entries()];
  }, [data, filter]);

  if (isLoading) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  return (
    <ViewPage
      className="chain-view chain-picker"
      title={t('picker.heading')}
      hint={t('picker.hint')}
      tools={
        <input
          className="picker-filter"
          type="search"
          placeholder={t('picker.filter')}
          aria-label={t('picker.filter')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      }
    >
      {groups.length === 0 && <p className="muted">{t('picker.empty')}</p>}
      <div className="picker-groups">
        {groups.map(([county, clusters]) => (
          <section key={county} className="picker-county">
            <h3>{county}</h3>
            <div className="picker-cards">
              {clusters.map((c) => (
                <Link key={c.id} to={`/chain/${encodeURIComponent(c.id)}`} className="picker-card" data-testid="cluster-card">
                  <span className="picker-name">{c.name}</span>
                  <span className="picker-level" style={{ borderColor: LEVEL_COLORS[c.level], color: LEVEL_COLORS[c.level] }}>
                    {pick(CLUSTER_LEVEL_LABELS[c.level])}
                  </span>
                  <span className="picker-meta">{c.chainName ? t('picker.chain', { chain: c.chainName }) : t('picker.noChain')}</span>
                  <span className="picker-meta">
                    {t('picker.output', { value: yi(c.output, 1) })} · {t('picker.members', { count: c.memberCount })}
                  </span>
                </Link>
              ))}
            </div>
          </section>
        ))}
      </div>
    </ViewPage>
  );
}
