import { spawn } from 'node:child_process';
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
import { runCypher } from '../helpers/db.js';
import { createUser, postGql, signIn } from '../helpers/http.js';
import { createRoleFixture, type RoleFixture } from '../auth/fixture.js';

/**
 * Faults. This file owns a Neo4j (as readyz.int.test.ts does) so that it can stop and restart it
 * in the middle of a run of requests — reads and target-list writes over HTTP with a session —
 * and check that every request got a correct answer or DATABASE_UNAVAILABLE (never INTERNAL,
 * never a hang), that the server recovers by itself, and that every acknowledged write is there
 * and nothing is half-written. It also runs the real `server/main.ts` on that database for the
 * first start (the administrator account).
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chainatlas-faults-'));
const password = 'faults-test-password';
const USER_PASSWORD = 'faults user password';
let boltPort: number;
let neo4j: LocalNeo4j;
let db: Database;
let cypher: CypherLibrary;

const startNeo4j = () => startLocalNeo4j({ dataDir: dir, port: boltPort, password, heap: '512m', pagecacheMb: 64 });

beforeAll(async () => {
  boltPort = await freePort();
  neo4j = await startNeo4j();
  db = Database.create({ uri: neo4j.uri, user: 'neo4j', password, database: 'neo4j', connectionTimeoutMs: 3000 });
  cypher = CypherLibrary.load();
  await applySchema(db, cypher);
});

afterAll(async () => {
  await db?.close();
  await neo4j?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs `npm start`'s server (without the build) on this database until it is ready; returns what it printed. */
