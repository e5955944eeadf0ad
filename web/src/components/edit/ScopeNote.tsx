import { useTranslation } from 'react-i18next';
import { EDIT_NS } from './messages';
import './edit.css';

/** Why a control is disabled, visible (not only in a tooltip). */
export function ScopeNote({ reason, testId }: { reason: string | null; testId?: string }) {
  const { t } = useTranslation(EDIT_NS);
  if (!reason) return null;
  return (
    <p className="scope-note" role="note" data-testid={testId ?? 'edit-scope-note'}>
      {t('disabledBecause', { reason })}
    </p>
  );
}
