import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { mayOpen, ROLE_HOME } from '../nav';
import { useTranslation } from 'react-i18next';
import { ApiError, gql, gqlKey, useGql } from '../api/client';
import { graphql } from '../gql';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { ME_QUERY, type Me } from './api';
import { NS } from './messages';
import { SignInPage } from './SignInPage';

const ME_KEY = gqlKey(ME_QUERY);

const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

/**
 * Forgets every answer of the previous user (so nothing confidential stays in the page) and sets
 * who is signed in now. The `me` query itself is kept (not removed): the gate observes it.
 */
function switchUser(queryClient: QueryClient, me: Me | null): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
  queryClient.setQueryData(ME_KEY, { me });
}

const MeContext = createContext<Me | null>(null);

/** The signed-in user (inside AuthGate). */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside AuthGate');
  return me;
}

export function useCan(permission: string): boolean {
  return useMe().permissions.includes(permission);
}

/** Signs out: the session ends on the server, and nothing of this user stays cached in the page. */
export function useSignOut(): () => Promise<void> {
  const queryClient = useQueryClient();
  return async () => {
    try {
      await gql(SIGN_OUT);
    } catch {
      /* the session may be gone already */
    }
    switchUser(queryClient, null);
  };
}

/**
 * Shows the sign-in page until `me` answers with a user, then the app. When any request says
 * UNAUTHENTICATED (the session expired or was ended elsewhere), the page goes back to sign-in
 * and forgets everything it had loaded.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation(NS);
  const queryClient = useQueryClient();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useGql(ME_QUERY, {}, { staleTime: 60_000, retry: false });

  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        // the cache holds queries of every type: their keys and errors are unknown here
        const key = event.query.queryKey as readonly unknown[];
        if (event.type !== 'updated' || event.action.type !== 'error' || key[0] === ME_KEY[0]) return;
        const error: unknown = event.action.error;
        if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') switchUser(queryClient, null);
      }),
    [queryClient],
  );

  if (me.isPending) return <Loading />;
  if (me.error) {
    return (
      <main className="signin-page">
        <div className="signin-card">
          <p>{t('loadFailed')}</p>
          <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />
        </div>
      </main>
    );
  }
  if (!me.data.me)
    return (
      <SignInPage
        onSignedIn={(user) => {
          // the page asked for (the address bar may still hold the previous user's page) if this role may use it, else the role's home
          if (!mayOpen(location.pathname, user.permissions)) void navigate(ROLE_HOME[user.role], { replace: true });
          switchUser(queryClient, user);
        }}
      />
    );
  return <MeContext.Provider value={me.data.me}>{children}</MeContext.Provider>;
}
