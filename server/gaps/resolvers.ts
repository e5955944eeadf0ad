import type { Resolvers } from '../graphql/generated.js';

export const gapResolvers: Resolvers = {
  Query: {
    chainGapReport: (_parent, args, { services, user }) => services.gaps.report(args, user),
    whatIf: (_parent, args, { services, user }) => services.gaps.whatIf(args, user),
  },
  ChainGapReport: {
    singleSourceRisks: (report, args, { services, user }) => services.gaps.singleSourceRiskPage(report.singleSourceRisks, args, user),
  },
};
