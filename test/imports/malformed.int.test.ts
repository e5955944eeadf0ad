import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportService } from '../../server/imports/service.js';
import { runCypher, testCypher, testDatabase } from '../helpers/db.js';
import { code, fingerprint, largerDataSet, ownedPrefixes, smallDataSet, tempDir, writeDataSet } from '../helpers/import-fixtures.js';
import { writeZipBombXlsx } from '../helpers/zip-bomb.js';

/**
 * Malformed and hostile files through the whole importer: wrong encodings, missing headers,
 * a 100,000-row file full of errors (the report stays readable), a zip bomb posing as XLSX,
 * and a single-transaction import killed mid-write (nothing left behind). The staged import
 * killed mid-write, rolled back by recoverInterruptedImports at the next start, is in
 * import-staged.int.test.ts ("rolls back an import whose process was killed").
 */
const db = testDatabase();
const prefix = ownedPrefixes(db);
afterAll(() => db.close());
const service = () => new ImportService(db, testCypher());
const journals = async () => (await runCypher<{ n: number }>(db, 'MATCH (j:ImportJournal|ImportJournalEntry) RETURN count(j) AS n'))[0]!.n;

describe('wrong encodings and missing headers', () => {
  it('detects a GBK file saved by Chinese Excel and reads its Chinese right', async () => {
    const p = prefix();
    const dir = await writeDataSet(smallDataSet(p));
    const enterprises = fs.readFileSync(path.join(dir, 'enterprises.csv'), 'utf8');
    fs.writeFileSync(path.join(dir, 'enterprises.csv'), iconv.encode(enterprises, 'gbk'));
    const report = await service().importFolder(dir);
    expect(report.ok).toBe(true);
    expect(report.files.find((f) => f.file === 'enterprises')!.encoding).toBe('gb18030');
    expect(report.warnings.map((w) => w.code)).toContain('GB18030_ENCODING');
    const [row] = await runCypher<{ name: string }>(db, 'MATCH (e:Enterprise {creditCode: $c}) RETURN e.name AS name', { c: code(p, 2) });
    expect(row!.name).toBe('乙锻造有限公司');
  });

  it('refuses UTF-16 and text that is no known encoding, with a clear error, writing nothing', async () => {
    const p = prefix();
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'chains.csv'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`chain_id,name\r\n${p}-CH,轴承\r\n`, 'utf16le')]),
    );
    fs.writeFileSync(path.join(dir, 'segments.csv'), Buffer.from([0x81, 0x20, 0xfe, 0xff, 0x80, 0x0a, 0xff]));
    const report = await service().importFolder(dir);
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => [e.file, e.code])).toEqual([
      ['chains.csv', 'BAD_ENCODING'],
      ['segments.csv', 'BAD_ENCODING'],
    ]);
    expect(report.errors[0]!.message.zh).toMatch(/UTF-16/);
    expect(await fingerprint(db, p)).toEqual([]);
  });

  it('names every missing required column and writes nothing', async () => {
    const p = prefix();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'enterprises.csv'), `name,county\r\n${p}企业,东昌府区\r\n`);
    fs.writeFileSync(path.join(dir, 'chains.csv'), '\r\n\r\n');
    const report = await service().importFolder(dir);
    expect(report.errors.map((e) => [e.file, e.code, e.column])).toEqual([
      ['chains.csv', 'NO_HEADER', null],
      ['enterprises.csv', 'MISSING_COLUMN', 'credit_code'],
      ['enterprises.csv', 'MISSING_COLUMN', 'local'],
    ]);
    expect(await fingerprint(db, p)).toEqual([]);
  });
});

