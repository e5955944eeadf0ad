import { useTranslation } from 'react-i18next';
import { type ApiError } from '../../../api/client';
import type { ImportUndoResult } from './useImports';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { NS } from './messages';

type ConflictRow = { file: string; row: number | null; key: string };

/** What an undo did: the counts, or a CONFLICT in words with the rows it names, or another error. */
export function UndoOutcome({ result, error }: { result: ImportUndoResult | undefined; error: ApiError | null }) {
  const { t } = useTranslation(NS);
  if (result) {
    return (
      <p className="notice" role="status" data-testid="undo-result">
        {t('undoneResult', { restored: result.restored, deleted: result.deleted })}
      </p>
    );
  }
  if (!error) return null;
  if (error.code !== 'CONFLICT') return <ErrorMessage error={error} />;
  const { reason, rows = [], rowTotal = rows.length } = error.details as { reason?: string; rows?: ConflictRow[]; rowTotal?: number };
  const sentence =
    reason === 'UNDONE'
      ? t('conflictUndone')
      : reason === 'REFERENCED'
        ? t('conflictReferenced', { count: rowTotal })
        : t('conflictChanged', { count: rowTotal });
  return (
    <div className="error-message undo-conflict" role="alert" data-code="CONFLICT" data-testid="undo-conflict">
      <p>⚠ {sentence}</p>
      {rows.length > 0 && (
        <ul>
          {rows.map((r) => (
            <li key={`${r.file}|${r.key}`}>{t('conflictRow', { file: r.file, row: r.row ?? '—', key: r.key })}</li>
          ))}
          {rowTotal > rows.length && <li>{t('conflictMore', { count: rowTotal - rows.length })}</li>}
        </ul>
      )}
    </div>
  );
}
