import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { Pager } from '../../components/Pager';
import { EntriesTable } from './EntriesTable';
import { ListHeader } from './ListHeader';
import { PipelineTag } from './pipeline';
import { useListDetail } from './useListDetail';
import { ConfirmButtons } from './ConfirmButtons';

/** Changes the list and entry in the URL (null: none chosen). */
export type ListParamsChange = (patch: { list?: string | null; entry?: string | null }) => void;

/** One list: its header (rename, export, delete), its pipeline's counts as filters, and its entries. */
export function ListDetail({ listId, entry, onChange }: { listId: string; entry: string | null; onChange: ListParamsChange }) {
  const { t } = useTranslation('targets');
  const state = useListDetail(listId, () => onChange({ list: null, entry: null }));
  const { query, list, paged, statusFilter } = state;

  if (query.isLoading) return <Loading />;
  if (query.error) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  if (!list)
    return (
      <div className="error-message" role="alert" data-code="NOT_FOUND">
        ⚠ {t('lists.notFound')}
      </div>
    );

  return (
    <div data-testid="list-detail">
      <ListHeader list={list} state={state} />
      {state.confirmDelete && (
        <div className="confirm" role="alertdialog" aria-label={t('lists.delete')}>
          <span>{t('lists.deleteConfirm', { name: list.name })}</span>
          <ConfirmButtons
            confirm={t('lists.deleteYes')}
            onConfirm={() => void state.remove()}
            onCancel={() => state.setConfirmDelete(false)}
          />
        </div>
      )}
      {state.actionError !== null && <ErrorMessage error={state.actionError} />}

      <div className="pipeline-summary" data-testid="pipeline-summary">
        <span className="muted">{t('lists.summary')}</span>
        {list.statusCounts.map((c) => (
          <button
            key={c.status}
            type="button"
            className={`pipeline-count ${statusFilter === c.status ? 'active' : ''}`}
            onClick={() => state.toggleFilter(c.status)}
          >
            <PipelineTag status={c.status} /> <strong>{c.count}</strong>
          </button>
        ))}
      </div>

      {list.entries.length === 0 ? (
        <p className="muted">{t('lists.empty')}</p>
      ) : (
        <>
          <EntriesTable listId={list.id} entries={paged.visible} open={entry} onOpen={(creditCode) => onChange({ entry: creditCode })} />
          <Pager {...paged} testId="entries-pager" />
        </>
      )}
    </div>
  );
}
