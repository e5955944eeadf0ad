import { useQueries } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GapStatus } from '#shared/enums.js';
import { GAP_STATUS_LABELS } from '#shared/labels.js';
import { gql, gqlKey, useGql, type ApiError } from '../../api/client';
import type { Candidate } from '../../api/targetLists';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { asText } from '#shared/spreadsheet.js';
import { downloadCsv, today } from '../../graph/export';
import { pick } from '../../i18n';
import { AddToListDialog } from '../../components/AddToListDialog';
import { place, wan } from '../../lib/format';
import { PAGE_SIZE, Pager, usePaged } from '../../components/Pager';
import { CLUSTER_TARGETS_QUERY, CLUSTERS_QUERY, type ClusterOption, type Target } from './queries';
import { StatusTag } from '../../components/StatusTag';

interface Props {
  clusterIds: string[];
  segment: string | null;
  onChange: (patch: { clusters?: string | null; segment?: string | null }) => void;
}

type Row = Target & { clusterId: string; clusterName: string };
const rowKey = (r: Row) => `${r.clusterId}|${r.creditCode}|${r.segmentId}`;

/** The ranked 招商 targets of the chosen clusters (one chainGapReport each), filtered, paged, selectable. */
export function RankedTargets({ clusterIds, segment, onChange }: Props) {
  const { t } = useTranslation('targets');
  const clusters = useGql(CLUSTERS_QUERY);
  const withChain = (clusters.data?.clusters ?? []).filter((c) => c.chainName);
  // nothing chosen in the URL: the largest cluster with a chain, so the page is never empty
  const largest = withChain.reduce<ClusterOption | undefined>((best, c) => (!best || (c.output ?? 0) > (best.output ?? 0) ? c : best), undefined);
  const chosenIds = clusterIds.length > 0 ? clusterIds : largest ? [largest.id] : [];
  const reports = useQueries({
    queries: chosenIds.map((clusterId) => ({
      queryKey: gqlKey(CLUSTER_TARGETS_QUERY, { clusterId }),
      queryFn: ({ signal }: { signal: AbortSignal }) => gql(CLUSTER_TARGETS_QUERY, { clusterId }, signal),
      retry: false,
    })),
  });
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [dialog, setDialog] = useState<Candidate[] | null>(null);

  const loaded = reports.flatMap((r) => (r.data ? [r.data.chainGapReport] : []));
  const allRows = useMemo(
    () =>
      loaded
        .flatMap((report) => report.investmentTargets.map((x): Row => ({ ...x, clusterId: report.clusterId, clusterName: report.clusterName })))
        .sort((a, b) => b.inflow - a.inflow || a.clusterName.localeCompare(b.clusterName, 'zh') || a.rank - b.rank),
    // the reports change when one is (re)loaded
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [reports.map((r) => `${r.data?.chainGapReport.clusterId}:${r.dataUpdatedAt}`).join(',')],
  );
  const segments = useMemo(() => {
    const seen = new Map<string, { id: string; name: string; cluster: string }>();
    for (const r of allRows) if (!seen.has(r.segmentId)) seen.set(r.segmentId, { id: r.segmentId, name: r.segmentName, cluster: r.clusterName });
    return [...seen.values()];
  }, [allRows]);
  const rows = useMemo(() => {
    const f = text.trim().toLowerCase();
    return allRows.filter((r) => (!segment || r.segmentId === segment) && (!f || r.name.toLowerCase().includes(f) || (r.city ?? '').includes(f) || (r.province ?? '').includes(f)));
  }, [allRows, segment, text]);
  const paged = usePaged(rows, `${segment}|${text}|${chosenIds.join(',')}`);
  const visibleKeys = paged.visible.map(rowKey);

  if (clusters.isLoading) return <Loading />;
  if (clusters.error) return <ErrorMessage error={clusters.error} onRetry={() => void clusters.refetch()} />;
  const byId = new Map((clusters.data?.clusters ?? []).map((c) => [c.id, c]));
  const setClusters = (ids: string[]) => onChange({ clusters: ids.join(',') || null, segment: null });
  const errors = reports.filter((r) => r.error);
  const loading = reports.filter((r) => r.isLoading).length;
  const single = chosenIds.length === 1 ? byId.get(chosenIds[0]!) : undefined;

  function exportCsv() {
    downloadCsv(
      `${t('ranked.csvName')}-${today()}.csv`,
      [t('ranked.cluster'), t('ranked.rank'), t('ranked.firm'), t('ranked.creditCode'), t('ranked.place'), t('ranked.segmentCol'), t('ranked.status'), t('ranked.inflow'), t('ranked.buyers'), t('ranked.reason')],
      rows.map((r) => [r.clusterName, r.rank, r.name, asText(r.creditCode), place(r.city, r.province), r.segmentName, pick(GAP_STATUS_LABELS[r.segmentStatus as GapStatus]), r.inflow, r.buyers, r.reason]),
    );
  }

  return (
    <div className="ranked" data-testid="ranked-targets">
      <div className="filters">
        <span className="filter-label">{t('ranked.clusters')}</span>
        <div className="cluster-chips" data-testid="chosen-clusters">
          {chosenIds.map((id) => (
            <span key={id} className="cluster-chip">
              {byId.get(id)?.name ?? id}
              {/* at least one cluster stays chosen */}
              {chosenIds.length > 1 && (
                <button type="button" aria-label={t('ranked.removeCluster', { name: byId.get(id)?.name ?? id })} onClick={() => setClusters(chosenIds.filter((c) => c !== id))}>
                  ✕
                </button>
              )}
            </span>
          ))}
          <select
            aria-label={t('ranked.addCluster')}
            value=""
            onChange={(e) => {
              if (e.target.value) setClusters([...chosenIds, e.target.value]);
            }}
            data-testid="add-cluster"
          >
            <option value="">{t('ranked.addCluster')}</option>
            {withChain
              .filter((c) => !chosenIds.includes(c.id))
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}（{c.county}）
                </option>
              ))}
          </select>
        </div>
      </div>
      <div className="list-toolbar">
        <label>
          {t('ranked.segment')}{' '}
          <select value={segment ?? ''} onChange={(e) => onChange({ segment: e.target.value || null })} data-testid="segment-filter">
            <option value="">{t('ranked.allSegments')}</option>
            {segments.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
                {chosenIds.length > 1 ? `（${s.cluster}）` : ''}
              </option>
            ))}
          </select>
        </label>
        <input type="text" placeholder={t('ranked.filter')} aria-label={t('ranked.filter')} value={text} onChange={(e) => setText(e.target.value)} />
        <span className="spacer" />
        <button
          type="button"
          className="primary"
          disabled={chosen.size === 0}
          onClick={() => setDialog(allRows.filter((r) => chosen.has(rowKey(r))).map((r) => ({ creditCode: r.creditCode, name: r.name, segmentId: r.segmentId, reason: `【${r.clusterName}】${r.reason}` })))}
          data-testid="add-selected"
        >
          {t('ranked.add', { count: chosen.size })}
        </button>
        <button type="button" onClick={exportCsv} disabled={rows.length === 0}>
          {t('ranked.exportCsv')}
        </button>
      </div>
      {chosenIds.length === 0 && <p className="muted">{t('ranked.noCluster')}</p>}
      {loaded.some((r) => r.investmentTargetsHidden) && (
        <p className="muted" role="note">
          {t('ranked.hidden')}
        </p>
      )}
      {errors.map((r, i) => (
        <ErrorMessage key={i} error={r.error as ApiError} onRetry={() => void r.refetch()} />
      ))}
      {chosenIds.length > 0 && (
        <p className="muted" data-testid="ranked-summary">
          {t('ranked.summary', { count: rows.length, clusters: loaded.length })}
          {rows.length > PAGE_SIZE ? t('ranked.paged', { size: PAGE_SIZE }) : ''}
          {loading > 0 && ` · ${t('ranked.loadingCluster', { name: chosenIds.filter((_, i) => reports[i]?.isLoading).map((id) => byId.get(id)?.name ?? id).join('、') })}`}
        </p>
      )}
      {loaded.length > 0 && rows.length === 0 && loading === 0 && <p className="muted">{t('ranked.empty')}</p>}
      {rows.length > 0 && (
        <table className="ca-table" data-testid="ranked-table">
          <thead>
            <tr>
              <th className="check">
                <input
                  type="checkbox"
                  aria-label={t('ranked.firm')}
                  checked={visibleKeys.length > 0 && visibleKeys.every((k) => chosen.has(k))}
                  onChange={(e) =>
                    setChosen((prev) => {
                      const next = new Set(prev);
                      for (const k of visibleKeys) {
                        if (e.target.checked) next.add(k);
                        else next.delete(k);
                      }
                      return next;
                    })
                  }
                />
              </th>
              {chosenIds.length > 1 && <th>{t('ranked.cluster')}</th>}
              <th className="num">{t('ranked.rank')}</th>
              <th>{t('ranked.firm')}</th>
              <th>{t('ranked.place')}</th>
              <th>{t('ranked.segmentCol')}</th>
              <th className="num">{t('ranked.inflow')}</th>
              <th className="num">{t('ranked.buyers')}</th>
              <th>{t('ranked.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {paged.visible.map((r) => {
              const k = rowKey(r);
              const status = r.segmentStatus as GapStatus;
              return (
                <tr key={k} className={chosen.has(k) ? 'chosen' : undefined} data-testid="target-row">
                  <td className="check">
                    <input
                      type="checkbox"
                      aria-label={r.name}
                      checked={chosen.has(k)}
                      onChange={() =>
                        setChosen((prev) => {
                          const next = new Set(prev);
                          if (next.has(k)) next.delete(k);
                          else next.add(k);
                          return next;
                        })
                      }
                    />
                  </td>
                  {chosenIds.length > 1 && (
                    <td>
                      <Link to={`/chain/${encodeURIComponent(r.clusterId)}?seg=${encodeURIComponent(r.segmentId)}`}>{r.clusterName}</Link>
                    </td>
                  )}
                  <td className="num">{r.rank}</td>
                  <td>
                    <Link to={`/enterprise/${encodeURIComponent(r.creditCode)}`}>{r.name}</Link>
                  </td>
                  <td className="nowrap">{place(r.city, r.province)}</td>
                  <td className="nowrap">
                    {r.segmentName}{' '}
                    <StatusTag status={status} />
                  </td>
                  <td className="num">{wan(r.inflow, 0)}</td>
                  <td className="num">{r.buyers}</td>
                  <td className="reason">{r.reason}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <Pager {...paged} testId="ranked-pager" />
      {dialog && (
        <AddToListDialog
          candidates={dialog}
          clusterId={single?.id ?? null}
          clusterName={single?.name ?? null}
          onClose={() => setDialog(null)}
          onAdded={() => setChosen(new Set())}
        />
      )}
    </div>
  );
}
