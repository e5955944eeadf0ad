import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../server/imports/service.js';
import { freePort, localStoreDir } from '../../server/neo4j-local/index.js';
import { importCli } from '../helpers/cli.js';
import { newPrefix, smallDataSet, tempDir, writeDataSet } from '../helpers/import-fixtures.js';

/** `npm run import -- <folder> --bulk`: only into a new embedded database, which it then starts. */
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});
const dir = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};

describe('the import command with --bulk', () => {
  it('refuses an external database (NEO4J_URI) and a folder that has a database: exit 2, nothing written', async () => {
    const data = await writeDataSet(smallDataSet(newPrefix()));
    dirs.push(data);
    const external = await importCli([data, '--bulk'], { NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'whatever-password' });
    expect(external.code).toBe(2);
    expect(external.stderr).toContain('unset NEO4J_URI');

    const local = dir();
    fs.mkdirSync(localStoreDir(local), { recursive: true });
    const existing = await importCli([data, '--bulk'], { NEO4J_URI: undefined, NEO4J_PASSWORD: undefined, LOCAL_NEO4J_DIR: local });
    expect(existing.code).toBe(2);
    expect(existing.stderr).toContain('has one');
    expect(fs.readdirSync(localStoreDir(local))).toEqual([]);
  });

  it('--dry-run validates only: exit 1 with the errors, exit 0 when valid, and no database either way', async () => {
    const p = newPrefix();
    const bad = smallDataSet(p);
    bad.enterprises![1]![2] = 'maybe';
    const badData = await writeDataSet(bad);
    dirs.push(badData);
    const local = dir();
    const invalid = await importCli([badData, '--bulk', '--dry-run', '--json'], {
      NEO4J_URI: undefined,
      NEO4J_PASSWORD: undefined,
      LOCAL_NEO4J_DIR: local,
    });
    expect(invalid.code).toBe(1);
    const report = JSON.parse(invalid.stdout) as ImportReport;
    expect(report.errors.map((e) => [e.file, e.row, e.column, e.code])).toEqual([['enterprises.csv', 2, 'local', 'BAD_BOOLEAN']]);
    const good = await writeDataSet(smallDataSet(p));
    dirs.push(good);
    const valid = await importCli([good, '--bulk', '--dry-run'], {
      NEO4J_URI: undefined,
      NEO4J_PASSWORD: undefined,
      LOCAL_NEO4J_DIR: local,
    });
    expect(valid.code).toBe(0);
    expect(valid.stdout).toContain('dry run');
    expect(fs.existsSync(localStoreDir(local))).toBe(false);
  });

  it('bulk-loads a new embedded database, starts it with the schema, records the load, and stops it', async () => {
    const data = await writeDataSet(smallDataSet(newPrefix()));
    dirs.push(data);
    const local = dir();
    const run = await importCli([data, '--bulk', '--json'], {
      NEO4J_URI: undefined,
      NEO4J_PASSWORD: undefined,
      LOCAL_NEO4J_DIR: local,
      LOCAL_NEO4J_PORT: String(await freePort()),
      LOCAL_NEO4J_HEAP: '512m',
      LOCAL_NEO4J_PAGECACHE_MB: '64',
    });
    expect(run.stderr).toContain('Neo4j bulk import done');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ImportReport;
    expect(report.mode).toBe('bulk');
    expect(report.files.map((f) => [f.file, f.created, f.updated])).toEqual(report.files.map((f) => [f.file, f.rows, 0]));
    expect(fs.existsSync(localStoreDir(local))).toBe(true);
    // the CSV files are gone; the store is there
    expect(fs.readdirSync(local).filter((name) => name.startsWith('bulk-import-'))).toEqual([]);
    expect(fs.existsSync(path.join(local, 'password'))).toBe(true);
    // small transaction logs: the tool's preallocated 256 MiB log takes almost no disk (its zeros are holes)
    const txDir = path.join(local, 'data', 'transactions', 'neo4j');
    const onDisk = fs.readdirSync(txDir).reduce((sum, name) => sum + fs.statSync(path.join(txDir, name)).blocks * 512, 0);
    expect(onDisk).toBeLessThan(16 * 1024 ** 2);
  }, 600_000);
});
