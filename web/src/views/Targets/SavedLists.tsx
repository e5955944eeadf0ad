import { Fragment, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PIPELINE_STATUSES, type PipelineStatus } from '#shared/enums.js';
import { PIPELINE_STATUS_LABELS } from '#shared/labels.js';
import { TARGET_LIST_LIMITS } from '#shared/limits.js';
import { gql, useGql } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { today } from '../../graph/export';
import { pick } from '../../i18n';
import { useInvalidateTargetLists } from '../../hooks/useInvalidateTargetLists';
import { dateTime, place } from '../../lib/format';
import { Pager, usePaged } from '../../components/Pager';
import { CLUSTERS_QUERY } from './queries';
import {
  CREATE_LIST,
  DELETE_LIST,
  REMOVE_TARGET,
  RENAME_LIST,
  SET_STATUS,
  TARGET_LISTS_QUERY,
  TARGET_LIST_QUERY,
  type TargetEntry as Entry,
  type TargetListSummary,
} from '../../api/targetLists';

/**
 * Colours of the pipeline, from first contact to landing (DROPPED grey); each status also has its
 * label. Also the tags' text colour, so each has AA contrast (4.5:1) on white; DROPPED's light
 * grey is only a bar fill, its tag text uses the muted ink.
 */
export const PIPELINE_COLORS: Record<PipelineStatus, string> = {
  IDENTIFIED: '#5a6878',
  CONTACTED: '#1f6fb2',
  NEGOTIATING: '#a84f00',
  SIGNED: '#8e44ad',
  LANDED: '#1e7a3f',
  DROPPED: '#b0b7bf',
};

export function PipelineTag({ status }: { status: PipelineStatus }) {
  return (
    <span className={`pipeline-tag pipeline-${status}`} style={{ borderColor: PIPELINE_COLORS[status], color: status === 'DROPPED' ? 'var(--muted)' : PIPELINE_COLORS[status] }}>
      {pick(PIPELINE_STATUS_LABELS[status])}
    </span>
  );
}

/** A thin bar of the pipeline's counts (each status a coloured part, with its count in the title). */
function PipelineBar({ counts }: { counts: TargetListSummary['statusCounts'] }) {
  const total = counts.reduce((s, c) => s + c.count, 0);
  if (total === 0) return null;
  return (
    <div className="pipeline-bar" aria-hidden>
      {counts
        .filter((c) => c.count > 0)
        .map((c) => (
          <span key={c.status} style={{ flex: c.count, background: PIPELINE_COLORS[c.status] }} title={`${pick(PIPELINE_STATUS_LABELS[c.status])} ${c.count}`} />
        ))}
    </div>
  );
}

interface Props {
  listId: string | null;
  entry: string | null;
  onChange: (patch: { list?: string | null; entry?: string | null }) => void;
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
              <button type="button" className={`list-card ${l.id === current ? 'active' : ''}`} onClick={() => onChange({ list: l.id, entry: null })}>
                <span className="list-name">{l.name}</span>
                <span className="list-meta">
                  {l.clusterName ? `${l.clusterName} · ` : ''}
                  {t('lists.entries', { count: l.entryCount })}
                </span>
                <PipelineBar counts={l.statusCounts} />
                <span className="list-meta">{t('lists.updated', { at: dateTime(l.updatedAt) })}</span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <section className="list-detail">
        {current ? <ListDetail key={current} listId={current} entry={entry} onChange={onChange} /> : <p className="muted">{all.length > 0 ? t('lists.choose') : ''}</p>}
      </section>
    </div>
  );
}

function CreateListForm({ onDone }: { onDone: (id: string | null) => void }) {
  const { t } = useTranslation('targets');
  const clusters = useGql(CLUSTERS_QUERY);
  const invalidate = useInvalidateTargetLists();
  const [name, setName] = useState('');
  const [clusterId, setClusterId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="create-list"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        try {
          const created = await gql(CREATE_LIST, { name: name.trim(), clusterId: clusterId || null, note: note.trim() || null });
          await invalidate();
          onDone(created.createTargetList.id);
        } catch (err) {
          setError(err);
        } finally {
          setBusy(false);
        }
      }}
    >
      <input type="text" aria-label={t('lists.createName')} placeholder={t('lists.createName')} value={name} maxLength={TARGET_LIST_LIMITS.nameMax} onChange={(e) => setName(e.target.value)} autoFocus />
      <select aria-label={t('lists.createCluster')} value={clusterId} onChange={(e) => setClusterId(e.target.value)}>
        <option value="">{t('lists.noCluster')}</option>
        {(clusters.data?.clusters ?? []).map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <input type="text" aria-label={t('lists.createNote')} placeholder={t('lists.createNote')} value={note} maxLength={TARGET_LIST_LIMITS.noteMax} onChange={(e) => setNote(e.target.value)} />
      {error !== null && <ErrorMessage error={error} />}
      <div className="row-actions">
        <button type="submit" className="primary" disabled={busy || !name.trim()}>
          {t('lists.createSubmit')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('lists.cancel')}
        </button>
      </div>
    </form>
  );
}

