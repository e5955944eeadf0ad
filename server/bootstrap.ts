import type { AppConfig } from './config.js';
import { CypherLibrary } from './cypher.js';
import { Database, DatabaseAuthError } from './db/index.js';
import { applySchema } from './db/schema.js';
import { isPortFree, localNeo4jPassword, startLocalNeo4j, type LocalNeo4j } from './neo4j-local/index.js';

export interface Connected {
  db: Database;
  cypher: CypherLibrary;
  /** set when this process started the embedded Neo4j (and so stops it) */
  localNeo4j: LocalNeo4j | undefined;
  close(): Promise<void>;
}

export class StartupError extends Error {
  override name = 'StartupError';
}

/**
 * What every command does first (server, importer, benchmarks): load the Cypher library,
 * reach Neo4j — the configured one, or the embedded one, started unless already running —
 * and apply the schema.
 */
export async function connect(config: AppConfig, log: (line: string) => void = console.log): Promise<Connected> {
  const cypher = CypherLibrary.load();
  let localNeo4j: LocalNeo4j | undefined;
  let uri = config.neo4jUri;
  let password = config.neo4jPassword;
  if (!uri) {
    password = localNeo4jPassword(config.localNeo4j.dir, config.neo4jPassword);
    uri = `bolt://127.0.0.1:${config.localNeo4j.port}`;
    if (await isPortFree(config.localNeo4j.port)) {
      localNeo4j = await startLocalNeo4j({
        dataDir: config.localNeo4j.dir,
        port: config.localNeo4j.port,
        password,
        heap: config.localNeo4j.heap,
        pagecacheMb: config.localNeo4j.pagecacheMb,
        log,
      });
    } else {
      log(`Using the Neo4j already running on ${uri}.`);
    }
  }
  const db = Database.create({
    uri,
    user: config.neo4jUser,
    password: password!,
    database: config.neo4jDatabase,
    timeouts: config.database.timeouts,
    sessions: config.database.sessions,
  });
  const close = async () => {
    await db.close();
    await localNeo4j?.stop();
  };
  try {
    await db.verify();
    await applySchema(db, cypher);
  } catch (error) {
    await close();
    if (error instanceof DatabaseAuthError) {
      throw new StartupError(
        `Neo4j at ${uri} refused the password: check NEO4J_USER and NEO4J_PASSWORD` +
          (config.neo4jUri
            ? ''
            : ` (the local database keeps its password in ${config.localNeo4j.dir}/password; another program may be using port ${config.localNeo4j.port})`) +
          '.',
      );
    }
    throw new StartupError(`Neo4j at ${uri} does not answer: ${(error as Error).message.split('\n')[0]}`);
  }
  return { db, cypher, localNeo4j, close };
}
