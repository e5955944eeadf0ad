import type DataLoader from 'dataloader';
import type { ClusterSummary } from '../clusters/service.js';
import type { EnterpriseLoaders } from '../enterprises/loaders.js';
import type { Services } from '../services.js';

export interface RequestUser {
  id: string;
  role: 'viewer' | 'analyst' | 'editor' | 'admin';
  name: string;
}

/** Batching loaders, new for every request so nothing is cached across users. */
export interface Loaders {
  clusterById: DataLoader<string, ClusterSummary | null>;
  /** enterprise fields resolved per row (by credit code) */
  enterprises: EnterpriseLoaders;
}

/** Per-request context: the services, the request's loaders and the caller. */
export interface RequestContext {
  services: Services;
  loaders: Loaders;
  user: RequestUser | null;
}
