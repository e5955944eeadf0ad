import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Router } from 'express';
import { afterAll } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { SYSTEM, type Role } from '../../server/auth/policy.js';
import { DEFAULT_SECURITY, type SecurityConfig } from '../../server/config.js';
import type { Database } from '../../server/db/index.js';
import type { RequestContext } from '../../server/graphql/context.js';
import { runCypher, testCypher } from './db.js';
import { ADMIN } from './graphql.js';

type TestCaller = NonNullable<RequestContext['user']>;

/** The app on a real port, as a browser or a load balancer reaches it. */
export interface HttpApp {
  app: App;
  url: string;
  close(): Promise<void>;
}

export async function startHttpApp(
  db: Database,
  options: { production?: boolean; security?: Partial<SecurityConfig> } = {},
): Promise<HttpApp> {
  const security: SecurityConfig = {
    ...DEFAULT_SECURITY,
    ...options.security,
    rateLimits: { ...DEFAULT_SECURITY.rateLimits, ...options.security?.rateLimits },
  };
  const app = await createApp({ production: options.production ?? false, security }, db, testCypher());
  const server = http.createServer(app.express);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    app,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
    },
  };
}

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; extensions?: { code?: string } & Record<string, unknown> }[] | undefined;
  headers: Headers;
}

/**
 * POSTs a GraphQL operation as the web app does (JSON, the CSRF header, the session cookie when given); rejects
 * when no answer comes (in `timeoutMs` when given).
 */
export async function postGql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
  headers: Record<string, string> = {},
  timeoutMs?: number,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(cookie ? { cookie } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
    signal: timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let body: { data?: T | null; errors?: GraphQLResponse['errors'] };
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: text.slice(0, 200), extensions: { code: `HTTP_${response.status}` } }] };
  }
  return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
}

/** The `name=value` part of the session cookie a response set, or undefined. */
export function sessionCookie(headers: Headers): string | undefined {
  const set = headers.getSetCookie().find((c) => /chainatlas_session=/.test(c));
  return set?.split(';')[0];
}

export const SIGN_IN = 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { id username role clusterIds } }';

/** Signs in over HTTP; returns the cookie to send with later requests. */
export async function signIn(url: string, username: string, password: string): Promise<string> {
  const response = await postGql(url, SIGN_IN, { u: username, p: password });
  const cookie = sessionCookie(response.headers);
  if (response.errors || !cookie) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(response.errors)}`);
  return cookie;
}

/** Creates an account directly through the service (as the system); returns its id. */
export async function createUser(app: App, username: string, password: string, role: Role, clusterIds: string[] = []): Promise<string> {
  const { user } = await app.services.auth.createUser(SYSTEM, { username, name: username, role, clusterIds, password });
  return user.id;
}

/** An export router on a real port. */
export interface ServedRouter {
  url: string;
  close(): Promise<void>;
}

/**
 * One router alone on a real port: the app puts the session's user on the request; here
 * `callerOf` does (default: an administrator; null: nobody signed in).
 */
export async function serveRouter(router: Router, callerOf: (req: Request) => TestCaller | null = () => ADMIN): Promise<ServedRouter> {
  const app = express();
  app.use((req, _res, next) => {
    const user = callerOf(req);
    req.auth = { user: user && { ...user, username: user.id, clusterIds: [] }, token: undefined };
    next();
  });
  app.use(router);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/**
 * A prefix for a test file's account names (`start` and the time): after the file, every account
 * whose name starts with it is deleted with its sessions and the rate limits its name keys, and
 * `db` is closed.
 */
export function ownedAccountPrefix(db: Database, start: string): string {
  const prefix = `${start}${Date.now().toString(36)}`;
  afterAll(async () => {
    await runCypher(db, 'MATCH (u:User) WHERE u.username STARTS WITH $p OPTIONAL MATCH (s:Session {userId: u.id}) DETACH DELETE s, u', {
      p: prefix,
    });
    await runCypher(db, 'MATCH (r:RateLimit) WHERE r.key CONTAINS $p DELETE r', { p: prefix });
    await db.close();
  });
  return prefix;
}
