import type { Resolvers } from '../graphql/generated.js';

export const dashboardResolvers: Resolvers = {
  Query: {
    targetDashboard: (_parent, { year }, { services, user }) => services.dashboard.targetDashboard(year, user),
  },
};
