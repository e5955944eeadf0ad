import { useTranslation } from 'react-i18next';
import { PIPELINE_STATUSES, type PipelineStatus } from '#shared/enums.js';
import { PIPELINE_STATUS_LABELS } from '#shared/labels.js';
import { TARGET_LIST_LIMITS } from '#shared/limits.js';
import { skippedStatuses } from '#shared/pipeline.js';
import type { TargetEntry } from '../../api/targetLists';
import { ErrorMessage } from '../../components/ErrorMessage';
import { pick } from '../../i18n';
import { dateTime } from '../../lib/format';
import { PipelineTag } from './pipeline';
import { useEntryStatus } from './useEntryStatus';
import { Options } from '../../components/Options';

/** Change an entry's pipeline status (with a note and a date), read its history, or remove it. */
export function EntryDetail({ listId, entry, onRemoved }: { listId: string; entry: TargetEntry; onRemoved: () => void }) {
  const { t } = useTranslation('targets');
  const s = useEntryStatus(listId, entry, onRemoved);
  return (
    <div className="entry-panel" data-testid="entry-detail">
      <form
        className="status-form"
        onSubmit={(e) => {
          e.preventDefault();
          void s.save();
        }}
      >
        <h4>{t('status.heading', { name: entry.name ?? entry.creditCode })}</h4>
        <label>
          {t('status.status')}
          <select value={s.status} onChange={(e) => s.setStatus(e.target.value as PipelineStatus)} data-testid="status-select">
            <Options items={PIPELINE_STATUSES} value={(status) => status} label={(status) => pick(PIPELINE_STATUS_LABELS[status])} />
          </select>
        </label>
        <label>
          {t('status.date')}
          <input type="date" value={s.date} onChange={(e) => s.setDate(e.target.value)} data-testid="status-date" />
        </label>
        <label className="wide">
          {t('status.note')}
          <textarea
            rows={2}
            value={s.note}
            maxLength={TARGET_LIST_LIMITS.noteMax}
            placeholder={t('status.notePlaceholder')}
            onChange={(e) => s.setNote(e.target.value)}
            data-testid="status-note"
          />
        </label>
        <div className="row-actions">
          <button type="submit" className="primary" disabled={s.busy} data-testid="status-save">
            {s.busy ? t('status.saving') : t('status.save')}
          </button>
          {s.saved && (
            <span className="saved" role="status">
              ✓ {t('status.saved')}
            </span>
          )}
          {s.unchanged && (
            <span className="muted" role="status" data-testid="status-unchanged">
              {t('status.unchanged')}
            </span>
          )}
          <span className="spacer" />
          {s.confirmRemove ? (
            <>
              <button type="button" className="danger-solid" onClick={() => void s.remove()}>
                {t('lists.removeConfirm')}
              </button>
              <button type="button" onClick={() => s.setConfirmRemove(false)}>
                {t('lists.cancel')}
              </button>
            </>
          ) : (
            <button type="button" className="danger" onClick={() => s.setConfirmRemove(true)}>
              {t('lists.remove')}
            </button>
          )}
        </div>
        {s.confirmJump && (
          <div className="confirm" role="alertdialog" aria-label={t('status.jumpTitle')} data-testid="status-jump-confirm">
            <p>
              {t('status.jump', {
                from: pick(PIPELINE_STATUS_LABELS[s.current]),
                to: pick(PIPELINE_STATUS_LABELS[s.status]),
                skipped: skippedStatuses(s.current, s.status)
                  .map((x) => pick(PIPELINE_STATUS_LABELS[x]))
                  .join(t('status.jumpJoin')),
              })}
            </p>
            <div className="row-actions">
              <button type="button" className="primary" onClick={() => void s.save(true)} data-testid="status-jump-yes">
                {t('status.jumpConfirm')}
              </button>
              <button type="button" onClick={s.cancelJump}>
                {t('lists.cancel')}
              </button>
            </div>
          </div>
        )}
        {s.error !== null && <ErrorMessage error={s.error} />}
      </form>
      <StatusHistory history={entry.history} />
    </div>
  );
}

/** The entry's status changes, latest first, with who recorded each: the user's name, the system, or a colleague no longer in the database. */
function StatusHistory({ history }: { history: TargetEntry['history'] }) {
  const { t } = useTranslation('targets');
  const recorder = (change: { by: string; byName: string | null }) =>
    change.byName ?? (change.by === 'system' ? t('status.system') : t('status.colleague'));
  return (
    <div className="history">
      <h4>{t('status.history')}</h4>
      <ol data-testid="status-history">
        {[...history].reverse().map((h, i) => (
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
  );
}
