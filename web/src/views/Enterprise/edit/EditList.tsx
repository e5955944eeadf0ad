import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EDIT_NS } from '../../../components/edit/messages';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useAction } from '../../../hooks/useAction';

/**
 * Removing one of a firm's rows (a supply link, a collaboration): asks `question` first, then removes it and
 * refreshes every query (the firm's page shows the row in several places); `error` is why the last removal failed.
 */
export function useConfirmedRemoval(question: string) {
  const queryClient = useQueryClient();
  const removal = useAction();
  const remove = async (action: () => Promise<unknown>) => {
    if (!window.confirm(question)) return;
    await removal.run(async () => {
      await action();
      await queryClient.invalidateQueries();
    });
  };
  return { remove, error: removal.error };
}

/**
 * A section of a firm's rows in the editor (`kind`: its messages `<kind>.heading` and `<kind>.none`, its test id
 * `<kind>-editor`): heading, the last removal's error, the list (`children`) or "none", then the way to add one.
 */
export function EditList({
  kind,
  rows,
  error,
  add,
  children,
}: {
  kind: 'links' | 'collaborations';
  rows: number;
  error: unknown;
  add: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation(EDIT_NS);
  return (
    <section data-testid={`${kind}-editor`}>
      <h3>{t(`${kind}.heading`)}</h3>
      {error !== null && <ErrorMessage error={error} />}
      {rows === 0 ? <p className="muted">{t(`${kind}.none`)}</p> : children}
      {add}
    </section>
  );
}

/** A row's remove button: off where the user may not edit the row, with the reason as its title. */
export function RemoveButton({
  scope,
  onRemove,
  testId,
}: {
  scope: { allowed: boolean; reason?: string | null };
  onRemove: () => void;
  testId?: string;
}) {
  const { t } = useTranslation(EDIT_NS);
  return (
    <button
      type="button"
      className="danger"
      disabled={!scope.allowed}
      title={scope.allowed ? undefined : (scope.reason ?? undefined)}
      onClick={onRemove}
      data-testid={testId}
    >
      {t('remove')}
    </button>
  );
}
