import { useTranslation } from 'react-i18next';

/** The two buttons of a confirmation: do it (`confirm`, red for a removal, blue otherwise) or cancel. */
export function ConfirmButtons({
  confirm,
  onConfirm,
  onCancel,
  className = 'danger-solid',
  testId,
}: {
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
  className?: 'danger-solid' | 'primary';
  testId?: string;
}) {
  const { t } = useTranslation('targets');
  return (
    <>
      <button type="button" className={className} onClick={onConfirm} data-testid={testId}>
        {confirm}
      </button>
      <button type="button" onClick={onCancel}>
        {t('lists.cancel')}
      </button>
    </>
  );
}
