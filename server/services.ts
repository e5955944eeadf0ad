import DataLoader from 'dataloader';
import { AuditService } from './audit/service.js';
import type { Actor } from './auth/policy.js';
import type { SignInLimiter } from './auth/rate-limit.js';
import { AuthService } from './auth/service.js';
import { AnswerCache } from './cache/answers.js';
import { ChainService } from './chains/service.js';
import { ClusterService } from './clusters/service.js';
import { DEFAULT_SECURITY, type SecurityConfig } from './config.js';
import type { CypherLibrary } from './cypher.js';
import { DashboardService } from './dashboard/service.js';
import type { Database } from './db/index.js';
import { EditService } from './edits/service.js';
import { createEnterpriseLoaders } from './enterprises/loaders.js';
import { EnterpriseService } from './enterprises/service.js';
import { GapService } from './gaps/service.js';
import { ImportChanges } from './imports/changes.js';
import type { Loaders } from './graphql/context.js';
import { NetworkService } from './network/service.js';
import { SearchService } from './search/service.js';
import { TargetListService } from './targets/service.js';

/** The domain services, built once at start-up (each picks its Cypher then). */
export interface Services {
  clusters: ClusterService;
  enterprises: EnterpriseService;
  /** edits made in the app (issue 15) */
  edits: EditService;
  network: NetworkService;
  gaps: GapService;
  chains: ChainService;
  dashboard: DashboardService;
  targets: TargetListService;
  /** segments found by search, synonym dictionaries, search export (issue 18) */
  search: SearchService;
  auth: AuthService;
  audit: AuditService;
  /** imports' per-row changes and their undo (the importer itself is server/imports/service.ts) */
  imports: ImportChanges;
}

export interface ServiceOptions {
  security?: SecurityConfig;
  signInLimiter?: SignInLimiter;
  /** analyses' answers reused per data version (off unless given: tests change data behind the services' back) */
  answers?: AnswerCache;
}

export function createServices(db: Database, cypher: CypherLibrary, options: ServiceOptions = {}): Services {
  const answers = options.answers ?? AnswerCache.off();
  const gaps = new GapService(db, cypher, answers);
  const enterprises = new EnterpriseService(db, cypher, answers);
  return {
    auth: new AuthService(db, cypher, { security: options.security ?? DEFAULT_SECURITY, signInLimiter: options.signInLimiter }),
    audit: new AuditService(db, cypher),
    clusters: new ClusterService(db, cypher, answers),
    enterprises,
    search: new SearchService(db, cypher, enterprises),
    edits: new EditService(db, cypher),
    network: new NetworkService(db, cypher, answers),
    gaps,
    chains: new ChainService(db, cypher, gaps, answers),
    dashboard: new DashboardService(db, cypher, answers),
    targets: new TargetListService(db, cypher),
    imports: new ImportChanges(db, cypher),
  };
}

/** The request's loaders: per caller, since what a loader may return depends on the role (revenue). */
export function createLoaders(services: Services, user: Actor | null = null): Loaders {
  return {
    clusterById: new DataLoader((ids: readonly string[]) => services.clusters.byIds(ids, user)),
    enterprises: createEnterpriseLoaders(services.enterprises, user),
  };
}
