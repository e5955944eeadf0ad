import { CypherLibrary } from '../../server/cypher.js';
import { adHoc, Database } from '../../server/db/index.js';

/** The tier's Neo4j (started by global-neo4j.ts), as the app's Database class. */
export function testDatabase(): Database {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: integration tests run under the "int" Vitest project');
  // generous bounds: the tier's tests share a busy machine; the timeouts have tests of their own
  return Database.create({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD!,
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
    timeouts: { acquireMs: 30_000, readMs: 60_000, writeMs: 60_000 },
  });
}

let library: CypherLibrary | undefined;
export function testCypher(): CypherLibrary {
  library ??= CypherLibrary.load();
  return library;
}

/** Deletes every node (in batches). Only for test files that need a known global state. */
export async function resetDatabase(db: Database): Promise<void> {
  await db.autoCommit(adHoc('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS'));
}

/** Runs literal Cypher in a test (fixtures and checks only, never app code). */
export function runCypher<R extends Record<string, unknown> = Record<string, unknown>>(
  db: Database,
  text: string,
  params: Record<string, unknown> = {},
): Promise<R[]> {
  return db.write<R>(adHoc(text, 'test'), params);
}

/** A supply link between test firms: supplier, buyer and segment (as suffixes after `prefix-`), year, annual value (万元). */
export type TestSupplyLink = readonly [supplier: string, buyer: string, segment: string, year: number, annualValue: number];

/** Creates SUPPLIES links (product 产品) between a test's prefixed firms. */
export async function createSupplyLinks(db: Database, prefix: string, links: readonly TestSupplyLink[]): Promise<void> {
  await runCypher(
    db,
    `UNWIND $links AS l
     MATCH (s:Enterprise {creditCode: $p + '-' + l[0]}), (b:Enterprise {creditCode: $p + '-' + l[1]})
     CREATE (s)-[:SUPPLIES {segmentId: $p + '-' + l[2], year: l[3], annualValue: l[4], product: '产品'}]->(b)`,
    { p: prefix, links },
  );
}
