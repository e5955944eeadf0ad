import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_ANSWER_CACHE, type AnswerCacheConfig } from './cache/answers.js';
import { DEFAULT_DATABASE_SESSIONS, DEFAULT_DATABASE_TIMEOUTS, type DatabaseSessionLimits, type DatabaseTimeouts } from './db/index.js';

/**
 * The configuration, read and validated once at start-up. Every command (server, importer,
 * benchmarks, tests) calls loadConfig(); explicit overrides beat the environment.
 */
const neo4jUri = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'].includes(url.protocol) && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'NEO4J_URI must look like bolt://host:7687 or neo4j://host:7687 (neo4j+s:// for Aura)');

const port = z.coerce.number().int().min(1).max(65535);

/** Passwords of accounts (and ADMIN_PASSWORD): 10 to 128 characters, not only spaces. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
const adminPassword = z
  .string()
  .refine(
    (value) => [...value].length >= PASSWORD_MIN_LENGTH && [...value].length <= PASSWORD_MAX_LENGTH && value.trim().length > 0,
    `ADMIN_PASSWORD must have ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`,
  );

const origins = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  )
  .refine(
    (list) =>
      list.every((origin) => {
        try {
          const url = new URL(origin);
          return ['http:', 'https:'].includes(url.protocol) && url.origin === origin;
        } catch {
          return false;
        }
      }),
    'CORS_ORIGINS must be a comma-separated list of origins such as https://chainatlas.example.gov.cn (scheme, host and optional port; no path)',
  );

const perMinute = z.coerce.number().int().min(1).max(1_000_000);
const milliseconds = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const configSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().default('127.0.0.1'),
  NEO4J_URI: neo4jUri.optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  LOCAL_NEO4J_DIR: z.string().min(1).default('data/neo4j'),
  LOCAL_NEO4J_PORT: port.default(7687),
  LOCAL_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mMgG]$/, 'LOCAL_NEO4J_HEAP must look like 1g or 768m')
    .default('1g'),
  LOCAL_NEO4J_PAGECACHE_MB: z.coerce.number().int().min(16).default(512),
  SEED: z.enum(['default', 'none']).default('default'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  ADMIN_USERNAME: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, 'ADMIN_USERNAME must be 2 to 40 characters: lower-case letters, digits, . _ -')
    .default('admin'),
  ADMIN_PASSWORD: adminPassword.optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(60 * 24 * 30)
    .default(480),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(168),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  CORS_ORIGINS: origins.optional(),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(false|true|loopback|\d{1,2}|[0-9a-fA-F.:/, ]+)$/,
      'TRUST_PROXY must be false, loopback, a number of proxies or addresses/subnets',
    )
    .default('false'),
  RATE_LIMIT_USER_PER_MINUTE: perMinute.default(1200),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: perMinute.default(120),
  SIGN_IN_ATTEMPTS_PER_15_MINUTES: z.coerce.number().int().min(1).max(1000).default(10),
  MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).max(10_000).default(16),
  MAX_CONCURRENT_REQUESTS_PER_USER: z.coerce.number().int().min(1).max(10_000).default(4),
  DB_ACQUIRE_TIMEOUT_MS: milliseconds(100, 600_000).default(DEFAULT_DATABASE_TIMEOUTS.acquireMs),
  DB_READ_TIMEOUT_MS: milliseconds(100, 3_600_000).default(DEFAULT_DATABASE_TIMEOUTS.readMs),
  DB_WRITE_TIMEOUT_MS: milliseconds(100, 3_600_000).default(DEFAULT_DATABASE_TIMEOUTS.writeMs),
  DB_BULK_TIMEOUT_MS: milliseconds(1000, 24 * 3_600_000).default(DEFAULT_DATABASE_TIMEOUTS.bulkMs),
  DB_MAX_SESSIONS: z.coerce.number().int().min(2).max(1000).default(DEFAULT_DATABASE_SESSIONS.maxSessions),
  DB_SESSIONS_PER_REQUEST: z.coerce.number().int().min(1).max(100).default(DEFAULT_DATABASE_SESSIONS.perRequest),
  ANSWER_CACHE_ENTRIES: z.coerce.number().int().min(0).max(1_000_000).default(DEFAULT_ANSWER_CACHE.maxEntries),
  ANSWER_CACHE_MB: z.coerce.number().int().min(0).max(65_536).default(DEFAULT_ANSWER_CACHE.maxMegabytes),
  DATA_VERSION_CHECK_MS: milliseconds(0, 600_000).default(DEFAULT_ANSWER_CACHE.versionCheckMs),
});

export interface AppConfig {
  port: number;
  host: string;
  /** undefined: use the embedded (launcher-started) Neo4j */
  neo4jUri: string | undefined;
  neo4jUser: string;
  neo4jPassword: string | undefined;
  neo4jDatabase: string;
  localNeo4j: { dir: string; port: number; heap: string; pagecacheMb: number };
  seed: 'default' | 'none';
  production: boolean;
  /** the first administrator, created on the first start when there is none */
  admin: { username: string; password: string | undefined };
  security: SecurityConfig;
  /** how long database work may take, and how many sessions run at once (DB_*) */
  database: { timeouts: DatabaseTimeouts; sessions: DatabaseSessionLimits };
  /** analyses' answers reused until the data version changes (server/cache/answers.ts) */
  answerCache: AnswerCacheConfig;
}

