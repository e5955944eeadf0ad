import type { RequestContext } from '../graphql/context.js';
import type { Resolvers } from '../graphql/generated.js';

/** The clusters of both firms of a link (batched), for its edit scope. */
async function linkClusters(link: { supplierCode: string; buyerCode: string }, { loaders }: RequestContext): Promise<string[]> {
  const [supplier, buyer] = await Promise.all([
    loaders.enterprises.clusterIds.load(link.supplierCode),
    loaders.enterprises.clusterIds.load(link.buyerCode),
  ]);
  return [...supplier, ...buyer];
}

export const editResolvers: Resolvers = {
  Query: {
    researchInstitutes: (_parent, _args, { services, user }) => services.edits.institutes(user),
    chainSegments: (_parent, { chainIds }, { services, user }) => services.edits.chainSegments(chainIds, user),
  },
  Mutation: {
    updateEnterprise: (_parent, { creditCode, input, expectedVersion }, { services, user }) =>
      services.edits.update(creditCode, input, user, expectedVersion),
    upsertSupplyLink: (_parent, { input, expectedVersion }, { services, user }) =>
      services.edits.upsertSupplyLink(input, user, expectedVersion),
    deleteSupplyLink: (_parent, { key, expectedVersion }, { services, user }) =>
      services.edits.deleteSupplyLink(key, user, expectedVersion),
    upsertEnterpriseYear: (_parent, { creditCode, year, input, expectedVersion }, { services, user }) =>
      services.edits.upsertYear(creditCode, year, input, user, expectedVersion),
    addCollaboration: (_parent, { input }, { services, user }) => services.edits.addCollaboration(input, user),
    removeCollaboration: (_parent, { key }, { services, user }) => services.edits.removeCollaboration(key, user),
    setEnterpriseSegment: (_parent, { creditCode, segmentId, member, expectedVersion }, { services, user }) =>
      services.edits.setSegment(creditCode, segmentId, member, user, expectedVersion),
  },
  Enterprise: {
    version: async (parent, _args, { loaders }) =>
      parent.version ?? (await loaders.enterprises.byCode.load(parent.creditCode))?.version ?? 0,
    updatedByName: async (parent, _args, { loaders }) => (await loaders.enterprises.byCode.load(parent.creditCode))?.updatedByName ?? null,
    editScope: async (parent, _args, context) =>
      context.services.edits.scope(
        context.user,
        await context.loaders.enterprises.clusterIds.load(parent.creditCode),
        `企业 ${parent.creditCode}`,
      ),
    supplyLinks: (parent, { direction, first }, { services, user }) =>
      services.edits.supplyLinksOf(parent.creditCode, direction, first, user),
    collaborations: (parent, _args, { services, user }) => services.edits.collaborationsOf(parent.creditCode, user),
    recentChanges: (parent, { first }, { services, user }) => services.edits.recentChanges(parent.creditCode, first, user),
  },
  SupplyLink: {
    editScope: async (link, _args, context) =>
      context.services.edits.scope(context.user, await linkClusters(link, context), `供应关系 ${link.supplierCode} → ${link.buyerCode}`),
  },
};
