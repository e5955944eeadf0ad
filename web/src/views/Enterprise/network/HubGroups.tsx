import { useTranslation } from 'react-i18next';
import { NS } from '../messages';
import type { HubGroup } from '../supplyGraph';
import type { SupplyNetworkState } from './useSupplyNetwork';

/**
 * The hub groups drawn in the graph, as buttons (keyboard: Tab to one, Enter opens it, as a click
 * on the group node does): per hub and side, one button per segment with its count; open all or
 * group again.
 */
export function HubGroups({ network, groupName }: { network: SupplyNetworkState; groupName: (group: HubGroup) => string }) {
  const { t } = useTranslation(NS);
  const { groups, openedGroups } = network;
  if (groups.length === 0 && openedGroups.length === 0) return null;
  const byHub = new Map<string, HubGroup[]>();
  for (const group of groups) {
    const key = `${group.hub}|${group.side}`;
    byHub.set(key, [...(byHub.get(key) ?? []), group]);
  }
  return (
    <div className="hub-groups notice info" data-testid="hub-groups">
      {[...byHub.values()].map((list) => {
        const { hub, side } = list[0]!;
        const count = list.reduce((s, g) => s + g.members.length, 0);
        return (
          <div key={`${hub}|${side}`} className="hub-group-row">
            <span>{t('network.groupsHeading', { hub: network.nodeName(hub), count, side: t(`network.groupSide.${side}`) })}</span>
            {list.map((group) => (
              <button
                type="button"
                key={group.id}
                className="hub-group-button"
                data-testid="hub-group-button"
                data-group={group.id}
                onClick={() => network.openGroup(group.id)}
              >
                {t('network.groupOpen', { name: groupName(group), count: group.members.length })}
              </button>
            ))}
          </div>
        );
      })}
      <div className="hub-group-row">
        {openedGroups.length > 0 && <span className="muted">{t('network.groupsOpened', { count: openedGroups.length })}</span>}
        {groups.length > 0 && (
          <button type="button" className="link-button" data-testid="hub-groups-open-all" onClick={network.openAllGroups}>
            {t('network.groupsOpenAll')}
          </button>
        )}
        {openedGroups.length > 0 && (
          <button type="button" className="link-button" data-testid="hub-groups-regroup" onClick={network.regroup}>
            {t('network.groupsRegroup')}
          </button>
        )}
      </div>
    </div>
  );
}
