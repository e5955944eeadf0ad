import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { App } from '../../server/app.js';
import { SYSTEM, type Role } from '../../server/auth/policy.js';
import { apiAs, appUrl } from './browser.js';
import { signIn } from './http.js';

/** Display names of the accounts signInAs makes (what the app shows as "who", e.g. 招商分析员 记录于 …). */
const NAMES: Record<Role, string> = { viewer: '研究人员', analyst: '招商分析员', editor: '集群专班', admin: '系统管理员' };

export interface SignInAsOptions {
  /** 2–40 characters: lower-case letters, digits, . _ - (default: the role and a unique suffix) */
  username?: string;
  /** display name (default: per role, 招商分析员 for an analyst) */
  name?: string;
  /** an editor's clusters */
  clusterIds?: string[];
}

export interface SignedIn {
  username: string;
  password: string;
  /** `chainatlas_session=…`, to send as the Cookie header */
  cookie: string;
}

/** The app on a real port (startHttpApp, or createApp behind an http.Server). */
export interface ServedApp {
  app: App;
  url: string;
}

/**
 * A new account of `role`, signed in. Browser tests pass their page: the account is made by
 * the administrator through the API of the served app (global-app.ts) and signed in within the
 * page's browser context, whose later requests carry the session. Integration tests pass the
 * app they serve: the account is made through its service (as the system) and signed in over
 * HTTP; send the returned cookie. A fresh account per file keeps a file's data (target lists,
 * audit entries, sessions) apart from every other file's.
 */
export async function signInAs(where: Page | ServedApp, role: Role, options: SignInAsOptions = {}): Promise<SignedIn> {
  const username = options.username ?? `${role}-${Date.now().toString(36)}-${randomUUID().slice(0, 6)}`;
  const password = `test-${randomUUID()}`;
  const input = { username, name: options.name ?? NAMES[role], role, clusterIds: options.clusterIds ?? [], password };
  if (isServedApp(where)) {
    await where.app.services.auth.createUser(SYSTEM, input);
    return { username, password, cookie: await signIn(where.url, username, password) };
  }
  await apiAs('mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }', {
    i: { ...input, role: role.toUpperCase() },
  });
  const response = await where.request.post(appUrl('/graphql'), {
    headers: { 'apollo-require-preflight': 'true' },
    data: {
      query: 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }',
      variables: { u: username, p: password },
    },
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(body.errors)}`);
  const session = (await where.context().cookies(appUrl('/'))).find((c) => c.name.endsWith('chainatlas_session'));
  if (!session) throw new Error(`sign-in of ${username} set no session cookie`);
  return { username, password, cookie: `${session.name}=${session.value}` };
}

function isServedApp(where: Page | ServedApp): where is ServedApp {
  return typeof (where as ServedApp).url === 'string';
}
