import type { Resolvers } from '../graphql/generated.js';

export const clusterResolvers: Resolvers = {
  Query: {
    clusters: (_parent, args, { services }) => services.clusters.list(args),
    cluster: (_parent, { id }, { loaders }) => loaders.clusterById.load(id),
    counties: (_parent, _args, { services }) => services.clusters.counties(),
    overview: (_parent, _args, { services }) => services.clusters.overview(),
  },
};
