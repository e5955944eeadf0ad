import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import { CypherLibrary } from '../../server/cypher.js';
import { Database } from '../../server/db/index.js';
import { applySchema } from '../../server/db/schema.js';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j-local/index.js';
import { createUser, signIn } from '../helpers/http.js';

// This file owns a Neo4j of its own, so that it can stop and start it under a running server.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chainatlas-readyz-'));
const password = 'readyz-test-password';
let port: number;
let neo4j: LocalNeo4j;
let db: Database;
let app: App;
let server: http.Server;
let base: string;
let cookie: string;

const start = () => startLocalNeo4j({ dataDir: dir, port, password, heap: '512m', pagecacheMb: 64 });
const ready = async () => (await fetch(`${base}/readyz`)).status;
const clustersQuery = async () =>
  (
    await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ clusters { id } }' }),
    })
  ).json() as Promise<{
    data?: unknown;
    errors?: { extensions: { code: string } }[];
  }>;

beforeAll(async () => {
  port = await freePort();
  neo4j = await start();
  db = Database.create({ uri: neo4j.uri, user: 'neo4j', password, database: 'neo4j', connectionTimeoutMs: 3000 });
  const cypher = CypherLibrary.load();
  await applySchema(db, cypher);
  app = await createApp({ production: false }, db, cypher);
  server = http.createServer(app.express);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  // The session lives in this Neo4j too: it must outlast the restart below.
  await createUser(app, 'readyz-viewer', password, 'viewer');
  cookie = await signIn(base, 'readyz-viewer', password);
});

afterAll(async () => {
  server?.close();
  await app?.stop();
  await db?.close();
  await neo4j?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('/healthz and /readyz follow Neo4j going away and coming back', () => {
  it('answers 200 while Neo4j runs', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await ready()).toBe(200);
    expect((await clustersQuery()).data).toEqual({ clusters: [] });
  });

  it('answers 503 and DATABASE_UNAVAILABLE when Neo4j stops, with the server still running', async () => {
    await neo4j.stop();
    expect(await ready()).toBe(503);
    const started = Date.now();
    const result = await clustersQuery();
    expect(result.errors?.[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(30_000); // an answer, not a hang
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('recovers by itself when Neo4j is back', async () => {
    neo4j = await start();
    let status = 0;
    for (let i = 0; i < 30 && status !== 200; i++) {
      status = await ready();
      if (status !== 200) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(status).toBe(200);
    expect((await clustersQuery()).data).toEqual({ clusters: [] });
  });
});