describe('a 100,000-row file full of errors', () => {
  it('keeps the first errors in full and counts the rest, in a report that stays small', async () => {
    const p = prefix();
    const dir = tempDir();
    const lines = ['credit_code,name,local,founded'];
    for (let i = 0; i < 100_000; i++) lines.push(`${p}${String(i).padStart(10, '0')}X,${p}企业${i},也许,${1000 + (i % 50)}`);
    fs.writeFileSync(path.join(dir, 'enterprises.csv'), lines.join('\r\n'));
    const started = Date.now();
    const report = await service().importFolder(dir);
    const seconds = (Date.now() - started) / 1000;
    expect(report.ok).toBe(false);
    expect(report.errorTotal).toBe(300_000); // a bad credit code, a bad boolean and a bad year on every row
    expect(report.errors).toHaveLength(1000);
    expect(report.errorsTruncated).toBe(true);
    expect(report.errors[0]).toMatchObject({ file: 'enterprises.csv', row: 2 });
    expect(report.errorCounts.map((c) => [c.column, c.code, c.count]).sort()).toEqual([
      ['credit_code', 'BAD_CREDIT_CODE', 100_000],
      ['founded', 'BAD_YEAR', 100_000],
      ['local', 'BAD_BOOLEAN', 100_000],
    ]);
    expect(JSON.stringify(report).length).toBeLessThan(1024 * 1024);
    expect(seconds).toBeLessThan(300);
    expect(await fingerprint(db, p)).toEqual([]);
  });
});

describe('a zip bomb posing as XLSX', () => {
  it('is refused with TOO_LARGE before its sheet is parsed, and nothing is written', async () => {
    const p = prefix();
    const dir = await writeDataSet(smallDataSet(p));
    fs.rmSync(path.join(dir, 'enterprises.csv'));
    writeZipBombXlsx(path.join(dir, 'enterprises.xlsx'), 3 * 1024 ** 3);
    const rss = process.memoryUsage().rss;
    const report = await service().importFolder(dir);
    expect(report.ok).toBe(false);
    expect(report.errors.find((e) => e.file === 'enterprises.xlsx')).toMatchObject({ code: 'TOO_LARGE' });
    expect(report.errors.find((e) => e.file === 'enterprises.xlsx')!.message.zh).toMatch(/恶意构造/);
    expect(process.memoryUsage().rss - rss).toBeLessThan(300 * 1024 ** 2);
    expect(await fingerprint(db, p)).toEqual([]);
  });
});

describe('a crash in the middle of a single-transaction import', () => {
  it('leaves nothing behind: the open transaction dies with the process', async () => {
    const p = prefix();
    await service().importFolder(await writeDataSet(smallDataSet(p)));
    const before = await fingerprint(db, p);
    const data = largerDataSet(p, 1500, 30_000);
    data.enterprises![1]![1] = '甲轴承（改名）';
    const dir = await writeDataSet(data);
    const since = new Date().toISOString(); // the setup import above writes its own audit entry
    const child = spawn('npx', ['tsx', 'server/imports/cli.ts', dir, '--single-transaction-rows', '1000000', '--batch-size', '500'], {
      env: { ...process.env },
      detached: true,
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    // wait until its one transaction has written batches (seen from another connection), then kill it
    const writing = async () =>
      (
        await runCypher<{ n: number }>(
          db,
          "SHOW TRANSACTIONS YIELD currentQuery, metaData, status WHERE metaData.app = 'chainatlas' AND currentQuery CONTAINS 'UNWIND $rows' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n",
        )
      )[0]!.n;
    const deadline = Date.now() + 240_000;
    let seen = 0;
    while (Date.now() < deadline && seen === 0) {
      seen = await writing();
      if (seen === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 1500));
    process.kill(-child.pid!, 'SIGKILL');
    expect(await exited).toBe('SIGKILL'); // killed, not finished
    // Neo4j rolls the transaction back when its connection goes
    for (let i = 0; i < 100 && (await writing()) > 0; i++) await new Promise((r) => setTimeout(r, 200));
    expect(await writing()).toBe(0);
    expect(await fingerprint(db, p)).toEqual(before);
    expect(await journals()).toBe(0);
    const [audit] = await runCypher<{ n: number }>(
      db,
      "MATCH (a:AuditEntry {action: 'import'}) WHERE a.after CONTAINS '甲轴承（改名）' OR a.at > $since RETURN count(a) AS n",
      { since },
    );
    expect(audit!.n).toBe(0);
  });
});
