import type { Resolvers } from '../graphql/generated.js';

export const auditResolvers: Resolvers = {
  Query: {
    auditLog: (_parent, args, { services, user }) => services.audit.list(user, args),
  },
};
