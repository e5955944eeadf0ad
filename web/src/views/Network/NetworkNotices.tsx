import { useTranslation } from 'react-i18next';
import { integer } from '../../lib/format';
import { NS } from './messages';
import { AGGREGATE_AT } from './networkGraph';
import type { NetworkState } from './useNetwork';

/** What the page says above the graph: the server's cap, the grouping by community, the community being viewed. */
export function NetworkNotices({ state }: { state: NetworkState }) {
  const { t } = useTranslation(NS);
  const { network, derived, aggregated, focusCommunity } = state;
  return (
    <>
      {network?.truncated && (
        <div className="notice" data-testid="network-truncated">
          {t('truncated', { shown: network.nodes.length, total: network.totalNodes, totalEdges: network.totalEdges })}
        </div>
      )}
      {aggregated && derived && (
        <div className="notice info" data-testid="network-aggregated">
          {state.mode === 'aggregate'
            ? t('aggregatedChosen')
            : t('aggregated', { elements: integer(derived.elementCount), limit: integer(AGGREGATE_AT) })}
        </div>
      )}
      {focusCommunity && (
        <div className="notice info">
          <button type="button" className="link-button" onClick={() => state.update({ community: null })}>
            {t('backToAll')}
          </button>{' '}
          {t('communityView', { name: state.nameOf(focusCommunity), count: focusCommunity.size })}
        </div>
      )}
    </>
  );
}
