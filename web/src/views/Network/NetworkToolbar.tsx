import { useTranslation } from 'react-i18next';
import { GraphExportButtons } from '../../graph/GraphExportButtons';
import { NS } from './messages';
import { COMMUNITY_COLORS, type LabelMode } from './networkGraph';

/**
 * The network's nodes and edges with their attributes as a file (server/network/http.ts): the
 * same filters as the page, the role's disclosure applied by the server; a plain link downloads it.
 */
function networkExportUrl(
  format: 'csv' | 'xlsx' | 'gexf',
  table: 'nodes' | 'edges',
  clusterId: string | null,
  year: number | null,
): string {
  const query = new URLSearchParams({ format });
  if (format === 'csv') query.set('table', table);
  if (clusterId) query.set('cluster', clusterId);
  if (year) query.set('year', String(year));
  return `/api/network/collaboration/export?${query.toString()}`;
}
import type { NetworkState } from './useNetwork';

/** Filters (cluster, year), display settings, the grouping switch, the summary and the exports. */
export function NetworkToolbar({ state }: { state: NetworkState }) {
  const { t } = useTranslation(NS);
  const { clusterId, year, clusters, years, network, derived, aggregated, update } = state;
  const summary = network
    ? t('summary', { nodes: network.nodes.length, edges: network.edges.length, communities: derived?.list.length ?? 0 })
    : '';
  return (
    <div className="toolbar">
      <label>
        {t('cluster')}
        <select
          value={clusterId ?? ''}
          data-testid="network-cluster"
          onChange={(e) => update({ cluster: e.target.value || null, community: null })}
        >
          <option value="">{t('allClusters')}</option>
          {clusterId && !clusters.data && <option value={clusterId}>{clusterId}</option>}
          {clusters.data?.clusters
            .slice()
            .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
        </select>
      </label>
      <label>
        {t('year')}
        <select value={year ?? ''} data-testid="network-year" onChange={(e) => update({ year: e.target.value || null, community: null })}>
          <option value="">{t('allYears')}</option>
          {(years.data?.targetDashboard?.years ?? (year ? [year] : [])).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <details className="lod">
        <summary>{t('lod')}</summary>
        <div className="lod-panel">
          <label>
            {t('labels')}
            <select value={state.labels} onChange={(e) => state.setLabels(e.target.value as LabelMode)} data-testid="network-labels">
              <option value="top">{t('labelsTop')}</option>
              <option value="all">{t('labelsAll')}</option>
              <option value="none">{t('labelsNone')}</option>
            </select>
          </label>
          <label>
            <input type="checkbox" checked={state.hideEdges} onChange={(e) => state.setHideEdges(e.target.checked)} />
            {t('hideEdges')}
          </label>
        </div>
      </details>
      {derived && state.focus === null && (
        <button type="button" data-testid="network-mode" onClick={() => update({ mode: aggregated ? 'all' : 'aggregate' })}>
          {aggregated ? t('showAll') : t('showAggregated')}
        </button>
      )}
      <span className="spacer" />
      {network && derived && (
        <span className="muted" data-testid="network-summary">
          {summary}
        </span>
      )}
      <details className="network-data-export" data-testid="network-data-export">
        <summary>{t('dataExport.heading')}</summary>
        <div className="lod-panel">
          <p className="small muted">{t('dataExport.hint')}</p>
          {(
            [
              ['xlsx', 'nodes'],
              ['csv', 'nodes'],
              ['csv', 'edges'],
              ['gexf', 'nodes'],
            ] as const
          ).map(([format, table]) => (
            <a
              key={`${format}-${table}`}
              className="button"
              href={networkExportUrl(format, table, clusterId, year)}
              download
              data-testid={`network-export-${format}${format === 'csv' ? `-${table}` : ''}`}
            >
              {t(`dataExport.${format === 'csv' ? `csv_${table}` : format}`)}
            </a>
          ))}
        </div>
      </details>
      <GraphExportButtons
        graph={state.graph}
        disabled={!network || network.nodes.length === 0 || state.isFetching}
        fileBase={`${t('heading')}${state.clusterName ? `-${state.clusterName}` : ''}${year ? `-${year}` : ''}`}
        frame={() => ({
          title: `${t('heading')}${state.clusterName ? ` · ${state.clusterName}` : ''}`,
          subtitle: `${year ?? t('allYears')} · ${summary} · ${t('app.synthetic', { ns: 'translation' })}`,
          // every coloured community (the rest share grey)
          legend: (derived?.list ?? [])
            .slice(0, COMMUNITY_COLORS.length)
            .map((c, i) => ({ label: state.communityName(c, i), fill: c.color })),
          footnote: `${aggregated ? t('sizeLegendMembers') : t('sizeLegend')} · ${t('app.syntheticHint', { ns: 'translation' })}`,
        })}
      />
    </div>
  );
}
