import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, gql } from '../api/client';
import { graphql } from '../gql';
import { ErrorMessage } from '../components/ErrorMessage';
import { setLanguage } from '../i18n';
import { NS } from './messages';
import { ME_QUERY, type Me } from './api';
import './auth.css';
import { PasswordField } from './PasswordField';

const SIGN_IN = graphql(`
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      id
    }
  }
`);

/** 登录: Chinese first, with the synthetic-data notice and a language switch. */
export function SignInPage({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const { t, i18n } = useTranslation(NS);
  const { t: tApp } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(new ApiError('REQUIRED', t('signIn.required')));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await gql(SIGN_IN, { username: username.trim(), password });
      const { me } = await gql(ME_QUERY);
      setPassword('');
      if (me) onSignedIn(me);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const code = error instanceof ApiError ? error.code : null;
  return (
    <main className="signin-page">
      <form className="signin-card" onSubmit={(e) => void submit(e)} data-testid="signin-form">
        <div className="brand">
          <span className="logo" aria-hidden>
            ◈
          </span>
          <div>
            <h1>{tApp('app.title')}</h1>
            <div className="subtitle">{tApp('app.subtitle')}</div>
          </div>
        </div>
        <h2>{t('signIn.heading')}</h2>
        <p className="hint">{t('signIn.intro')}</p>
        <label>
          {t('signIn.username')}
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            autoFocus
            data-testid="signin-username"
          />
        </label>
        <PasswordField
          label={t('signIn.password')}
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          testId="signin-password"
        />
        {error !== null &&
          (code === 'UNAUTHENTICATED' || code === 'LIMIT_EXCEEDED' || code === 'REQUIRED' ? (
            <div className="error-message" role="alert" data-testid="signin-error" data-code={code}>
              ⚠ {code === 'UNAUTHENTICATED' ? t('signIn.failed') : code === 'LIMIT_EXCEEDED' ? t('signIn.limited') : t('signIn.required')}
            </div>
          ) : (
            <ErrorMessage error={error} />
          ))}
        <button type="submit" className="primary" disabled={busy} data-testid="signin-submit">
          {busy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
        <div className="signin-footer">
          <span className="synthetic-badge" title={tApp('app.syntheticHint')}>
            {tApp('app.synthetic')}
          </span>
          <button type="button" className="lang-switch" onClick={() => setLanguage(i18n.language === 'en' ? 'zh' : 'en')}>
            {tApp('app.language')}
          </button>
        </div>
      </form>
    </main>
  );
}
