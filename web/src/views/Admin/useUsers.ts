import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gql, gqlKey, useGql } from '../../api/client';
import type { RoleName } from '../../auth/api';
import type { CreateUserInput } from '../../gql/graphql';
import { useAction } from '../../hooks/useAction';
import { NS } from './messages';
import { CLUSTERS_QUERY, CREATE_USER, RESET_PASSWORD, SET_USER_DISABLED, UPDATE_USER, USERS_QUERY, type User } from './queries';

/** A message to show once: what was done, and the generated password (empty when the admin chose it). */
export interface Secret {
  text: string;
  password: string;
}

/**
 * The users tab's data and actions: users and clusters, creating a user, changing a role or an editor's clusters,
 * disabling, resetting a password. Each action reloads the users; its error and the one-time secret are shown.
 */
export function useUsers() {
  const { t } = useTranslation(NS);
  const queryClient = useQueryClient();
  const users = useGql(USERS_QUERY);
  const clusters = useGql(CLUSTERS_QUERY);
  const [secret, setSecret] = useState<Secret | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const action = useAction();
  const clusterList = clusters.data?.clusters ?? [];
  const clusterName = useMemo(() => new Map((clusters.data?.clusters ?? []).map((c) => [c.id, c.name])), [clusters.data]);

  const run = (work: () => Promise<void>) =>
    action.run(async () => {
      await work();
      await queryClient.invalidateQueries({ queryKey: gqlKey(USERS_QUERY).slice(0, 1) });
    });

  const create = (input: CreateUserInput) =>
    run(async () => {
      const { createUser } = await gql(CREATE_USER, { input });
      const { username } = createUser.user;
      setSecret(
        createUser.password
          ? { text: t('users.createdWithPassword', { username }), password: createUser.password }
          : { text: t('users.created', { username }), password: '' },
      );
    });

  const setRole = (user: User, role: RoleName) => void run(async () => void (await gql(UPDATE_USER, { id: user.id, input: { role } })));

  const saveClusters = (user: User, clusterIds: string[]) =>
    void run(async () => {
      await gql(UPDATE_USER, { id: user.id, input: { clusterIds } });
      setEditing(null);
    });

  const toggleDisabled = (user: User) => {
    if (user.disabled || window.confirm(t('users.confirmDisable', { username: user.username })))
      void run(async () => void (await gql(SET_USER_DISABLED, { id: user.id, disabled: !user.disabled })));
  };

  const resetPassword = (user: User) => {
    if (!window.confirm(t('users.confirmReset', { username: user.username }))) return;
    void run(async () => {
      const { resetUserPassword } = await gql(RESET_PASSWORD, { id: user.id });
      setSecret({
        text: t('users.resetWithPassword', { username: resetUserPassword.user.username }),
        password: resetUserPassword.password ?? '',
      });
    });
  };

  return {
    users,
    clusterList,
    clusterName,
    secret,
    error: action.error,
    editing,
    setEditing,
    create,
    setRole,
    saveClusters,
    toggleDisabled,
    resetPassword,
  };
}

export type UsersState = ReturnType<typeof useUsers>;
