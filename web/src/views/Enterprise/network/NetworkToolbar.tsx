import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPLY_NEIGHBORHOOD_MAX_DEPTH } from '#shared/limits.js';
import type { CytoscapeGraphHandle } from '../../../graph/CytoscapeGraph';
import { GraphExportButtons } from '../../../graph/GraphExportButtons';
import { NS } from '../messages';
import { DIRECTIONS, type Direction } from '../queries';
import type { NetworkChange, NetworkLayout } from '../useEnterpriseDetail';
import { CENTRE_COLOR, LEADER_COLOR, LOCAL_COLOR, OUTSIDE_COLOR, PATH_COLOR, SRDI_COLOR } from './styles';
import type { SupplyNetworkSettings, SupplyNetworkState } from './useSupplyNetwork';

/** Depth, direction and layout; the counts; collapse all; the image exports (with their title and legend). */
export function NetworkToolbar({
  settings,
  name,
  network,
  graph,
  onChange,
}: {
  settings: SupplyNetworkSettings;
  name: string;
  network: SupplyNetworkState;
  graph: RefObject<CytoscapeGraphHandle | null>;
  onChange: (change: NetworkChange) => void;
}) {
  const { t } = useTranslation(NS);
  const { depth, direction, layout } = settings;
  const { visible } = network;
  return (
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
        <select value={layout} data-testid="layout-select" onChange={(e) => onChange({ layout: e.target.value as NetworkLayout })}>
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
        <button type="button" onClick={network.collapseAll} data-testid="collapse-all">
          {t('network.collapseAll')}
        </button>
      )}
      <GraphExportButtons
        graph={graph}
        disabled={!network.baseGraph || network.base.isFetching}
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
            ...(network.pathGraph ? [{ label: t('network.legendPath'), fill: '#ffffff', border: PATH_COLOR }] : []),
          ],
          footnote: `${t('network.legendEdge')} · ${t('app.syntheticHint', { ns: 'translation' })}`,
        })}
      />
    </div>
  );
}
