import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { LocalScope } from '../../gql/graphql';
import { useCan } from '../../auth/session';
import { scopeFromParam } from '../../lib/links';

const CHAIN_TABS = ['targets', 'extension', 'risks', 'whatif', 'evolution', 'attract'] as const;
export type ChainTab = (typeof CHAIN_TABS)[number];

/**
 * The chain map's selection lives in the URL so that a link can be shared and a reload
 * restores it: ?year=2023&seg=BRG-01&tab=targets&tseg=BRG-01&remove=<code>,<code>
 *   year   the supply year analysed (absent: the latest)
 *   seg    the segment whose panel is open
 *   tab    the list shown below the map
 *   tseg   the segment filter of the targets list
 *   rseg   the segment filter of the single-source risks
 *   remove the firms of the what-if that was run
 *   from   the earlier year the map is compared with (chainEvolution)
 *   attract the firms of the 若引进 what-if (whatIfAttract)
 *   scope  where a firm counts as local: county / province (absent: city, the default)
 */
export function useChainParams() {
  const [params, setParams] = useSearchParams();
  // the investment targets are for roles that may read target lists; others open on the next tab
  const mayReadTargets = useCan('targets:read');
  const state = useMemo(() => {
    const yearText = params.get('year');
    const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
    const tabText = params.get('tab');
    const usable = CHAIN_TABS.filter((tab) => tab !== 'targets' || mayReadTargets);
    const tab: ChainTab = (usable as readonly string[]).includes(tabText ?? '') ? (tabText as ChainTab) : usable[0]!;
    const list = (key: string) =>
      (params.get(key) ?? '')
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
    const fromText = params.get('from');
    const from = fromText && /^\d{4}$/.test(fromText) ? Number(fromText) : null;
    const scope: LocalScope = scopeFromParam(params.get('scope'));
    return {
      tabs: usable,
      year,
      scope,
      seg: params.get('seg'),
      tab,
      tseg: params.get('tseg'),
      rseg: params.get('rseg'),
      remove: list('remove'),
      from,
      attract: list('attract'),
    };
  }, [params, mayReadTargets]);

  const update = useCallback(
    (
      patch: Partial<Record<'year' | 'seg' | 'tab' | 'tseg' | 'rseg' | 'remove' | 'from' | 'attract' | 'scope', string | number | null>>,
    ) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(patch)) {
            if (value === null || value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [state, update] as const;
}
