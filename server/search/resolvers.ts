import { foundValues } from '../graphql/context.js';
import type { Resolvers } from '../graphql/generated.js';

export const searchResolvers: Resolvers = {
  Query: {
    searchSegments: (_parent, { query }, { services, user }) => services.search.searchSegments(query, user),
    synonyms: (_parent, { segmentId }, { services, user }) => services.search.synonyms(segmentId, user),
  },
  Mutation: {
    saveSynonym: (_parent, args, { services, user }) => services.search.saveSynonym(args, user),
    deleteSynonym: (_parent, args, { services, user }) => services.search.deleteSynonym(args, user),
  },
  Synonym: {
    id: (synonym) => `${synonym.segmentId}:${synonym.term}`,
  },
  SegmentHit: {
    clusters: async (parent, _args, { loaders }) => {
      const clusters = await loaders.clusterById.loadMany(parent.clusterIds);
      return foundValues(clusters);
    },
  },
};
