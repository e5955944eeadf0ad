import DataLoader from 'dataloader';
import { ClusterService } from './clusters/service.js';
import { DashboardService } from './dashboard/service.js';
import type { CypherLibrary } from './cypher.js';
import type { Database } from './db/index.js';
import { createEnterpriseLoaders } from './enterprises/loaders.js';
import { EnterpriseService } from './enterprises/service.js';
import { GapService } from './gaps/service.js';
import type { Loaders } from './graphql/context.js';
import { NetworkService } from './network/service.js';
import { TargetListService } from './targets/service.js';

/** The domain services, built once at start-up (each picks its Cypher then). */
export interface Services {
  clusters: ClusterService;
  enterprises: EnterpriseService;
  network: NetworkService;
  gaps: GapService;
  dashboard: DashboardService;
  targets: TargetListService;
}

export function createServices(db: Database, cypher: CypherLibrary): Services {
  return {
    clusters: new ClusterService(db, cypher),
    enterprises: new EnterpriseService(db, cypher),
    network: new NetworkService(db, cypher),
    gaps: new GapService(db, cypher),
    dashboard: new DashboardService(db, cypher),
    targets: new TargetListService(db, cypher),
  };
}

export function createLoaders(services: Services): Loaders {
  return {
    clusterById: new DataLoader((ids: readonly string[]) => services.clusters.byIds(ids)),
    enterprises: createEnterpriseLoaders(services.enterprises),
  };
}
