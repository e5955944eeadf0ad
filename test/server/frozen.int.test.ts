import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherLibrary } from '../../server/cypher.js';
import { Database } from '../../server/db/index.js';
import { applySchema } from '../../server/db/schema.js';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j-local/index.js';
import { runCypher } from '../helpers/db.js';
import { createUser, signIn, startHttpApp, type HttpApp } from '../helpers/http.js';

/**
 * A frozen Neo4j (its process stopped with SIGSTOP, not exited: connections stay open and
 * nothing answers). This file owns its Neo4j (as faults.int.test.ts does), so freezing it
 * touches no other test. Every request must answer DATABASE_UNAVAILABLE within the configured
 * timeouts (before a client's own 10 s), and after SIGCONT the server answers normally again
 * without a restart.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chainatlas-frozen-'));
const password = 'frozen-test-password';
const USER_PASSWORD = 'frozen user password';
/** the client's own patience, as a browser's fetch wrapper or a load balancer has it */
const CLIENT_TIMEOUT_MS = 10_000;
let neo4j: LocalNeo4j;
let db: Database;
let api: HttpApp;
let cookie: string;
let frozen = false;

const freeze = () => {
  process.kill(neo4j.pid!, 'SIGSTOP');
  frozen = true;
};
const thaw = () => {
  if (frozen) process.kill(neo4j.pid!, 'SIGCONT');
  frozen = false;
};

beforeAll(async () => {
  neo4j = await startLocalNeo4j({ dataDir: dir, port: await freePort(), password, heap: '512m', pagecacheMb: 64 });
  // small bounds, as DB_ACQUIRE_TIMEOUT_MS / DB_READ_TIMEOUT_MS / DB_WRITE_TIMEOUT_MS would set them
  db = Database.create({
    uri: neo4j.uri,
    user: 'neo4j',
    password,
    database: 'neo4j',
    timeouts: { acquireMs: 2000, readMs: 4000, writeMs: 4000 },
  });
  await applySchema(db, CypherLibrary.load());
  api = await startHttpApp(db);
  await createUser(api.app, 'frozen-analyst', USER_PASSWORD, 'analyst');
  cookie = await signIn(api.url, 'frozen-analyst', USER_PASSWORD);
});

afterAll(async () => {
  thaw();
  await api?.close();
  await db?.close();
  await neo4j?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number | 'NO_ANSWER';
  codes: string[];
  ok: boolean;
}

async function ask(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  try {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    return { status: response.status, codes: (body.errors ?? []).map((e) => e.extensions?.code ?? 'NONE'), ok: !body.errors?.length };
  } catch {
    return { status: 'NO_ANSWER', codes: ['NO_ANSWER'], ok: false };
  }
}

describe('Neo4j frozen (SIGSTOP) and resumed (SIGCONT)', () => {
  it('answers DATABASE_UNAVAILABLE within the bounds while frozen, and normally again after, without a restart', async () => {
    // a loaded machine: wait until a round of every kind of request answers, before and after
    const round = () =>
      Promise.all([
        ask('{ clusters { id } }'),
        ask('{ targetLists { id } }'),
        ask('mutation { createTargetList(name: "冻结测试") { id } }'),
        ask('{ overview { clusters } }'),
      ]);
    const untilHealthy = async () => {
      let answers = await round();
      for (const deadline = Date.now() + 90_000; !answers.every((a) => a.ok) && Date.now() < deadline;) {
        await new Promise((r) => setTimeout(r, 500));
        answers = await round();
      }
      return answers;
    };
    expect((await untilHealthy()).map((a) => a.codes)).toEqual([[], [], [], []]);
    try {
      freeze();
      // reads, a write, the session lookup and a statement of a request already under way
      const answers = await Promise.all([
        ask('{ clusters { id } }'),
        ask('{ targetLists { id } }'),
        ask('mutation { createTargetList(name: "冻结时") { id } }'),
        ask('{ overview { clusters enterprises } }'),
      ]);
      for (const answer of answers) expect(answer.codes, JSON.stringify(answers)).toEqual(['DATABASE_UNAVAILABLE']);
      // more requests than the per-request and process budgets, while the first ones are still stuck
      const more = await Promise.all(Array.from({ length: 12 }, () => ask('{ clusters { id } }')));
      for (const answer of more) expect(answer.codes, JSON.stringify(more)).toEqual(['DATABASE_UNAVAILABLE']);
      const ready = await fetch(`${api.url}/readyz`, { signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS) });
      expect(ready.status).toBe(503);
    } finally {
      thaw();
    }
    // recovers by itself, without a restart
    const after = await untilHealthy();
    expect(
      after.map((a) => a.codes),
      JSON.stringify(after),
    ).toEqual([[], [], [], []]);
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    // every session of the frozen time has ended
    for (const deadline = Date.now() + 30_000; db.sessionStats().active > 0 && Date.now() < deadline;)
      await new Promise((r) => setTimeout(r, 200));
    expect(db.sessionStats().active).toBe(0);
    // a write whose caller was answered DATABASE_UNAVAILABLE was rolled back, not committed on resuming
    expect(await runCypher(db, "MATCH (l:TargetList {name: '冻结时'}) RETURN count(l) AS n")).toEqual([{ n: 0 }]);
  }, 300_000);
});
