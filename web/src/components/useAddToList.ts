import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TARGET_LIST_LIMITS } from '#shared/limits.js';
import { ApiError, gql, useGql } from '../api/client';
import { ADD_TARGET, CREATE_LIST, TARGET_LISTS_QUERY, type Candidate } from '../api/targetLists';
import { today } from '../graph/export';
import { useInvalidateTargetLists } from '../hooks/useInvalidateTargetLists';
import './AddToListDialog.messages';

export interface AddOutcome {
  listId: string;
  listName: string;
  added: number;
  already: string[];
}

interface Options {
  candidates: Candidate[];
  clusterId?: string | null;
  clusterName?: string | null;
  onAdded?: () => void;
}

/**
 * The add-to-list dialog's state: the lists (the cluster's own first), an existing list or a new name, and adding
 * the firms one by one with their segment and reason. Firms already in the list are reported, not re-added.
 */
export function useAddToList({ candidates, clusterId, clusterName, onAdded }: Options) {
  const { t } = useTranslation('addToList');
  const invalidate = useInvalidateTargetLists();
  const lists = useGql(TARGET_LISTS_QUERY);
  const [chosenMode, setMode] = useState<'existing' | 'new' | null>(null);
  const [pickedId, setListId] = useState('');
  const [name, setName] = useState(() => t('defaultName', { cluster: clusterName ?? t('mixed'), date: today() }));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<AddOutcome | null>(null);

  const ordered = [...(lists.data?.targetLists ?? [])].sort(
    (a, b) => Number(b.clusterId === clusterId) - Number(a.clusterId === clusterId),
  );
  // until the user chooses: a new list when there is none yet, else the first (the cluster's own) list
  const mode = chosenMode ?? (lists.data && ordered.length === 0 ? 'new' : 'existing');
  const listId = pickedId || (ordered[0]?.id ?? '');

  async function addAll(target: { id: string; name: string }) {
    let added = 0;
    const already: string[] = [];
    for (const c of candidates) {
      try {
        await gql(ADD_TARGET, {
          listId: target.id,
          creditCode: c.creditCode,
          segmentId: c.segmentId ?? null,
          reason: c.reason?.slice(0, TARGET_LIST_LIMITS.reasonMax) ?? null,
        });
        added += 1;
      } catch (e) {
        if (e instanceof ApiError && e.code === 'CONFLICT') already.push(c.name);
        else throw e;
      }
    }
    return { listId: target.id, listName: target.name, added, already };
  }

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      let target = { id: listId, name: ordered.find((l) => l.id === listId)?.name ?? '' };
      if (mode === 'new') {
        const { createTargetList } = await gql(CREATE_LIST, { name: name.trim(), clusterId: clusterId ?? null });
        target = { id: createTargetList.id, name: createTargetList.name };
      }
      const result = await addAll(target);
      await invalidate();
      setOutcome(result);
      onAdded?.();
    } catch (e) {
      setError(e);
      await invalidate();
    } finally {
      setBusy(false);
    }
  }

  const nameOk = name.trim().length > 0 && name.trim().length <= TARGET_LIST_LIMITS.nameMax;
  const canSubmit = !busy && (mode === 'new' ? nameOk : Boolean(listId));
  return { lists, ordered, mode, setMode, listId, setListId, name, setName, busy, error, outcome, canSubmit, submit };
}

export type AddToListState = ReturnType<typeof useAddToList>;
