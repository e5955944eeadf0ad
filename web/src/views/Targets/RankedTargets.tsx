import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { AddToListDialog } from '../../components/AddToListDialog';
import { PAGE_SIZE, Pager } from '../../components/Pager';
import { ClusterChips, RankedToolbar } from './RankedFilters';
import { RankedTable } from './RankedTable';
import { useRankedTargets } from './useRankedTargets';

interface Props {
  clusterIds: string[];
  segment: string | null;
  onChange: (patch: { clusters?: string | null; segment?: string | null }) => void;
}

/** The ranked 招商 targets of the chosen clusters (one chainGapReport each), filtered, paged, selectable. */
export function RankedTargets({ clusterIds, segment, onChange }: Props) {
  const { t } = useTranslation('targets');
  const state = useRankedTargets(clusterIds, segment);
  const { clusters, chosenIds, errors, loaded, loadingNames, rows, paged, selection, dialog, single } = state;

  if (clusters.isLoading) return <Loading />;
  if (clusters.error) return <ErrorMessage error={clusters.error} onRetry={() => void clusters.refetch()} />;
  return (
    <div className="ranked" data-testid="ranked-targets">
      <ClusterChips state={state} onClusters={(ids) => onChange({ clusters: ids.join(',') || null, segment: null })} />
      <RankedToolbar state={state} segmentFilter={segment} onSegmentFilter={(id) => onChange({ segment: id })} />
      {chosenIds.length === 0 && <p className="muted">{t('ranked.noCluster')}</p>}
      {loaded.some((r) => r.investmentTargetsHidden) && (
        <p className="muted" role="note">
          {t('ranked.hidden')}
        </p>
      )}
      {errors.map((e, i) => (
        <ErrorMessage key={i} error={e.error} onRetry={e.retry} />
      ))}
      {chosenIds.length > 0 && (
        <p className="muted" data-testid="ranked-summary">
          {t('ranked.summary', { count: rows.length, clusters: loaded.length })}
          {rows.length > PAGE_SIZE ? t('ranked.paged', { size: PAGE_SIZE }) : ''}
          {loadingNames.length > 0 && ` · ${t('ranked.loadingCluster', { name: loadingNames.join('、') })}`}
        </p>
      )}
      {loaded.length > 0 && rows.length === 0 && loadingNames.length === 0 && <p className="muted">{t('ranked.empty')}</p>}
      {rows.length > 0 && <RankedTable rows={paged.visible} selection={selection} manyClusters={chosenIds.length > 1} />}
      <Pager {...paged} testId="ranked-pager" />
      {dialog && (
        <AddToListDialog
          candidates={dialog}
          clusterId={single?.id ?? null}
          clusterName={single?.name ?? null}
          onClose={() => state.setDialog(null)}
          onAdded={selection.clear}
        />
      )}
    </div>
  );
}
