import type { Resolvers, ResolversTypes } from '../graphql/generated.js';

/**
 * The report as the service builds it: every field but segmentFirms, which its own resolver
 * below computes on request (from the report's cluster, figures year and segments).
 */
type ReportParent = ResolversTypes['ChainGapReport'];

export const gapResolvers: Resolvers = {
  Query: {
    chainGapReport: async (_parent, args, { services, user }) => (await services.gaps.report(args, user)) as ReportParent,
    whatIf: (_parent, args, { services, user }) => services.gaps.whatIf(args, user),
  },
  ChainGapReport: {
    singleSourceRisks: (report, args, { services, user }) => services.gaps.singleSourceRiskPage(report.singleSourceRisks, args, user),
    segmentFirms: (report, args, { services, user }) => services.gaps.segmentFirms(report, args, user),
  },
};
