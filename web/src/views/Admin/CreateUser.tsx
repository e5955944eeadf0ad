import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_NAMES, type RoleName } from '../../auth/api';
import { NS as AUTH_NS } from '../../auth/messages';
import type { CreateUserInput } from '../../gql/graphql';
import { ClusterPicks } from './ClusterPicks';
import { NS } from './messages';
import type { ClusterChoice } from './queries';
import { SelectField } from '../../components/Select';

const EMPTY = { username: '', name: '', password: '', clusterIds: [] as string[] };

/**
 * The form to create a user: name, role, optional password (generated when empty) and, for an editor, the clusters
 * they may edit, with a warning while none is chosen (an editor without clusters can edit nothing).
 */
export function CreateUser({ clusters, onCreate }: { clusters: ClusterChoice[]; onCreate: (input: CreateUserInput) => Promise<unknown> }) {
  const { t } = useTranslation(NS);
  const { t: tAuth } = useTranslation(AUTH_NS);
  const [form, setForm] = useState(EMPTY);
  const [role, setRole] = useState<RoleName>('VIEWER');
  const set = (field: 'username' | 'name' | 'password') => (e: { target: { value: string } }) =>
    setForm((prev) => ({ ...prev, [field]: e.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await onCreate({
      username: form.username.trim(),
      name: form.name.trim() || null,
      role,
      clusterIds: role === 'EDITOR' ? form.clusterIds : [],
      password: form.password || null,
    });
    // the role stays: several users of one role are often created in a row
    setForm(EMPTY);
  };

  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)} data-testid="create-user">
      <strong>{t('users.create')}</strong>
      <label>
        {t('users.username')}
        <input value={form.username} onChange={set('username')} required data-testid="new-username" />
      </label>
      <label>
        {t('users.name')}
        <input value={form.name} onChange={set('name')} data-testid="new-name" />
      </label>
      <SelectField
        label={t('users.role')}
        value={role}
        onChange={(v) => setRole(v as RoleName)}
        testId="new-role"
        items={ROLE_NAMES}
        itemLabel={(r) => tAuth(`roles.${r}`)}
      />
      <label>
        {t('users.password')}
        <input type="password" autoComplete="new-password" value={form.password} onChange={set('password')} data-testid="new-password" />
      </label>
      <button type="submit" className="primary" data-testid="new-submit">
        {t('users.createSubmit')}
      </button>
      {role === 'EDITOR' && (
        <div className="cluster-row">
          <small className="muted">{t('users.clustersHint')}</small>
          <ClusterPicks
            clusters={clusters}
            chosen={form.clusterIds}
            onChange={(clusterIds) => setForm((prev) => ({ ...prev, clusterIds }))}
          />
          {form.clusterIds.length === 0 && (
            <p className="admin-warning" role="status" data-testid="editor-no-clusters">
              {t('users.noClusters')}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