async function runMain(env: Record<string, string>): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: password,
      SEED: 'none',
      PORT: String(port),
      ADMIN_PASSWORD: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const deadline = Date.now() + 180_000;
    while (!/is ready at/.test(output)) {
      if (child.exitCode !== null) throw new Error(`the server stopped:\n${output}`);
      if (Date.now() > deadline) throw new Error(`the server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return output;
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

describe('the first start', () => {
  it('creates the administrator with ADMIN_PASSWORD, or with a generated password printed once and never again', async () => {
    const first = await runMain({ ADMIN_PASSWORD: 'an admin password from env' });
    expect(first).toContain('Created the administrator account "admin" with the password from ADMIN_PASSWORD.');
    expect(first).not.toContain('an admin password from env');
    const auth = await createApp({ production: false }, db, cypher);
    await auth.services.auth.signIn('admin', 'an admin password from env', { address: 'test' });

    await runCypher(db, "MATCH (u:User {username: 'admin'}) DETACH DELETE u");
    const second = await runMain({});
    const generated = /generated password:\s+(\S+)/.exec(second)?.[1];
    expect(generated).toMatch(/^[A-Za-z0-9]{20}$/);
    await auth.services.auth.signIn('admin', generated!, { address: 'test' });
    const third = await runMain({ ADMIN_PASSWORD: 'another password entirely' });
    expect(third).not.toMatch(/Created the administrator|generated password/);
    expect(third).not.toContain(generated!);
    // ADMIN_PASSWORD never replaces the password of an existing administrator
    await auth.services.auth.signIn('admin', generated!, { address: 'test' });
    await auth.stop();
  });

  it('refuses a too short ADMIN_PASSWORD at start-up with one clear sentence', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, ADMIN_PASSWORD: 'short' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(output.trim()).toBe(
      'ChainAtlas could not start: Configuration error in ADMIN_PASSWORD: ADMIN_PASSWORD must have 10 to 128 characters',
    );
  });
});

interface Outcome {
  op: string;
  ok: boolean;
  codes: string[];
  value?: unknown;
  error?: string;
}

describe('Neo4j stops and comes back under load', () => {
  let app: App;
  let server: http.Server;
  let base: string;
  let cookie: string;
  let f: RoleFixture;

  beforeAll(async () => {
    app = await createApp({ production: false }, db, cypher);
    server = http.createServer(app.express);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    f = await createRoleFixture(db, 'faults');
    await createUser(app, 'faults-analyst', USER_PASSWORD, 'analyst');
    cookie = await signIn(base, 'faults-analyst', USER_PASSWORD);
  });

  afterAll(async () => {
    server?.closeAllConnections();
    server?.close();
    await app?.stop();
  });

  it('answers every request correctly or with DATABASE_UNAVAILABLE, recovers, and loses or half-writes nothing', async () => {
    const outcomes: Outcome[] = [];
    let phase: 'before' | 'down' | 'after' = 'before';
    let running = true;

    const call = async (
      op: string,
      query: string,
      variables: Record<string, unknown>,
      check: (data: Record<string, any>) => unknown,
    ): Promise<Outcome> => {
      let outcome: Outcome;
      try {
        const { data, errors } = await postGql(base, query, variables, cookie, {}, 45_000);
        if (errors?.length) outcome = { op, ok: false, codes: errors.map((e) => e.extensions?.code ?? 'NONE') };
        else outcome = { op, ok: true, codes: [], value: check(data!) };
      } catch (error) {
        outcome = { op, ok: false, codes: ['NO_ANSWER'], error: (error as Error).message };
      }
      outcomes.push({ ...outcome, op: `${phase}:${op}` });
      return outcome;
    };

    const reader = async () => {
      while (running) {
        await call('clusters', '{ clusters { id name } }', {}, (d) =>
          expect(d.clusters.some((c: { id: string }) => c.id === f.K1)).toBe(true),
        );
        await call('enterprise', 'query($c: String!) { enterprise(creditCode: $c) { name years { revenue } } }', { c: f.E1 }, (d) =>
          expect(d.enterprise).toEqual({ name: '甲测试企业', years: [{ revenue: f.revenue }] }),
        );
        await call(
          'gaps',
          'query($id: ID!) { chainGapReport(clusterId: $id) { segments { status } investmentTargets { creditCode } } }',
          { id: f.K1 },
          (d) => expect(d.chainGapReport.investmentTargets).toEqual([{ creditCode: f.O }]),
        );
        await call('lists', '{ targetLists { id entryCount } }', {}, (d) => expect(Array.isArray(d.targetLists)).toBe(true));
      }
    };

    const acknowledged: { listId: string; name: string; entries: string[]; status: Record<string, string> }[] = [];
    const writer = async (w: number) => {
      for (let i = 0; running; i++) {
        const name = `${f.P} 容错 ${w}-${i}`;
        const created = await call(
          'createTargetList',
          'mutation($n: String!, $k: ID) { createTargetList(name: $n, clusterId: $k) { id name } }',
          { n: name, k: f.K1 },
          (d) => d.createTargetList,
        );
        if (!created.ok) continue;
        const list = { listId: (created.value as { id: string }).id, name, entries: [] as string[], status: {} as Record<string, string> };
        acknowledged.push(list);
        for (const code of [f.O, f.E1, f.E2]) {
          const added = await call(
            'addTargetToList',
            'mutation($l: ID!, $c: String!) { addTargetToList(listId: $l, creditCode: $c, reason: "容错测试") { creditCode status } }',
            { l: list.listId, c: code },
            (d) => d.addTargetToList,
          );
          if (added.ok) list.entries.push(code);
        }
        for (const code of list.entries) {
          const moved = await call(
            'setTargetStatus',
            'mutation($l: ID!, $c: String!) { setTargetStatus(listId: $l, creditCode: $c, status: CONTACTED) { status } }',
            { l: list.listId, c: code },
            (d) => d.setTargetStatus,
          );
          if (moved.ok) list.status[code] = 'CONTACTED';
        }
      }
    };

    const workers = [reader(), reader(), reader(), writer(1), writer(2)];
    const until = async (done: () => boolean, ms: number) => {
      const end = Date.now() + ms;
      while (!done() && Date.now() < end) await new Promise((r) => setTimeout(r, 200));
    };
    // a loaded machine is slow: wait for answers, not for a time
    await until(() => outcomes.filter((o) => o.ok).length >= 15 && acknowledged.length >= 2, 120_000);
    phase = 'down';
    await neo4j.stop();
    await new Promise((r) => setTimeout(r, 12_000));
    neo4j = await startNeo4j();
    phase = 'after';
    // let it recover by itself, then run a while longer
    const deadline = Date.now() + 120_000;
    while (
      Date.now() < deadline &&
      !(await fetch(`${base}/readyz`)
        .then((r) => r.ok)
        .catch(() => false))
    )
      await new Promise((r) => setTimeout(r, 500));
    const recovered = outcomes.length;
    await until(() => outcomes.length >= recovered + 60, 120_000);
    running = false;
    await Promise.all(workers);

    const summary: Record<string, number> = {};
    for (const o of outcomes)
      summary[`${o.op.split(':')[0]} ${o.ok ? 'ok' : o.codes.join(',')}`] =
        (summary[`${o.op.split(':')[0]} ${o.ok ? 'ok' : o.codes.join(',')}`] ?? 0) + 1;
    console.log('[faults]', JSON.stringify(summary), 'recovered at', recovered, 'of', outcomes.length);
    // 1. Every answer is right, or DATABASE_UNAVAILABLE; nothing hung, nothing was INTERNAL.
    const bad = outcomes.filter((o) => !o.ok && o.codes.some((c) => c !== 'DATABASE_UNAVAILABLE'));
    expect(bad, JSON.stringify(bad.slice(0, 5))).toEqual([]);
    // 2. The fault happened, and the server came back by itself.
    expect(outcomes.filter((o) => o.op.startsWith('down:') && !o.ok).length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.op.startsWith('before:') && o.ok).length).toBeGreaterThanOrEqual(15);
    const late = outcomes.slice(recovered + 20);
    expect(late.length).toBeGreaterThanOrEqual(40);
    expect(late.every((o) => o.ok)).toBe(true);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);

    // 3. Every acknowledged write is there, with its audit entry.
    const lists = await runCypher<{ id: string; name: string; entries: string[]; status: Record<string, string>; audited: number }>(
      db,
      `UNWIND $ids AS id
       MATCH (l:TargetList {id: id})
       RETURN l.id AS id, l.name AS name,
              COLLECT { MATCH (l)-[:HAS_ENTRY]->(e) RETURN e.creditCode } AS entries,
              apoc.map.fromPairs(COLLECT { MATCH (l)-[:HAS_ENTRY]->(e) RETURN [e.creditCode, e.status] }) AS status,
              COUNT { MATCH (a:AuditEntry {key: l.id, action: 'targetList.create'}) } AS audited`,
      { ids: acknowledged.map((l) => l.listId) },
    );
    const byId = new Map(lists.map((l) => [l.id, l]));
    expect(acknowledged.length).toBeGreaterThan(3);
    for (const list of acknowledged) {
      const stored = byId.get(list.listId);
      expect(stored, `list ${list.name} was acknowledged but is gone`).toBeDefined();
      expect(stored!.name).toBe(list.name);
      expect(stored!.audited).toBe(1);
      for (const code of list.entries) expect(stored!.entries, `${list.name}: entry ${code}`).toContain(code);
      for (const [code, status] of Object.entries(list.status)) expect(stored!.status[code]).toBe(status);
    }

    // 4. Nothing half-written: no entry without its list, no entry without its first status change,
    //    no status change without its entry, no list without its audit entry.
    const [orphans] = await runCypher<{ entries: number; histories: number; changes: number; unaudited: number }>(
      db,
      `RETURN COUNT { MATCH (e:TargetListEntry) WHERE NOT EXISTS { (:TargetList)-[:HAS_ENTRY]->(e) } } AS entries,
              COUNT { MATCH (e:TargetListEntry) WHERE NOT EXISTS { (e)-[:HAS_STATUS_CHANGE]->(:StatusChange {seq: 1}) } } AS histories,
              COUNT { MATCH (h:StatusChange) WHERE NOT EXISTS { (:TargetListEntry)-[:HAS_STATUS_CHANGE]->(h) } } AS changes,
              COUNT { MATCH (l:TargetList) WHERE NOT EXISTS { MATCH (a:AuditEntry {key: l.id, action: 'targetList.create'}) } } AS unaudited`,
    );
    expect(orphans).toEqual({ entries: 0, histories: 0, changes: 0, unaudited: 0 });
  });
});
