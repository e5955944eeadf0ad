import { useEffect, useId, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TARGET_LIST_LIMITS } from '#shared/limits.js';
import type { Candidate } from '../api/targetLists';
import { ErrorMessage } from './ErrorMessage';
import './AddToListDialog.messages';
import './widgets.css';
import { useAddToList, type AddOutcome, type AddToListState } from './useAddToList';

export type { Candidate } from '../api/targetLists';

interface Props {
  candidates: Candidate[];
  /** the cluster the firms were found for: a new list belongs to it, and its lists come first */
  clusterId?: string | null;
  clusterName?: string | null;
  onClose: () => void;
  /** after the firms were added (the selection can be cleared) */
  onAdded?: () => void;
}

/** "加入招商目标清单": picks an existing list or names a new one, then adds the firms (useAddToList). */
export function AddToListDialog({ candidates, clusterId, clusterName, onClose, onAdded }: Props) {
  const { t } = useTranslation('addToList');
  const titleId = useId();
  const state = useAddToList({ candidates, clusterId, clusterName, onAdded });
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    first.current?.focus();
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="ca-modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="ca-modal" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid="add-to-list-dialog">
        <h3 id={titleId}>{t('title', { count: candidates.length })}</h3>
        <ul className="candidate-list">
          {candidates.slice(0, 6).map((c) => (
            <li key={c.creditCode}>{c.name}</li>
          ))}
          {candidates.length > 6 && <li className="muted">{t('more', { count: candidates.length - 6 })}</li>}
        </ul>
        {state.outcome ? (
          <Outcome outcome={state.outcome} first={first} onClose={onClose} />
        ) : (
          <ChooseList state={state} first={first} onClose={onClose} />
        )}
      </div>
    </div>
  );
}

type FirstButton = RefObject<HTMLButtonElement | null>;

function Outcome({ outcome, first, onClose }: { outcome: AddOutcome; first: FirstButton; onClose: () => void }) {
  const { t } = useTranslation('addToList');
  return (
    <div className="outcome" role="status" data-testid="add-outcome">
      <p>
        {t('added', { count: outcome.added, list: outcome.listName })}
        {outcome.already.length > 0 && <> {t('already', { count: outcome.already.length, names: outcome.already.join('、') })}</>}
      </p>
      <div className="ca-modal-actions">
        <Link className="button primary" to={`/targets?tab=lists&list=${encodeURIComponent(outcome.listId)}`} onClick={onClose}>
          {t('openList')}
        </Link>
        <button type="button" ref={first} onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </div>
  );
}

function ChooseList({ state, first, onClose }: { state: AddToListState; first: FirstButton; onClose: () => void }) {
  const { t } = useTranslation('addToList');
  const { lists, ordered, mode, setMode, listId, setListId, name, setName, busy, error } = state;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void state.submit();
      }}
    >
      <fieldset disabled={busy}>
        <label className="radio-row">
          <input
            type="radio"
            name="mode"
            checked={mode === 'existing'}
            disabled={ordered.length === 0}
            onChange={() => setMode('existing')}
          />
          {t('existing')}
        </label>
        <select
          aria-label={t('existing')}
          value={listId}
          disabled={mode !== 'existing' || ordered.length === 0}
          onChange={(e) => setListId(e.target.value)}
        >
          {ordered.length === 0 && <option value="">{lists.isLoading ? t('loading') : t('noLists')}</option>}
          {ordered.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
              {l.clusterName ? `（${l.clusterName}）` : ''} · {t('entries', { count: l.entryCount })}
            </option>
          ))}
        </select>
        <label className="radio-row">
          <input type="radio" name="mode" checked={mode === 'new'} onChange={() => setMode('new')} />
          {t('new')}
        </label>
        <input
          type="text"
          aria-label={t('newName')}
          value={name}
          maxLength={TARGET_LIST_LIMITS.nameMax}
          disabled={mode !== 'new'}
          onChange={(e) => setName(e.target.value)}
        />
      </fieldset>
      {lists.error && <ErrorMessage error={lists.error} onRetry={() => void lists.refetch()} />}
      {error !== null && <ErrorMessage error={error} />}
      <div className="ca-modal-actions">
        <button type="submit" className="primary" ref={first} disabled={!state.canSubmit}>
          {busy ? t('adding') : t('confirm')}
        </button>
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
