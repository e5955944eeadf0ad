import type { Resolvers } from '../graphql/generated.js';

export const clusterResolvers: Resolvers = {
  Query: {
    clusters: (_parent, args, { services, user }) => services.clusters.list(args, user),
    cluster: (_parent, { id }, { loaders }) => loaders.clusterById.load(id),
    counties: (_parent, _args, { services, user }) => services.clusters.counties(user),
    overview: (_parent, _args, { services, user }) => services.clusters.overview(user),
  },
};
