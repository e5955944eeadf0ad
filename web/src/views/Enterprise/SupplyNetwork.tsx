import { useQueryClient } from '@tanstack/react-query';
import type { LayoutOptions, StylesheetJson } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SrdiLevel } from '#shared/enums.js';
import { SRDI_LEVEL_LABELS } from '#shared/labels.js';
import { SUPPLY_NEIGHBORHOOD_MAX_DEPTH } from '#shared/limits.js';
import { gql, useGql, type ApiError } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { pick } from '../../i18n';
import { CytoscapeGraph, type CytoscapeGraphHandle } from '../../graph/CytoscapeGraph';
import { GraphExportButtons } from '../../graph/GraphExportButtons';
import { EnterpriseSearchBox } from './EnterpriseSearchBox';
import { SupplyList } from './SupplyList';
import { NS } from './messages';
import { choosePath, DIRECTIONS, isDirected, NEIGHBORHOOD_QUERY, PATH_QUERY, type Direction, type PathResult, type SupplyGraph } from './queries';
import { collapse, layeredPositions, supplyElements, visibleGraph, type Expansion } from './supplyGraph';

export const LOCAL_COLOR = '#2874a6';
export const OUTSIDE_COLOR = '#d68910';
export const CENTRE_COLOR = '#b03a2e';
export const PATH_COLOR = '#7d3c98';
export const LEADER_COLOR = '#c9a227';
export const SRDI_COLOR = '#1e8449';

const stylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 11,
      'min-zoomed-font-size': 7,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      color: '#1f2d3d',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.key', style: { 'font-size': 20, 'min-zoomed-font-size': 4, 'font-weight': 'bold', 'text-max-width': '260px' } },
  { selector: 'node.local', style: { shape: 'ellipse', 'background-color': LOCAL_COLOR } },
  { selector: 'node.outside', style: { shape: 'diamond', 'background-color': OUTSIDE_COLOR } },
  // before the centre's style: the centre keeps its red border even when it is a 链主
  { selector: 'node.leader', style: { 'border-width': 4, 'border-color': LEADER_COLOR } },
  { selector: 'node.centre', style: { 'border-width': 5, 'border-color': CENTRE_COLOR, 'font-size': 26, 'min-zoomed-font-size': 0, 'font-weight': 'bold', 'text-max-width': '360px', 'text-wrap': 'wrap', 'z-index': 10 } },
  { selector: 'node.srdi', style: { 'underlay-color': SRDI_COLOR, 'underlay-padding': 5, 'underlay-opacity': 0.35, 'underlay-shape': 'ellipse' } },
  { selector: 'node.expanded', style: { 'border-width': 5, 'border-style': 'double', 'border-color': '#1f2d3d' } },
  { selector: 'node:selected', style: { 'overlay-color': '#1f2d3d', 'overlay-opacity': 0.15, 'overlay-padding': 6 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#9aa9b8',
      'target-arrow-color': '#9aa9b8',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      'curve-style': 'bezier',
      opacity: 0.8,
    },
  },
  { selector: 'edge:selected', style: { 'line-color': '#1f2d3d', 'target-arrow-color': '#1f2d3d', opacity: 1 } },
  { selector: '.dimmed', style: { opacity: 0.18 } },
  { selector: 'node.path', style: { 'border-width': 5, 'border-color': PATH_COLOR, 'z-index': 20, 'font-weight': 'bold', 'font-size': 18, 'min-zoomed-font-size': 0, color: '#4a235a', 'text-background-opacity': 0.9, 'text-max-width': '300px' } },
  { selector: 'edge.path', style: { 'line-color': PATH_COLOR, 'target-arrow-color': PATH_COLOR, opacity: 1, 'z-index': 20, width: 'mapData(width, 0, 10, 5, 10)' } },
];

const FORCE_LAYOUT = { name: 'fcose', quality: 'default', randomize: true, animate: false, nodeRepulsion: 9000, idealEdgeLength: 110, padding: 30, fit: true } as unknown as LayoutOptions;
const PRESET_LAYOUT: LayoutOptions = { name: 'preset', padding: 30, fit: true };

interface Selection {
  kind: 'node' | 'edge';
  data: Record<string, unknown>;
}

export interface SupplyNetworkProps {
  creditCode: string;
  name: string;
  depth: number;
  direction: Direction;
  layout: 'layered' | 'force';
  pathTo: string | null;
  onChange: (change: { depth?: number; direction?: Direction; layout?: 'layered' | 'force'; pathTo?: string | null }) => void;
}

const wan = (value: unknown) => (typeof value === 'number' ? value.toLocaleString('zh-CN', { maximumFractionDigits: 1 }) : '—');

