import { auditServer, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCypher, testDatabase } from '../helpers/db.js';
import { postGql, startHttpApp, type HttpApp } from '../helpers/http.js';
import { signInAs } from '../helpers/sign-in.js';

/**
 * The API as any GraphQL-over-HTTP client meets it: graphql-http's audit of the spec against
 * the real server (a signed-in analyst, since everything but about, me and signIn needs a
 * session). No MUST fails and no SHOULD warns; the only MAYs left are GET requests without the
 * header the CSRF guard asks of them. With `apollo-require-preflight` (what the README tells GET
 * clients to send) every audit passes. See docs/api-conventions.md.
 */
const db = testDatabase();
let web: HttpApp;
let cookie: string;
const username = `http-audit-${Date.now().toString(36)}`;

beforeAll(async () => {
  web = await startHttpApp(db);
  cookie = (await signInAs(web, 'analyst', { username })).cookie;
});
afterAll(async () => {
  await web?.close();
  await runCypher(db, 'MATCH (u:User {username: $username}) OPTIONAL MATCH (s:Session {userId: u.id}) DETACH DELETE s, u', { username });
  await db.close();
});

/** The audit's requests, sent with the session cookie and any extra headers. */
async function audit(extra: Record<string, string> = {}): Promise<AuditResult[]> {
  const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', cookie);
    for (const [name, value] of Object.entries(extra)) headers.set(name, value);
    return fetch(input, { ...init, headers });
  };
  return auditServer({ url: `${web.url}/graphql`, fetchFn });
}

const failing = (results: AuditResult[], status: 'error' | 'warn' | 'notice') =>
  results.filter((r) => r.status === status).map((r) => `${r.id} ${r.name}`);

describe('the GraphQL-over-HTTP audit (graphql-http)', () => {
  it('passes every MUST and SHOULD; only GETs without the CSRF header are refused', async () => {
    const results = await audit();
    expect(results.length).toBeGreaterThan(50);
    expect(failing(results, 'error')).toEqual([]);
    expect(failing(results, 'warn')).toEqual([]);
    // the three GET audits (MAY): refused by the CSRF guard, since they send no header
    expect(
      failing(results, 'notice')
        .map((n) => n.slice(0, 4))
        .sort(),
    ).toEqual(['5A70', '6A70', 'D6D5']);
  });

  it('passes every audit when GETs carry apollo-require-preflight', async () => {
    const results = await audit({ 'apollo-require-preflight': 'true' });
    expect(results.filter((r) => r.status !== 'ok').map((r) => `${r.id} ${r.name}`)).toEqual([]);
  });
});

describe('GET queries', () => {
  const get = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${web.url}/graphql?query=${encodeURIComponent(query)}`, { headers: { cookie, ...headers } });

  it('answer with the CSRF header (or a non-simple content type), and are refused without one', async () => {
    const headers: Record<string, string>[] = [
      { 'apollo-require-preflight': 'true' },
      { 'x-apollo-operation-name': 'Clusters' },
      { 'content-type': 'application/json' },
    ];
    for (const header of headers) {
      const ok = await get('query Clusters { clusters { id } }', header);
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as { data: { clusters: unknown[] } }).data.clusters.length).toBeGreaterThanOrEqual(0);
    }
    const refused = await get('{ clusters { id } }');
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_INPUT');
    expect(body.errors[0]!.message).toContain('apollo-require-preflight');
  });

  it('never run a mutation', async () => {
    const response = await get('mutation { signOut }', { 'apollo-require-preflight': 'true' });
    expect(response.status).toBe(405);
  });

  it('is what the web app does not need: its POSTs keep working', async () => {
    expect((await postGql(web.url, '{ me { role } }', {}, cookie)).data).toEqual({ me: { role: 'ANALYST' } });
  });
});
