import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CLUSTER_LEVEL_LABELS } from '#shared/labels.js';
import { pick } from '../../i18n';
import { amount, byCounty, type PanoramaCluster } from './queries';

/** The panorama as a list (keyboard and screen readers; phones): counties by output, each cluster a link to its chain map. */
export function ClusterList({ clusters }: { clusters: PanoramaCluster[] }) {
  const { t } = useTranslation();
  const counties = useMemo(() => byCounty(clusters), [clusters]);
  return (
    <details className="graph-list" data-testid="cluster-list">
      <summary>{t('panorama.listHeading', { count: clusters.length })}</summary>
      {counties.map((county) => (
        <section key={county.name} className="county-group" aria-label={county.name}>
          <h3>
            {county.name}（{county.list.length}）
          </h3>
          <ul>
            {county.list.map((c) => (
              <li key={c.id}>
                <Link to={`/chain/${encodeURIComponent(c.id)}`}>{c.name}</Link> · {pick(CLUSTER_LEVEL_LABELS[c.level])} ·{' '}
                {t('panorama.listOutput', { output: amount(c.output) })}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
