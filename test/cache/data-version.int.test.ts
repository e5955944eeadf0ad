import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataVersion } from '../../server/cache/data-version.js';
import { ImportService } from '../../server/imports/service.js';
import { runCypher, testCypher, testDatabase } from '../helpers/db.js';
import { ADMIN, createTestApi, type TestApi } from '../helpers/graphql.js';
import { cleanUp, code, newPrefix, smallDataSet, tempDir, writeCsv, writeDataSet, type DataSet } from '../helpers/import-fixtures.js';

/*
 * The data version (server/cache/data-version.ts): every kind of writer of graph data bumps it
 * in its own transaction, so that cached answers are never served after a write. Other test
 * files may write at the same time, so each test checks that the counter grew (at least by
 * what this write must have added), not that it grew by exactly that.
 */
const db = testDatabase();
let api: TestApi;
const prefixes: string[] = [];

async function version(): Promise<number> {
  const [row] = await runCypher<{ version: number | null }>(db, "OPTIONAL MATCH (v:DataVersion {id: 'graph'}) RETURN v.version AS version");
  return row?.version ?? 0;
}

async function importData(data: DataSet, options: ConstructorParameters<typeof ImportService>[2] = {}) {
  const dir = await writeDataSet(data);
  try {
    return await new ImportService(db, testCypher(), options).importFolder(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function prefix(): string {
  const p = newPrefix();
  prefixes.push(p);
  return p;
}

/** A new prefix with the small data set imported under it. */
async function prefixWithSmallDataSet(): Promise<string> {
  const p = prefix();
  expect((await importData(smallDataSet(p))).errors).toEqual([]);
  return p;
}

beforeAll(async () => {
  api = await createTestApi(db);
});
afterEach(async () => {
  for (const p of prefixes.splice(0)) await cleanUp(db, p);
});
afterAll(async () => {
  await api.close();
});

describe('every writer of graph data bumps the data version in its transaction', () => {
  it('an import in one transaction', async () => {
    const before = await version();
    expect((await importData(smallDataSet(prefix()))).errors).toEqual([]);
    expect(await version()).toBeGreaterThan(before);
  });

  it('a staged import: each batch', async () => {
    const before = await version();
    // 3 enterprises in batches of 2: at least 2 enterprise batches, and more files
    const report = await importData(smallDataSet(prefix()), { singleTransactionMaxRows: 0, batchSize: 2 });
    expect(report.errors).toEqual([]);
    expect((await version()) - before).toBeGreaterThanOrEqual(2);
  });

  it('a staged import rolled back: putting the rows back bumps it again', async () => {
    const p = prefix();
    const before = await version();
    let committed = 0;
    await expect(
      importData(smallDataSet(p), {
        singleTransactionMaxRows: 0,
        batchSize: 2,
        afterBatch: ({ batch }) => {
          if (batch === 3) throw new Error('stop here');
          committed = batch;
        },
      }),
    ).rejects.toThrow(/stop here/);
    expect(committed).toBe(2);
    // two batches committed (each bumped); the rollback's restores bumped it on top
    const [left] = await runCypher<{ n: number }>(
      db,
      'MATCH (n) WHERE any(k IN keys(n) WHERE n[k] STARTS WITH $p) AND NOT n:ImportChange RETURN count(n) AS n',
      { p },
    );
    expect(left!.n).toBe(0);
    expect((await version()) - before).toBeGreaterThan(committed);
  });

  it('an edit in the app', async () => {
    const p = await prefixWithSmallDataSet();
    const before = await version();
    const edit = await api.gql(
      'mutation($c: String!, $i: EnterpriseYearInput!) { upsertEnterpriseYear(creditCode: $c, year: 2023, input: $i) { revenue } }',
      { c: code(p, 2), i: { revenue: 8100 } },
      ADMIN,
    );
    expect(edit.errors).toBeUndefined();
    expect(await version()).toBeGreaterThan(before);
  });

  it('the undo of an import', async () => {
    const p = await prefixWithSmallDataSet();
    const dir = tempDir();
    writeCsv(dir, 'enterprise_years.csv', [
      ['credit_code', 'year', 'revenue'],
      [code(p, 1), '2023', '51000'],
    ]);
    try {
      const report = await new ImportService(db, testCypher()).importFiles(
        [{ name: 'enterprise_years.csv', path: path.join(dir, 'enterprise_years.csv') }],
        { actor: ADMIN },
      );
      expect(report.errors).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const [entry] = await runCypher<{ id: string }>(
      db,
      "MATCH (a:AuditEntry {action: 'import', userId: $user}) RETURN a.id AS id ORDER BY a.at DESC LIMIT 1",
      { user: ADMIN.id },
    );
    const before = await version();
    const undone = await api.gql('mutation($id: ID!) { undoImport(importId: $id) { restored } }', { id: entry!.id }, ADMIN);
    expect(undone.errors).toBeUndefined();
    expect(undone.data!.undoImport.restored).toBe(1);
    expect(await version()).toBeGreaterThan(before);
  });

  it('a synonym saved or deleted (search reads the dictionary)', async () => {
    const p = await prefixWithSmallDataSet();
    const before = await version();
    const saved = await api.gql(
      'mutation($s: ID!) { saveSynonym(segmentId: $s, term: "保持器", canonical: "保持架") { term } }',
      { s: `${p}-S1` },
      ADMIN,
    );
    expect(saved.errors).toBeUndefined();
    const afterSave = await version();
    expect(afterSave).toBeGreaterThan(before);
    const deleted = await api.gql('mutation($s: ID!) { deleteSynonym(segmentId: $s, term: "保持器") { term } }', { s: `${p}-S1` }, ADMIN);
    expect(deleted.errors).toBeUndefined();
    expect(await version()).toBeGreaterThan(afterSave);
  });
});

describe('reading the data version', () => {
  it("a process's own write is seen at once, however long its reads are kept", async () => {
    const versions = DataVersion.of(db, testCypher());
    const keptMs = versions.checkMs;
    versions.checkMs = 60_000;
    try {
      const p = prefix();
      const first = await versions.current();
      const reads = versions.reads;
      expect(await versions.current()).toBe(first);
      expect(versions.reads).toBe(reads);
      expect((await importData(smallDataSet(p))).errors).toEqual([]);
      const second = await versions.current();
      expect(second).not.toBe(first);
      const [row] = await runCypher<{ v: string }>(
        db,
        "MATCH (v:DataVersion {id: 'graph'}) RETURN v.epoch + ':' + toString(v.version) AS v",
      );
      expect(second).toBe(row!.v);
    } finally {
      versions.checkMs = keptMs;
    }
  });
});
