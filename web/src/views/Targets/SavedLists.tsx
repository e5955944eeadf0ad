import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGql } from '../../api/client';
import { TARGET_LISTS_QUERY, type TargetListSummary } from '../../api/targetLists';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { dateTime } from '../../lib/format';
import { CreateListForm } from './CreateListForm';
import { ListDetail, type ListParamsChange } from './ListDetail';
import { PipelineBar } from './pipeline';

interface Props {
  listId: string | null;
  entry: string | null;
  onChange: ListParamsChange;
}

/** The saved target lists (left) and the chosen list's entries, pipeline and history (right). */
export function SavedLists({ listId, entry, onChange }: Props) {
  const { t } = useTranslation('targets');
  const lists = useGql(TARGET_LISTS_QUERY);
  const [creating, setCreating] = useState(false);
  const all = lists.data?.targetLists ?? [];
  const current = listId ?? all[0]?.id ?? null;

  if (lists.isLoading) return <Loading />;
  if (lists.error) return <ErrorMessage error={lists.error} onRetry={() => void lists.refetch()} />;
  return (
    <div className="saved-lists">
      <aside className="list-column" data-testid="target-lists">
        <div className="list-column-head">
          <strong>{t('lists.heading')}</strong>
          <button type="button" onClick={() => setCreating(true)} data-testid="create-list">
            ＋ {t('lists.create')}
          </button>
        </div>
        {creating && <CreateListForm onDone={(id) => (setCreating(false), id && onChange({ list: id, entry: null }))} />}
        {all.length === 0 && !creating && <p className="muted">{t('lists.none')}</p>}
        <ul>
          {all.map((l) => (
            <li key={l.id}>
              <ListCard list={l} active={l.id === current} onOpen={() => onChange({ list: l.id, entry: null })} />
            </li>
          ))}
        </ul>
      </aside>
      <section className="list-detail">
        {current ? (
          <ListDetail key={current} listId={current} entry={entry} onChange={onChange} />
        ) : (
          <p className="muted">{all.length > 0 ? t('lists.choose') : ''}</p>
        )}
      </section>
    </div>
  );
}

function ListCard({ list, active, onOpen }: { list: TargetListSummary; active: boolean; onOpen: () => void }) {
  const { t } = useTranslation('targets');
  return (
    <button type="button" className={`list-card ${active ? 'active' : ''}`} onClick={onOpen}>
      <span className="list-name">{list.name}</span>
      <span className="list-meta">
        {list.clusterName ? `${list.clusterName} · ` : ''}
        {t('lists.entries', { count: list.entryCount })}
      </span>
      <PipelineBar counts={list.statusCounts} />
      <span className="list-meta">{t('lists.updated', { at: dateTime(list.updatedAt) })}</span>
    </button>
  );
}
