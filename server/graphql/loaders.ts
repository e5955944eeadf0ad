import DataLoader from 'dataloader';
import type { Actor } from '../auth/policy.js';
import type { ClusterSummary } from '../clusters/service.js';
import { createEnterpriseLoaders, type EnterpriseLoaders } from '../enterprises/loaders.js';
import type { Services } from '../services.js';

/** Batching loaders, new for every request so nothing is cached across users. */
export interface Loaders {
  clusterById: DataLoader<string, ClusterSummary | null>;
  /** enterprise fields resolved per row (by credit code) */
  enterprises: EnterpriseLoaders;
}

/** The request's loaders: per caller, since what a loader may return depends on the role (revenue). */
export function createLoaders(services: Services, user: Actor | null = null): Loaders {
  return {
    clusterById: new DataLoader((ids: readonly string[]) => services.clusters.byIds(ids, user)),
    enterprises: createEnterpriseLoaders(services.enterprises, user),
  };
}
