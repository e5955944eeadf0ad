import DataLoader from 'dataloader';
import type { Actor } from '../auth/policy.js';
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
  return {
    byCode: new DataLoader((codes: readonly string[]) => service.byCodes(codes)),
    clusterIds: new DataLoader((codes: readonly string[]) => service.clusterIdsByCodes(codes)),
    segments: new DataLoader((codes: readonly string[]) => service.segmentsByCodes(codes)),
    years: new DataLoader((codes: readonly string[]) => service.yearsByCodes(codes, actor)),
    supplyCounts: new DataLoader((codes: readonly string[]) => service.supplyCountsByCodes(codes)),
  };
}
