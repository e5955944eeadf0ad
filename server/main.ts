import http from 'node:http';
import { createApp } from './app.js';
import { connect, StartupError } from './bootstrap.js';
import { ConfigError, loadConfig } from './config.js';
import { LocalNeo4jError } from './neo4j-local/index.js';
import { seedIfEmpty } from './seed.js';

/** Start-up only: configuration → database → schema → default data → HTTP. */
async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig();
  const connected = await connect(config);
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
    if (config.seed === 'default') await seedIfEmpty(connected, console.log);
    const app = await createApp(config, connected.db, connected.cypher);
    server = http.createServer(app.express);
    await new Promise<void>((resolve, reject) => {
      server!.once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'EADDRINUSE' ? new StartupError(`Port ${config.port} is already in use: stop what uses it or set PORT to another port.`) : error),
      );
      server!.listen(config.port, config.host, () => resolve());
    });
    console.log(`ChainAtlas 产业生态全景图 is ready at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/ (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
  } catch (error) {
    await connected.close();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError || error instanceof LocalNeo4jError) {
    console.error(`ChainAtlas could not start: ${error.message}`);
  } else {
    console.error('ChainAtlas could not start:', error);
  }
  process.exit(1);
});
