import type { Resolvers } from '../graphql/generated.js';

export const targetListResolvers: Resolvers = {
  Query: {
    targetLists: (_parent, { clusterId }, { services, user }) => services.targets.lists({ clusterId }, user),
    targetList: (_parent, { id }, { services, user }) => services.targets.get(id, user),
  },
  Mutation: {
    createTargetList: (_parent, args, { services, user }) => services.targets.create(args, user),
    renameTargetList: (_parent, { id, name }, { services, user }) => services.targets.rename(id, name, user),
    deleteTargetList: (_parent, { id }, { services, user }) => services.targets.delete(id, user),
    addTargetToList: (_parent, args, { services, user }) => services.targets.addEntry(args, user),
    removeTargetFromList: (_parent, { listId, creditCode }, { services, user }) => services.targets.removeEntry(listId, creditCode, user),
    setTargetStatus: (_parent, args, { services, user }) => services.targets.setStatus(args, user),
  },
  TargetListEntry: {
    id: (entry) => `${entry.listId}:${entry.creditCode}`,
  },
};
