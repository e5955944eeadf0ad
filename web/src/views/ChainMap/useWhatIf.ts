import { useEffect, useMemo, useState } from 'react';
import { gql, useGql } from '../../api/client';
import { WHAT_IF_FIRM_QUERY, WHAT_IF_QUERY, type Firm } from './queries';

/** Names of firms known only by credit code (a what-if restored from a link): one request per firm, in parallel. */
async function fetchFirms(codes: string[]): Promise<Firm[]> {
  return Promise.all(
    codes.map(async (creditCode): Promise<Firm> => {
      const data = await gql(WHAT_IF_FIRM_QUERY, { creditCode });
      return data.enterprise ?? { creditCode, name: creditCode, local: null, chainLeader: false };
    }),
  );
}

/**
 * 断链推演 state: the picks are local until run; the run's firms live in the URL (`remove`, shareable), and a restored
 * link's firms are named by asking for them. `affected`: the segments of the cut-off firms (marked on the map).
 */
export function useWhatIf(clusterId: string, year: number | null, remove: string[]) {
  const [picked, setPicked] = useState<Firm[]>([]);
  const removeKey = remove.join(',');
  useEffect(() => {
    let cancelled = false;
    const known = new Map(picked.map((f) => [f.creditCode, f]));
    const missing = remove.filter((c) => !known.has(c));
    if (missing.length === 0) return;
    fetchFirms(missing)
      .then((firms) => {
        if (!cancelled) setPicked((prev) => [...prev, ...firms.filter((f) => !prev.some((p) => p.creditCode === f.creditCode))]);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
    // only when the URL's run changes (a restored link), not on every pick
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [removeKey]);
  const query = useGql(WHAT_IF_QUERY, { clusterId, remove, year }, { enabled: remove.length > 0, retry: false });
  const result = remove.length > 0 ? (query.data?.whatIf ?? undefined) : undefined;
  const pickedKey = picked
    .map((f) => f.creditCode)
    .sort()
    .join(',');
  const stale = remove.length > 0 && pickedKey !== [...remove].sort().join(',');
  const affected = useMemo(() => {
    const ids = new Set<string>();
    for (const wave of result?.waves ?? []) for (const firm of wave.firms) for (const s of firm.segments) ids.add(s.id);
    return ids;
  }, [result]);
  const pick = (firm: Firm) => setPicked((prev) => (prev.some((p) => p.creditCode === firm.creditCode) ? prev : [...prev, firm]));
  const unpick = (creditCode: string) => setPicked((prev) => prev.filter((f) => f.creditCode !== creditCode));
  const clear = () => setPicked([]);
  return { picked, pick, unpick, clear, result, running: query.isFetching, error: query.error, stale, affected };
}

export type WhatIfState = ReturnType<typeof useWhatIf>;
