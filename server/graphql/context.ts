import type DataLoader from 'dataloader';
import type { Actor } from '../auth/policy.js';
import type { ClusterSummary } from '../clusters/service.js';
import type { EnterpriseLoaders } from '../enterprises/loaders.js';
import type { Services } from '../services.js';

/** The signed-in caller (see server/auth/policy.ts); editors carry their assigned clusters. */
export type RequestUser = Actor;

/** What a resolver may do to the HTTP exchange (absent for in-process calls). */
export interface HttpExchange {
  /** the client's address (for sign-in limits and the audit log) */
  address: string;
  /** the session token of the request's cookie, if any */
  sessionToken: string | undefined;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
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
  http?: HttpExchange;
}

/** The values a `loadMany` found: a missing key (null) or a failed load (Error) is left out. */
export function foundValues<T>(values: readonly (T | null | Error)[]): T[] {
  return values.filter((value): value is T => value !== null && !(value instanceof Error));
}
