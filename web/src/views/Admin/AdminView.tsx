import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gql, useGql } from '../../api/client';
import type { AuditEntry } from '../../api/schema-types';
import { ROLE_NAMES, type RoleName } from '../../auth/api';
import { NS as AUTH_NS } from '../../auth/messages';
import { useCan, useMe } from '../../auth/session';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { ImportsTab } from './imports/ImportsTab';
import { NS } from './messages';
import { beijing } from './time';
import './admin.css';

interface User {
  id: string;
  username: string;
  name: string;
  role: RoleName;
  clusterIds: string[];
  disabled: boolean;
  lastSignInAt: string | null;
}

const USERS = '{ users { id username name role clusterIds disabled lastSignInAt } }';
const CLUSTERS = '{ clusters { id name } }';
const CREATE = 'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id username } password } }';
const UPDATE = 'mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { id } }';
const DISABLE = 'mutation($id: ID!, $d: Boolean!) { setUserDisabled(id: $id, disabled: $d) { id } }';
const RESET = 'mutation($id: ID!) { resetUserPassword(id: $id) { user { username } password } }';
const AUDIT = 'query($after: String, $u: ID, $e: String) { auditLog(first: 50, after: $after, userId: $u, entity: $e) { edges { node { id at userId action entity key before after } } pageInfo { hasNextPage endCursor } } }';
const ENTITIES = ['TargetList', 'TargetListEntry', 'Enterprise', 'SupplyLink', 'User', 'Session', 'Import'];

/** 系统管理 (/admin): users (create, role, clusters, disable, reset password), the audit log, imports (imports/). */
export function AdminView() {
  const { t } = useTranslation(NS);
  const tabs = useCan('audit:read') ? (['users', 'audit', 'imports'] as const) : (['users', 'audit'] as const);
  const [tab, setTab] = useState<'users' | 'audit' | 'imports'>('users');
  return (
    <section className="view" data-testid="admin-view">
      <header className="view-header">
        <h2>{t('heading')}</h2>
        <p className="hint">{t('hint')}</p>
      </header>
      <div className="admin-tabs" role="tablist">
        {tabs.map((name) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} className={tab === name ? 'active' : ''} onClick={() => setTab(name)} data-testid={`admin-tab-${name}`}>
            {t(`tabs.${name}`)}
          </button>
        ))}
      </div>
      <div className="admin-body">{tab === 'users' ? <Users /> : tab === 'audit' ? <AuditLog /> : <ImportsTab />}</div>
    </section>
  );
}

