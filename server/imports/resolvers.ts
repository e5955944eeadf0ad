import type { Resolvers } from '../graphql/generated.js';

export const importResolvers: Resolvers = {
  Query: {
    importChanges: (_parent, args, { services, user }) => services.imports.list(user, args),
  },
  Mutation: {
    undoImport: (_parent, args, { services, user }) => services.imports.undo(user, args.importId),
  },
  ImportChange: {
    op: (change) => (change.op === 'created' ? 'CREATED' : 'UPDATED'),
  },
};
