import { useTranslation } from 'react-i18next';
import { SegmentFilter, type SegmentFilterProps } from '../../components/SegmentFilter';
import type { RankedTargetsState } from './useRankedTargets';

/** The chosen clusters as chips (each removable while more than one is chosen) and a select to add one. */
export function ClusterChips({ state, onClusters }: { state: RankedTargetsState; onClusters: (ids: string[]) => void }) {
  const { t } = useTranslation('targets');
  const { chosenIds, withChain, nameOf } = state;
  return (
    <div className="filters">
      <span className="filter-label">{t('ranked.clusters')}</span>
      <div className="cluster-chips" data-testid="chosen-clusters">
        {chosenIds.map((id) => (
          <span key={id} className="cluster-chip">
            {nameOf(id)}
            {/* at least one cluster stays chosen */}
            {chosenIds.length > 1 && (
              <button
                type="button"
                aria-label={t('ranked.removeCluster', { name: nameOf(id) })}
                onClick={() => onClusters(chosenIds.filter((c) => c !== id))}
              >
                ✕
              </button>
            )}
          </span>
        ))}
        <select
          aria-label={t('ranked.addCluster')}
          value=""
          onChange={(e) => {
            if (e.target.value) onClusters([...chosenIds, e.target.value]);
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
  );
}

/** Segment filter, text filter, "add the chosen to a list" and CSV export. */
export function RankedToolbar({ state, segmentFilter, onSegmentFilter }: { state: RankedTargetsState } & SegmentFilterProps) {
  const { t } = useTranslation('targets');
  const { segments, chosenIds, text, setText, selection, rows } = state;
  return (
    <div className="list-toolbar">
      <SegmentFilter
        segmentFilter={segmentFilter}
        onSegmentFilter={onSegmentFilter}
        items={segments}
        itemValue={(s) => s.id}
        itemLabel={(s) => (chosenIds.length > 1 ? `${s.name}（${s.cluster}）` : s.name)}
        testId="segment-filter"
      />
      <input
        type="text"
        placeholder={t('ranked.filter')}
        aria-label={t('ranked.filter')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <span className="spacer" />
      <button type="button" className="primary" disabled={selection.size === 0} onClick={state.openDialog} data-testid="add-selected">
        {t('ranked.add', { count: selection.size })}
      </button>
      <button type="button" onClick={state.exportCsv} disabled={rows.length === 0}>
        {t('ranked.exportCsv')}
      </button>
    </div>
  );
}
