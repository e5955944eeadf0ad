import { useMemo, useState } from 'react';
import type { PipelineStatus } from '#shared/enums.js';
import { gql, useGql } from '../../api/client';
import { DELETE_LIST, RENAME_LIST, TARGET_LIST_QUERY } from '../../api/targetLists';
import { usePaged } from '../../components/Pager';
import { useAction } from '../../hooks/useAction';
import { useInvalidateTargetLists } from '../../hooks/useInvalidateTargetLists';

/** One list's data and the state of its page: renaming, confirming a delete, the status filter, the page of entries. */
export function useListDetail(listId: string, onDeleted: () => void) {
  const invalidate = useInvalidateTargetLists();
  const query = useGql(TARGET_LIST_QUERY, { id: listId });
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [statusFilter, setStatusFilter] = useState<PipelineStatus | ''>('');
  const action = useAction();
  const list = query.data?.targetList;
  const entries = useMemo(() => (list?.entries ?? []).filter((e) => !statusFilter || e.status === statusFilter), [list, statusFilter]);
  const paged = usePaged(entries, statusFilter);

  /** runs a change, then refreshes every list query */
  const run = (change: () => Promise<unknown>) =>
    action.run(async () => {
      await change();
      await invalidate();
    });

  const rename = () =>
    run(async () => {
      await gql(RENAME_LIST, { id: listId, name: (renaming ?? '').trim() });
      // keep the form until the list shows its new name
      await invalidate();
      setRenaming(null);
    });

  const remove = () =>
    run(async () => {
      await gql(DELETE_LIST, { id: listId });
      onDeleted();
    });

  const toggleFilter = (status: PipelineStatus) => setStatusFilter((prev) => (prev === status ? '' : status));

  return {
    query,
    list,
    paged,
    renaming,
    setRenaming,
    rename,
    confirmDelete,
    setConfirmDelete,
    remove,
    statusFilter,
    toggleFilter,
    actionError: action.error,
  };
}

export type ListDetailState = ReturnType<typeof useListDetail>;
