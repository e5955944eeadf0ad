import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useGql } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { CHAINS_QUERY, type ClusterChain } from './queries';
import './messages';
import { ViewPage } from '../../components/ViewPage';

/** /compare without a chain: the chains, those with more clusters first. */
export function ChainPicker() {
  const { t } = useTranslation('compare');
  const { data, error, isLoading, refetch } = useGql(CHAINS_QUERY);
  const chains = useMemo(() => {
    const byChain = new Map<string, { id: string; name: string; clusters: ClusterChain[] }>();
    for (const c of data?.clusters ?? []) {
      if (!c.chainId) continue;
      const entry = byChain.get(c.chainId) ?? { id: c.chainId, name: c.chainName ?? c.chainId, clusters: [] };
      entry.clusters.push(c);
      byChain.set(c.chainId, entry);
    }
    return [...byChain.values()].sort((a, b) => b.clusters.length - a.clusters.length || a.name.localeCompare(b.name, 'zh'));
  }, [data]);
  if (isLoading) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  return (
    <ViewPage className="compare-view" title={t('heading')} hint={t('pickHint')}>
      <div className="picker-cards">
        {chains.map((c) => (
          <Link key={c.id} to={`/compare/${encodeURIComponent(c.id)}`} className="picker-card" data-testid="chain-card">
            <span className="picker-name">{c.name}</span>
            <span className="picker-meta">{t('clusters', { count: c.clusters.length })}</span>
            <span className="picker-meta">{c.clusters.map((k) => k.name).join('、')}</span>
          </Link>
        ))}
      </div>
    </ViewPage>
  );
}
