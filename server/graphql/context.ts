import type { Actor } from '../auth/policy.js';
import type { Services } from '../services.js';
import type { Loaders } from './loaders.js';

/** The signed-in caller (see server/auth/policy.ts); editors carry their assigned clusters. */
type RequestUser = Actor;

/** What a resolver may do to the HTTP exchange (absent for in-process calls). */
export interface HttpExchange {
  /** the client's address (for sign-in limits and the audit log) */
  address: string;
  /** the session token of the request's cookie, if any */
  sessionToken: string | undefined;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
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
