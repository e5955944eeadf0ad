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
import { SelectField, type Choice } from '../../../components/Select';

const DEPTHS = Array.from({ length: SUPPLY_NEIGHBORHOOD_MAX_DEPTH }, (_, i) => i + 1);
const LAYOUTS: readonly NetworkLayout[] = ['layered', 'force'];

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
  const { depth, direction } = settings;
  const { visible } = network;
  // each setting (its select named `<key>-select`), its choices and the change a chosen value makes
  const selects: { key: 'depth' | 'direction' | 'layout'; items: Choice[]; change: (value: string) => NetworkChange }[] = [
    {
      key: 'depth',
      items: DEPTHS.map((d) => ({ value: String(d), label: t('network.depthOption', { depth: d }) })),
      change: (v) => ({ depth: Number(v) }),
    },
    {
      key: 'direction',
      items: DIRECTIONS.map((d) => ({ value: d, label: t(`network.${d}`) })),
      change: (v) => ({ direction: v as Direction }),
    },
    {
      key: 'layout',
      items: LAYOUTS.map((l) => ({ value: l, label: t(`network.${l}`) })),
      change: (v) => ({ layout: v as NetworkLayout }),
    },
  ];
  return (
    <div className="toolbar">
      <h3>{t('network.heading')}</h3>
      {selects.map(({ key, change, items }) => (
        <SelectField
          key={key}
          label={t(`network.${key}`)}
          value={settings[key]}
          testId={`${key}-select`}
          onChange={(v) => onChange(change(v))}
          items={items}
        />
      ))}
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
