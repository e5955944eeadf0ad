import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { GraphQLError } from 'graphql';
import type { ApolloServer } from '@apollo/server';
import { AnswerCache, type AnswerCacheConfig } from './cache/answers.js';
import { DataVersion } from './cache/data-version.js';
import { apiErrorHandler, apiNotFound, cors, httpExchange, requireHttp, sameOriginWrites, sessionMiddleware } from './auth/http.js';
import { admission, clientAddress, requestLimiter, signInLimiter } from './auth/rate-limit.js';
import { DEFAULT_SECURITY, type AppConfig, type SecurityConfig } from './config.js';
import type { CypherLibrary } from './cypher.js';
import { DatabaseUnavailableError, runInRequest, type Database, type RequestSessions } from './db/index.js';
import type { RequestContext } from './graphql/context.js';
import { createApolloServer } from './graphql/index.js';
import { importRouter } from './imports/http.js';
import { createLoaders } from './graphql/loaders.js';
import { createServices, type Services } from './services.js';
import { searchExportRouter } from './search/http.js';
import { networkExportRouter } from './network/http.js';
import { targetExportRouter } from './targets/http.js';
import { gapExportRouter } from './gaps/http.js';

declare module 'express-serve-static-core' {
  interface Request {
    /** the database session budget of this request (server/db/sessions.ts) */
    dbSessions?: RequestSessions;
  }
}

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/web');

export interface App {
  express: Express;
  apollo: ApolloServer<RequestContext>;
  services: Services;
  security: SecurityConfig;
  /** analyses' answers reused per data version (off unless createApp was given answerCache) */
  answers: AnswerCache;
  /** a context as a request would get it (for in-process GraphQL tests) */
  contextFor(user?: RequestContext['user']): RequestContext;
  stop(): Promise<void>;
}

/**
 * The content security policy the built app runs under: scripts only from this origin; inline
 * styles (Cytoscape and ECharts set element styles); data: and blob: images for the graph and
 * chart image exports; no frames, plugins or foreign form targets.
 */
export function contentSecurityPolicy(production: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(production ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/**
 * Builds the HTTP app: /healthz, /readyz, /graphql, /api and the built web app, on one port.
 * Every /graphql and /api request is tied to its session (cookie) first; anything but the public
 * GraphQL fields (about, me, signIn) needs a signed-in user, and the services check the role.
 */
export async function createApp(
  config: Pick<AppConfig, 'production'> & { security?: SecurityConfig; answerCache?: AnswerCacheConfig },
  db: Database,
  cypher: CypherLibrary,
): Promise<App> {
  const security = config.security ?? DEFAULT_SECURITY;
  // Analyses' answers are reused until the next write (server/cache/): npm start and the
  // benchmarks pass the configuration; tests that change data with literal Cypher leave it off.
  const answers = config.answerCache ? new AnswerCache(DataVersion.of(db, cypher), config.answerCache) : AnswerCache.off();
  const services = createServices(db, cypher, { security, signInLimiter: signInLimiter(db, cypher, security.rateLimits), answers });
  const apollo = createApolloServer({ production: config.production });
  await apollo.start();
  const contextFor = (user: RequestContext['user'] = null): RequestContext => ({ services, loaders: createLoaders(services, user), user });

  const app = express();
  app.disable('x-powered-by');
  // No ETag on res.send answers: API answers are no-store (never revalidated), and Express would
  // hash every 200–500 KiB GraphQL answer for it. Static files keep theirs (serve-static's own).
  app.set('etag', false);
  app.set('trust proxy', security.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(config.production) },
      strictTransportSecurity: config.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  app.use(cors(security.corsOrigins));
  // Liveness: the process answers.
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Readiness: Neo4j answers now (checked on every call, so it follows Neo4j going and coming back).
  app.get('/readyz', async (_req, res) => {
    const ok = await Promise.race([db.ping(), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000))]);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'database unavailable', code: ok ? undefined : 'DATABASE_UNAVAILABLE' });
  });

  // Every API request holds at most DB_SESSIONS_PER_REQUEST database sessions at once: its work
  // runs in its budget's scope (entered again after each step that resumes it from elsewhere:
  // the admission queue, the body parser).
  const inRequestScope: express.RequestHandler = (req, _res, next) => {
    req.dbSessions ??= db.requestSessions();
    runInRequest(req.dbSessions, next);
  };

  // The API: session → limits → routes. Answers are never cached (they hold confidential data).
  app.use(
    ['/graphql', '/api'],
    inRequestScope,
    sameOriginWrites(security.corsOrigins),
    cookieParser(),
    sessionMiddleware(services.auth, security),
    requestLimiter(security.rateLimits, (req) => req.auth?.user ?? null),
    admission({
      max: security.maxConcurrentRequests,
      perKey: security.maxConcurrentRequestsPerUser,
      keyOf: (req) => (req.auth?.user ? `user:${req.auth.user.id}` : `address:${clientAddress(req)}`),
    }),
    inRequestScope,
    (_req, res, next) => {
      res.set('Cache-Control', 'no-store');
      next();
    },
  );
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    inRequestScope,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        if (req.auth?.error) {
          const cause = req.auth.error;
          throw new GraphQLError('数据库暂时不可用，请稍后重试 (database unavailable)', {
            originalError: cause instanceof Error ? cause : undefined,
            extensions: { code: cause instanceof DatabaseUnavailableError ? 'DATABASE_UNAVAILABLE' : 'INTERNAL', http: { status: 503 } },
          });
        }
        return { ...contextFor(req.auth?.user ?? null), http: httpExchange(req, res, security) };
      },
    }),
  );
  // REST routes: a signed-in user for all of /api; the services check the role (export: analyst,
  // import: editor with the cluster rule). Uploads are refused before they are read.
  app.use('/api', requireHttp());
  app.post('/api/import', requireHttp('data:import'));
  app.use(targetExportRouter(services));
  app.use(gapExportRouter(services));
  app.use(searchExportRouter(services));
  app.use(networkExportRouter(services));
  app.use(importRouter({ db, cypher }, { actorOf: (req) => req.auth?.user ?? null }));
  app.use(['/graphql', '/api'], apiNotFound());

  if (fs.existsSync(path.join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    // Deep links: every other GET is the single-page app.
    app.get(/^\/(?!graphql|api\/).*/, (_req, res) => {
      res.sendFile(path.join(webDist, 'index.html'));
    });
  }

  // Errors that reached Express (a body that is not JSON, too large, ...): JSON, never an HTML page.
  app.use(apiErrorHandler());

  // Expired sessions are removed now and then (any instance may do it; it is idempotent).
  const purge = setInterval(() => void services.auth.purgeExpiredSessions().catch(() => {}), 3_600_000);
  purge.unref();
  return {
    express: app,
    apollo,
    services,
    security,
    answers,
    contextFor,
    stop: async () => {
      clearInterval(purge);
      await apollo.stop();
    },
  };
}
