import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { checkCreditCode } from '#shared/creditCode.js';
import { SUPPLY_NEIGHBORHOOD_MAX_DEPTH } from '#shared/limits.js';
import { useGql } from '../../api/client';
import { DIRECTIONS, ENTERPRISE_QUERY, type Direction } from './queries';
import { remember } from './recent';
import { ALL_GROUPS_OPEN, isGroupId } from './supplyGraph';

export type NetworkLayout = 'layered' | 'force';

/** A change of the network's settings, written to the address. */
export interface NetworkChange {
  depth?: number;
  direction?: Direction;
  layout?: NetworkLayout;
  pathTo?: string | null;
  /** the firms expanded, in the order they were (none: the neighbourhood alone) */
  expanded?: string[];
  /** the hub groups opened (supplyGraph groupHubs; '*': every group) */
  open?: string[];
}

/** At most this many expanded firms are read from an address (a hand-made link cannot ask for hundreds). */
const EXPANDED_MAX = 20;
/** At most this many opened groups are read from an address, each a group id of a sane length. */
const OPEN_GROUPS_MAX = 50;
const GROUP_ID_MAX_LENGTH = 160;

/** The network settings as the address has them (?depth=&dir=&layout=&to=&x=&g=), bad values replaced by the defaults. */
function networkOf(params: URLSearchParams) {
  const depthParam = Number(params.get('depth') ?? 1);
  const depth = Number.isInteger(depthParam) && depthParam >= 1 && depthParam <= SUPPLY_NEIGHBORHOOD_MAX_DEPTH ? depthParam : 1;
  const dirParam = params.get('dir') as Direction | null;
  const direction: Direction = dirParam && DIRECTIONS.includes(dirParam) ? dirParam : 'BOTH';
  const layout: NetworkLayout = params.get('layout') === 'force' ? 'force' : 'layered';
  const to = checkCreditCode(params.get('to') ?? '');
  const expanded: string[] = [];
  for (const raw of (params.get('x') ?? '').split(',')) {
    const code = checkCreditCode(raw);
    if (code.ok && !expanded.includes(code.code) && expanded.length < EXPANDED_MAX) expanded.push(code.code);
  }
  const open = [
    ...new Set(
      (params.get('g') ?? '').split(',').filter((id) => id === ALL_GROUPS_OPEN || (isGroupId(id) && id.length <= GROUP_ID_MAX_LENGTH)),
    ),
  ].slice(0, OPEN_GROUPS_MAX);
  return { depth, direction, layout, pathTo: to.ok ? to.code : null, expanded, open };
}

/**
 * A firm's page: its credit code checked, its profile (remembered among the recent firms), and
 * the network settings (depth, direction, layout, path, expanded firms, opened groups: ?depth=&dir=&layout=&to=&x=&g=)
 * kept in the address so that a link reopens the same picture.
 */
export function useEnterpriseDetail(rawCode: string) {
  const [params, setParams] = useSearchParams();
  const checked = checkCreditCode(rawCode);
  const creditCode = checked.ok ? checked.code : rawCode;
  const profile = useGql(ENTERPRISE_QUERY, { creditCode }, { enabled: checked.ok });
  const firm = profile.data?.enterprise ?? null;
  useEffect(() => {
    if (firm) remember({ creditCode: firm.creditCode, name: firm.name });
  }, [firm]);

  const change = (next: NetworkChange) => {
    const p = new URLSearchParams(params);
    const set = (key: string, value: string | null, fallback: string) =>
      value === null || value === fallback ? p.delete(key) : p.set(key, value);
    if (next.depth !== undefined) set('depth', String(next.depth), '1');
    if (next.direction !== undefined) set('dir', next.direction, 'BOTH');
    if (next.layout !== undefined) set('layout', next.layout, 'layered');
    if (next.pathTo !== undefined) set('to', next.pathTo, '');
    // another depth or direction starts from its own neighbourhood
    if (next.depth !== undefined || next.direction !== undefined) {
      p.delete('x');
      p.delete('g');
    }
    if (next.expanded !== undefined) set('x', next.expanded.join(','), '');
    if (next.open !== undefined) set('g', next.open.join(','), '');
    setParams(p, { replace: false });
  };
  return { valid: checked.ok, creditCode, profile, firm, network: networkOf(params), change };
}
