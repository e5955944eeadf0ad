import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../../server/neo4j-local/index.js';

const E2E_ADMIN_PASSWORD = 'e2e admin password';

async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  cookie?: string,
): Promise<{ data?: Record<string, any>; cookie?: string }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`${query.slice(0, 60)}: ${body.errors[0]!.message}`);
  return {
    data: body.data,
    cookie: response.headers
      .getSetCookie()
      .find((c) => c.startsWith('chainatlas_session='))
      ?.split(';')[0],
  };
}

/**
 * Browser tests run signed in: the administrator (ADMIN_PASSWORD of the served app) makes an
 * account per role (the editor gets the first cluster), and each signs in once here; openPage
 * sets the cookie. The accounts are in CHAINATLAS_TEST_USERS for tests of the sign-in page.
 */
async function signInTestUsers(url: string): Promise<void> {
  const signIn = 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { id } }';
  const admin = (await graphql(url, signIn, { u: 'admin', p: E2E_ADMIN_PASSWORD })).cookie!;
  const { data } = await graphql(url, '{ clusters { id } }', {}, admin);
  const users: Record<string, { username: string; password: string }> = { admin: { username: 'admin', password: E2E_ADMIN_PASSWORD } };
  const cookies: Record<string, string> = { admin };
  for (const role of ['viewer', 'analyst', 'editor'] as const) {
    const user = { username: `e2e-${role}`, password: `e2e ${role} password` };
    await graphql(
      url,
      'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }',
      {
        i: {
          username: user.username,
          name: `测试${role}`,
          role: role.toUpperCase(),
          password: user.password,
          clusterIds: role === 'editor' ? [data!.clusters[0].id] : [],
        },
      },
      admin,
    );
    users[role] = user;
    cookies[role] = (await graphql(url, signIn, { u: user.username, p: user.password })).cookie!;
  }
  process.env.CHAINATLAS_TEST_USERS = JSON.stringify(users);
  process.env.CHAINATLAS_TEST_COOKIES = JSON.stringify(cookies);
}

/**
 * Vitest global setup of the browser tier: serves the built app (npm run build first) with
 * the default data set, against the tier's Neo4j (global-neo4j.ts runs before this).
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (!fs.existsSync(path.resolve('dist/web/index.html'))) {
    throw new Error('The web app is not built: run `npm run build` (npm test does it) before the browser tests');
  }
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      SEED: 'default',
      NODE_ENV: 'test',
      ADMIN_USERNAME: 'admin',
      ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app stopped during start-up:\n${output}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`The app did not become ready in time:\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  process.env.CHAINATLAS_TEST_URL = url;
  await signInTestUsers(url);
  console.log(`[test] app served at ${url}`);
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  };
}
