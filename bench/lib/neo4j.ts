import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CypherLibrary } from '../../server/cypher.js';
import { adHoc, Database } from '../../server/db/index.js';
import { applySchema } from '../../server/db/schema.js';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j-local/index.js';

/** A Neo4j of the benchmark's own: a temporary folder, a free port, the app's schema. */
export interface BenchNeo4j {
  uri: string;
  user: string;
  password: string;
  dir: string;
  local: LocalNeo4j | undefined;
  db: Database;
  cypher: CypherLibrary;
  stop(): Promise<void>;
}

/** `beforeStart` runs on the data folder before Neo4j starts on it (the bulk loader writes the store there). */
/**
 * A benchmark measures how long a query takes, so it does not cut it off at the app's 7 s read limit
 * (DB_READ_TIMEOUT_MS): at M the dashboard passed it on a busy machine and the whole queries part failed
 * with DATABASE_UNAVAILABLE. Whether an answer fits the app's limit is read from the figures.
 */
const BENCH_TIMEOUTS = { readMs: 120_000, writeMs: 120_000 };

export async function startBenchNeo4j(options: {
  heap: string;
  pagecacheMb: number;
  log: (line: string) => void;
  store?: string;
  beforeStart?: (dir: string) => Promise<void>;
}): Promise<BenchNeo4j> {
  const cypher = CypherLibrary.load();
  if (process.env.NEO4J_URI) {
    // An existing server (e.g. a cluster): the benchmark wipes it, so it must be a scratch database.
    const db = Database.create({
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
      timeouts: BENCH_TIMEOUTS,
    });
    await db.verify();
    await applySchema(db, cypher);
    return {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      dir: '',
      local: undefined,
      db,
      cypher,
      stop: () => db.close(),
    };
  }
  // --store keeps the folder (and its loaded graph) for the next run: a size M or L load takes long.
  const keep = options.store !== undefined;
  const dir = keep ? path.resolve(options.store!) : fs.mkdtempSync(path.join(os.tmpdir(), 'chainatlas-bench-neo4j-'));
  fs.mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const passwordFile = path.join(dir, 'bench-password');
  const password =
    keep && fs.existsSync(passwordFile) ? fs.readFileSync(passwordFile, 'utf8').trim() : `bench-${Math.random().toString(36).slice(2)}-pw`;
  if (keep) fs.writeFileSync(passwordFile, password);
  try {
    await options.beforeStart?.(dir);
  } catch (error) {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const started = Date.now();
  const local = await startLocalNeo4j({
    dataDir: dir,
    port,
    password,
    heap: options.heap,
    pagecacheMb: options.pagecacheMb,
    log: options.log,
  });
  options.log(
    `Neo4j 5.26 up on ${local.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (heap ${options.heap}, page cache ${options.pagecacheMb} MB, data in ${dir})`,
  );
  const db = Database.create({
    uri: local.uri,
    user: 'neo4j',
    password,
    database: 'neo4j',
    connectionTimeoutMs: 60_000,
    timeouts: BENCH_TIMEOUTS,
  });
  await db.verify();
  const schemaStarted = Date.now();
  await applySchema(db, cypher);
  options.log(`schema online in ${((Date.now() - schemaStarted) / 1000).toFixed(1)} s`);
  return {
    uri: local.uri,
    user: 'neo4j',
    password,
    dir,
    local,
    db,
    cypher,
    async stop() {
      await db.close();
      await local.stop();
      if (!keep) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Deletes every node and relationship (relationships first, in batches), keeps the schema. */
export async function wipe(db: Database): Promise<void> {
  await db.autoCommit(adHoc('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS', 'bench/wipe-rels'));
  await db.autoCommit(adHoc('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 50000 ROWS', 'bench/wipe-nodes'));
}

/** Node and relationship counts by label / type (to check two loads made the same graph). */
export async function graphCounts(db: Database): Promise<Record<string, number>> {
  const rows = await db.read<{ key: string; n: number }>(
    adHoc(
      `CALL () { MATCH (n) UNWIND labels(n) AS l RETURN l AS key, count(*) AS n
                 UNION ALL MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n }
       RETURN key, n ORDER BY key`,
      'bench/counts',
    ),
  );
  return Object.fromEntries(rows.map((r) => [r.key, r.n]));
}

/** Java heap in use / committed / max, from the JVM's own MXBean. */
export async function heapUsage(db: Database): Promise<{ used: number; committed: number; max: number } | null> {
  try {
    const [row] = await db.read<{ heap: { used: number; committed: number; max: number } }>(
      adHoc(
        `CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties AS heap`,
        'bench/jmx',
      ),
    );
    return row?.heap ?? null;
  } catch {
    return null;
  }
}
