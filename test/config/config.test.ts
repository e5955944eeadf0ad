import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';

describe('configuration', () => {
  it('has working defaults: embedded Neo4j, port 4000, default data set', () => {
    const config = loadConfig({});
    expect(config.neo4jUri).toBeUndefined();
    expect(config.port).toBe(4000);
    expect(config.seed).toBe('default');
    expect(config.localNeo4j).toEqual({ dir: path.resolve('data/neo4j'), port: 7687, heap: '1g', pagecacheMb: 512 });
  });

  it('accepts bolt, neo4j (routing) and Aura URIs', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://cluster.example:7687', 'neo4j+s://abcd.databases.neo4j.io']) {
      expect(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'pw' }).neo4jUri).toBe(uri);
    }
  });

  it.each([
    [{ NEO4J_URI: 'localhost:7687', NEO4J_PASSWORD: 'x' }, /NEO4J_URI must look like bolt:\/\//],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, /NEO4J_URI/],
    [{ NEO4J_URI: 'bolt://db:7687' }, /NEO4J_PASSWORD must be set/],
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ SEED: 'everything' }, /SEED/],
    [{ LOCAL_NEO4J_HEAP: 'lots' }, /LOCAL_NEO4J_HEAP/],
  ])('refuses %o with one clear sentence', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('lets explicit overrides beat the environment', () => {
    expect(loadConfig({ PORT: '5000' }, { PORT: '6000' }).port).toBe(6000);
  });
});
