import type { Resolvers } from '../graphql/generated.js';

export const chainResolvers: Resolvers = {
  Query: {
    chainEvolution: (_parent, args, { services, user }) => services.chains.evolution(args, user),
    chainComparison: (_parent, args, { services, user }) => services.chains.comparison(args, user),
    localSubstitutes: (_parent, args, { services, user }) => services.chains.substitutes(args, user),
    whatIfAttract: (_parent, args, { services, user }) => services.chains.attract(args, user),
  },
};
