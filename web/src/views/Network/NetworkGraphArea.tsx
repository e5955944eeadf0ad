import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { CytoscapeGraph, type NodeHover } from '../../graph/CytoscapeGraph';
import { score } from '../../lib/format';
import { NS } from './messages';
import { FORCE, FORCE_AGGREGATE, stylesheet } from './networkStyle';
import type { NetworkState } from './useNetwork';

/** The graph itself, with its loading, error and empty states, the layout notice and the selected actor's card. */
export function NetworkGraphArea({ state }: { state: NetworkState }) {
  const { t } = useTranslation(NS);
  const { network, elements, aggregated, graph } = state;
  return (
    <div className="graph-area">
      {state.isLoading && <Loading />}
      {state.error && <ErrorMessage error={state.error} onRetry={() => void state.refetch()} />}
      {network && network.nodes.length === 0 && <div className="graph-empty">{t('empty')}</div>}
      {network && network.nodes.length > 0 && (
        <CytoscapeGraph
          key={`${state.hideEdges}`}
          ref={graph}
          elements={elements}
          stylesheet={stylesheet}
          layout={aggregated ? FORCE_AGGREGATE : FORCE}
          levelOfDetail={{ hideEdgesOnViewport: state.hideEdges, textureOnViewport: elements.length > 2000 }}
          ariaLabel={t('heading')}
          onNodeTap={(id, nodeData) => {
            if (typeof nodeData.members === 'number') state.update({ community: String(nodeData.community) });
            else state.setSelected(id);
          }}
          onBackgroundTap={() => state.setSelected(null)}
          onNodeHover={state.setHover}
        />
      )}
      {state.layingOut && (
        <div className="graph-laying-out" role="status" data-testid="network-laying-out">
          <span className="spinner" aria-hidden="true" />
          {t('layouting')}
        </div>
      )}
      {state.isFetching && !state.isLoading && <div className="graph-status">{t('common.loading', { ns: 'translation' })}</div>}
      <NodeDetail state={state} />
      {state.hover && <NodeTooltip hover={state.hover} />}
    </div>
  );
}

/** The actor under the pointer: its name (a label hidden to keep others readable shows here), kind and ties. */
function NodeTooltip({ hover }: { hover: NodeHover }) {
  const { t } = useTranslation(NS);
  const { data } = hover;
  const side = hover.x > hover.boxWidth / 2 ? { right: hover.boxWidth - hover.x + 14 } : { left: hover.x + 14 };
  return (
    <div className="graph-tooltip" role="tooltip" data-testid="network-tooltip" style={{ ...side, top: hover.y + 14 }}>
      <strong>{String(data.label)}</strong>
      {typeof data.members === 'number' ? (
        <span>{t('communityMembers', { count: data.members })}</span>
      ) : (
        <span>
          {t(`kind.${String(data.kind)}`)} · {t('detailTies', { count: Number(data.ties ?? 0) })}
        </span>
      )}
    </div>
  );
}

function NodeDetail({ state }: { state: NetworkState }) {
  const { t } = useTranslation(NS);
  const node = state.selectedNode;
  if (!node) return null;
  const community = state.communityOf(node);
  return (
    <div className="graph-detail" data-testid="network-detail">
      <strong>{node.label}</strong>
      <span className="muted small">{t(`kind.${node.kind}`)}</span>
      <span className="small">
        {t('detailTies', { count: state.derived?.degree.get(node.id) ?? 0 })} · {t('detailCentrality', { value: score(node.centrality) })}
      </span>
      {community && <span className="small">{t('detailCommunity', { name: state.nameOf(community) })}</span>}
      {node.creditCode && <Link to={`/enterprise/${encodeURIComponent(node.creditCode)}`}>{t('openFirm')}</Link>}
    </div>
  );
}
