import { useTranslation } from 'react-i18next';
import '../../graph/ui.css';
import { CommunityLegend } from './CommunityLegend';
import { NS } from './messages';
import { NetworkGraphArea } from './NetworkGraphArea';
import { NetworkNotices } from './NetworkNotices';
import { NetworkToolbar } from './NetworkToolbar';
import { PartnerList } from './PartnerList';
import { TopActors } from './TopActors';
import { useNetwork } from './useNetwork';
import './network.css';
import { ViewPage } from '../../components/ViewPage';

/**
 * 产学研网络 (/network?cluster=&year=&community=&mode=): firms, institutes and platforms with
 * their ties, coloured by community and sized by centrality, the ten most central actors in a
 * table. Larger networks are shown by community first (see AGGREGATE_AT), and the server's cap
 * on nodes is said plainly.
 */
export function NetworkView() {
  const { t } = useTranslation(NS);
  const state = useNetwork();
  const { network } = state;
  return (
    <ViewPage className="view-network" title={t('heading')} hint={t('hint')}>
      <NetworkToolbar state={state} />
      <NetworkNotices state={state} />
      <div className="network-body">
        <NetworkGraphArea state={state} />
        <aside className="card top-actors">
          <TopActors state={state} />
          <CommunityLegend state={state} />
        </aside>
      </div>
      {network && network.nodes.length > 0 && <PartnerList network={network} onPick={state.pickActor} />}
    </ViewPage>
  );
}