/** The firm's suppliers and customers: depth, direction, expand/collapse, the path to another firm, export. */
export function SupplyNetwork({ creditCode, name, depth, direction, layout, pathTo, onChange }: SupplyNetworkProps) {
  const { t } = useTranslation(NS);
  const queryClient = useQueryClient();
  const graph = useRef<CytoscapeGraphHandle>(null);
  const base = useGql<{ supplyNeighborhood: SupplyGraph }>(NEIGHBORHOOD_QUERY, { creditCode, depth, direction });
  const path = useGql<PathResult>(PATH_QUERY, { from: creditCode, to: pathTo }, { enabled: Boolean(pathTo) && pathTo !== creditCode });
  const [expansions, setExpansions] = useState<Expansion[]>([]);
  const [expanding, setExpanding] = useState<string | null>(null);
  const [expandError, setExpandError] = useState<ApiError | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);

  // A new path target: what was selected before no longer matters.
  useEffect(() => setSelection(null), [pathTo]);

  // A new centre, depth or direction starts from its own neighbourhood.
  useEffect(() => {
    setExpansions([]);
    setSelection(null);
    setExpandError(null);
  }, [creditCode, depth, direction]);

  const baseGraph = base.data?.supplyNeighborhood ?? null;
  const pathGraph = useMemo(() => (pathTo ? choosePath(path.data) : null), [pathTo, path.data]);
  const visible = useMemo(() => (baseGraph ? visibleGraph(baseGraph, expansions, pathGraph) : null), [baseGraph, expansions, pathGraph]);
  const elements = useMemo(() => {
    if (!visible) return [];
    const positions = layout === 'layered' ? layeredPositions(creditCode, visible.nodes, visible.edges) : undefined;
    return supplyElements(visible, { centre: creditCode, expanded: visible.active, path: pathGraph, positions });
  }, [visible, layout, creditCode, pathGraph]);
  const cyLayout = layout === 'layered' ? PRESET_LAYOUT : FORCE_LAYOUT;

  const toggle = useCallback(
    async (id: string) => {
      if (!baseGraph || id === creditCode || expanding) return;
      if (expansions.some((e) => e.root === id)) {
        setExpansions((current) => collapse(baseGraph, current, id));
        return;
      }
      setExpanding(id);
      setExpandError(null);
      try {
        // in the direction chosen for the whole graph (仅供应商: a supplier's suppliers, not its customers)
        const variables = { creditCode: id, depth: 1, direction };
        const data = await queryClient.fetchQuery({
          queryKey: [NEIGHBORHOOD_QUERY, variables],
          queryFn: ({ signal }) => gql<{ supplyNeighborhood: SupplyGraph }>(NEIGHBORHOOD_QUERY, variables, signal),
        });
        setExpansions((current) => (current.some((e) => e.root === id) ? current : [...current, { root: id, graph: data.supplyNeighborhood }]));
      } catch (error) {
        setExpandError(error as ApiError);
      } finally {
        setExpanding(null);
      }
    },
    [baseGraph, creditCode, direction, expanding, expansions, queryClient],
  );

  const selected = selection?.kind === 'node' ? selection.data : null;
  const selectedEdge = selection?.kind === 'edge' ? selection.data : null;
  const nodeName = (id: unknown) => (visible && typeof id === 'string' ? (visible.nodes.get(id)?.label ?? id) : '');

  return (
    <section className="ent-network" aria-label={t('network.heading')}>
      <div className="toolbar">
        <h3>{t('network.heading')}</h3>
        <label>
          {t('network.depth')}
          <select value={depth} data-testid="depth-select" onChange={(e) => onChange({ depth: Number(e.target.value) })}>
            {Array.from({ length: SUPPLY_NEIGHBORHOOD_MAX_DEPTH }, (_, i) => i + 1).map((d) => (
              <option key={d} value={d}>
                {t('network.depthOption', { depth: d })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('network.direction')}
          <select value={direction} data-testid="direction-select" onChange={(e) => onChange({ direction: e.target.value as Direction })}>
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(`network.${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('network.layout')}
          <select value={layout} data-testid="layout-select" onChange={(e) => onChange({ layout: e.target.value as 'layered' | 'force' })}>
            <option value="layered">{t('network.layered')}</option>
            <option value="force">{t('network.force')}</option>
          </select>
        </label>
        <span className="spacer" />
        {visible && (
          <span className="muted" data-testid="network-summary">
            {t('network.summary', { nodes: visible.nodes.size, edges: visible.edges.size })}
          </span>
        )}
        {visible && visible.active.length > 0 && (
          <button type="button" onClick={() => setExpansions([])} data-testid="collapse-all">
            {t('network.collapseAll')}
          </button>
        )}
        <GraphExportButtons
          graph={graph}
          disabled={!baseGraph || base.isFetching}
          fileBase={`${name}-${t('network.heading')}`}
          frame={() => ({
            title: `${name} · ${t('network.heading')}`,
            subtitle: `${t('network.depthOption', { depth })} · ${t(`network.${direction}`)} · ${t('app.synthetic', { ns: 'translation' })} · ${new Date().toLocaleDateString('zh-CN')}`,
            legend: [
              { label: t('network.legendCentre'), fill: LOCAL_COLOR, border: CENTRE_COLOR },
              { label: t('network.legendLocal'), fill: LOCAL_COLOR },
              { label: t('network.legendOutside'), fill: OUTSIDE_COLOR },
              { label: t('network.legendLeader'), fill: LOCAL_COLOR, border: LEADER_COLOR },
              { label: t('network.legendSrdi'), fill: SRDI_COLOR },
              ...(pathGraph ? [{ label: t('network.legendPath'), fill: '#ffffff', border: PATH_COLOR }] : []),
            ],
            footnote: `${t('network.legendEdge')} · ${t('app.syntheticHint', { ns: 'translation' })}`,
          })}
        />
      </div>

      <PathFinder creditCode={creditCode} pathTo={pathTo} path={pathGraph} loading={path.isFetching} error={path.error} onChange={(to) => onChange({ pathTo: to })} names={nodeName} />

      {baseGraph?.truncated && (
        <div className="notice" data-testid="truncated-notice">
          {t('network.truncated', { shown: baseGraph.nodes.length, total: baseGraph.totalNodes, totalEdges: baseGraph.totalEdges })}
        </div>
      )}
      {expandError && <ErrorMessage error={expandError} onRetry={() => setExpandError(null)} />}

      <div className="graph-area">
        {base.isLoading && <Loading />}
        {base.error && <ErrorMessage error={base.error} onRetry={() => void base.refetch()} />}
        {baseGraph && (
          <CytoscapeGraph
            ref={graph}
            elements={elements}
            stylesheet={stylesheet}
            layout={cyLayout}
            update="merge"
            ariaLabel={`${t('network.heading')} ${name}`}
            onNodeTap={(_id, data) => setSelection({ kind: 'node', data })}
            onEdgeTap={(_id, data) => setSelection({ kind: 'edge', data })}
            onBackgroundTap={() => setSelection(null)}
            onNodeDoubleTap={(id) => void toggle(id)}
          />
        )}
        {baseGraph && baseGraph.nodes.length <= 1 && <div className="graph-empty">{t('network.noLinks')}</div>}
        {expanding && <div className="graph-status">{t('network.expanding')}</div>}
        {selected && (
          <div className="graph-detail" data-testid="node-detail">
            <strong>{String(selected.label)}</strong>
            <div className="muted small">
              {selected.local ? t('profile.local') : t('profile.outside')} · {String(selected.creditCode)}
            </div>
            {(selected.chainLeader === true || typeof selected.srdiLevel === 'string') && (
              <div className="small">
                {selected.chainLeader === true && <span className="tag tag-leader">{t('profile.chainLeader')}</span>}
                {typeof selected.srdiLevel === 'string' && selected.srdiLevel !== 'NONE' && (
                  <span className="tag tag-srdi">{pick(SRDI_LEVEL_LABELS[selected.srdiLevel as SrdiLevel])}</span>
                )}
              </div>
            )}
            <div className="small">
              {t('network.revenue')}：{typeof selected.revenue !== 'number' && selected.revenueBand ? String(selected.revenueBand) : `${wan(selected.revenue)} ${t('common.wan', { ns: 'translation' })}`}
            </div>
            {typeof selected.depth === 'number' && selected.depth > 0 && <div className="small muted">{t('network.depthFromCentre', { depth: selected.depth })}</div>}
            {selected.creditCode !== creditCode && (
              <div className="detail-actions">
                <Link to={`/enterprise/${encodeURIComponent(String(selected.creditCode))}`}>{t('network.openFirm')}</Link>
                <button type="button" onClick={() => void toggle(String(selected.creditCode))}>
                  {visible?.active.includes(String(selected.creditCode)) ? t('network.collapse') : t('network.expand')}
                </button>
                <button type="button" onClick={() => onChange({ pathTo: String(selected.creditCode) })}>
                  {t('network.pathTo')}
                </button>
              </div>
            )}
          </div>
        )}
        {selectedEdge && (
          <div className="graph-detail" data-testid="edge-detail">
            <strong>{t('network.edgeDetail', { supplier: nodeName(selectedEdge.source), buyer: nodeName(selectedEdge.target) })}</strong>
            <div className="small">
              {typeof selectedEdge.value !== 'number' && selectedEdge.valueBand ? t('network.edgeBand', { band: String(selectedEdge.valueBand) }) : t('network.edgeValue', { value: wan(selectedEdge.value) })}
            </div>
            {selectedEdge.product ? <div className="small">{t('network.edgeProduct', { product: String(selectedEdge.product) })}</div> : null}
            {typeof selectedEdge.year === 'number' && selectedEdge.year > 0 && <div className="small muted">{t('network.edgeYear', { year: selectedEdge.year })}</div>}
          </div>
        )}
      </div>
      <aside className="legend-strip" aria-label={t('common.legend', { ns: 'translation' })}>
        <div className="legend-row">
          <span className="swatch circle" style={{ background: LOCAL_COLOR, outline: `3px solid ${CENTRE_COLOR}` }} />
          {t('network.legendCentre')}
        </div>
        <div className="legend-row">
          <span className="swatch circle" style={{ background: LOCAL_COLOR }} />
          {t('network.legendLocal')}
        </div>
        <div className="legend-row">
          <span className="swatch diamond" style={{ background: OUTSIDE_COLOR }} />
          {t('network.legendOutside')}
        </div>
        <div className="legend-row" data-testid="legend-leader">
          <span className="swatch circle" style={{ background: LOCAL_COLOR, outline: `3px solid ${LEADER_COLOR}` }} />
          {t('network.legendLeader')}
        </div>
        <div className="legend-row" data-testid="legend-srdi">
          <span className="swatch circle" style={{ background: LOCAL_COLOR, boxShadow: `0 0 0 4px ${SRDI_COLOR}59` }} />
          {t('network.legendSrdi')}
        </div>
        <div className="legend-row">
          <span className="swatch circle" style={{ background: '#bbb', border: '3px double #1f2d3d' }} />
          {t('network.legendExpanded')}
        </div>
        <div className="legend-row">
          <span className="swatch line" style={{ background: PATH_COLOR }} />
          {t('network.legendPath')}
        </div>
        <div className="legend-row muted">
          <span className="edge-widths" aria-hidden>
            <i style={{ height: 1 }} />
            <i style={{ height: 3 }} />
            <i style={{ height: 6 }} />
          </span>
          {t('network.legendEdge')}
        </div>
        {visible && visible.active.length > 0 && <div className="legend-row muted">{t('network.expanded', { count: visible.active.length })}</div>}
      </aside>
      <p className="hint">{t('network.hint')}</p>
      {visible && <SupplyList centre={creditCode} name={name} graph={visible} />}
    </section>
  );
}

function PathFinder({
  creditCode,
  pathTo,
  path,
  loading,
  error,
  onChange,
  names,
}: {
  creditCode: string;
  pathTo: string | null;
  path: SupplyGraph | null;
  loading: boolean;
  error: ApiError | null;
  onChange: (to: string | null) => void;
  names: (id: unknown) => string;
}) {
  const { t } = useTranslation(NS);
  // The path as a chain of names in path order; each arrow shows the real supply direction.
  const steps = path ? [...path.nodes].sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0)) : [];
  const undirected = path ? !isDirected(path) : false;
  const arrow = (i: number) => (path?.edges[i - 1]?.source === steps[i - 1]?.id ? ' → ' : ' ← ');
  return (
    <div className="path-finder" data-testid="path-finder">
      <span className="path-label">{t('network.pathHeading')}</span>
      <EnterpriseSearchBox placeholder={t('network.pathPlaceholder')} exclude={creditCode} testId="path-search" onSelect={(hit) => onChange(hit.creditCode)} />
      {pathTo && (
        <button type="button" onClick={() => onChange(null)} data-testid="path-clear">
          {t('network.pathClear')}
        </button>
      )}
      <span className="path-result" data-testid="path-result">
        {!pathTo && <span className="muted small">{t('network.pathHint')}</span>}
        {pathTo && loading && <span className="muted">{t('common.loading', { ns: 'translation' })}</span>}
        {pathTo && error && <ErrorMessage error={error} />}
        {pathTo && !loading && !error && !path && <span className="warn">{t('network.pathNone')}</span>}
        {path && (
          <>
            <strong>{t('network.pathFound', { steps: path.edges.length })}：</strong>
            {steps.map((node, i) => (
              <span key={node.id}>
                {i > 0 && <span className="arrow">{arrow(i)}</span>}
                <span className="path-node">{node.label || names(node.id)}</span>
              </span>
            ))}
            {undirected && <div className="muted small">{t('network.pathUndirected')}</div>}
          </>
        )}
      </span>
    </div>
  );
}
