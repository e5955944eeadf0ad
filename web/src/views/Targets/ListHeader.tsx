import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TARGET_LIST_LIMITS } from '#shared/limits.js';
import type { TargetListDetail } from '../../api/targetLists';
import { dateTime } from '../../lib/format';
import type { ListDetailState } from './useListDetail';

/** The list's name (or the rename form), cluster, size, note, and its actions: export, rename, delete. */
export function ListHeader({ list, state }: { list: TargetListDetail; state: ListDetailState }) {
  const { t } = useTranslation('targets');
  const { renaming, setRenaming } = state;
  const exportHref = (format: 'xlsx' | 'csv') => `/api/target-lists/${encodeURIComponent(list.id)}/export?format=${format}`;
  return (
    <header className="list-head">
      {renaming !== null ? (
        <form
          className="rename"
          onSubmit={(e) => {
            e.preventDefault();
            void state.rename();
          }}
        >
          <input
            type="text"
            aria-label={t('lists.createName')}
            value={renaming}
            maxLength={TARGET_LIST_LIMITS.nameMax}
            onChange={(e) => setRenaming(e.target.value)}
            autoFocus
          />
          <button type="submit" className="primary" disabled={!renaming.trim()}>
            {t('lists.renameSave')}
          </button>
          <button type="button" onClick={() => setRenaming(null)}>
            {t('lists.cancel')}
          </button>
        </form>
      ) : (
        <h3 data-testid="list-name">{list.name}</h3>
      )}
      <div className="list-sub muted">
        {list.clusterName && list.clusterId ? (
          <>
            <Link to={`/chain/${encodeURIComponent(list.clusterId)}`}>{list.clusterName}</Link> ·{' '}
          </>
        ) : null}
        {t('lists.entries', { count: list.entryCount })} · {t('lists.updated', { at: dateTime(list.updatedAt) })}
        {list.note ? ` · ${list.note}` : ''}
      </div>
      <div className="list-actions">
        <a className="button" href={exportHref('xlsx')} download data-testid="export-xlsx">
          {t('lists.exportXlsx')}
        </a>
        <a className="button" href={exportHref('csv')} download data-testid="export-csv">
          {t('lists.exportCsv')}
        </a>
        <button type="button" onClick={() => setRenaming(list.name)}>
          {t('lists.rename')}
        </button>
        <button type="button" className="danger" onClick={() => state.setConfirmDelete(true)}>
          {t('lists.delete')}
        </button>
      </div>
    </header>
  );
}
