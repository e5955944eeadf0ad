import type { Resolvers } from '../graphql/generated.js';
import { pairsOfPeerSegments } from './rules.js';

export const chainResolvers: Resolvers = {
  Query: {
    chainEvolution: (_parent, args, { services, user }) => services.chains.evolution(args, user),
    chainComparison: (_parent, args, { services, user }) => services.chains.comparison(args, user),
    localSubstitutes: (_parent, args, { services, user }) => services.chains.substitutes(args, user),
    whatIfAttract: (_parent, args, { services, user }) => services.chains.attract(args, user),
  },
  ChainComparison: {
    // deprecated: the pairs grow with strong × lacking clusters, so they are expanded only when asked for
    peerStrengths: (comparison) => pairsOfPeerSegments(comparison.peerSegments),
  },
};
