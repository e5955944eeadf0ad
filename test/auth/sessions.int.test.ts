import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthService } from '../../server/auth/service.js';
import { runCypher, testCypher, testDatabase } from '../helpers/db.js';
import { createUser, ownedAccountPrefix, postGql, sessionCookie, SIGN_IN, signIn, startHttpApp, type HttpApp } from '../helpers/http.js';

/**
 * Accounts and sessions over HTTP: the cookie, sign-in and sign-out, sessions kept in Neo4j
 * (so they survive a restart and work on every instance behind a load balancer), expiry and
 * sliding renewal, password change, disabling and resetting accounts, and the sign-in limit.
 */
const db = testDatabase();
const P = ownedAccountPrefix(db, 'se');
const PASSWORD = 'correct horse 电池 staple';
let a: HttpApp;
let b: HttpApp;

const ME = '{ me { id username role clusterIds permissions } }';
const me = async (app: HttpApp, cookie?: string) => (await postGql(app.url, ME, {}, cookie)).data?.me ?? null;

beforeAll(async () => {
  // Two instances on one database: what a load balancer spreads requests over.
  a = await startHttpApp(db);
  b = await startHttpApp(db);
  await createUser(a.app, `${P}-ana`, PASSWORD, 'analyst');
  await createUser(a.app, `${P}-ed`, PASSWORD, 'editor', []);
});

afterAll(async () => {
  await a?.close();
  await b?.close();
});

describe('signing in', () => {
  it('sets an httpOnly, SameSite=Lax session cookie and answers me; the token is kept only as a SHA-256 hash', async () => {
    const response = await postGql(a.url, SIGN_IN, { u: `${P}-ANA`, p: PASSWORD });
    expect(response.errors).toBeUndefined();
    expect(response.data!.signIn).toMatchObject({ username: `${P}-ana`, role: 'ANALYST' });
    const set = response.headers.getSetCookie().find((c) => c.startsWith('chainatlas_session='))!;
    expect(set).toMatch(/; HttpOnly/i);
    expect(set).toMatch(/; SameSite=Lax/i);
    expect(set).toMatch(/; Path=\//i);
    expect(set).not.toMatch(/; Secure/i); // development: plain HTTP on 127.0.0.1
    const cookie = sessionCookie(response.headers)!;
    const token = cookie.split('=')[1]!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await me(a, cookie)).toMatchObject({
      username: `${P}-ana`,
      role: 'ANALYST',
      permissions: expect.arrayContaining(['graph:read', 'targets:write']),
    });
    expect(await me(a)).toBeNull();

    const [stored] = await runCypher<{ hashes: string[]; leaks: number }>(
      db,
      'MATCH (s:Session) WITH collect(s) AS all RETURN [s IN all WHERE s.tokenHash = $hash | s.tokenHash] AS hashes, size([s IN all WHERE any(k IN keys(s) WHERE s[k] = $token)]) AS leaks',
      { hash: createHash('sha256').update(token).digest('hex'), token },
    );
    expect(stored!.hashes).toHaveLength(1);
    expect(stored!.leaks).toBe(0);
  });

  it('marks the cookie Secure with the __Host- prefix in production', async () => {
    const prod = await startHttpApp(db, { production: true, security: { cookieSecure: true } });
    try {
      const response = await postGql(prod.url, SIGN_IN, { u: `${P}-ana`, p: PASSWORD });
      const set = response.headers.getSetCookie().find((c) => c.startsWith('__Host-chainatlas_session='));
      expect(set).toMatch(/; Secure/i);
      expect(set).toMatch(/; HttpOnly/i);
      expect(set).not.toMatch(/Domain=/i);
    } finally {
      await prod.close();
    }
  });

  it('gives the same answer for an unknown user name and a wrong password, and refuses a disabled account', async () => {
    const unknown = await postGql(a.url, SIGN_IN, { u: `${P}-nobody`, p: PASSWORD });
    const wrong = await postGql(a.url, SIGN_IN, { u: `${P}-ed`, p: 'not the password' });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(sessionCookie(wrong.headers)).toBeUndefined();
  });

  it('ends the session on sign-out: the cookie is cleared and no longer works on any instance', async () => {
    const cookie = await signIn(a.url, `${P}-ana`, PASSWORD);
    expect(await me(b, cookie)).not.toBeNull();
    const out = await postGql(a.url, 'mutation { signOut }', {}, cookie);
    expect(out.data).toEqual({ signOut: true });
    expect(out.headers.getSetCookie().join()).toMatch(/chainatlas_session=;.*Expires=Thu, 01 Jan 1970/);
    expect(await me(a, cookie)).toBeNull();
    // the other instance may have it cached for a few seconds at most
    await new Promise((r) => setTimeout(r, 5_500));
    expect(await me(b, cookie)).toBeNull();
  });
});

