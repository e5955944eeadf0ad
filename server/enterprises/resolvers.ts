import { foundValues, type RequestContext } from '../graphql/context.js';
import type { Resolvers } from '../graphql/generated.js';
import { notFound } from '../errors.js';
import type { EnterpriseParent, EnterpriseRecord } from './types.js';

/** The node's own property: from the parent when it came with it, else loaded (batched) by credit code. */
function property<K extends keyof EnterpriseRecord>(field: K) {
  return async (parent: EnterpriseParent, _args: unknown, { loaders }: RequestContext): Promise<EnterpriseRecord[K] | null> => {
    if (parent[field] !== undefined) return parent[field] as EnterpriseRecord[K];
    const record = await loaders.enterprises.byCode.load(parent.creditCode);
    return record ? record[field] : null;
  };
}

function requiredProperty<K extends 'name' | 'local' | 'chainLeader'>(field: K) {
  const load = property(field);
  return async (parent: EnterpriseParent, args: unknown, context: RequestContext): Promise<EnterpriseRecord[K]> => {
    const value = await load(parent, args, context);
    if (value === null) throw notFound(`no enterprise has the credit code ${parent.creditCode}`);
    return value;
  };
}

export const enterpriseResolvers: Resolvers = {
  Query: {
    enterprise: (_parent, { creditCode }, { services, loaders }) =>
      loaders.enterprises.byCode.load(services.enterprises.creditCode(creditCode)),
    searchEnterprises: (_parent, args, { services, user }) => services.enterprises.search(args, user),
  },
  // the edit mutations: server/edits/resolvers.ts
  Enterprise: {
    id: (enterprise) => enterprise.creditCode,
    name: requiredProperty('name'),
    local: requiredProperty('local'),
    chainLeader: requiredProperty('chainLeader'),
    county: property('county'),
    city: property('city'),
    province: property('province'),
    founded: property('founded'),
    dissolved: property('dissolved'),
    products: property('products'),
    updatedBy: property('updatedBy'),
    updatedAt: property('updatedAt'),
    clusters: async (parent, _args, { loaders }) => {
      const ids = await loaders.enterprises.clusterIds.load(parent.creditCode);
      const clusters = await loaders.clusterById.loadMany(ids);
      return foundValues(clusters);
    },
    segments: (parent, _args, { loaders }) => loaders.enterprises.segments.load(parent.creditCode),
    years: (parent, _args, { loaders }) => loaders.enterprises.years.load(parent.creditCode),
    srdiLevel: async (parent, _args, { loaders }) => {
      const years = await loaders.enterprises.years.load(parent.creditCode);
      return years.findLast((year) => year.srdiLevel !== null)?.srdiLevel ?? null;
    },
    supplierCount: async (parent, _args, { loaders }) => (await loaders.enterprises.supplyCounts.load(parent.creditCode)).supplierCount,
    customerCount: async (parent, _args, { loaders }) => (await loaders.enterprises.supplyCounts.load(parent.creditCode)).customerCount,
  },
};
