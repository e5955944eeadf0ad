import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CLUSTER_LEVELS } from '#shared/enums.js';
import { CLUSTER_LEVEL_LABELS } from '#shared/labels.js';
import { useGql } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { CytoscapeGraph, type CytoscapeGraphHandle } from '../../graph/CytoscapeGraph';
import { LEVEL_COLORS } from '../../graph/palette';
import { pick } from '../../i18n';
import { ClusterList } from './ClusterList';
import { panoramaElements, panoramaStylesheet } from './panoramaGraph';
import { amount, PANORAMA_QUERY } from './queries';

const LAYOUT = { name: 'preset', padding: 30 };

/** 全景图 (/): every cluster by county, sized by output and coloured by level; a click opens its chain map. */
export function PanoramaView() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const navigate = useNavigate();
  const graph = useRef<CytoscapeGraphHandle>(null);
  const { data, error, isLoading, refetch } = useGql(PANORAMA_QUERY);
  // the labels carry amounts in the current language
  const elements = useMemo(() => (data ? panoramaElements(data.clusters, language) : []), [data, language]);

  if (isLoading) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const clusters = data.clusters;
  const counties = new Set(clusters.map((c) => c.county)).size;
  const total = clusters.reduce((s, c) => s + (c.output ?? 0), 0);
  return (
    <section className="view view-panorama">
      <header className="view-header">
        <h2>{t('panorama.heading')}</h2>
        <p className="summary" data-testid="panorama-summary">
          {t('panorama.summary', { clusters: clusters.length, counties, output: amount(total, language) })}
        </p>
        <p className="hint">{t('panorama.hint')}</p>
      </header>
      <div className="graph-area">
        <CytoscapeGraph
          ref={graph}
          elements={elements}
          stylesheet={panoramaStylesheet}
          layout={LAYOUT}
          ariaLabel={t('panorama.heading')}
          readableZoom={12 / 15}
          onNodeTap={(id, node) => {
            if (node.kind === 'cluster') void navigate(`/chain/${encodeURIComponent(id)}`);
          }}
        />
        <aside className="legend" aria-label={t('common.legend')}>
          <strong>{t('common.legend')}</strong>
          {[...CLUSTER_LEVELS].reverse().map((level) => (
            <div key={level} className="legend-row">
              <span className="swatch circle" style={{ background: LEVEL_COLORS[level] }} />
              {pick(CLUSTER_LEVEL_LABELS[level])}
              <span className="count">{clusters.filter((c) => c.level === level).length}</span>
            </div>
          ))}
          <div className="legend-row muted">{t('panorama.sizeLegend')}</div>
        </aside>
      </div>
      <ClusterList clusters={clusters} />
    </section>
  );
}