describe('sessions live in Neo4j', () => {
  it('work on every instance behind a load balancer and survive a restart of the server', async () => {
    const cookie = await signIn(a.url, `${P}-ana`, PASSWORD);
    expect((await me(b, cookie))?.username).toBe(`${P}-ana`);
    // a restart: a new app with nothing in memory
    await a.close();
    a = await startHttpApp(db);
    expect((await me(a, cookie))?.username).toBe(`${P}-ana`);
    const lists = await postGql(a.url, '{ targetLists { id } }', {}, cookie);
    expect(lists.errors).toBeUndefined();
  });

  it('expire after the idle time, are renewed while used, and end at the absolute limit', async () => {
    let now = Date.UTC(2026, 0, 5, 9);
    const auth = new AuthService(db, testCypher(), {
      security: { sessionIdleMinutes: 30, sessionMaxHours: 2 },
      cacheMs: 0,
      touchEveryMs: 0,
      clock: () => now,
    });
    const { token } = await auth.signIn(`${P}-ed`, PASSWORD, { address: `test-${P}` });
    const minutes = (n: number) => (now += n * 60_000);
    minutes(29);
    expect(await auth.userForToken(token)).not.toBeNull(); // used: 30 more minutes from now
    minutes(29);
    expect(await auth.userForToken(token)).not.toBeNull();
    minutes(31); // idle too long
    expect(await auth.userForToken(token)).toBeNull();

    const second = await auth.signIn(`${P}-ed`, PASSWORD, { address: `test-${P}` });
    for (let i = 0; i < 4; i++) {
      minutes(25);
      expect(await auth.userForToken(second.token)).not.toBeNull();
    }
    minutes(25); // 125 minutes after sign-in: past the 2-hour limit however busy
    expect(await auth.userForToken(second.token)).toBeNull();
    expect(await auth.purgeExpiredSessions()).toBeGreaterThanOrEqual(2);
  });
});

