import { useState } from 'react';
import type { PipelineStatus } from '#shared/enums.js';
import { gql } from '../../api/client';
import { REMOVE_TARGET, SET_STATUS, type TargetEntry } from '../../api/targetLists';
import { today } from '../../graph/export';
import { useAction } from '../../hooks/useAction';
import { useInvalidateTargetLists } from '../../hooks/useInvalidateTargetLists';

/** The status form of one entry (status, business date, note), saving it, and removing the entry. */
export function useEntryStatus(listId: string, entry: TargetEntry, onRemoved: () => void) {
  const invalidate = useInvalidateTargetLists();
  // null: the entry's own status (it follows the entry after a save)
  const [picked, setStatus] = useState<PipelineStatus | null>(null);
  const [date, setDate] = useState(today());
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const action = useAction();
  const status = picked ?? entry.status;

  async function save() {
    setSaved(false);
    const ok = await action.run(async () => {
      await gql(SET_STATUS, { listId, creditCode: entry.creditCode, status, note: note.trim() || null, date: date || null });
      await invalidate();
    });
    if (!ok) return;
    setNote('');
    setStatus(null);
    setSaved(true);
  }

  const remove = () =>
    action.run(async () => {
      await gql(REMOVE_TARGET, { listId, creditCode: entry.creditCode });
      await invalidate();
      onRemoved();
    });

  return {
    status,
    setStatus,
    date,
    setDate,
    note,
    setNote,
    saved,
    confirmRemove,
    setConfirmRemove,
    save,
    remove,
    busy: action.busy,
    error: action.error,
  };
}
