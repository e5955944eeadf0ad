import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATASET_FILES } from '../../seed/index.js';
import { DefaultDataset, prepareSeed } from '../../server/seed.js';

// npm start generates the default data set's files while a brand-new embedded Neo4j starts.
const dirs: string[] = [];
const localDir = (withDatabase: boolean) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chainatlas-prepare-'));
  dirs.push(dir);
  if (withDatabase) fs.mkdirSync(path.join(dir, 'data', 'databases', 'neo4j'), { recursive: true });
  return { dir, port: 7687, heap: '1g', pagecacheMb: 512 };
};
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('prepareSeed', () => {
  it('does not generate for an external database, an embedded one that has a database, or SEED=none', () => {
    expect(prepareSeed({ seed: 'default', neo4jUri: 'bolt://db.example:7687', localNeo4j: localDir(false) })).toBeNull();
    expect(prepareSeed({ seed: 'default', neo4jUri: undefined, localNeo4j: localDir(true) })).toBeNull();
    expect(prepareSeed({ seed: 'none', neo4jUri: undefined, localNeo4j: localDir(false) })).toBeNull();
  });

  it('generates every file of the default data set for a brand-new embedded database, and removes them', async () => {
    const prepared = prepareSeed({ seed: 'default', neo4jUri: undefined, localNeo4j: localDir(false) });
    expect(prepared).toBeInstanceOf(DefaultDataset);
    await prepared!.ready;
    expect(fs.readdirSync(prepared!.dir).sort()).toEqual(DATASET_FILES.map((f) => `${f}.csv`).sort());
    expect(fs.statSync(path.join(prepared!.dir, 'supply_links.csv')).size).toBeGreaterThan(1_000_000);
    await prepared!.dispose();
    expect(fs.existsSync(prepared!.dir)).toBe(false);
  }, 120_000);
});
