import type { Resolvers } from '../graphql/generated.js';

export const networkResolvers: Resolvers = {
  Query: {
    supplyNeighborhood: (_parent, { creditCode, depth, direction }, { services }) => services.network.supplyNeighborhood(creditCode, depth, direction),
    supplyPath: (_parent, { from, to }, { services }) => services.network.supplyPath(from, to),
    collaborationNetwork: (_parent, { clusterId, year }, { services }) => services.network.collaborationNetwork(clusterId, year),
  },
  GraphView: {
    topActors: (view, { first }, { services }) => services.network.topActors(view, first),
  },
};
