import type { Resolvers } from '../graphql/generated.js';

/**
 * The report is the service's ChainGapReport (codegen mapper): segmentFirms, chainLeaders and the page of
 * singleSourceRisks are computed by the resolvers below, on request.
 */

export const gapResolvers: Resolvers = {
  Query: {
    chainGapReport: (_parent, args, { services, user }) => services.gaps.report(args, user),
    whatIf: (_parent, args, { services, user }) => services.gaps.whatIf(args, user),
  },
  ChainGapReport: {
    singleSourceRisks: (report, args, { services, user }) => services.gaps.singleSourceRiskPage(report.singleSourceRisks, args, user),
    segmentFirms: (report, args, { services, user }) => services.gaps.segmentFirms(report, args, user),
    chainLeaders: (report, _args, { services, user }) => services.gaps.chainLeaders(report, user),
    singleSourceRiskSegments: (report, args, { services, user }) =>
      services.gaps.riskGroupPage(report.singleSourceRiskSegments, args, user),
    singleSourceRiskSuppliers: (report, args, { services, user }) =>
      services.gaps.riskGroupPage(report.singleSourceRiskSuppliers, args, user),
  },
  InvestmentTarget: {
    // lists change without the report (which is cached): looked up per request, one statement for every row
    onLists: (target, _args, { loaders }) => loaders.targetListsOf.load(target.creditCode),
  },
};
