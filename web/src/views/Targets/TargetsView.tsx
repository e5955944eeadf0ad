import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useGql } from '../../api/client';
import '../../components/widgets.css';
import './messages';
import { TARGET_LISTS_QUERY } from '../../api/targetLists';
import { RankedTargets } from './RankedTargets';
import { SavedLists } from './SavedLists';
import './targets.css';

type Tab = 'ranked' | 'lists';
type Key = 'tab' | 'clusters' | 'segment' | 'list' | 'entry';

/**
 * /targets: the ranked 招商 targets across clusters, and the saved target lists with their
 * pipeline. The selection is in the URL (shareable, restored on reload):
 * ?tab=ranked&clusters=C01,C05&segment=BRG-01  or  ?tab=lists&list=<id>&entry=<credit code>
 */
export function TargetsView() {
  const { t } = useTranslation('targets');
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'lists' ? 'lists' : 'ranked';
  const lists = useGql(TARGET_LISTS_QUERY);
  const update = useCallback(
    (patch: Partial<Record<Key, string | null>>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(patch)) {
            if (value === null || value === undefined || value === '') next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const clusterIds = (params.get('clusters') ?? '').split(',').filter(Boolean);

  return (
    <section className="view targets-view" data-testid="targets-view">
      <header className="view-header">
        <h2>{t('heading')}</h2>
        <p className="hint">{t('hint')}</p>
      </header>
      <div role="tablist" className="ca-tabs page-tabs" aria-label={t('heading')}>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'ranked'}
          className={tab === 'ranked' ? 'active' : undefined}
          onClick={() => update({ tab: null })}
          data-testid="tab-ranked"
        >
          {t('tabs.ranked')}
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'lists'}
          className={tab === 'lists' ? 'active' : undefined}
          onClick={() => update({ tab: 'lists' })}
          data-testid="tab-lists"
        >
          {t('tabs.lists')}
          {lists.data && <span className="tab-count">{lists.data.targetLists.length}</span>}
        </button>
      </div>
      <div role="tabpanel" className="targets-panel">
        {tab === 'ranked' ? (
          <RankedTargets clusterIds={clusterIds} segment={params.get('segment')} onChange={(patch) => update(patch)} />
        ) : (
          <SavedLists listId={params.get('list')} entry={params.get('entry')} onChange={(patch) => update(patch)} />
        )}
      </div>
    </section>
  );
}
