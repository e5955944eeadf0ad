import { useState } from 'react';
import type { PipelineStatus } from '#shared/enums.js';
import { isLargeJump } from '#shared/pipeline.js';
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
  // a large jump (已识别 → 已签约) waits here for the user's confirmation
  const [confirmJump, setConfirmJump] = useState(false);
  // the form was saved with nothing changed: nothing is recorded, and the user is told so
  const [unchanged, setUnchanged] = useState(false);
  const action = useAction();
  const status = picked ?? entry.status;

  async function save(confirmed = false) {
    setSaved(false);
    setUnchanged(false);
    if (status === entry.status && !note.trim()) {
      setUnchanged(true);
      return;
    }
    if (!confirmed && isLargeJump(entry.status, status)) {
      setConfirmJump(true);
      return;
    }
    setConfirmJump(false);
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
    confirmJump,
    cancelJump: () => setConfirmJump(false),
    unchanged,
    /** the status the entry has now (the move starts there) */
    current: entry.status,
    save,
    remove,
    busy: action.busy,
    error: action.error,
  };
}