export interface SecurityConfig {
  /** a session ends after this many minutes without a request (sliding) */
  sessionIdleMinutes: number;
  /** and at the latest this many hours after sign-in */
  sessionMaxHours: number;
  /** the session cookie's Secure flag (true in production unless COOKIE_SECURE=false) */
  cookieSecure: boolean;
  /** origins allowed to call the API from another site (CORS); empty: none */
  corsOrigins: string[];
  /** Express 'trust proxy': which proxies' X-Forwarded-For to believe for the client address */
  trustProxy: boolean | number | string;
  rateLimits: { userPerMinute: number; anonymousPerMinute: number; signInAttempts: number; signInWindowMinutes: number };
  /** API requests this process runs at once; the others wait their turn */
  maxConcurrentRequests: number;
  /** of which one user (or one address without a session) runs at most this many: the others keep a share */
  maxConcurrentRequestsPerUser: number;
}

/** The defaults, for callers (tests, benchmarks) that build an app without loadConfig(). */
export const DEFAULT_SECURITY: SecurityConfig = {
  sessionIdleMinutes: 480,
  sessionMaxHours: 168,
  cookieSecure: false,
  corsOrigins: [],
  trustProxy: false,
  rateLimits: { userPerMinute: 1200, anonymousPerMinute: 120, signInAttempts: 10, signInWindowMinutes: 15 },
  maxConcurrentRequests: 16,
  maxConcurrentRequestsPerUser: 4,
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<Record<string, string>> = {},
): AppConfig {
  const source = Object.fromEntries(Object.entries({ ...env, ...overrides }).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = configSchema.safeParse(source);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new ConfigError(`Configuration error in ${first.path.join('.')}: ${first.message}`);
  }
  const c = parsed.data;
  if (c.NEO4J_URI && !c.NEO4J_PASSWORD) {
    throw new ConfigError('Configuration error: NEO4J_PASSWORD must be set when NEO4J_URI is set');
  }
  return {
    port: c.PORT,
    host: c.HOST,
    neo4jUri: c.NEO4J_URI,
    neo4jUser: c.NEO4J_USER,
    neo4jPassword: c.NEO4J_PASSWORD,
    neo4jDatabase: c.NEO4J_DATABASE,
    localNeo4j: {
      dir: path.resolve(c.LOCAL_NEO4J_DIR),
      port: c.LOCAL_NEO4J_PORT,
      heap: c.LOCAL_NEO4J_HEAP,
      pagecacheMb: c.LOCAL_NEO4J_PAGECACHE_MB,
    },
    seed: c.SEED,
    production: c.NODE_ENV === 'production',
    admin: { username: c.ADMIN_USERNAME, password: c.ADMIN_PASSWORD },
    security: {
      sessionIdleMinutes: c.SESSION_IDLE_MINUTES,
      sessionMaxHours: c.SESSION_MAX_HOURS,
      cookieSecure: c.COOKIE_SECURE === 'auto' ? c.NODE_ENV === 'production' : c.COOKIE_SECURE === 'true',
      corsOrigins: c.CORS_ORIGINS ?? [],
      trustProxy: trustProxy(c.TRUST_PROXY),
      rateLimits: {
        userPerMinute: c.RATE_LIMIT_USER_PER_MINUTE,
        anonymousPerMinute: c.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
        signInAttempts: c.SIGN_IN_ATTEMPTS_PER_15_MINUTES,
        signInWindowMinutes: 15,
      },
      maxConcurrentRequests: c.MAX_CONCURRENT_REQUESTS,
      maxConcurrentRequestsPerUser: c.MAX_CONCURRENT_REQUESTS_PER_USER,
    },
    database: {
      timeouts: {
        acquireMs: c.DB_ACQUIRE_TIMEOUT_MS,
        readMs: c.DB_READ_TIMEOUT_MS,
        writeMs: c.DB_WRITE_TIMEOUT_MS,
        bulkMs: c.DB_BULK_TIMEOUT_MS,
      },
      sessions: { maxSessions: c.DB_MAX_SESSIONS, perRequest: c.DB_SESSIONS_PER_REQUEST },
    },
    answerCache: { maxEntries: c.ANSWER_CACHE_ENTRIES, maxMegabytes: c.ANSWER_CACHE_MB, versionCheckMs: c.DATA_VERSION_CHECK_MS },
  };
}

function trustProxy(value: string): boolean | number | string {
  if (value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
