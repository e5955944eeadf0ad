import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CypherLibrary } from '../../server/cypher.js';
import { Database } from '../../server/db/index.js';
import { applySchema } from '../../server/db/schema.js';
import { freePort, startLocalNeo4j } from '../../server/neo4j-local/index.js';

/**
 * Vitest global setup of a tier: starts a real Neo4j on a free port with a temporary data
 * folder (unless NEO4J_URI is given) and applies the schema. Workers read NEO4J_* from env.
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.NEO4J_URI) {
    await applyTestSchema();
    return undefined;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chainatlas-neo4j-'));
  const port = await freePort();
  const password = `test-${Math.random().toString(36).slice(2)}-pw`;
  const started = Date.now();
  const neo4j = await startLocalNeo4j({ dataDir: dir, port, password, heap: '1g', pagecacheMb: 256 });
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = password;
  process.env.CHAINATLAS_TEST_OWNS_NEO4J = '1';
  console.log(`[test] Neo4j 5.26 started on ${neo4j.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await applyTestSchema();
  return async () => {
    await neo4j.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

async function applyTestSchema(): Promise<void> {
  const db = Database.create({
    uri: process.env.NEO4J_URI!,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD!,
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  });
  try {
    await applySchema(db, CypherLibrary.load());
  } finally {
    await db.close();
  }
}