describe('passwords and administration', () => {
  it('changes a password only with the current one, ending the other sessions but not this one', async () => {
    await createUser(a.app, `${P}-pw`, PASSWORD, 'viewer');
    const here = await signIn(a.url, `${P}-pw`, PASSWORD);
    const elsewhere = await signIn(b.url, `${P}-pw`, PASSWORD);
    const change = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
    expect((await postGql(a.url, change, { c: 'wrong', n: 'a new long password' }, here)).errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    expect((await postGql(a.url, change, { c: PASSWORD, n: 'short' }, here)).errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    expect((await postGql(a.url, change, { c: PASSWORD, n: 'a new long password' }, here)).data).toEqual({ changePassword: true });
    await new Promise((r) => setTimeout(r, 5_500));
    expect(await me(a, here)).not.toBeNull();
    expect(await me(b, elsewhere)).toBeNull();
    expect((await postGql(a.url, SIGN_IN, { u: `${P}-pw`, p: PASSWORD })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await signIn(a.url, `${P}-pw`, 'a new long password');
  });

  it('lets an admin create, change, disable (ending sessions at once) and reset accounts', async () => {
    await createUser(a.app, `${P}-adm`, PASSWORD, 'admin');
    const admin = await signIn(a.url, `${P}-adm`, PASSWORD);
    const created = await postGql(
      a.url,
      'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id username role clusterIds } password } }',
      { i: { username: `${P}-new`, name: '新同事', role: 'EDITOR', clusterIds: [] } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const { user, password } = created.data!.createUser;
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    const newcomer = await signIn(a.url, `${P}-new`, password);
    const updated = await postGql(
      a.url,
      'mutation($id: ID!) { updateUser(id: $id, input: { role: VIEWER }) { role } }',
      { id: user.id },
      admin,
    );
    expect(updated.data).toEqual({ updateUser: { role: 'VIEWER' } });
    expect((await me(a, newcomer))?.role).toBe('VIEWER');
    const duplicate = await postGql(
      a.url,
      'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }',
      { i: { username: `${P}-new`, role: 'VIEWER' } },
      admin,
    );
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const disabled = await postGql(
      a.url,
      'mutation($id: ID!) { setUserDisabled(id: $id, disabled: true) { disabled } }',
      { id: user.id },
      admin,
    );
    expect(disabled.data).toEqual({ setUserDisabled: { disabled: true } });
    expect(await me(a, newcomer)).toBeNull();
    expect((await postGql(a.url, SIGN_IN, { u: `${P}-new`, p: password })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await postGql(a.url, 'mutation($id: ID!) { setUserDisabled(id: $id, disabled: false) { disabled } }', { id: user.id }, admin);

    const reset = await postGql(a.url, 'mutation($id: ID!) { resetUserPassword(id: $id) { password } }', { id: user.id }, admin);
    const fresh = reset.data!.resetUserPassword.password as string;
    expect(fresh).not.toBe(password);
    expect((await postGql(a.url, SIGN_IN, { u: `${P}-new`, p: password })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await signIn(a.url, `${P}-new`, fresh);

    const self = await postGql(a.url, 'mutation { me: signOut }', {}, undefined);
    expect(self.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const myself = (await me(a, admin)) as { id: string };
    expect(
      (await postGql(a.url, 'mutation($id: ID!) { setUserDisabled(id: $id, disabled: true) { id } }', { id: myself.id }, admin)).errors?.[0]
        ?.extensions?.code,
    ).toBe('CONFLICT');
  });
});

describe('the sign-in limit', () => {
  it('allows 10 attempts per address and user name in 15 minutes, counted across instances, then LIMIT_EXCEEDED', async () => {
    const name = `${P}-target`;
    await createUser(a.app, name, PASSWORD, 'viewer');
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 10; i++)
      codes.push((await postGql(i % 2 ? a.url : b.url, SIGN_IN, { u: name, p: `guess ${i}` })).errors?.[0]?.extensions?.code);
    expect(codes).toEqual(Array(10).fill('UNAUTHENTICATED'));
    const limited = await postGql(a.url, SIGN_IN, { u: name, p: PASSWORD });
    expect(limited.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    expect(limited.errors?.[0]?.message).toMatch(/登录尝试过多/);
    expect(sessionCookie(limited.headers)).toBeUndefined();
    // another user name from the same address is not blocked
    expect((await postGql(b.url, SIGN_IN, { u: `${P}-ana`, p: PASSWORD })).errors).toBeUndefined();
  });

  it('stops at the first refused sign-in of a request: aliases cannot multiply the guesses', async () => {
    const name = `${P}-alias`;
    const aliases = Array.from({ length: 12 }, (_, i) => `a${i}: signIn(username: "${name}", password: "guess ${i}") { id }`).join(' ');
    const response = await postGql(a.url, `mutation { ${aliases} }`);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
    // that request counted once: nine more attempts are still answered, the tenth is refused
    for (let i = 0; i < 9; i++)
      expect((await postGql(a.url, SIGN_IN, { u: name, p: `again ${i}` })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await postGql(a.url, SIGN_IN, { u: name, p: 'once more' })).errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });
});