function ListDetail({ listId, entry, onChange }: { listId: string; entry: string | null; onChange: Props['onChange'] }) {
  const { t } = useTranslation('targets');
  const invalidate = useInvalidateTargetLists();
  const { data, error, isLoading, refetch } = useGql(TARGET_LIST_QUERY, { id: listId });
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [statusFilter, setStatusFilter] = useState<PipelineStatus | ''>('');
  const list = data?.targetList;
  const entries = useMemo(() => (list?.entries ?? []).filter((e) => !statusFilter || e.status === statusFilter), [list, statusFilter]);
  const paged = usePaged(entries, statusFilter);

  if (isLoading) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!list)
    return (
      <div className="error-message" role="alert" data-code="NOT_FOUND">
        ⚠ {t('lists.notFound')}
      </div>
    );

  async function run(action: () => Promise<unknown>) {
    setActionError(null);
    try {
      await action();
      await invalidate();
    } catch (err) {
      setActionError(err);
    }
  }

  return (
    <div data-testid="list-detail">
      <header className="list-head">
        {renaming !== null ? (
          <form
            className="rename"
            onSubmit={(e) => {
              e.preventDefault();
              void run(async () => {
                await gql(RENAME_LIST, { id: list.id, name: renaming.trim() });
                // keep the form until the list shows its new name
                await invalidate();
                setRenaming(null);
              });
            }}
          >
            <input type="text" aria-label={t('lists.createName')} value={renaming} maxLength={TARGET_LIST_LIMITS.nameMax} onChange={(e) => setRenaming(e.target.value)} autoFocus />
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
          <a className="button" href={`/api/target-lists/${encodeURIComponent(list.id)}/export?format=xlsx`} download data-testid="export-xlsx">
            {t('lists.exportXlsx')}
          </a>
          <a className="button" href={`/api/target-lists/${encodeURIComponent(list.id)}/export?format=csv`} download data-testid="export-csv">
            {t('lists.exportCsv')}
          </a>
          <button type="button" onClick={() => setRenaming(list.name)}>
            {t('lists.rename')}
          </button>
          <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
            {t('lists.delete')}
          </button>
        </div>
      </header>
      {confirmDelete && (
        <div className="confirm" role="alertdialog" aria-label={t('lists.delete')}>
          <span>{t('lists.deleteConfirm', { name: list.name })}</span>
          <button
            type="button"
            className="danger-solid"
            onClick={() =>
              void run(async () => {
                await gql(DELETE_LIST, { id: list.id });
                onChange({ list: null, entry: null });
              })
            }
          >
            {t('lists.deleteYes')}
          </button>
          <button type="button" onClick={() => setConfirmDelete(false)}>
            {t('lists.cancel')}
          </button>
        </div>
      )}
      {actionError !== null && <ErrorMessage error={actionError} />}

      <div className="pipeline-summary" data-testid="pipeline-summary">
        <span className="muted">{t('lists.summary')}</span>
        {list.statusCounts.map((c) => (
          <button key={c.status} type="button" className={`pipeline-count ${statusFilter === c.status ? 'active' : ''}`} onClick={() => setStatusFilter(statusFilter === c.status ? '' : c.status)}>
            <PipelineTag status={c.status} /> <strong>{c.count}</strong>
          </button>
        ))}
      </div>

      {list.entries.length === 0 ? (
        <p className="muted">{t('lists.empty')}</p>
      ) : (
        <>
          <table className="ca-table entries" data-testid="entries-table">
            <thead>
              <tr>
                <th>{t('lists.firm')}</th>
                <th>{t('lists.place')}</th>
                <th>{t('lists.segment')}</th>
                <th>{t('lists.reason')}</th>
                <th>{t('lists.status')}</th>
                <th>{t('lists.latest')}</th>
                <th>{t('lists.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {paged.visible.map((e) => {
                const open = entry === e.creditCode;
                return (
                  <Fragment key={e.creditCode}>
                    <tr className={open ? 'chosen' : undefined} data-testid="entry-row">
                      <td>
                        {e.name ? <Link to={`/enterprise/${encodeURIComponent(e.creditCode)}`}>{e.name}</Link> : <span className="muted">{e.creditCode} {t('lists.gone')}</span>}{' '}
                        {e.local !== null && e.local !== undefined && <span className={`ca-chip ${e.local ? 'local' : 'outside'}`}>{e.local ? t('local') : t('outside')}</span>}
                      </td>
                      <td className="nowrap">{e.local ? (e.county ?? e.city ?? '—') : place(e.city, e.province)}</td>
                      <td>{e.segmentName ?? '—'}</td>
                      <td className="reason">{e.reason ?? '—'}</td>
                      <td>
                        <PipelineTag status={e.status} />
                      </td>
                      <td className="latest">
                        {e.statusDate && <span className="nowrap">{e.statusDate} </span>}
                        {e.statusNote && <span className="muted">{e.statusNote}</span>}
                      </td>
                      <td className="nowrap">
                        <button type="button" className="link-button" onClick={() => onChange({ entry: open ? null : e.creditCode })} aria-expanded={open}>
                          {open ? t('lists.hide') : t('lists.update')}
                        </button>
                      </td>
                    </tr>
                    {open && (
                      <tr className="entry-detail">
                        <td colSpan={7}>
                          <EntryDetail
                            listId={list.id}
                            entry={e}
                            onRemoved={() => onChange({ entry: null })}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
          <Pager {...paged} testId="entries-pager" />
        </>
      )}
    </div>
  );
}

/** Who recorded a change: the user's display name from the server; the system; a colleague no longer in the database. */
function useRecorder() {
  const { t } = useTranslation('targets');
  return (change: { by: string; byName?: string | null }) => change.byName ?? (change.by === 'system' ? t('status.system') : t('status.colleague'));
}

/** Change an entry's pipeline status (with a note and a date), read its history, or remove it. */
function EntryDetail({ listId, entry, onRemoved }: { listId: string; entry: Entry; onRemoved: () => void }) {
  const { t } = useTranslation('targets');
  const recorder = useRecorder();
  const invalidate = useInvalidateTargetLists();
  const [status, setStatus] = useState<PipelineStatus>(entry.status);
  const [date, setDate] = useState(today());
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  useEffect(() => setStatus(entry.status), [entry.status]);

  async function save() {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await gql(SET_STATUS, { listId, creditCode: entry.creditCode, status, note: note.trim() || null, date: date || null });
      await invalidate();
      setNote('');
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="entry-panel" data-testid="entry-detail">
      <form
        className="status-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h4>{t('status.heading', { name: entry.name ?? entry.creditCode })}</h4>
        <label>
          {t('status.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value as PipelineStatus)} data-testid="status-select">
            {PIPELINE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {pick(PIPELINE_STATUS_LABELS[s])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('status.date')}
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="status-date" />
        </label>
        <label className="wide">
          {t('status.note')}
          <textarea rows={2} value={note} maxLength={TARGET_LIST_LIMITS.noteMax} placeholder={t('status.notePlaceholder')} onChange={(e) => setNote(e.target.value)} data-testid="status-note" />
        </label>
        <div className="row-actions">
          <button type="submit" className="primary" disabled={busy} data-testid="status-save">
            {busy ? t('status.saving') : t('status.save')}
          </button>
          {saved && <span className="saved" role="status">✓ {t('status.saved')}</span>}
          <span className="spacer" />
          {confirmRemove ? (
            <>
              <button
                type="button"
                className="danger-solid"
                onClick={async () => {
                  try {
                    await gql(REMOVE_TARGET, { listId, creditCode: entry.creditCode });
                    await invalidate();
                    onRemoved();
                  } catch (err) {
                    setError(err);
                  }
                }}
              >
                {t('lists.removeConfirm')}
              </button>
              <button type="button" onClick={() => setConfirmRemove(false)}>
                {t('lists.cancel')}
              </button>
            </>
          ) : (
            <button type="button" className="danger" onClick={() => setConfirmRemove(true)}>
              {t('lists.remove')}
            </button>
          )}
        </div>
        {error !== null && <ErrorMessage error={error} />}
      </form>
      <div className="history">
        <h4>{t('status.history')}</h4>
        <ol data-testid="status-history">
          {[...entry.history].reverse().map((h, i) => (
            <li key={`${h.at}-${i}`}>
              <div className="history-head">
                <PipelineTag status={h.status} />
                {h.date && <strong>{h.date}</strong>}
              </div>
              <div className="history-note">{h.note || <span className="muted">{t('status.noNote')}</span>}</div>
              <div className="muted history-meta">{t('status.historyRow', { by: recorder(h), at: dateTime(h.at) })}</div>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
