import { keepPreviousData } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { GAP_STATUSES, type GapStatus } from '#shared/enums.js';
import { useGql } from '../../api/client';
import type { CytoscapeGraphHandle } from '../../graph/CytoscapeGraph';
import type { Candidate } from '../../components/AddToListDialog';
import { useEvolution } from './forward/useEvolution';
import { CHAIN_REPORT_QUERY } from './queries';
import { useChainGraph } from './useChainGraph';
import { useChainParams } from './useChainParams';
import { useWhatIf } from './useWhatIf';

/**
 * Everything the chain map of one cluster shows: the gap report of the year in the URL, the years to choose from,
 * the what-if, the comparison with an earlier year, the graph, and the add-to-list dialog's candidates.
 */
export function useChainMap(clusterId: string) {
  const [params, update] = useChainParams();
  const query = useGql(
    CHAIN_REPORT_QUERY,
    { clusterId, year: params.year, scope: params.scope },
    { placeholderData: keepPreviousData, retry: false },
  );
  const report = query.data?.chainGapReport;
  // the years with supply data (0 = links without a year is not offered as a year)
  const years = useMemo(() => {
    const list = (report?.supplyYears ?? []).filter((y) => y > 0);
    if (report?.year && !list.includes(report.year)) list.push(report.year);
    return list.sort((a, b) => b - a);
  }, [report]);
  const whatIf = useWhatIf(clusterId, params.year, params.remove);
  const [dialog, setDialog] = useState<Candidate[] | null>(null);
  const segments = useMemo(() => report?.segments ?? [], [report]);
  // comparison with an earlier year: the evolution tab picks it (default the earliest), the URL keeps it
  const fromYear = params.from ?? (params.tab === 'evolution' ? (years.at(-1) ?? null) : null);
  const { evolution, error: evolutionError } = useEvolution(
    clusterId,
    fromYear !== null && fromYear < (report?.year ?? 0) ? fromYear : null,
    report?.year ?? null,
    params.scope,
  );
  const graphRef = useRef<CytoscapeGraphHandle>(null);
  const { elements, layout } = useChainGraph(graphRef, segments, params.seg, whatIf.affected, evolution);
  const counts = Object.fromEntries(GAP_STATUSES.map((s) => [s, segments.filter((x) => x.status === s).length])) as Record<
    GapStatus,
    number
  >;
  const onYear = (year: number) => update({ year: year === years[0] ? null : year, remove: null, from: null });
  const chooseSegment = useCallback((id: string) => update({ seg: params.seg === id ? null : id }), [params.seg, update]);
  return {
    query,
    report,
    cluster: query.data?.cluster ?? null,
    params,
    update,
    years,
    whatIf,
    dialog,
    setDialog,
    segments,
    fromYear,
    evolution,
    evolutionError,
    graphRef,
    elements,
    layout,
    counts,
    onYear,
    chooseSegment,
  };
}
