import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CLUSTER_LEVELS, type ClusterLevel } from '#shared/enums.js';
import { WAN_PER_YI } from '#shared/facts.js';
import { CLUSTER_LEVEL_LABELS } from '#shared/labels.js';
import { useGql } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { CytoscapeGraph, type CytoscapeGraphHandle } from '../../graph/CytoscapeGraph';
import { LEVEL_COLORS } from '../../graph/palette';
import i18n, { pick } from '../../i18n';

const PANORAMA_QUERY = /* GraphQL */ `
  query Panorama {
    clusters { id name county level output year memberCount chainName }
  }
`;

interface PanoramaCluster {
  id: string;
  name: string;
  county: string;
  level: ClusterLevel;
  output: number | null;
  year: number | null;
  memberCount: number;
  chainName: string | null;
}

const yi = (wan: number | null) => (wan === null ? '–' : (wan / WAN_PER_YI).toFixed(1));
/** Output as read in the current language: 亿 in Chinese, billions in English (1 亿 = 0.1 billion). */
const amount = (wan: number | null) => (wan === null || i18n.language !== 'en' ? yi(wan) : (wan / WAN_PER_YI / 10).toFixed(2));

/** Positions counties on a grid and their clusters inside them (preset: stable and readable). */
export function panoramaElements(clusters: PanoramaCluster[]): ElementDefinition[] {
  const byCounty = new Map<string, PanoramaCluster[]>();
  for (const c of clusters) byCounty.set(c.county, [...(byCounty.get(c.county) ?? []), c]);
  const counties = [...byCounty.entries()]
    .map(([name, list]) => ({ name, list: list.sort((a, b) => (b.output ?? 0) - (a.output ?? 0)), output: list.reduce((s, c) => s + (c.output ?? 0), 0) }))
    .sort((a, b) => b.output - a.output);
  const maxOutput = Math.max(1, ...clusters.map((c) => c.output ?? 0));
  // Shelf packing: counties left to right, wrapping at a row width that suits a wide screen.
  const cell = 150;
  const perRow = 3;
  const gap = 70;
  const rowWidth = 1700;
  const elements: ElementDefinition[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const county of counties) {
    const cols = Math.min(perRow, county.list.length);
    const width = cols * cell;
    const height = Math.ceil(county.list.length / perRow) * cell;
    if (x > 0 && x + width > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    const countyId = `county:${county.name}`;
    elements.push({ data: { id: countyId, label: `${county.name}（${county.list.length}）`, kind: 'county' } });
    county.list.forEach((c, i) => {
      const size = 34 + 66 * Math.sqrt((c.output ?? 0) / maxOutput);
      elements.push({
        data: { id: c.id, parent: countyId, kind: 'cluster', label: `${c.name}\n${amount(c.output)} ${i18n.language === 'en' ? 'bn' : '亿'}`, level: c.level, size, color: LEVEL_COLORS[c.level] },
        position: { x: x + (i % perRow) * cell + cell / 2, y: y + Math.floor(i / perRow) * cell + cell / 2 - 20 },
      });
    });
    x += width + gap;
    rowHeight = Math.max(rowHeight, height);
  }
  return elements;
}

const stylesheet: StylesheetJson = [
  {
    selector: 'node[kind = "county"]',
    style: {
      'background-color': '#f4f6f8',
      'border-color': '#b8c2cc',
      'border-width': 1,
      label: 'data(label)',
      'text-valign': 'top',
      'text-halign': 'center',
      'font-size': 20,
      'font-weight': 'bold',
      color: '#34495e',
      padding: '18px',
      shape: 'round-rectangle',
    },
  },
  {
    selector: 'node[kind = "cluster"]',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'background-color': 'data(color)',
      'background-opacity': 0.9,
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-valign': 'bottom',
      'text-margin-y': 5,
      'font-size': 15,
      color: '#1f2d3d',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '2px',
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[kind = "cluster"]:selected', style: { 'border-color': '#1f2d3d', 'border-width': 3 } },
];

export function PanoramaView() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const graph = useRef<CytoscapeGraphHandle>(null);
  const { data, error, isLoading, refetch } = useGql<{ clusters: PanoramaCluster[] }>(PANORAMA_QUERY);
  // the labels carry amounts in the current language
  const elements = useMemo(() => (data ? panoramaElements(data.clusters) : []), [data, i18n.language]);
  const layout = useMemo(() => ({ name: 'preset', padding: 30 }), []);

  if (isLoading) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const clusters = data!.clusters;
  const counties = new Set(clusters.map((c) => c.county)).size;
  const total = clusters.reduce((s, c) => s + (c.output ?? 0), 0);
  return (
    <section className="view view-panorama">
      <header className="view-header">
        <h2>{t('panorama.heading')}</h2>
        <p className="summary" data-testid="panorama-summary">
          {t('panorama.summary', { clusters: clusters.length, counties, output: amount(total) })}
        </p>
        <p className="hint">{t('panorama.hint')}</p>
      </header>
      <div className="graph-area">
        <CytoscapeGraph
          ref={graph}
          elements={elements}
          stylesheet={stylesheet}
          layout={layout}
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

/** The panorama as a list (keyboard and screen readers; phones): counties by output, each cluster a link to its chain map. */
function ClusterList({ clusters }: { clusters: PanoramaCluster[] }) {
  const { t } = useTranslation();
  const counties = useMemo(() => {
    const byCounty = new Map<string, PanoramaCluster[]>();
    for (const c of clusters) byCounty.set(c.county, [...(byCounty.get(c.county) ?? []), c]);
    return [...byCounty.entries()]
      .map(([name, list]) => ({ name, list: [...list].sort((a, b) => (b.output ?? 0) - (a.output ?? 0)), output: list.reduce((s, c) => s + (c.output ?? 0), 0) }))
      .sort((a, b) => b.output - a.output);
  }, [clusters]);
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
                <Link to={`/chain/${encodeURIComponent(c.id)}`}>{c.name}</Link> · {pick(CLUSTER_LEVEL_LABELS[c.level])} · {t('panorama.listOutput', { output: amount(c.output) })}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
