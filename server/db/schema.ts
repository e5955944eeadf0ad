import type { CypherLibrary } from '../cypher.js';
import type { Database } from './index.js';

/** Applies cypher/schema/*.cypher (idempotent: every statement says IF NOT EXISTS) and waits for the indexes. */
export async function applySchema(database: Database, cypher: CypherLibrary): Promise<number> {
  // index population on a large graph is bulk work
  const db = database.bulk();
  const statements = cypher.schemaStatements();
  for (const statement of statements) {
    // Schema changes cannot share a transaction with other statements.
    await db.write(statement);
  }
  await db.write(cypher.pick('system/await-indexes')['system/await-indexes']);
  return statements.length;
}
