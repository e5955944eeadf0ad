import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { recoverInterruptedImports } from '../../server/imports/journal.js';
import { ImportService, type ImportReport } from '../../server/imports/service.js';
import { runCypher, testCypher } from '../helpers/db.js';
import { cleanUp, fingerprint, importTestBed, largerDataSet, writeDataSet } from '../helpers/import-fixtures.js';

/**
 * The staged path for imports above the single-transaction threshold (set to 100 rows here):
 * streamed twice, written in batches under a journal that rolls back a failure at once and an
 * interrupted (killed) import at the next start.
 */
const { db, prefix, prefixWithSmallDataSet } = importTestBed();
const staged = (options = {}) => new ImportService(db, testCypher(), { singleTransactionMaxRows: 100, batchSize: 40, ...options });
const journals = async () => (await runCypher<{ n: number }>(db, 'MATCH (j:ImportJournal|ImportJournalEntry) RETURN count(j) AS n'))[0]!.n;
const counts = (report: ImportReport) => Object.fromEntries(report.files.map((f) => [f.file, [f.created, f.updated, f.unchanged]]));

describe('the staged import', () => {
  it('imports a data set above the threshold to the same graph as one transaction would', async () => {
    const p = prefix();
    const dir = await writeDataSet(largerDataSet(p, 30, 500));
    const single = await new ImportService(db, testCypher()).importFolder(dir);
    expect(single.mode).toBe('single-transaction');
    const expected = await fingerprint(db, p, { ignoreTimes: true });
    await cleanUp(db, p);

    const report = await staged().importFolder(dir);
    expect(report.errors).toEqual([]);
    expect(report.mode).toBe('staged');
    expect(counts(report)).toEqual(counts(single));
    expect(report.files.find((f) => f.file === 'supply_links')).toMatchObject({ rows: 503, created: 503 });
    expect(await fingerprint(db, p, { ignoreTimes: true })).toEqual(expected);
    expect(await journals()).toBe(0);

    const again = await staged().importFolder(dir);
    for (const f of again.files) expect([f.file, f.created, f.updated, f.unchanged]).toEqual([f.file, 0, 0, f.rows]);
    expect(await fingerprint(db, p, { ignoreTimes: true })).toEqual(expected);
  });

  it('validates everything first: an error in the last row writes nothing', async () => {
    const p = prefix();
    const data = largerDataSet(p, 20, 300);
    data.supply_links!.at(-1)![3] = '-1';
    const report = await staged().importFolder(await writeDataSet(data));
    expect(report.ok).toBe(false);
    expect(report.mode).toBe('staged');
    expect(report.errors).toEqual([
      expect.objectContaining({ file: 'supply_links.csv', row: 304, column: 'annual_value', code: 'NEGATIVE' }),
    ]);
    expect(await fingerprint(db, p)).toEqual([]);
  });

  it('does not write on a dry run', async () => {
    const p = prefix();
    const report = await staged().importFolder(await writeDataSet(largerDataSet(p, 20, 300)), { dryRun: true });
    expect(report).toMatchObject({ ok: true, dryRun: true, mode: 'staged' });
    expect(await fingerprint(db, p)).toEqual([]);
  });

  it('rolls back every batch, restoring changed rows and relationships, when a batch fails', async () => {
    // The database already holds the small data set; the large import changes and extends it.
    const p = await prefixWithSmallDataSet();
    const before = await fingerprint(db, p);
    const data = largerDataSet(p, 30, 400);
    data.enterprises![1]![1] = '甲轴承（改名）';
    data.enterprises![2]![6] = ''; // keeps b's cluster
    data.enterprises![1]![7] = `${p}-S1;${p}-S2`; // a's segments replaced
    data.supply_links![2]![3] = '9999'; // b -> a value changed
    data.clusters![1]![2] = `${p}新县`; // the cluster moves to a new county
    data.platforms![1]![5] = '否'; // loses the InnovationPlatform label
    data.segments![3]![5] = `${p}-S1`; // S3 now feeds S1
    let failedAt = 0;
    for (const failAfter of [3, 12, 20]) {
      const svc = staged({
        afterBatch: ({ batch }: { batch: number }) => {
          if (batch === failAfter) {
            failedAt = batch;
            throw new Error(`injected fault in batch ${batch}`);
          }
        },
      });
      await expect(svc.importFolder(await writeDataSet(data))).rejects.toThrow('injected fault');
      expect(failedAt).toBe(failAfter);
      expect(await fingerprint(db, p)).toEqual(before);
      expect(await journals()).toBe(0);
    }
    // without a fault the same import goes through
    const report = await staged().importFolder(await writeDataSet(data));
    expect(report.ok).toBe(true);
    const [platform] = await runCypher(db, 'MATCH (pl:ServicePlatform {id: $id}) RETURN labels(pl) AS labels', { id: `${p}-P1` });
    expect(platform!.labels).toEqual(['ServicePlatform']);
  });

  it('rolls back an import whose process was killed, at the next start', async () => {
    const p = await prefixWithSmallDataSet();
    const before = await fingerprint(db, p);
    const data = largerDataSet(p, 40, 3000);
    data.enterprises![1]![1] = '甲轴承（改名）';
    const dir = await writeDataSet(data);
    const earlier = (await runCypher<{ id: string }>(db, 'MATCH (j:ImportJournal) RETURN j.id AS id')).map((r) => r.id);
    const child = spawn('npx', ['tsx', 'server/imports/cli.ts', dir, '--single-transaction-rows', '100', '--batch-size', '10'], {
      env: { ...process.env },
      detached: true,
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    // wait until the import has written some batches of supply links, then kill it outright
    const deadline = Date.now() + 90_000;
    let step = '';
    while (Date.now() < deadline) {
      const [row] = await runCypher<{ step: string | null }>(
        db,
        'OPTIONAL MATCH (j:ImportJournal) WHERE NOT j.id IN $earlier RETURN j.step AS step',
        { earlier },
      );
      step = row?.step ?? '';
      if (step.startsWith('supply_links')) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(step).toMatch(/^supply_links:/);
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
    // The journal remains, and the partial import is visible until recovery.
    expect(await journals()).toBeGreaterThan(0);
    expect(await fingerprint(db, p)).not.toEqual(before);

    // "the next start": once the killed process is gone (it may take a moment to be reaped)
    let result = await recoverInterruptedImports(db, testCypher());
    for (let i = 0; i < 100 && result.rolledBack.length === 0; i++) {
      expect(result.running).toHaveLength(1);
      await new Promise((r) => setTimeout(r, 100));
      result = await recoverInterruptedImports(db, testCypher());
    }
    expect(result.rolledBack).toHaveLength(1);
    expect(await fingerprint(db, p)).toEqual(before);
    expect(await journals()).toBe(0);
    // running it again finds nothing to do
    expect(await recoverInterruptedImports(db, testCypher())).toEqual({ rolledBack: [], finished: [], running: [] });
  });

  it('leaves a live import alone', async () => {
    const p = prefix();
    const id = `${p}-journal`;
    await runCypher(
      db,
      "CREATE (:ImportJournal {id: $id, status: 'RUNNING', startedAt: datetime(), heartbeatAt: datetime(), host: 'another-host', pid: 1, files: []})",
      { id },
    );
    const result = await recoverInterruptedImports(db, testCypher());
    expect(result.running).toContain(id);
    await runCypher(db, "MATCH (j:ImportJournal {id: $id}) SET j.heartbeatAt = datetime() - duration('PT1H')", { id });
    const stale = await recoverInterruptedImports(db, testCypher());
    expect(stale.rolledBack).toContain(id);
    expect(await journals()).toBe(0);
  });
});
