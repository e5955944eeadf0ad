import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { itRefuses } from './refusals.js';

describe('configuration', () => {
  it('has working defaults: embedded Neo4j, port 4000, default data set', () => {
    const config = loadConfig({});
    expect(config.neo4jUri).toBeUndefined();
    expect(config.port).toBe(4000);
    expect(config.seed).toBe('default');
    expect(config.localNeo4j).toEqual({ dir: path.resolve('data/neo4j'), port: 7687, heap: '1g', pagecacheMb: 512 });
  });

  it("caches analyses' answers by default (ANSWER_CACHE_ENTRIES, DATA_VERSION_CHECK_MS); 0 entries turns it off", () => {
    expect(loadConfig({}).answerCache).toEqual({ maxEntries: 5000, maxMegabytes: 64, versionCheckMs: 250 });
    expect(loadConfig({ ANSWER_CACHE_ENTRIES: '0', ANSWER_CACHE_MB: '8', DATA_VERSION_CHECK_MS: '0' }).answerCache).toEqual({
      maxEntries: 0,
      maxMegabytes: 8,
      versionCheckMs: 0,
    });
    expect(() => loadConfig({ ANSWER_CACHE_ENTRIES: 'many' })).toThrow(/ANSWER_CACHE_ENTRIES/);
    expect(() => loadConfig({ DATA_VERSION_CHECK_MS: '-1' })).toThrow(/DATA_VERSION_CHECK_MS/);
  });

  it('accepts bolt, neo4j (routing) and Aura URIs', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://cluster.example:7687', 'neo4j+s://abcd.databases.neo4j.io']) {
      expect(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'pw' }).neo4jUri).toBe(uri);
    }
  });

  itRefuses([
    [{ NEO4J_URI: 'localhost:7687', NEO4J_PASSWORD: 'x' }, /NEO4J_URI must look like bolt:\/\//],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, /NEO4J_URI/],
    [{ NEO4J_URI: 'bolt://db:7687' }, /NEO4J_PASSWORD must be set/],
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ SEED: 'everything' }, /SEED/],
    [{ LOCAL_NEO4J_HEAP: 'lots' }, /LOCAL_NEO4J_HEAP/],
  ]);

  it('bounds database work: timeouts and session budgets from DB_*, with defaults of a few seconds', () => {
    const defaults = loadConfig({}).database;
    expect(defaults).toEqual({
      timeouts: { acquireMs: 2000, readMs: 7000, writeMs: 7000, bulkMs: 1_800_000 },
      sessions: { maxSessions: 64, perRequest: 4 },
    });
    // a read answers (or fails) before a client's usual 10 s
    expect(defaults.timeouts.acquireMs + defaults.timeouts.readMs).toBeLessThan(10_000);
    const set = loadConfig({
      DB_ACQUIRE_TIMEOUT_MS: '500',
      DB_READ_TIMEOUT_MS: '30000',
      DB_WRITE_TIMEOUT_MS: '15000',
      DB_BULK_TIMEOUT_MS: '60000',
      DB_MAX_SESSIONS: '20',
      DB_SESSIONS_PER_REQUEST: '2',
      MAX_CONCURRENT_REQUESTS_PER_USER: '3',
    });
    expect(set.database).toEqual({
      timeouts: { acquireMs: 500, readMs: 30_000, writeMs: 15_000, bulkMs: 60_000 },
      sessions: { maxSessions: 20, perRequest: 2 },
    });
    expect(set.security.maxConcurrentRequestsPerUser).toBe(3);
    expect(() => loadConfig({ DB_READ_TIMEOUT_MS: 'soon' })).toThrow(/DB_READ_TIMEOUT_MS/);
    expect(() => loadConfig({ DB_ACQUIRE_TIMEOUT_MS: '0' })).toThrow(/DB_ACQUIRE_TIMEOUT_MS/);
  });

  it('lets explicit overrides beat the environment', () => {
    expect(loadConfig({ PORT: '5000' }, { PORT: '6000' }).port).toBe(6000);
  });
});
