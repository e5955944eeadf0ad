import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../server/app.js';
import { runCypher, testDatabase } from '../helpers/db.js';
import { createUser, ownedAccountPrefix, postGql, signIn, startHttpApp, type HttpApp } from '../helpers/http.js';

/**
 * The HTTP hardening, from outside: security headers and the content security policy, CORS
 * closed unless configured, cross-site writes refused, no batched operations, body and document
 * size limits, cost limits, rate limits per user and per address, and in production no
 * introspection and no stack traces.
 */
const db = testDatabase();
const P = ownedAccountPrefix(db, 'hd');
const PASSWORD = 'hardening test password';
let dev: HttpApp;
let prod: HttpApp;
let devCookie: string;
let prodCookie: string;

beforeAll(async () => {
  dev = await startHttpApp(db);
  prod = await startHttpApp(db, { production: true, security: { corsOrigins: ['https://portal.liaocheng.example'] } });
  await createUser(dev.app, `${P}-admin`, PASSWORD, 'admin');
  devCookie = await signIn(dev.url, `${P}-admin`, PASSWORD);
  prodCookie = await signIn(prod.url, `${P}-admin`, PASSWORD);
});

afterAll(async () => {
  await dev?.close();
  await prod?.close();
});

describe('security headers', () => {
  it('sends a content security policy that allows scripts only from the app, and the usual headers', async () => {
    for (const path of ['/graphql', '/healthz', '/']) {
      const response = await fetch(`${prod.url}${path}`, { headers: { cookie: prodCookie } });
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("img-src 'self' data: blob:");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    }
    expect((await fetch(`${dev.url}/healthz`)).headers.get('strict-transport-security')).toBeNull();
    expect(contentSecurityPolicy(false)['upgrade-insecure-requests']).toBeUndefined();
  });

  it('marks API answers as not to be cached', async () => {
    const response = await postGql(dev.url, '{ about { version } }');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
  });

  it('answers the API without Apollo extras (no cache hints, no traces) and serves no GraphQL landing page', async () => {
    const response = await fetch(`${dev.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie: devCookie },
      body: JSON.stringify({ query: '{ about { version synthetic } me { username role } }' }),
    });
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      data: { about: { version: '0.1.0', synthetic: true }, me: { username: `${P}-admin`, role: 'ADMIN' } },
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
    for (const app of [dev, prod]) {
      const page = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
      expect(await page.text()).not.toMatch(/<html|<script/i);
    }
  });
});

describe('CORS and cross-site requests', () => {
  const evil = 'https://evil.example';
  it('sends no CORS headers to other origins and refuses their preflight', async () => {
    const simple = await postGql(dev.url, '{ about { version } }', {}, devCookie, { origin: evil });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${dev.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: evil, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a write from another site even with a valid session', async () => {
    const response = await postGql(dev.url, 'mutation { createTargetList(name: "跨站") { id } }', {}, devCookie, { origin: evil });
    expect(response.status).toBe(403);
    const [row] = await runCypher<{ n: number }>(db, "MATCH (l:TargetList {name: '跨站'}) RETURN count(l) AS n");
    expect(row!.n).toBe(0);
  });

  it('opens to the configured origins only (CORS_ORIGINS), with credentials', async () => {
    const allowed = 'https://portal.liaocheng.example';
    const preflight = await fetch(`${prod.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: allowed, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    const response = await postGql(prod.url, '{ me { username } }', {}, prodCookie, { origin: allowed });
    expect(response.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(response.data).toEqual({ me: { username: `${P}-admin` } });
  });
});

describe('request shape limits', () => {
  it('refuses a batch of operations (an array body)', async () => {
    const response = await fetch(`${dev.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie: devCookie },
      body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ clusters { id } }' }))),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_INPUT');
  });

  it('refuses a body over 1 MB (413) and a document of more than 5,000 tokens', async () => {
    const huge = await fetch(`${dev.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie: devCookie },
      body: JSON.stringify({ query: '{ about { version } }', variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(huge.status).toBe(413);
    const tokens = await postGql(dev.url, `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: __typename`).join(' ')} }`, {}, devCookie);
    expect(tokens.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    expect(tokens.errors?.[0]?.message).toMatch(/token/i);
  });

  it('refuses an operation over the cost budget with LIMIT_EXCEEDED, before running it', async () => {
    const aliases = Array.from(
      { length: 60 },
      (_, i) => `a${i}: supplyNeighborhood(creditCode: "91371500MA3C5X1L2B", depth: 3, direction: BOTH) { nodes { id label } }`,
    ).join(' ');
    const wide = await postGql(dev.url, `{ ${aliases} }`, {}, devCookie);
    expect(wide.errors).toHaveLength(1);
    expect(wide.errors![0]!.extensions?.code).toBe('LIMIT_EXCEEDED');
    const page = await postGql(
      dev.url,
      'query($n: Int) { searchEnterprises(query: "轴承", first: $n) { edges { node { name years { revenue } clusters { name } } } } }',
      { n: 100_000 },
      devCookie,
    );
    expect(page.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    // a normal page of the same query runs
    expect(
      (await postGql(dev.url, 'query($n: Int) { searchEnterprises(query: "轴承", first: $n) { totalCount } }', { n: 20 }, devCookie))
        .errors,
    ).toBeUndefined();
  });
});

describe('production mode', () => {
  it('turns introspection off (it stays on in development for signed-in users, never for anonymous ones)', async () => {
    const introspect = '{ __schema { queryType { name } } }';
    expect((await postGql(prod.url, introspect, {}, prodCookie)).errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    expect((await postGql(dev.url, introspect, {}, devCookie)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await postGql(dev.url, introspect)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers an unexpected error as INTERNAL, without its message or a stack trace', async () => {
    const spy = vi.spyOn(prod.app.services.clusters, 'overview').mockRejectedValue(new Error('secret detail from deep inside'));
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await fetch(`${prod.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie: prodCookie },
        body: JSON.stringify({ query: '{ overview { clusters } }' }),
      });
      const text = await response.text();
      expect(JSON.parse(text).errors[0].extensions.code).toBe('INTERNAL');
      expect(text).not.toMatch(/secret detail|stacktrace|\bat [A-Za-z.]+ \(/);
    } finally {
      spy.mockRestore();
      log.mockRestore();
    }
  });
});

describe('rate limits', () => {
  it('limits each signed-in user, and each address without a session, per minute (LIMIT_EXCEEDED, 429)', async () => {
    const tight = await startHttpApp(db, {
      security: { rateLimits: { userPerMinute: 5, anonymousPerMinute: 3, signInAttempts: 10, signInWindowMinutes: 15 } },
    });
    try {
      await createUser(tight.app, `${P}-busy`, PASSWORD, 'viewer');
      await createUser(tight.app, `${P}-calm`, PASSWORD, 'viewer');
      // the sign-ins themselves are anonymous requests: 2 of the 3 allowed
      const busy = await signIn(tight.url, `${P}-busy`, PASSWORD);
      const calm = await signIn(tight.url, `${P}-calm`, PASSWORD);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await postGql(tight.url, '{ clusters { id } }', {}, busy)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      const limited = await postGql(tight.url, '{ clusters { id } }', {}, busy);
      expect(limited.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
      expect(limited.headers.get('ratelimit-policy') ?? limited.headers.get('ratelimit')).toBeTruthy();
      expect((await postGql(tight.url, '{ clusters { id } }', {}, calm)).status).toBe(200);
      expect((await postGql(tight.url, '{ about { version } }')).status).toBe(200);
      const anonymous = await postGql(tight.url, '{ about { version } }');
      expect(anonymous.status).toBe(429);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
      const rest = await fetch(`${tight.url}/api/import/files`);
      expect([rest.status, ((await rest.json()) as { code: string }).code]).toEqual([429, 'LIMIT_EXCEEDED']);
    } finally {
      await tight.close();
    }
  });
});

describe('admission control', () => {
  it('runs at most MAX_CONCURRENT_REQUESTS API requests at once; the others wait their turn and all are answered', async () => {
    const narrow = await startHttpApp(db, { security: { maxConcurrentRequests: 2 } });
    try {
      await createUser(narrow.app, `${P}-queue`, PASSWORD, 'viewer');
      const cookie = await signIn(narrow.url, `${P}-queue`, PASSWORD);
      let running = 0;
      let most = 0;
      const original = narrow.app.services.clusters.overview.bind(narrow.app.services.clusters);
      vi.spyOn(narrow.app.services.clusters, 'overview').mockImplementation(async (actor) => {
        running++;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 300));
        running--;
        return original(actor);
      });
      const answers = await Promise.all(Array.from({ length: 8 }, () => postGql(narrow.url, '{ overview { clusters } }', {}, cookie)));
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
      expect(answers.every((a) => a.errors === undefined)).toBe(true);
      expect(most).toBe(2);
    } finally {
      vi.restoreAllMocks();
      await narrow.close();
    }
  });
});

describe('field suggestions', () => {
  it('never lists the schema\'s fields in an error ("Did you mean …?"), to anonymous or signed-in callers', async () => {
    for (const [app, cookie] of [
      [prod, undefined],
      [prod, prodCookie],
      [dev, undefined],
      [dev, devCookie],
    ] as const) {
      for (const query of ['{ user { id } }', '{ auditLogs { edges { cursor } } }', '{ me { usernam } }']) {
        const response = await postGql(app.url, query, {}, cookie);
        expect(response.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
        expect(JSON.stringify(response.errors)).not.toMatch(/did you mean|auditLog"|users|username/i);
      }
    }
  });
});

describe('errors before GraphQL', () => {
  const noLeak = (text: string) => expect(text).not.toMatch(/<html|<pre|<!DOCTYPE|\bat [\w.<>]+ \(|node_modules|\/work\/|[A-Z]:\\/i);

  it('answers a body that is not JSON with 400 BAD_INPUT and one over the limit with 413 LIMIT_EXCEEDED, as JSON without a stack', async () => {
    for (const app of [dev, prod]) {
      const malformed = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie: devCookie },
        body: '{"query": "{ about { version } }",',
      });
      const text = await malformed.text();
      expect(malformed.status).toBe(400);
      expect(malformed.headers.get('content-type')).toMatch(/application\/json/);
      expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_INPUT');
      noLeak(text);

      const huge = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query: '{ about { version } }', variables: { pad: 'x'.repeat(1_100_000) } }),
      });
      const hugeText = await huge.text();
      expect(huge.status).toBe(413);
      expect(JSON.parse(hugeText).errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
      noLeak(hugeText);
    }
  });

  it('answers an API path that does not exist with JSON NOT_FOUND', async () => {
    const response = await fetch(`${dev.url}/api/no-such-route`, { headers: { cookie: devCookie } });
    const text = await response.text();
    expect(response.status).toBe(404);
    expect(JSON.parse(text).code).toBe('NOT_FOUND');
    noLeak(text);
  });
});

