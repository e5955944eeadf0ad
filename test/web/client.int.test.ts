import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorOf, ApiError } from '../../web/src/api/client.js';
import { testDatabase } from '../helpers/db.js';
import { ownedAccountPrefix, postGql, startHttpApp, type HttpApp } from '../helpers/http.js';
import { signInAs } from '../helpers/sign-in.js';

/**
 * The web client's errors from the real server's answers: REST `{ code, message }` bodies and
 * GraphQL errors become the same ApiError (the code ErrorMessage shows in Chinese).
 */
const db = testDatabase();
const P = ownedAccountPrefix(db, 'cl');
let server: HttpApp;
let viewer: string;
let analyst: string;

/** What the web client makes of a response. */
async function clientError(response: Response): Promise<ApiError | null> {
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON: the client sees no body */
  }
  return apiErrorOf(response.status, body);
}

beforeAll(async () => {
  server = await startHttpApp(db);
  viewer = (await signInAs(server, 'viewer', { username: `${P}-view` })).cookie;
  analyst = (await signInAs(server, 'analyst', { username: `${P}-ana` })).cookie;
});

afterAll(() => server?.close());

describe('REST answers', () => {
  it('a REST route without a session: UNAUTHENTICATED with the server message', async () => {
    const error = await clientError(await fetch(`${server.url}/api/import/files`));
    expect(error).toBeInstanceOf(ApiError);
    expect([error?.code, error?.status]).toEqual(['UNAUTHENTICATED', 401]);
    expect(error?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('an import by a viewer: FORBIDDEN', async () => {
    const form = new FormData();
    form.append('files', new Blob(['credit_code,name\n'], { type: 'text/csv' }), 'enterprises.csv');
    const response = await fetch(`${server.url}/api/import?dryRun=1`, {
      method: 'POST',
      body: form,
      headers: { cookie: viewer, origin: server.url },
    });
    const error = await clientError(response);
    expect([error?.code, error?.status]).toEqual(['FORBIDDEN', 403]);
  });

  it('the export of a list that does not exist: NOT_FOUND', async () => {
    const error = await clientError(
      await fetch(`${server.url}/api/target-lists/${P}-none/export?format=csv`, { headers: { cookie: analyst } }),
    );
    expect([error?.code, error?.status]).toEqual(['NOT_FOUND', 404]);
  });

  it('a good answer is no error', async () => {
    const response = await fetch(`${server.url}/api/import/files`, { headers: { cookie: analyst } });
    expect(response.status).toBe(200);
    expect(await clientError(response)).toBeNull();
  });
});

describe('GraphQL answers', () => {
  it('the first error with its extensions code and details, whatever the HTTP status', async () => {
    const nobody = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: '{ targetLists { id } }' }),
    });
    expect((await clientError(nobody))?.code).toBe('UNAUTHENTICATED');
    const bad = await postGql(server.url, 'mutation($n: String!) { createTargetList(name: $n) { id } }', { n: '' }, analyst);
    const error = apiErrorOf(bad.status, { errors: bad.errors, data: bad.data });
    expect(error?.code).toBe('BAD_INPUT');
    expect(error?.message).toBe(bad.errors?.[0]?.message);
  });

  it('a body without GraphQL errors but a REST code (the admission limit, a proxy) keeps that code', () => {
    // the shape server/auth/rate-limit.ts answers when the server is too busy, for /graphql too
    const busy = apiErrorOf(503, { code: 'LIMIT_EXCEEDED', message: '服务器繁忙，请稍后再试 (the server is busy: try again shortly)' });
    expect([busy?.code, busy?.message]).toEqual(['LIMIT_EXCEEDED', '服务器繁忙，请稍后再试 (the server is busy: try again shortly)']);
    expect(apiErrorOf(502, null)?.code).toBe('INTERNAL');
    expect(apiErrorOf(503, null)?.code).toBe('DATABASE_UNAVAILABLE');
  });
});
