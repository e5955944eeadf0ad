import type { Resolvers } from '../graphql/generated.js';
import { AppError } from '../errors.js';
import { permissionsOf, ROLE_ENUM } from './policy.js';

export const authResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, { services, user }) => services.auth.me(user),
    users: (_parent, _args, { services, user }) => services.auth.listUsers(user),
  },
  Mutation: {
    signIn: async (_parent, { username, password }, { services, http }) => {
      if (!http) throw new AppError('BAD_INPUT', 'signIn needs an HTTP request (it sets a cookie)');
      const session = await services.auth.signIn(username, password, { address: http.address });
      http.setSessionCookie(session.token, session.expiresAt);
      return session.user;
    },
    signOut: async (_parent, _args, { services, user, http }) => {
      const ended = await services.auth.signOut(http?.sessionToken, user);
      http?.clearSessionCookie();
      return ended;
    },
    changePassword: (_parent, { currentPassword, newPassword }, { services, user, http }) =>
      services.auth.changePassword(user, currentPassword, newPassword, http?.sessionToken),
    createUser: (_parent, { input }, { services, user }) => services.auth.createUser(user, input),
    updateUser: (_parent, { id, input }, { services, user }) =>
      services.auth.updateUser(user, id, { ...input, role: input.role ?? undefined }),
    setUserDisabled: (_parent, { id, disabled }, { services, user }) => services.auth.setDisabled(user, id, disabled),
    resetUserPassword: (_parent, { id, newPassword }, { services, user }) => services.auth.resetPassword(user, id, newPassword),
  },
  // GraphQL's VIEWER is the policy's 'viewer', both ways (arguments and answers)
  Role: ROLE_ENUM,
  User: {
    permissions: (parent) => permissionsOf(parent),
  },
};
