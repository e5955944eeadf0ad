import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TARGET_LIST_LIMITS } from '#shared/limits.js';
import { ApiError, gql, useGql } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { today } from '../../graph/export';
import './messages';
import { ADD_TARGET, CREATE_LIST, TARGET_LISTS_QUERY, TARGET_LIST_QUERY, type Candidate, type TargetListSummary } from './queries';

interface Props {
  candidates: Candidate[];
  /** the cluster the firms were found for: a new list belongs to it, and its lists come first */
  clusterId?: string | null;
  clusterName?: string | null;
  onClose: () => void;
  /** after the firms were added (the selection can be cleared) */
  onAdded?: () => void;
}

interface Outcome {
  listId: string;
  listName: string;
  added: number;
  already: string[];
}

/** Refreshes every cached target-list query after a change. */
export function useInvalidateTargetLists() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: [TARGET_LISTS_QUERY] }), client.invalidateQueries({ queryKey: [TARGET_LIST_QUERY] })]);
}

/**
 * "加入招商目标清单": picks an existing list or names a new one, then adds the firms one by
 * one with their segment and reason. Firms already in the list are reported, not re-added.
 */
export function AddToListDialog({ candidates, clusterId, clusterName, onClose, onAdded }: Props) {
  const { t } = useTranslation('targets');
  const titleId = useId();
  const invalidate = useInvalidateTargetLists();
  const lists = useGql<{ targetLists: TargetListSummary[] }>(TARGET_LISTS_QUERY);
  const [mode, setMode] = useState<'existing' | 'new'>('existing');
  const [listId, setListId] = useState('');
  const [name, setName] = useState(() => t('dialog.defaultName', { cluster: clusterName ?? t('dialog.mixed'), date: today() }));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const first = useRef<HTMLButtonElement>(null);

  const ordered = [...(lists.data?.targetLists ?? [])].sort((a, b) => Number(b.clusterId === clusterId) - Number(a.clusterId === clusterId));
  useEffect(() => {
    if (!lists.data) return;
    if (ordered.length === 0) setMode('new');
    else if (!listId) setListId(ordered[0]!.id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lists.data]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    first.current?.focus();
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      let target = { id: listId, name: ordered.find((l) => l.id === listId)?.name ?? '' };
      if (mode === 'new') {
        const created = await gql<{ createTargetList: TargetListSummary }>(CREATE_LIST, { name: name.trim(), clusterId: clusterId ?? null });
        target = { id: created.createTargetList.id, name: created.createTargetList.name };
      }
      let added = 0;
      const already: string[] = [];
      for (const c of candidates) {
        try {
          await gql(ADD_TARGET, { listId: target.id, creditCode: c.creditCode, segmentId: c.segmentId ?? null, reason: c.reason?.slice(0, TARGET_LIST_LIMITS.reasonMax) ?? null });
          added += 1;
        } catch (e) {
          if (e instanceof ApiError && e.code === 'CONFLICT') already.push(c.name);
          else throw e;
        }
      }
      await invalidate();
      setOutcome({ listId: target.id, listName: target.name, added, already });
      onAdded?.();
    } catch (e) {
      setError(e);
      await invalidate();
    } finally {
      setBusy(false);
    }
  }

  const nameOk = name.trim().length > 0 && name.trim().length <= TARGET_LIST_LIMITS.nameMax;
  return (
    <div className="ca-modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="ca-modal" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid="add-to-list-dialog">
        <h3 id={titleId}>{t('dialog.title', { count: candidates.length })}</h3>
        <ul className="candidate-list">
          {candidates.slice(0, 6).map((c) => (
            <li key={c.creditCode}>{c.name}</li>
          ))}
          {candidates.length > 6 && <li className="muted">{t('dialog.more', { count: candidates.length - 6 })}</li>}
        </ul>
        {outcome ? (
          <div className="outcome" role="status" data-testid="add-outcome">
            <p>
              {t('dialog.added', { count: outcome.added, list: outcome.listName })}
              {outcome.already.length > 0 && <> {t('dialog.already', { count: outcome.already.length, names: outcome.already.join('、') })}</>}
            </p>
            <div className="ca-modal-actions">
              <Link className="button primary" to={`/targets?tab=lists&list=${encodeURIComponent(outcome.listId)}`} onClick={onClose}>
                {t('dialog.openList')}
              </Link>
              <button type="button" ref={first} onClick={onClose}>
                {t('dialog.close')}
              </button>
            </div>
          </div>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <fieldset disabled={busy}>
              <label className="radio-row">
                <input type="radio" name="mode" checked={mode === 'existing'} disabled={ordered.length === 0} onChange={() => setMode('existing')} />
                {t('dialog.existing')}
              </label>
              <select aria-label={t('dialog.existing')} value={listId} disabled={mode !== 'existing' || ordered.length === 0} onChange={(e) => setListId(e.target.value)}>
                {ordered.length === 0 && <option value="">{lists.isLoading ? t('dialog.loading') : t('dialog.noLists')}</option>}
                {ordered.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                    {l.clusterName ? `（${l.clusterName}）` : ''} · {t('lists.entries', { count: l.entryCount })}
                  </option>
                ))}
              </select>
              <label className="radio-row">
                <input type="radio" name="mode" checked={mode === 'new'} onChange={() => setMode('new')} />
                {t('dialog.new')}
              </label>
              <input
                type="text"
                aria-label={t('dialog.newName')}
                value={name}
                maxLength={TARGET_LIST_LIMITS.nameMax}
                disabled={mode !== 'new'}
                onChange={(e) => setName(e.target.value)}
              />
            </fieldset>
            {lists.error && <ErrorMessage error={lists.error} onRetry={() => void lists.refetch()} />}
            {error !== null && <ErrorMessage error={error} />}
            <div className="ca-modal-actions">
              <button type="submit" className="primary" ref={first} disabled={busy || (mode === 'new' ? !nameOk : !listId)}>
                {busy ? t('dialog.adding') : t('dialog.confirm')}
              </button>
              <button type="button" onClick={onClose}>
                {t('dialog.cancel')}
              </button>
            </div>
          </form>
        )}
      </div>
    </div>
  );
}
