import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { ApolloServer } from '@apollo/server';
import type { AppConfig } from './config.js';
import type { CypherLibrary } from './cypher.js';
import type { Database } from './db/index.js';
import type { RequestContext } from './graphql/context.js';
import { createApolloServer } from './graphql/index.js';
import { createLoaders, createServices, type Services } from './services.js';
import { targetExportRouter } from './targets/http.js';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/web');

export interface App {
  express: Express;
  apollo: ApolloServer<RequestContext>;
  services: Services;
  /** a context as a request would get it (for in-process GraphQL tests) */
  contextFor(user?: RequestContext['user']): RequestContext;
  stop(): Promise<void>;
}

/** Builds the HTTP app: /healthz, /readyz, /graphql and the built web app, on one port. */
export async function createApp(config: Pick<AppConfig, 'production'>, db: Database, cypher: CypherLibrary): Promise<App> {
  const services = createServices(db, cypher);
  const apollo = createApolloServer({ production: config.production });
  await apollo.start();
  const contextFor = (user: RequestContext['user'] = null): RequestContext => ({ services, loaders: createLoaders(services), user });

  const app = express();
  app.disable('x-powered-by');
  // Liveness: the process answers.
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Readiness: Neo4j answers now (checked on every call, so it follows Neo4j going and coming back).
  app.get('/readyz', async (_req, res) => {
    const ok = await Promise.race([db.ping(), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000))]);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'database unavailable', code: ok ? undefined : 'DATABASE_UNAVAILABLE' });
  });
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => contextFor() }));
  app.use(targetExportRouter(services));

  if (fs.existsSync(path.join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    // Deep links: every other GET is the single-page app.
    app.get(/^\/(?!graphql|api\/).*/, (_req, res) => {
      res.sendFile(path.join(webDist, 'index.html'));
    });
  }
  return {
    express: app,
    apollo,
    services,
    contextFor,
    stop: () => apollo.stop(),
  };
}
