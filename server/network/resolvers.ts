import type { Resolvers } from '../graphql/generated.js';

export const networkResolvers: Resolvers = {
  Query: {
    supplyNeighborhood: (_parent, { creditCode, depth, direction }, { services, user }) =>
      services.network.supplyNeighborhood(creditCode, depth, direction, user),
    supplyPath: (_parent, { from, to }, { services, user }) => services.network.supplyPath(from, to, user),
    collaborationNetwork: (_parent, { clusterId, year }, { services, user }) =>
      services.network.collaborationNetwork(clusterId, year, user),
  },
  GraphView: {
    topActors: (view, { first }, { services }) => services.network.topActors(view, first),
  },
};
