import DataLoader from 'dataloader';
import type { Actor } from '../auth/policy.js';
import type { ClusterSummary } from '../clusters/service.js';
import { createEnterpriseLoaders, type EnterpriseLoaders } from '../enterprises/loaders.js';
import type { Services } from '../services.js';
import type { ListMembership } from '../targets/service.js';

/** Batching loaders, new for every request so nothing is cached across users. */
export interface Loaders {
  clusterById: DataLoader<string, ClusterSummary | null>;
  /** the target lists holding a firm (补链 targets' "already on a list"), by credit code */
  targetListsOf: DataLoader<string, ListMembership[]>;
  /** enterprise fields resolved per row (by credit code) */
  enterprises: EnterpriseLoaders;
}

/** The request's loaders: per caller, since what a loader may return depends on the role (revenue). */
export function createLoaders(services: Services, user: Actor | null = null): Loaders {
  return {
    clusterById: new DataLoader((ids: readonly string[]) => services.clusters.byIds(ids, user)),
    targetListsOf: new DataLoader((codes: readonly string[]) => services.targets.memberships(codes, user)),
    enterprises: createEnterpriseLoaders(services.enterprises, user),
  };
}
