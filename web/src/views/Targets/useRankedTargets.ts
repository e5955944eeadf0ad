import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gql, gqlKey, useGql } from '../../api/client';
import type { ClusterTargetsQuery } from '../../gql/graphql';
import type { Candidate } from '../../api/targetLists';
import { usePaged } from '../../components/Pager';
import { downloadCsv, today } from '../../graph/export';
import { useSelection } from '../../hooks/useSelection';
import { CLUSTER_TARGETS_QUERY, CLUSTERS_QUERY, type ClusterOption, type Target } from './queries';
import { targetCells } from '../../lib/targets';

/**
 * The reports of the chosen clusters as one value: React Query shares its structure, so `loaded` keeps its identity
 * until a report is (re)loaded (the rows are computed from it once).
 */
function combineReports(results: UseQueryResult<ClusterTargetsQuery>[]) {
  return {
    loaded: results.flatMap((r) => (r.data?.chainGapReport ? [r.data.chainGapReport] : [])),
    loading: results.map((r) => r.isLoading),
    errors: results.flatMap((r) => (r.error ? [{ error: r.error, retry: () => void r.refetch() }] : [])),
  };
}

export type RankedRow = Target & { clusterId: string; clusterName: string };
export const rowKey = (r: RankedRow) => `${r.clusterId}|${r.creditCode}|${r.segmentId}`;

/**
 * The ranked targets' data and state: the chosen clusters (the URL's, else the largest with a chain, so the page is
 * never empty), one chainGapReport each, their targets by inflow, filtered by segment and text, paged, selectable.
 */
export function useRankedTargets(clusterIds: string[], segment: string | null) {
  const { t } = useTranslation('targets');
  const clusters = useGql(CLUSTERS_QUERY);
  const withChain = (clusters.data?.clusters ?? []).filter((c) => c.chainName);
  const largest = withChain.reduce<ClusterOption | undefined>(
    (best, c) => (!best || (c.output ?? 0) > (best.output ?? 0) ? c : best),
    undefined,
  );
  const chosenIds = clusterIds.length > 0 ? clusterIds : largest ? [largest.id] : [];
  const reports = useQueries({
    queries: chosenIds.map((clusterId) => ({
      queryKey: gqlKey(CLUSTER_TARGETS_QUERY, { clusterId }),
      queryFn: ({ signal }: { signal: AbortSignal }) => gql(CLUSTER_TARGETS_QUERY, { clusterId }, signal),
      retry: false,
    })),
    combine: combineReports,
  });
  const [text, setText] = useState('');
  const selection = useSelection();
  const [dialog, setDialog] = useState<Candidate[] | null>(null);

  const { loaded, loading, errors } = reports;
  const allRows = useMemo(
    () =>
      loaded
        .flatMap((report) =>
          report.investmentTargets.map((x): RankedRow => ({ ...x, clusterId: report.clusterId, clusterName: report.clusterName })),
        )
        .sort((a, b) => b.inflow - a.inflow || a.clusterName.localeCompare(b.clusterName, 'zh') || a.rank - b.rank),
    [loaded],
  );
  const segments = useMemo(() => {
    const seen = new Map<string, { id: string; name: string; cluster: string }>();
    for (const r of allRows)
      if (!seen.has(r.segmentId)) seen.set(r.segmentId, { id: r.segmentId, name: r.segmentName, cluster: r.clusterName });
    return [...seen.values()];
  }, [allRows]);
  const rows = useMemo(() => {
    const f = text.trim().toLowerCase();
    return allRows.filter(
      (r) =>
        (!segment || r.segmentId === segment) &&
        (!f || r.name.toLowerCase().includes(f) || (r.city ?? '').includes(f) || (r.province ?? '').includes(f)),
    );
  }, [allRows, segment, text]);
  const paged = usePaged(rows, `${segment}|${text}|${chosenIds.join(',')}`);

  const byId = new Map((clusters.data?.clusters ?? []).map((c) => [c.id, c]));
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const loadingNames = chosenIds.filter((_, i) => loading[i]).map(nameOf);
  const single = chosenIds.length === 1 ? byId.get(chosenIds[0]!) : undefined;

  /** the chosen rows as dialog candidates; the reason says which cluster the firm was found for */
  const openDialog = () =>
    setDialog(
      allRows
        .filter((r) => selection.has(rowKey(r)))
        .map((r) => ({ creditCode: r.creditCode, name: r.name, segmentId: r.segmentId, reason: `【${r.clusterName}】${r.reason}` })),
    );

  function exportCsv() {
    downloadCsv(
      `${t('ranked.csvName')}-${today()}.csv`,
      [
        t('ranked.cluster'),
        t('ranked.rank'),
        t('ranked.firm'),
        t('ranked.creditCode'),
        t('ranked.place'),
        t('ranked.segmentCol'),
        t('ranked.status'),
        t('ranked.inflow'),
        t('ranked.buyers'),
        t('ranked.reason'),
      ],
      rows.map((r) => [r.clusterName, ...targetCells(r), r.reason]),
    );
  }

  return {
    clusters,
    withChain,
    chosenIds,
    nameOf,
    single,
    errors,
    loaded,
    loadingNames,
    segments,
    rows,
    paged,
    text,
    setText,
    selection,
    dialog,
    setDialog,
    openDialog,
    exportCsv,
  };
}

export type RankedTargetsState = ReturnType<typeof useRankedTargets>;
