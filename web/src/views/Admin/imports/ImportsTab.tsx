import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../auth/session';
import { ErrorMessage, Loading } from '../../../components/ErrorMessage';
import { beijing } from '../time';
import { ImportChangesPanel } from './ImportChangesPanel';
import { NS } from './messages';
import { UndoDialog } from './UndoDialog';
import { UndoOutcome } from './UndoOutcome';
import { useImportList, useUndoImport, type ImportSummary } from './useImports';
import './imports.css';

/** 导入记录: recent imports, each one's row changes, and (administrators) 撤销导入 with a confirmation. */
export function ImportsTab() {
  const { t } = useTranslation(NS);
  const list = useImportList();
  const canUndo = useCan('imports:undo');
  const undo = useUndoImport();
  const [open, setOpen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<ImportSummary | null>(null);

  if (list.isPending) return <Loading />;
  if (list.error) return <ErrorMessage error={list.error} onRetry={list.refetch} />;
  const opened = list.imports.find((i) => i.id === open) ?? null;
  return (
    <div className="imports-tab" data-testid="imports-tab">
      <p className="hint">{t('hint')}</p>
      <UndoOutcome result={undo.data} error={undo.error} />
      {list.imports.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <ul className="import-list" data-testid="import-list">
          {list.imports.map((item) => (
            <li
              key={item.id}
              className={item.undone ? 'import-card undone' : 'import-card'}
              data-testid="import-item"
              data-import-id={item.id}
            >
              <div className="import-meta">
                <strong>{beijing(item.at)}</strong>
                <span>
                  {t('user')}：{item.userName}
                </span>
                <span>
                  {t('changedRows')}：{item.changedRows ?? t('notRecorded')}
                </span>
                <span className="import-status" data-testid="import-status">
                  {item.undone
                    ? t('undone', { at: beijing(item.undone.at), user: item.undone.userName })
                    : item.undoable
                      ? t('active')
                      : t('notUndoable')}
                </span>
              </div>
              <div className="import-files">{item.files.map((f) => t('fileRows', { name: f.name, rows: f.rows })).join('、')}</div>
              <div className="row-actions">
                {item.undoable && (
                  <button
                    type="button"
                    aria-expanded={open === item.id}
                    aria-controls={open === item.id ? `changes-${item.id}` : undefined}
                    onClick={() => setOpen(open === item.id ? null : item.id)}
                    data-testid="show-changes"
                  >
                    {open === item.id ? t('hideChanges') : t('showChanges')}
                  </button>
                )}
                {canUndo && item.undoable && !item.undone && (
                  <button
                    type="button"
                    className="danger"
                    aria-label={t('undoLabel', { at: beijing(item.at) })}
                    onClick={() => (undo.reset(), setConfirming(item))}
                    data-testid="undo-import"
                  >
                    {t('undo')}
                  </button>
                )}
              </div>
              {opened?.id === item.id && <ImportChangesPanel summary={opened} />}
            </li>
          ))}
        </ul>
      )}
      {list.hasMore && (
        <button type="button" onClick={list.loadMore} disabled={list.loadingMore}>
          {t('more')}
        </button>
      )}
      {confirming && (
        <UndoDialog
          rows={confirming.changedRows ?? 0}
          busy={undo.isPending}
          onClose={() => setConfirming(null)}
          onConfirm={() => undo.mutate(confirming.id, { onSettled: () => setConfirming(null) })}
        />
      )}
    </div>
  );
}
