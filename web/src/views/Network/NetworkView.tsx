import type { Core, LayoutOptions, StylesheetJson } from 'cytoscape';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useGql } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { CytoscapeGraph, type CytoscapeGraphHandle } from '../../graph/CytoscapeGraph';
import { GraphExportButtons } from '../../graph/GraphExportButtons';
import '../../graph/ui.css';
import { NS } from './messages';
import { PartnerList } from './PartnerList';
import './network.css';
import { aggregateElements, AGGREGATE_AT, communities as communityList, degrees, fullElements, KIND_SHAPES, OTHER_COMMUNITY_COLOR, type Community, type LabelMode, type NetworkData } from './networkGraph';

const NETWORK_QUERY = /* GraphQL */ `
  query CollaborationNetwork($clusterId: ID, $year: Int) {
    collaborationNetwork(clusterId: $clusterId, year: $year) {
      nodes { id kind label local creditCode revenue community centrality }
      edges { id source target kind year collaborationKind title }
      truncated
      totalNodes
      totalEdges
      topActors(first: 10) { id kind label local creditCode revenue community centrality }
    }
  }
`;

const CLUSTERS_QUERY = /* GraphQL */ `
  query NetworkClusters {
    clusters { id name county }
  }
`;

/** The years with figures in the data (the dashboard's year list). */
const YEARS_QUERY = /* GraphQL */ `
  query NetworkYears {
    targetDashboard { years }
  }
`;

const KINDS = ['ENTERPRISE', 'INSTITUTE', 'PLATFORM', 'CLUSTER'] as const;

const stylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      shape: 'data(shape)' as never,
      width: 'data(size)',
      height: 'data(size)',
      'background-color': 'data(color)',
      'border-width': 1,
      'border-color': '#ffffff',
      label: '',
      'font-size': 10,
      'min-zoomed-font-size': 8,
      color: '#1f2d3d',
      'text-valign': 'bottom',
      'text-margin-y': 2,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.7,
      'text-background-padding': '1px',
    },
  },
  { selector: 'node.labelled', style: { label: 'data(label)' } },
  { selector: 'node.top', style: { 'font-size': 16, 'font-weight': 'bold', 'min-zoomed-font-size': 3, 'border-width': 2.5, 'border-color': '#1f2d3d', 'z-index': 10, 'text-max-width': '200px' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#b03a2e', 'z-index': 20 } },
  {
    selector: 'node.community',
    style: {
      shape: 'ellipse',
      label: 'data(label)',
      'font-size': 14,
      'min-zoomed-font-size': 0,
      'text-wrap': 'wrap',
      'text-max-width': '180px',
      'background-opacity': 0.85,
      'border-width': 2,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 0.8,
      'line-color': '#b7c3cf',
      opacity: 0.55,
      'curve-style': 'haystack',
    },
  },
  { selector: 'edge[width]', style: { width: 'data(width)', opacity: 0.7, 'curve-style': 'bezier' } },
];

const FORCE = { name: 'fcose', quality: 'default', randomize: true, animate: false, nodeRepulsion: 6500, idealEdgeLength: 60, gravity: 0.3, numIter: 1500, padding: 30, fit: true } as unknown as LayoutOptions;
const FORCE_AGGREGATE = { name: 'fcose', quality: 'default', randomize: true, animate: false, nodeRepulsion: 40000, idealEdgeLength: 180, padding: 40, fit: true } as unknown as LayoutOptions;

type Mode = 'auto' | 'all' | 'aggregate';

/**
 * 产学研网络 (/network?cluster=&year=&community=&mode=): firms, institutes and platforms with
 * their ties, coloured by community and sized by centrality, the ten most central actors in a
 * table. Larger networks are shown by community first (see AGGREGATE_AT), and the server's cap
 * on nodes is said plainly.
 */
export function NetworkView() {
  const { t } = useTranslation(NS);
  const [params, setParams] = useSearchParams();
  const clusterId = params.get('cluster') || null;
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 1900 && yearParam <= 2100 ? yearParam : null;
  const communityParam = params.get('community');
  const focus = communityParam !== null && communityParam !== '' && Number.isInteger(Number(communityParam)) ? Number(communityParam) : null;
  const modeParam = params.get('mode');
  const mode: Mode = modeParam === 'all' || modeParam === 'aggregate' ? modeParam : 'auto';
  const [labels, setLabels] = useState<LabelMode>('top');
  const [hideEdges, setHideEdges] = useState(true);
  const [selected, setSelected] = useState<string | null>(null);
  const graph = useRef<CytoscapeGraphHandle>(null);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
    setSelected(null);
  };

  const clusters = useGql<{ clusters: { id: string; name: string; county: string }[] }>(CLUSTERS_QUERY);
  const years = useGql<{ targetDashboard: { years: number[] } }>(YEARS_QUERY);
  const { data, error, isLoading, isFetching, refetch } = useGql<{ collaborationNetwork: NetworkData }>(NETWORK_QUERY, { clusterId, year });
  const network = data?.collaborationNetwork;

  const derived = useMemo(() => {
    if (!network) return null;
    const degree = degrees(network);
    const list = communityList(network, degree);
    const byId = new Map(network.nodes.map((n) => [n.id, n]));
    return { degree, list, byId, elementCount: network.nodes.length + network.edges.length };
  }, [network]);

  const aggregated = Boolean(derived) && focus === null && (mode === 'aggregate' || (mode === 'auto' && derived!.elementCount > AGGREGATE_AT));
  const communityName = (c: Community, i: number) => t('communityName', { n: i + 1, name: c.name });

  const elements = useMemo(() => {
    if (!network || !derived) return [];
    if (aggregated) return aggregateElements(network, derived.list, (c, i) => `${communityName(c, i)}\n${t('communityMembers', { count: c.size })}`);
    const topIds = new Set(network.topActors.map((a) => a.id));
    return fullElements(network, { communities: derived.list, topIds, labels, onlyCommunity: focus, degree: derived.degree });
    // communityName depends on the language only
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [network, derived, aggregated, labels, focus, t]);

  const focusCommunity = focus !== null ? derived?.list.find((c) => c.id === focus) : undefined;
  const focusIndex = focusCommunity ? derived!.list.indexOf(focusCommunity) : -1;
  const clusterName = clusters.data?.clusters.find((c) => c.id === clusterId)?.name;

  const centreOn = (id: string) => {
    const cy: Core | null | undefined = graph.current?.cy();
    const node = cy?.getElementById(id);
    if (!cy || !node || node.empty()) return;
    cy.elements(':selected').unselect();
    node.select();
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 300 });
  };

  const pickActor = (id: string) => {
    setSelected(id);
    const node = derived?.byId.get(id);
    if (aggregated && node) {
      update({ community: String(node.community ?? -1) });
      setSelected(id);
      setTimeout(() => centreOn(id), 600);
    } else {
      centreOn(id);
    }
  };

  const selectedNode = selected ? derived?.byId.get(selected) : undefined;
  const selectedCommunity = selectedNode ? derived?.list.find((c) => c.id === (selectedNode.community ?? -1)) : undefined;

  return (
    <section className="view view-network">
      <header className="view-header">
        <h2>{t('heading')}</h2>
        <p className="hint">{t('hint')}</p>
      </header>
      <div className="toolbar">
        <label>
          {t('cluster')}
          <select value={clusterId ?? ''} data-testid="network-cluster" onChange={(e) => update({ cluster: e.target.value || null, community: null })}>
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
            {(years.data?.targetDashboard.years ?? (year ? [year] : [])).map((y) => (
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
              <select value={labels} onChange={(e) => setLabels(e.target.value as LabelMode)} data-testid="network-labels">
                <option value="top">{t('labelsTop')}</option>
                <option value="all">{t('labelsAll')}</option>
                <option value="none">{t('labelsNone')}</option>
              </select>
            </label>
            <label>
              <input type="checkbox" checked={hideEdges} onChange={(e) => setHideEdges(e.target.checked)} />
              {t('hideEdges')}
            </label>
          </div>
        </details>
        {derived && focus === null && (
          <button type="button" data-testid="network-mode" onClick={() => update({ mode: aggregated ? 'all' : 'aggregate' })}>
            {aggregated ? t('showAll') : t('showAggregated')}
          </button>
        )}
        <span className="spacer" />
        {network && derived && (
          <span className="muted" data-testid="network-summary">
            {t('summary', { nodes: network.nodes.length, edges: network.edges.length, communities: derived.list.length })}
          </span>
        )}
        <GraphExportButtons
          graph={graph}
          disabled={!network || network.nodes.length === 0 || isFetching}
          fileBase={`${t('heading')}${clusterName ? `-${clusterName}` : ''}${year ? `-${year}` : ''}`}
          frame={() => ({
            title: `${t('heading')}${clusterName ? ` · ${clusterName}` : ''}`,
            subtitle: `${year ?? t('allYears')} · ${network ? t('summary', { nodes: network.nodes.length, edges: network.edges.length, communities: derived?.list.length ?? 0 }) : ''} · ${t('app.synthetic', { ns: 'translation' })}`,
            legend: (derived?.list ?? []).slice(0, 8).map((c, i) => ({ label: communityName(c, i), fill: c.color })),
            footnote: `${t('sizeLegend')} · ${t('app.syntheticHint', { ns: 'translation' })}`,
          })}
        />
      </div>

      {network?.truncated && (
        <div className="notice" data-testid="network-truncated">
          {t('truncated', { shown: network.nodes.length, total: network.totalNodes, totalEdges: network.totalEdges })}
        </div>
      )}
      {aggregated && derived && (
        <div className="notice info" data-testid="network-aggregated">
          {mode === 'aggregate' ? t('aggregatedChosen') : t('aggregated', { elements: derived.elementCount.toLocaleString('zh-CN'), limit: AGGREGATE_AT.toLocaleString('zh-CN') })}
        </div>
      )}
      {focusCommunity && (
        <div className="notice info">
          <button type="button" className="link-button" onClick={() => update({ community: null })}>
            {t('backToAll')}
          </button>{' '}
          {t('communityView', { name: communityName(focusCommunity, focusIndex), count: focusCommunity.size })}
        </div>
      )}

      <div className="network-body">
        <div className="graph-area">
          {isLoading && <Loading />}
          {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
          {network && network.nodes.length === 0 && <div className="graph-empty">{t('empty')}</div>}
          {network && network.nodes.length > 0 && (
            <CytoscapeGraph
              key={`${hideEdges}`}
              ref={graph}
              elements={elements}
              stylesheet={stylesheet}
              layout={aggregated ? FORCE_AGGREGATE : FORCE}
              levelOfDetail={{ hideEdgesOnViewport: hideEdges, textureOnViewport: elements.length > 2000 }}
              ariaLabel={t('heading')}
              onNodeTap={(id, nodeData) => {
                if (typeof nodeData.members === 'number') update({ community: String(nodeData.community) });
                else setSelected(id);
              }}
              onBackgroundTap={() => setSelected(null)}
            />
          )}
          {isFetching && !isLoading && <div className="graph-status">{t('common.loading', { ns: 'translation' })}</div>}
          {selectedNode && (
            <div className="graph-detail" data-testid="network-detail">
              <strong>{selectedNode.label}</strong>
              <span className="muted small">{t(`kind.${selectedNode.kind}`)}</span>
              <span className="small">
                {t('detailTies', { count: derived?.degree.get(selectedNode.id) ?? 0 })} · {t('detailCentrality', { value: (selectedNode.centrality ?? 0).toFixed(3) })}
              </span>
              {selectedCommunity && <span className="small">{t('detailCommunity', { name: communityName(selectedCommunity, derived!.list.indexOf(selectedCommunity)) })}</span>}
              {selectedNode.creditCode && <Link to={`/enterprise/${encodeURIComponent(selectedNode.creditCode)}`}>{t('openFirm')}</Link>}
            </div>
          )}
        </div>

        <aside className="top-actors">
          <h3>{t('topHeading')}</h3>
          {network && network.topActors.length === 0 && <p className="muted">{t('topEmpty')}</p>}
          {network && network.topActors.length > 0 && (
            <table className="data-table" data-testid="top-actors">
              <thead>
                <tr>
                  <th className="num">{t('rank')}</th>
                  <th>{t('name')}</th>
                  <th>{t('type')}</th>
                  <th className="num">{t('centrality')}</th>
                  <th className="num">{t('ties')}</th>
                </tr>
              </thead>
              <tbody>
                {network.topActors.map((actor, i) => {
                  const community = derived?.list.find((c) => c.id === (actor.community ?? -1));
                  return (
                    <tr key={actor.id} className={selected === actor.id ? 'clickable active' : 'clickable'} onClick={() => pickActor(actor.id)}>
                      <td className="num">{i + 1}</td>
                      <th scope="row" className="actor-name">
                        <span className="swatch circle" style={{ background: community?.color ?? OTHER_COMMUNITY_COLOR }} title={community ? communityName(community, derived!.list.indexOf(community)) : ''} />
                        {/* the row takes a click; the button makes it reachable from the keyboard */}
                        <button
                          type="button"
                          className="link-button"
                          onClick={(event) => {
                            event.stopPropagation();
                            pickActor(actor.id);
                          }}
                        >
                          {actor.label}
                        </button>
                      </th>
                      <td>{t(`kind.${actor.kind}`)}</td>
                      <td className="num">{(actor.centrality ?? 0).toFixed(3)}</td>
                      <td className="num">{derived?.degree.get(actor.id) ?? 0}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        {derived && (
          <div className="network-legend" aria-label={t('common.legend', { ns: 'translation' })} data-testid="community-legend">
            <strong>{t('communities')}</strong>
            {derived.list.slice(0, 12).map((c, i) => (
              <button
                type="button"
                key={c.id}
                className={focus === c.id ? 'legend-row legend-button active' : 'legend-row legend-button'}
                title={t('communityMembers', { count: c.size })}
                onClick={() => update({ community: focus === c.id ? null : String(c.id) })}
              >
                <span className="swatch circle" style={{ background: c.color }} />
                <span className="legend-name">{communityName(c, i)}</span>
                <span className="count">{c.size}</span>
              </button>
            ))}
            {derived.list.length > 12 && (
              <div className="legend-row muted">
                <span className="swatch circle" style={{ background: OTHER_COMMUNITY_COLOR }} />
                {t('otherCommunities', { count: derived.list.length - 12 })}
              </div>
            )}
            <strong className="legend-sub">{t('kinds')}</strong>
            {KINDS.map((kind) => (
              <div className="legend-row" key={kind}>
                <span className={`swatch ${KIND_SHAPES[kind] === 'triangle' ? 'triangle' : KIND_SHAPES[kind] === 'ellipse' ? 'circle' : KIND_SHAPES[kind] === 'hexagon' ? 'hexagon' : 'square'}`} style={{ background: '#7f8c8d', ['--swatch' as string]: '#7f8c8d' }} />
                {t(`kind.${kind}`)}
              </div>
            ))}
            <div className="legend-row muted">{t('sizeLegend')}</div>
          </div>
        )}
        </aside>
      </div>
      {network && network.nodes.length > 0 && <PartnerList network={network} onPick={pickActor} />}
    </section>
  );
}
