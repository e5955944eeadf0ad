import type { Resolvers } from '../graphql/generated.js';

export const gapResolvers: Resolvers = {
  Query: {
    chainGapReport: (_parent, args, { services }) => services.gaps.report(args),
    whatIf: (_parent, args, { services }) => services.gaps.whatIf(args),
  },
};
