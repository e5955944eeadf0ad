import type { Resolvers } from '../graphql/generated.js';

export const targetListResolvers: Resolvers = {
  Query: {
    targetLists: (_parent, { clusterId }, { services }) => services.targets.lists({ clusterId }),
    targetList: (_parent, { id }, { services }) => services.targets.get(id),
  },
  Mutation: {
    createTargetList: (_parent, args, { services, user }) => services.targets.create(args, user?.id),
    renameTargetList: (_parent, { id, name }, { services, user }) => services.targets.rename(id, name, user?.id),
    deleteTargetList: (_parent, { id }, { services }) => services.targets.delete(id),
    addTargetToList: (_parent, args, { services, user }) => services.targets.addEntry(args, user?.id),
    removeTargetFromList: (_parent, { listId, creditCode }, { services, user }) => services.targets.removeEntry(listId, creditCode, user?.id),
    setTargetStatus: (_parent, args, { services, user }) => services.targets.setStatus(args, user?.id),
  },
};
