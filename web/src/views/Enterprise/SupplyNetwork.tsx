import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { CytoscapeGraph, type CytoscapeGraphHandle, type NodeHover } from '../../graph/CytoscapeGraph';
import { NS } from './messages';
import { HubGroups } from './network/HubGroups';
import { NetworkLegend } from './network/NetworkLegend';
import { NetworkToolbar } from './network/NetworkToolbar';
import { PathFinder } from './network/PathFinder';
import { EdgeDetail, NodeDetail, NodeTooltip } from './network/SelectionDetail';
import { stylesheet } from './network/styles';
import { useSupplyNetwork, type SupplyNetworkSettings } from './network/useSupplyNetwork';
import { SupplyList } from './SupplyList';
import type { HubGroup } from './supplyGraph';
import type { NetworkChange } from './useEnterpriseDetail';

export interface SupplyNetworkProps extends SupplyNetworkSettings {
  name: string;
  onChange: (change: NetworkChange) => void;
}

/** The firm's suppliers and customers: depth, direction, expand/collapse, the path to another firm, export. */
export function SupplyNetwork({ name, onChange, ...settings }: SupplyNetworkProps) {
  const { t } = useTranslation(NS);
  const graph = useRef<CytoscapeGraphHandle>(null);
  // a group's name: its segment, or local / outside firms without one
  const groupName = useCallback(
    (group: HubGroup) => group.segmentName ?? t(group.local ? 'network.groupLocal' : 'network.groupOutside'),
    [t],
  );
  const groupLabel = useCallback(
    (group: HubGroup) => t('network.groupLabel', { name: groupName(group), count: group.members.length }),
    [t, groupName],
  );
  const network = useSupplyNetwork(settings, onChange, groupLabel);
  const [hover, setHover] = useState<NodeHover | null>(null);
  const { creditCode, pathTo } = settings;
  const { base, baseGraph, path, selection, setSelection, visible } = network;

  return (
    <section className="ent-network" aria-label={t('network.heading')}>
      <NetworkToolbar settings={settings} name={name} network={network} graph={graph} onChange={onChange} />
      <PathFinder
        creditCode={creditCode}
        pathTo={pathTo}
        path={network.pathGraph}
        loading={path.isFetching}
        error={path.error}
        onChange={(to) => onChange({ pathTo: to })}
        names={network.nodeName}
      />
      {baseGraph?.truncated && (
        <div className="notice" data-testid="truncated-notice">
          {t('network.truncated', { shown: baseGraph.nodes.length, total: baseGraph.totalNodes, totalEdges: baseGraph.totalEdges })}
        </div>
      )}
      <HubGroups network={network} groupName={groupName} />
      {network.expandError && <ErrorMessage error={network.expandError} onRetry={network.retryExpansion} />}
      <div className="graph-area">
        {base.isLoading && <Loading />}
        {base.error && <ErrorMessage error={base.error} onRetry={() => void base.refetch()} />}
        {baseGraph && (
          <CytoscapeGraph
            ref={graph}
            elements={network.elements}
            stylesheet={stylesheet}
            layout={network.cyLayout}
            update="merge"
            fit={network.fit}
            ariaLabel={`${t('network.heading')} ${name}`}
            onNodeTap={(id, data) => (typeof data.members === 'number' ? network.openGroup(id) : setSelection({ kind: 'node', data }))}
            onEdgeTap={(_id, data) => setSelection({ kind: 'edge', data })}
            onBackgroundTap={() => setSelection(null)}
            onNodeDoubleTap={(id) => network.toggle(id)}
            onNodeHover={setHover}
          />
        )}
        {baseGraph && baseGraph.nodes.length <= 1 && <div className="graph-empty">{t('network.noLinks')}</div>}
        {hover && <NodeTooltip hover={hover} />}
        {network.expanding && <div className="graph-status">{t('network.expanding')}</div>}
        {selection?.kind === 'node' && (
          <NodeDetail selected={selection.data} centre={creditCode} network={network} onPathTo={(to) => onChange({ pathTo: to })} />
        )}
        {selection?.kind === 'edge' && <EdgeDetail selectedEdge={selection.data} nodeName={network.nodeName} />}
      </div>
      <NetworkLegend expandedCount={visible?.active.length ?? 0} />
      <p className="hint">{t('network.hint')}</p>
      {visible && <SupplyList centre={creditCode} name={name} graph={visible} />}
    </section>
  );
}
