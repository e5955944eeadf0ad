import { afterAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../server/imports/service.js';
import { importCli } from '../helpers/cli.js';
import { testDatabase } from '../helpers/db.js';
import { countOwn, ownedPrefixes, smallDataSet, writeDataSet } from '../helpers/import-fixtures.js';

/** `npm run import -- <folder>` as a user runs it: exit codes, the text report and --json. */
const db = testDatabase();
const prefix = ownedPrefixes(db);
afterAll(() => db.close());

describe('the import command', () => {
  it('exits 0 after importing and prints the counts per file', async () => {
    const p = prefix();
    const dir = await writeDataSet(smallDataSet(p));
    const dry = await importCli([dir, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('dry run');
    expect(await countOwn(db, p)).toBe(0);

    const run = await importCli([dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/enterprises\.csv\s+3\s+3\s+0\s+0/);
    expect(run.stdout).toContain('OK: imported');
    expect(await countOwn(db, p)).toBeGreaterThan(0);

    const again = await importCli([dir, '--json']);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout) as ImportReport;
    expect(report.ok).toBe(true);
    expect(report.files.find((f) => f.file === 'enterprises')).toMatchObject({
      name: 'enterprises.csv',
      rows: 3,
      created: 0,
      updated: 0,
      unchanged: 3,
    });
  });

  it('exits 1 when the data has errors, listing each with file, row, column and message', async () => {
    const p = prefix();
    const data = smallDataSet(p);
    data.enterprises![2]![2] = 'maybe';
    const dir = await writeDataSet(data);
    const text = await importCli([dir]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('enterprises.csv, row 3, local: [BAD_BOOLEAN]');
    expect(text.stdout).toContain('“maybe”应为 是/否');
    expect(text.stdout).toContain('nothing was written');
    const json = await importCli([dir, '--json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as ImportReport;
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([
      {
        file: 'enterprises.csv',
        row: 3,
        column: 'local',
        code: 'BAD_BOOLEAN',
        message: { zh: expect.stringContaining('maybe'), en: expect.stringContaining('maybe') },
      },
    ]);
    expect(await countOwn(db, p)).toBe(0);
  });

  it('exits 2 when it cannot run', async () => {
    const wrongPassword = await importCli([await writeDataSet(smallDataSet(prefix())), '--json'], { NEO4J_PASSWORD: 'not-the-password' });
    expect(wrongPassword.code).toBe(2);
    expect(JSON.parse(wrongPassword.stdout).fatal.message).toMatch(/password/);
    const noFolder = await importCli(['/nonexistent/folder']);
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toMatch(/Cannot read the folder/);
    const noArgs = await importCli([]);
    expect(noArgs.code).toBe(2);
    expect(noArgs.stderr).toMatch(/Usage: npm run import/);
  });
});
