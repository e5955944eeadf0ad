import { useTranslation } from 'react-i18next';
import { ROLE_NAMES, type RoleName } from '../../auth/api';
import { NS as AUTH_NS } from '../../auth/messages';
import { useMe } from '../../auth/session';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { ClusterEditor } from './ClusterPicks';
import { CreateUser } from './CreateUser';
import { NS } from './messages';
import type { User } from './queries';
import { beijing } from './time';
import { useUsers, type UsersState } from './useUsers';
import { TableHead } from '../../components/TableHead';

/** Users: the create form, the one-time secret, and the table of users with their role, clusters and actions. */
export function UsersTab() {
  const state = useUsers();
  const { users, secret, error } = state;

  if (users.isPending) return <Loading />;
  if (users.error) return <ErrorMessage error={users.error} onRetry={() => void users.refetch()} />;
  return (
    <>
      <CreateUser clusters={state.clusterList} onCreate={state.create} />
      {secret && (
        <p className="notice" data-testid="admin-secret">
          {secret.text}
          {secret.password && (
            <span className="secret" data-testid="admin-secret-password">
              {secret.password}
            </span>
          )}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} />}
      <table className="admin-table" data-testid="users-table">
        <TableHead ns={NS} prefix="users." columns={['username', 'name', 'role', 'clusters', 'status', 'lastSignIn', 'actions']} />
        <tbody>
          {users.data.users.map((user) => (
            <UserRow key={user.id} user={user} state={state} />
          ))}
        </tbody>
      </table>
    </>
  );
}

function UserRow({ user, state }: { user: User; state: UsersState }) {
  const { t } = useTranslation(NS);
  const { t: tAuth } = useTranslation(AUTH_NS);
  const me = useMe();
  return (
    <tr className={user.disabled ? 'disabled' : ''} data-testid={`user-${user.username}`}>
      <td>
        {user.username} {user.id === me.id && <small>{t('users.you')}</small>}
      </td>
      <td>{user.name}</td>
      <td>
        <select
          value={user.role}
          onChange={(e) => state.setRole(user, e.target.value as RoleName)}
          data-testid={`role-${user.username}`}
          aria-label={t('users.role')}
        >
          {ROLE_NAMES.map((role) => (
            <option key={role} value={role}>
              {tAuth(`roles.${role}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        {state.editing === user.id ? (
          <ClusterEditor
            clusters={state.clusterList}
            initial={user.clusterIds}
            onCancel={() => state.setEditing(null)}
            onSave={(ids) => state.saveClusters(user, ids)}
          />
        ) : (
          <>
            {user.clusterIds.length ? (
              user.clusterIds.map((id) => state.clusterName.get(id) ?? id).join('、')
            ) : (
              <span className="muted">{t('users.none')}</span>
            )}{' '}
            {user.role === 'EDITOR' && (
              <button type="button" onClick={() => state.setEditing(user.id)} data-testid={`clusters-${user.username}`}>
                {t('users.editClusters')}
              </button>
            )}
          </>
        )}
      </td>
      <td>{user.disabled ? t('users.disabled') : t('users.enabled')}</td>
      <td>{user.lastSignInAt ? beijing(user.lastSignInAt) : t('users.never')}</td>
      <td>
        <div className="row-actions">
          {user.id !== me.id && (
            <button type="button" onClick={() => state.toggleDisabled(user)} data-testid={`toggle-${user.username}`}>
              {user.disabled ? t('users.enable') : t('users.disable')}
            </button>
          )}
          <button type="button" onClick={() => state.resetPassword(user)} data-testid={`reset-${user.username}`}>
            {t('users.resetPassword')}
          </button>
        </div>
      </td>
    </tr>
  );
}