function Users() {
  const { t } = useTranslation(NS);
  const { t: tAuth } = useTranslation(AUTH_NS);
  const me = useMe();
  const queryClient = useQueryClient();
  const users = useGql<{ users: User[] }>(USERS);
  const clusters = useGql<{ clusters: { id: string; name: string }[] }>(CLUSTERS);
  const [secret, setSecret] = useState<{ text: string; password: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const clusterName = useMemo(() => new Map((clusters.data?.clusters ?? []).map((c) => [c.id, c.name])), [clusters.data]);

  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
      await queryClient.invalidateQueries({ queryKey: [USERS] });
    } catch (e) {
      setError(e);
    }
  };

  if (users.isPending) return <Loading />;
  if (users.error) return <ErrorMessage error={users.error} onRetry={() => void users.refetch()} />;
  return (
    <>
      <CreateUser
        clusters={clusters.data?.clusters ?? []}
        onCreate={(input) =>
          run(async () => {
            const { createUser } = await gql<{ createUser: { user: { username: string }; password: string | null } }>(CREATE, { i: input });
            setSecret(createUser.password ? { text: t('users.createdWithPassword', { username: createUser.user.username }), password: createUser.password } : { text: t('users.created', { username: createUser.user.username }), password: '' });
          })
        }
      />
      {secret && (
        <p className="notice" data-testid="admin-secret">
          {secret.text}
          {secret.password && <span className="secret" data-testid="admin-secret-password">{secret.password}</span>}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} />}
      <table className="admin-table" data-testid="users-table">
        <thead>
          <tr>
            <th>{t('users.username')}</th>
            <th>{t('users.name')}</th>
            <th>{t('users.role')}</th>
            <th>{t('users.clusters')}</th>
            <th>{t('users.status')}</th>
            <th>{t('users.lastSignIn')}</th>
            <th>{t('users.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.data.users.map((user) => (
            <tr key={user.id} className={user.disabled ? 'disabled' : ''} data-testid={`user-${user.username}`}>
              <td>
                {user.username} {user.id === me.id && <small>{t('users.you')}</small>}
              </td>
              <td>{user.name}</td>
              <td>
                <select value={user.role} onChange={(e) => void run(async () => void (await gql(UPDATE, { id: user.id, i: { role: e.target.value } })))} data-testid={`role-${user.username}`} aria-label={t('users.role')}>
                  {ROLE_NAMES.map((role) => (
                    <option key={role} value={role}>
                      {tAuth(`roles.${role}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                {editing === user.id ? (
                  <ClusterEditor
                    clusters={clusters.data?.clusters ?? []}
                    initial={user.clusterIds}
                    onCancel={() => setEditing(null)}
                    onSave={(ids) => void run(async () => (await gql(UPDATE, { id: user.id, i: { clusterIds: ids } }), setEditing(null)))}
                  />
                ) : (
                  <>
                    {user.clusterIds.length ? user.clusterIds.map((id) => clusterName.get(id) ?? id).join('、') : <span className="muted">{t('users.none')}</span>}{' '}
                    {user.role === 'EDITOR' && (
                      <button type="button" onClick={() => setEditing(user.id)} data-testid={`clusters-${user.username}`}>
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
                    <button
                      type="button"
                      onClick={() => {
                        if (user.disabled || window.confirm(t('users.confirmDisable', { username: user.username }))) void run(async () => void (await gql(DISABLE, { id: user.id, d: !user.disabled })));
                      }}
                      data-testid={`toggle-${user.username}`}
                    >
                      {user.disabled ? t('users.enable') : t('users.disable')}
                    </button>
                  )}
                  <button
                    type="button"
                    onClick={() => {
                      if (!window.confirm(t('users.confirmReset', { username: user.username }))) return;
                      void run(async () => {
                        const { resetUserPassword } = await gql<{ resetUserPassword: { user: { username: string }; password: string } }>(RESET, { id: user.id });
                        setSecret({ text: t('users.resetWithPassword', { username: resetUserPassword.user.username }), password: resetUserPassword.password });
                      });
                    }}
                    data-testid={`reset-${user.username}`}
                  >
                    {t('users.resetPassword')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function ClusterPicks({ clusters, chosen, onChange }: { clusters: { id: string; name: string }[]; chosen: string[]; onChange: (ids: string[]) => void }) {
  return (
    <div className="cluster-picks">
      {clusters.map((c) => (
        <label key={c.id}>
          <input type="checkbox" checked={chosen.includes(c.id)} onChange={(e) => onChange(e.target.checked ? [...chosen, c.id] : chosen.filter((id) => id !== c.id))} />
          {c.name}
        </label>
      ))}
    </div>
  );
}

function ClusterEditor({ clusters, initial, onSave, onCancel }: { clusters: { id: string; name: string }[]; initial: string[]; onSave: (ids: string[]) => void; onCancel: () => void }) {
  const { t } = useTranslation(NS);
  const [chosen, setChosen] = useState(initial);
  return (
    <div>
      <ClusterPicks clusters={clusters} chosen={chosen} onChange={setChosen} />
      <div className="row-actions">
        <button type="button" className="primary" onClick={() => onSave(chosen)}>
          {t('users.saveClusters')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('users.cancel')}
        </button>
      </div>
    </div>
  );
}

function CreateUser({ clusters, onCreate }: { clusters: { id: string; name: string }[]; onCreate: (input: Record<string, unknown>) => Promise<void> }) {
  const { t } = useTranslation(NS);
  const { t: tAuth } = useTranslation(AUTH_NS);
  const [username, setUsername] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<RoleName>('VIEWER');
  const [clusterIds, setClusterIds] = useState<string[]>([]);
  const [password, setPassword] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await onCreate({ username: username.trim(), name: name.trim() || null, role, clusterIds: role === 'EDITOR' ? clusterIds : [], password: password || null });
    setUsername('');
    setName('');
    setPassword('');
    setClusterIds([]);
  };

  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)} data-testid="create-user">
      <strong>{t('users.create')}</strong>
      <label>
        {t('users.username')}
        <input value={username} onChange={(e) => setUsername(e.target.value)} required data-testid="new-username" />
      </label>
      <label>
        {t('users.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} data-testid="new-name" />
      </label>
      <label>
        {t('users.role')}
        <select value={role} onChange={(e) => setRole(e.target.value as RoleName)} data-testid="new-role">
          {ROLE_NAMES.map((r) => (
            <option key={r} value={r}>
              {tAuth(`roles.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('users.password')}
        <input type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} data-testid="new-password" />
      </label>
      <button type="submit" className="primary" data-testid="new-submit">
        {t('users.createSubmit')}
      </button>
      {role === 'EDITOR' && (
        <div className="cluster-row">
          <small className="muted">{t('users.clustersHint')}</small>
          <ClusterPicks clusters={clusters} chosen={clusterIds} onChange={setClusterIds} />
          {clusterIds.length === 0 && (
            <p className="admin-warning" role="status" data-testid="editor-no-clusters">
              {t('users.noClusters')}
            </p>
          )}
        </div>
      )}
    </form>
  );
}

function AuditLog() {
  const { t } = useTranslation(NS);
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const [userId, setUserId] = useState('');
  const [entity, setEntity] = useState('');
  const users = useGql<{ users: User[] }>(USERS);
  const names = useMemo(() => new Map((users.data?.users ?? []).map((u) => [u.id, u.username])), [users.data]);
  const after = pages.at(-1) ?? null;
  const log = useGql<{ auditLog: { edges: { node: AuditEntry }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(AUDIT, { after, u: userId || null, e: entity || null }, { staleTime: 0 });
  const filter = (set: (v: string) => void) => (value: string) => {
    set(value);
    setPages([null]);
  };

  return (
    <>
      <div className="audit-filters">
        <select value={userId} onChange={(e) => filter(setUserId)(e.target.value)} data-testid="audit-user" aria-label={t('audit.user')}>
          <option value="">{t('audit.allUsers')}</option>
          {(users.data?.users ?? []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.username}
            </option>
          ))}
        </select>
        <select value={entity} onChange={(e) => filter(setEntity)(e.target.value)} data-testid="audit-entity" aria-label={t('audit.entity')}>
          <option value="">{t('audit.allEntities')}</option>
          {ENTITIES.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        {pages.length > 1 && (
          <button type="button" onClick={() => setPages([null])}>
            {t('audit.first')}
          </button>
        )}
        {log.data?.auditLog.pageInfo.hasNextPage && (
          <button type="button" onClick={() => setPages([...pages, log.data!.auditLog.pageInfo.endCursor])} data-testid="audit-next">
            {t('audit.next')}
          </button>
        )}
      </div>
      {log.isPending ? (
        <Loading />
      ) : log.error ? (
        <ErrorMessage error={log.error} onRetry={() => void log.refetch()} />
      ) : log.data.auditLog.edges.length === 0 ? (
        <p className="muted">{t('audit.empty')}</p>
      ) : (
        <table className="admin-table" data-testid="audit-table">
          <thead>
            <tr>
              <th>{t('audit.at')}</th>
              <th>{t('audit.user')}</th>
              <th>{t('audit.action')}</th>
              <th>{t('audit.entity')}</th>
              <th>{t('audit.before')}</th>
              <th>{t('audit.after')}</th>
            </tr>
          </thead>
          <tbody>
            {log.data.auditLog.edges.map(({ node }) => (
              <tr key={node.id} data-testid="audit-row">
                <td>{beijing(node.at)}</td>
                <td>{names.get(node.userId) ?? node.userId}</td>
                <td>{node.action}</td>
                <td>
                  {node.entity}
                  <br />
                  <small className="muted">{node.key}</small>
                </td>
                <td className="json">{node.before}</td>
                <td className="json">{node.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
