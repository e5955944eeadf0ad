import http from 'node:http';
import { createApp } from './app.js';
import { connect, StartupError, type Connected } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { SegmentFigures } from './aggregates/segment-figures.js';
import { BulkLoadError, recordBulkLoad, type BulkLoadResult } from './imports/bulk.js';
import { recoverInterruptedImports } from './imports/journal.js';
import { LocalNeo4jError } from './neo4j-local/index.js';
import { bulkLoadDefaultDataset, prepareSeed, seedIfEmpty } from './seed.js';

/** Start-up only: configuration → database → schema → default data → HTTP. */
export async function startChainAtlas(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig();
  // A brand-new embedded database: the default data set is generated, validated and written by
  // Neo4j's bulk importer before Neo4j starts on it (then connect applies the schema).
  const seed = prepareSeed(config);
  let connected: Connected;
  let bulkLoad: BulkLoadResult | null = null;
  try {
    if (seed) bulkLoad = await bulkLoadDefaultDataset(seed, config, console.log);
    connected = await connect(config);
  } catch (error) {
    await seed?.dispose();
    throw error;
  }
  let server: http.Server | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping ChainAtlas...`);
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await connected.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    // An upload import cut off by a crash of this server is rolled back before anything else.
    const recovered = await recoverInterruptedImports(connected.db, connected.cypher, { log: console.log });
    if (recovered.rolledBack.length > 0) console.log(`Rolled back ${recovered.rolledBack.length} interrupted import(s).`);
    if (bulkLoad) await recordBulkLoad(connected.db, connected.cypher, bulkLoad);
    else if (config.seed === 'default') await seedIfEmpty(connected, console.log);
    // figures left invalid by a write that did not finish (a crash mid-import) are rebuilt before the app serves
    if (await new SegmentFigures(connected.cypher).rebuildIfStale(connected.db.bulk())) console.log('Rebuilt the kept segment figures.');
    const app = await createApp(config, connected.db, connected.cypher);
    const admin = await app.services.auth.ensureAdmin(config.admin.username, config.admin.password);
    if (admin.created && admin.generatedPassword) {
      // Shown this once: the account exists from now on, and a later start never prints it again.
      console.log(
        `\nCreated the administrator account "${config.admin.username}" with the generated password:\n\n    ${admin.generatedPassword}\n\n` +
          'Sign in and change it (user menu → 修改密码). It is not stored anywhere in plain text and will not be shown again.\n',
      );
    } else if (admin.created) {
      console.log(`Created the administrator account "${config.admin.username}" with the password from ADMIN_PASSWORD.`);
    }
    server = http.createServer(app.express);
    await new Promise<void>((resolve, reject) => {
      server!.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE'
            ? new StartupError(`Port ${config.port} is already in use: stop what uses it or set PORT to another port.`)
            : error,
        ),
      );
      server!.listen(config.port, config.host, () => resolve());
    });
    console.log(
      `ChainAtlas 产业生态全景图 is ready at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/ (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
    );
  } catch (error) {
    await seed?.dispose();
    await connected.close();
    throw error;
  }
}

/** Reports a start-up failure in one sentence where it is expected, and exits. */
export function exitOnStartupError(error: unknown): never {
  if (error instanceof ConfigError || error instanceof StartupError || error instanceof LocalNeo4jError || error instanceof BulkLoadError) {
    console.error(`ChainAtlas could not start: ${error.message}`);
  } else {
    console.error('ChainAtlas could not start:', error);
  }
  process.exit(1);
}
