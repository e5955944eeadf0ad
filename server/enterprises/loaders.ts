import DataLoader from 'dataloader';
import { requirePermission, type Actor } from '../auth/policy.js';
import type { EnterpriseService } from './service.js';
import type { EnterpriseRecord, EnterpriseYearRecord, SegmentRecord, SupplyCounts } from './types.js';

/** Per-request batching by credit code: a page of enterprises costs one statement per field, not per row. */
export interface EnterpriseLoaders {
  byCode: DataLoader<string, EnterpriseRecord | null>;
  clusterIds: DataLoader<string, string[]>;
  segments: DataLoader<string, SegmentRecord[]>;
  years: DataLoader<string, EnterpriseYearRecord[]>;
  supplyCounts: DataLoader<string, SupplyCounts>;
}

export function createEnterpriseLoaders(service: EnterpriseService, actor: Actor | null = null): EnterpriseLoaders {
  // Every field of a firm is graph data: the loaders answer signed-in callers only.
  const signedIn =
    <T>(batch: (codes: readonly string[]) => Promise<T[]>) =>
    async (codes: readonly string[]) => {
      requirePermission(actor, 'graph:read');
      return batch(codes);
    };
  return {
    byCode: new DataLoader(signedIn((codes) => service.byCodes(codes))),
    clusterIds: new DataLoader(signedIn((codes) => service.clusterIdsByCodes(codes))),
    segments: new DataLoader(signedIn((codes) => service.segmentsByCodes(codes))),
    years: new DataLoader(signedIn((codes) => service.yearsByCodes(codes, actor))),
    supplyCounts: new DataLoader(signedIn((codes) => service.supplyCountsByCodes(codes))),
  };
}
