import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TARGET_LIST_LIMITS } from '#shared/limits.js';
import { gql, useGql } from '../../api/client';
import { CREATE_LIST } from '../../api/targetLists';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useAction } from '../../hooks/useAction';
import { useInvalidateTargetLists } from '../../hooks/useInvalidateTargetLists';
import { CLUSTERS_QUERY } from './queries';
import { Options } from '../../components/Options';

const EMPTY = { name: '', clusterId: '', note: '' };

/** A new, empty list: a name, optionally its cluster and a note. `onDone` gets the new list's id, or null when cancelled. */
export function CreateListForm({ onDone }: { onDone: (id: string | null) => void }) {
  const { t } = useTranslation('targets');
  const clusters = useGql(CLUSTERS_QUERY);
  const invalidate = useInvalidateTargetLists();
  const [form, setForm] = useState(EMPTY);
  const set = (field: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setForm((prev) => ({ ...prev, [field]: e.target.value }));
  const { busy, error, run } = useAction();
  return (
    <form
      className="create-list"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          const { createTargetList } = await gql(CREATE_LIST, {
            name: form.name.trim(),
            clusterId: form.clusterId || null,
            note: form.note.trim() || null,
          });
          await invalidate();
          onDone(createTargetList.id);
        });
      }}
    >
      <input
        type="text"
        aria-label={t('lists.createName')}
        placeholder={t('lists.createName')}
        value={form.name}
        maxLength={TARGET_LIST_LIMITS.nameMax}
        onChange={set('name')}
        autoFocus
      />
      <select aria-label={t('lists.createCluster')} value={form.clusterId} onChange={set('clusterId')}>
        <option value="">{t('lists.noCluster')}</option>
        <Options items={clusters.data?.clusters ?? []} value={(c) => c.id} label={(c) => c.name} />
      </select>
      <input
        type="text"
        aria-label={t('lists.createNote')}
        placeholder={t('lists.createNote')}
        value={form.note}
        maxLength={TARGET_LIST_LIMITS.noteMax}
        onChange={set('note')}
      />
      {error !== null && <ErrorMessage error={error} />}
      <div className="row-actions">
        <button type="submit" className="primary" disabled={busy || !form.name.trim()}>
          {t('lists.createSubmit')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('lists.cancel')}
        </button>
      </div>
    </form>
  );
}
