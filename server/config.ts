import path from 'node:path';
import { z } from 'zod';

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

const configSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().default('127.0.0.1'),
  NEO4J_URI: neo4jUri.optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  LOCAL_NEO4J_DIR: z.string().min(1).default('data/neo4j'),
  LOCAL_NEO4J_PORT: port.default(7687),
  LOCAL_NEO4J_HEAP: z.string().regex(/^\d+[mMgG]$/, 'LOCAL_NEO4J_HEAP must look like 1g or 768m').default('1g'),
  LOCAL_NEO4J_PAGECACHE_MB: z.coerce.number().int().min(16).default(512),
  SEED: z.enum(['default', 'none']).default('default'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
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
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined> = process.env, overrides: Partial<Record<string, string>> = {}): AppConfig {
  const source = Object.fromEntries(
    Object.entries({ ...env, ...overrides }).filter(([, value]) => value !== undefined && value !== ''),
  );
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
    localNeo4j: { dir: path.resolve(c.LOCAL_NEO4J_DIR), port: c.LOCAL_NEO4J_PORT, heap: c.LOCAL_NEO4J_HEAP, pagecacheMb: c.LOCAL_NEO4J_PAGECACHE_MB },
    seed: c.SEED,
    production: c.NODE_ENV === 'production',
  };
}