describe('uploads from another site', () => {
  const upload = (referer: string | undefined) => {
    const body = new FormData();
    body.append('file', new Blob(['credit_code,name\n'], { type: 'text/csv' }), 'enterprises.csv');
    return fetch(`${dev.url}/api/import?dryRun=1`, {
      method: 'POST',
      headers: { cookie: devCookie, ...(referer ? { referer } : {}) },
      body,
    });
  };

  it('refuses a write without Origin whose Referer is another site, as it refuses a foreign Origin', async () => {
    const foreign = await upload('https://evil.example/page.html');
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { code: string }).code).toBe('FORBIDDEN');
    const garbage = await upload('not a url');
    expect(garbage.status).toBe(403);
    // from the app itself, or from a client that says neither (curl, scripts): on to the import
    expect((await upload(`${dev.url}/import`)).status).not.toBe(403);
    expect((await upload(undefined)).status).not.toBe(403);
    const mutation = await postGql(dev.url, 'mutation { createTargetList(name: "跨站 referer") { id } }', {}, devCookie, {
      referer: 'https://evil.example/',
    });
    expect(mutation.status).toBe(403);
  });
});

describe('one request must not stall everyone', () => {
  const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

  it('refuses an alias flood of analyses by its cost, before anything runs', async () => {
    for (const [n, field] of [
      [200, 'collaborationNetwork { totalNodes }'],
      [300, 'targetDashboard { year }'],
      [300, 'overview { clusters }'],
    ] as const) {
      const flood = await postGql(dev.url, aliases(n, field), {}, devCookie);
      expect(flood.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
      expect(flood.data ?? null).toBeNull();
    }
  });

  it("serves another user's simple query while one user floods within the budget; each request holds at most DB_SESSIONS_PER_REQUEST sessions", async () => {
    await createUser(dev.app, `${P}-flood`, PASSWORD, 'analyst');
    await createUser(dev.app, `${P}-other`, PASSWORD, 'viewer');
    const flooder = await signIn(dev.url, `${P}-flood`, PASSWORD);
    const other = await signIn(dev.url, `${P}-other`, PASSWORD);
    const within = aliases(20, 'collaborationNetwork { totalNodes }');
    // the order in which answers arrive (no timing)
    let answered = 0;
    let lastFlood = 0;
    const floods = Array.from({ length: 6 }, () => postGql(dev.url, within, {}, flooder).then((r) => ((lastFlood = ++answered), r)));
    await new Promise((r) => setTimeout(r, 50));
    const simple = await postGql(dev.url, '{ clusters { id } }', {}, other);
    const simpleDone = ++answered;
    const answers = await Promise.all(floods);
    expect(simple.errors).toBeUndefined();
    expect(Array.isArray(simple.data?.clusters)).toBe(true);
    expect(simpleDone).toBeLessThan(lastFlood);
    // the flood itself is served (or refused as over a limit), never failed for want of connections
    for (const answer of answers) {
      const codes = (answer.errors ?? []).map((e) => e.extensions?.code);
      expect(
        codes.filter((c) => c !== 'LIMIT_EXCEEDED'),
        JSON.stringify(answer.errors?.slice(0, 2)),
      ).toEqual([]);
    }
    const stats = db.sessionStats();
    expect(stats.perRequest).toBe(4);
    expect(stats.peakPerRequest).toBe(stats.perRequest);
    expect(stats.active).toBe(0);
  });
});
