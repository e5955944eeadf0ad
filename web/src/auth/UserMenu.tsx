import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gql } from '../api/client';
import { graphql } from '../gql';
import { ErrorMessage } from '../components/ErrorMessage';
import { NS } from './messages';
import { useMe, useSignOut } from './session';
import './auth.css';
import { PasswordField } from './PasswordField';

const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

/** The signed-in user in the top bar: name and role, change password, sign out. */
export function UserMenu() {
  const { t } = useTranslation(NS);
  const me = useMe();
  const signOut = useSignOut();
  const [open, setOpen] = useState(false);
  const [changing, setChanging] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <div className="user-menu" ref={ref}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="user-menu">
        <span className="user-name">{me.name}</span>
        <span className="user-role">{t(`roles.${me.role}`)}</span>
        <span className="sr-only">{t('menu.label')}</span>
      </button>
      {open && (
        <div className="user-menu-items" role="menu">
          <div className="user-menu-who">{me.username}</div>
          <button type="button" role="menuitem" onClick={() => (setOpen(false), setChanging(true))} data-testid="menu-change-password">
            {t('menu.changePassword')}
          </button>
          <button type="button" role="menuitem" onClick={() => void signOut()} data-testid="menu-sign-out">
            {t('menu.signOut')}
          </button>
        </div>
      )}
      {changing && <ChangePasswordDialog onClose={() => setChanging(false)} />}
    </div>
  );
}

function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(NS);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next !== confirm) {
      setError(new Error(t('password.mismatch')));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await gql(CHANGE_PASSWORD, { currentPassword: current, newPassword: next });
      setDone(true);
      setCurrent('');
      setNext('');
      setConfirm('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop" role="presentation">
      <form
        className="dialog"
        role="dialog"
        aria-label={t('password.heading')}
        onSubmit={(e) => void submit(e)}
        data-testid="change-password"
      >
        <h3>{t('password.heading')}</h3>
        {done ? (
          <p className="notice" data-testid="password-changed">
            {t('password.done')}
          </p>
        ) : (
          <>
            <PasswordField
              label={t('password.current')}
              autoComplete="current-password"
              value={current}
              onChange={setCurrent}
              testId="password-current"
            />
            <PasswordField label={t('password.next')} autoComplete="new-password" value={next} onChange={setNext} testId="password-new" />
            <PasswordField
              label={t('password.confirm')}
              autoComplete="new-password"
              value={confirm}
              onChange={setConfirm}
              testId="password-confirm"
            />
            {error !== null && <ErrorMessage error={error} />}
          </>
        )}
        <div className="dialog-actions">
          {!done && (
            <button type="submit" className="primary" disabled={busy} data-testid="password-save">
              {t('password.save')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {t('password.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
