import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../server/imports/issues.js';
import type { ImportReport } from '../../server/imports/service.js';
import { completeCreditCode } from '#shared/creditCode.js';
import { runCypher } from '../helpers/db.js';
import {
  code,
  countOwn,
  fingerprint,
  importTestBed,
  smallDataSet,
  tempDir,
  writeCsv,
  writeDataSet,
  writeXlsx,
  type DataSet,
} from '../helpers/import-fixtures.js';

/**
 * Every rule of DATA-FORMAT.md with an input that breaks it: the report names the file, the
 * row (header = row 1) and the column, and nothing at all is written.
 */
const { db, prefix, service, importData } = importTestBed();

type Where = Pick<ImportIssue, 'file' | 'row' | 'column' | 'code'>;

function expectError(report: ImportReport, where: Where): void {
  expect(report.ok).toBe(false);
  const found = report.errors.map(({ file, row, column, code }) => ({ file, row, column, code }));
  expect(found).toContainEqual(where);
  const issue = report.errors.find(
    (e) => e.file === where.file && e.row === where.row && e.column === where.column && e.code === where.code,
  )!;
  expect(issue.message.zh).toMatch(/\p{Script=Han}/u);
  expect(issue.message.en).toMatch(/[a-z]{3,}/);
  expect(report.files.every((f) => f.created === null)).toBe(true);
}

/** Imports a changed small data set and checks that the error is reported and nothing was written. */
async function rejects(p: string, change: (data: DataSet) => void, where: Where): Promise<ImportReport> {
  const data = smallDataSet(p);
  change(data);
  const report = await importData(data);
  expectError(report, where);
  expect(await countOwn(db, p)).toBe(0);
  return report;
}

/** A cell to break (a row of broken-cells.csv): file (without .csv), row (header = 1), column, the value written there, the error code expected; and, where it matters, what the English message says. */
interface BrokenCell {
  case: string;
  file: string;
  row: string;
  column: string;
  value: string;
  code: Where['code'];
  message_en: string;
}

/** The cases of broken-cells.csv, each with its cells. */
function brokenCells(): Map<string, BrokenCell[]> {
  const rows: BrokenCell[] = parse(fs.readFileSync(new URL('./broken-cells.csv', import.meta.url)), { columns: true });
  const cases = new Map<string, BrokenCell[]>();
  for (const row of rows) cases.set(row.case, [...(cases.get(row.case) ?? []), row]);
  return cases;
}

const set = (data: DataSet, file: string, row: number, column: string, value: string) => {
  const table = data[file]!;
  const i = table[0]!.indexOf(column);
  if (i < 0) throw new Error(`no column ${column} in ${file}`);
  table[row - 1]![i] = value;
};

describe('columns and cells', () => {
  it.each<[string, (data: DataSet) => void, Where]>([
    [
      'a missing required column (file, header row, column)',
      (d) => (d.enterprises = d.enterprises!.map((r) => r.filter((_, i) => i !== 2))),
      { file: 'enterprises.csv', row: 1, column: 'local', code: 'MISSING_COLUMN' },
    ],
    [
      'a column given twice (English and Chinese header)',
      (d) => d.chains!.forEach((r, i) => r.push(i === 0 ? '产业链名称' : 'x')),
      { file: 'chains.csv', row: 1, column: 'name', code: 'DUPLICATE_COLUMN' },
    ],
  ])('reports %s', async (_title, change, where) => {
    await rejects(prefix(), change, where);
  });

  it('warns about unknown columns but imports', async () => {
    const p = prefix();
    const data = smallDataSet(p);
    data.chains!.forEach((r, i) => r.push(i === 0 ? '备注' : '随便'));
    const report = await importData(data);
    expect(report.ok).toBe(true);
    expect(report.warnings).toContainEqual(expect.objectContaining({ file: 'chains.csv', row: 1, code: 'UNKNOWN_COLUMN' }));
  });

  it.each([
    ['a wrong check character', (c: string) => c.slice(0, 17) + (c[17] === '0' ? '1' : '0')],
    ['17 characters', (c: string) => c.slice(0, 17)],
    ['a forbidden letter (O)', (c: string) => 'O' + c.slice(1)],
  ])('reports a credit code with %s', async (_label, spoil) => {
    const p = prefix();
    await rejects(p, (d) => set(d, 'enterprises', 2, 'credit_code', spoil(code(p, 1))), {
      file: 'enterprises.csv',
      row: 2,
      column: 'credit_code',
      code: 'BAD_CREDIT_CODE',
    });
  });

  // Each case of broken-cells.csv breaks cells of the small data set (小巨人 is the label the firm page shows, so
  // 大巨人 breaks srdi_level); every broken cell is reported (file, row, column, code) and nothing is written.
  it.each([...brokenCells()])('reports %s', async (_title, cells) => {
    const p = prefix();
    const valueOf = (value: string) => value.replace('{code 1 cut to 17}', code(p, 1).slice(0, 17));
    const where = ({ file, row, column, code }: BrokenCell): Where => ({ file: `${file}.csv`, row: Number(row), column, code });
    const report = await rejects(
      p,
      (d) => cells.forEach((c) => set(d, c.file, Number(c.row), c.column, valueOf(c.value))),
      where(cells[0]!),
    );
    for (const cell of cells) {
      expectError(report, where(cell));
      const found = report.errors.find((e) => e.file === `${cell.file}.csv` && e.row === Number(cell.row) && e.column === cell.column)!;
      if (cell.message_en) expect(found.message.en).toContain(cell.message_en);
    }
  });
});

describe('references', () => {
  const cases: [string, string, number, string][] = [
    ['segments', 'chain_id', 2, 'NOPE-CHAIN'],
    ['segments', 'feeds', 3, 'NOPE-SEG'],
    ['clusters', 'chain_id', 2, 'NOPE-CHAIN'],
    ['cluster_years', 'cluster_id', 3, 'NOPE-K'],
    ['enterprises', 'cluster_ids', 3, 'K1;NOPE-K'],
    ['enterprises', 'segment_ids', 4, 'NOPE-SEG'],
    ['enterprise_years', 'credit_code', 3, 'CODE'],
    ['supply_links', 'supplier_code', 2, 'CODE'],
    ['supply_links', 'buyer_code', 3, 'CODE'],
    ['supply_links', 'segment_id', 4, 'NOPE-SEG'],
    ['collaborations', 'institute_id', 2, 'NOPE-I'],
    ['collaborations', 'credit_code', 2, 'CODE'],
    ['platforms', 'cluster_ids', 2, 'NOPE-K'],
    ['platforms', 'host_code', 2, 'CODE'],
  ];
  it.each(cases)('reports %s.%s pointing nowhere', async (file, column, row, value) => {
    const p = prefix();
    const unknown = value === 'CODE' ? code(p, 777) : value.replace('K1', `${p}-K1`).replace('NOPE', `${p}-NOPE`);
    const report = await rejects(p, (d) => set(d, file, row, column, unknown), {
      file: `${file}.csv`,
      row,
      column,
      code: 'UNKNOWN_REFERENCE',
    });
    expect(report.errors.filter((e) => e.code === 'UNKNOWN_REFERENCE')).toHaveLength(1);
  });

  it('accepts references to rows already in the database, and rejects them once they are gone', async () => {
    const p = prefix();
    const data = smallDataSet(p);
    await importData(data);
    // only links and years now: every reference points into the database
    const only = { supply_links: data.supply_links!, enterprise_years: data.enterprise_years!, collaborations: data.collaborations! };
    const ok = await importData(only);
    expect(ok.errors).toEqual([]);
    await runCypher(db, 'MATCH (i:ResearchInstitute {id: $id}) DETACH DELETE i', { id: `${p}-I1` });
    const before = await fingerprint(db, p);
    const report = await importData(only);
    expectError(report, { file: 'collaborations.csv', row: 2, column: 'institute_id', code: 'UNKNOWN_REFERENCE' });
    expect(await fingerprint(db, p)).toEqual(before);
  });

  it("rejects a supply link's segment that is not a segment of any chain", async () => {
    const p = prefix();
    await runCypher(db, 'CREATE (:Segment {id: $id, name: "孤立环节"})', { id: `${p}-LOOSE` });
    const before = await fingerprint(db, p);
    const data = smallDataSet(p);
    set(data, 'supply_links', 2, 'segment_id', `${p}-LOOSE`);
    const report = await importData(data);
    expectError(report, { file: 'supply_links.csv', row: 2, column: 'segment_id', code: 'UNKNOWN_REFERENCE' });
    expect(await fingerprint(db, p)).toEqual(before);
  });

  it('rejects a segment that feeds a segment of another chain', async () => {
    const p = prefix();
    await rejects(
      p,
      (d) => {
        d.chains!.push([`${p}-CH2`, '另一条链', '']);
        d.segments!.push([`${p}-X1`, `${p}-CH2`, '别的环节', 'UPSTREAM', '1', '']);
        set(d, 'segments', 4, 'feeds', `${p}-X1`);
      },
      { file: 'segments.csv', row: 4, column: 'feeds', code: 'SEGMENT_CHAIN_MISMATCH' },
    );
  });

  it('rejects moving a segment that is in the database to another chain', async () => {
    const p = prefix();
    const data = smallDataSet(p);
    await importData(data);
    const before = await fingerprint(db, p);
    const report = await importData({
      chains: [
        ['chain_id', 'name'],
        [`${p}-CH2`, '另一条链'],
      ],
      segments: [
        ['segment_id', 'chain_id', 'name', 'stage', 'order'],
        [`${p}-S2`, `${p}-CH2`, '套圈锻件', 'MIDSTREAM', '2'],
      ],
    });
    expectError(report, { file: 'segments.csv', row: 2, column: 'chain_id', code: 'SEGMENT_CHAIN_MISMATCH' });
    expect(await fingerprint(db, p)).toEqual(before);
  });

  it('rejects a firm supplying itself', async () => {
    const p = prefix();
    await rejects(p, (d) => set(d, 'supply_links', 3, 'supplier_code', code(p, 1)), {
      file: 'supply_links.csv',
      row: 3,
      column: 'buyer_code',
      code: 'SELF_SUPPLY',
    });
  });
});

describe('founded and dissolved', () => {
  const withDissolved = (d: DataSet, header: string, values: string[]) =>
    d.enterprises!.forEach((r, i) => r.push(i === 0 ? header : (values[i - 1] ?? '')));

  it('rejects a firm dissolved before it was founded', async () => {
    const p = prefix();
    await rejects(
      p,
      (d) => {
        withDissolved(d, 'dissolved', ['', '2004', '']);
        set(d, 'enterprises', 3, 'founded', '2005');
      },
      { file: 'enterprises.csv', row: 3, column: 'dissolved', code: 'DISSOLVED_BEFORE_FOUNDED' },
    );
  });

  it('stores the 注销/迁出年份 column as given; a firm dissolved in its founding year is allowed', async () => {
    const p = prefix();
    const data = smallDataSet(p);
    withDissolved(data, '注销/迁出年份', ['2005', '2024', '']);
    set(data, 'enterprises', 2, 'founded', '2005');
    const report = await importData(data);
    expect(report.errors).toEqual([]);
    const rows = await runCypher<{ code: string; founded: unknown; dissolved: unknown }>(
      db,
      'MATCH (e:Enterprise) WHERE e.creditCode IN $codes RETURN e.creditCode AS code, e.founded AS founded, e.dissolved AS dissolved ORDER BY code',
      { codes: [code(p, 1), code(p, 2), code(p, 3)] },
    );
    const byCode = new Map(rows.map((r) => [r.code, [Number(r.founded ?? NaN), r.dissolved === null ? null : Number(r.dissolved)]]));
    expect(byCode.get(code(p, 1))).toEqual([2005, 2005]);
    expect(byCode.get(code(p, 2))).toEqual([2005, 2024]);
    expect(byCode.get(code(p, 3))![1]).toBeNull();
  });
});

describe('keys', () => {
  it('rejects a key given twice in one file (credit codes compared in upper case)', async () => {
    const p = prefix();
    const report = await rejects(
      p,
      (d) => d.enterprises!.push([code(p, 2).toLowerCase(), '又一个乙', 'true', '', '', '', '', '', '', '']),
      {
        file: 'enterprises.csv',
        row: 5,
        column: 'credit_code',
        code: 'DUPLICATE_KEY',
      },
    );
    expect(report.errors.find((e) => e.code === 'DUPLICATE_KEY')!.message.en).toContain('row 3');
  });

  it('treats a supply link without a year as year 0 in its key', async () => {
    const p = prefix();
    await rejects(p, (d) => d.supply_links!.push([code(p, 3), code(p, 1), `${p}-S1`, '1', '', '']), {
      file: 'supply_links.csv',
      row: 5,
      column: 'supplier_code',
      code: 'DUPLICATE_KEY',
    });
  });

  it('rejects duplicate yearly rows and collaborations', async () => {
    const p = prefix();
    const report = await rejects(
      p,
      (d) => {
        d.cluster_years!.push([`${p}-K1`, '2023', '1', '', '']);
        d.collaborations!.push([`${p}-I1`, code(p, 1), '联合研发', '2023', '另一个项目']);
      },
      { file: 'cluster_years.csv', row: 4, column: 'cluster_id', code: 'DUPLICATE_KEY' },
    );
    expectError(report, { file: 'collaborations.csv', row: 3, column: 'institute_id', code: 'DUPLICATE_KEY' });
  });
});

describe('files', () => {
  it('rejects unknown file names, two files of one kind and the old .xls format', async () => {
    const p = prefix();
    const dir = await writeDataSet(smallDataSet(p));
    fs.writeFileSync(path.join(dir, 'enterprise.csv'), 'credit_code\n');
    fs.writeFileSync(path.join(dir, 'links.xls'), 'x');
    fs.writeFileSync(path.join(dir, 'README.txt'), 'notes');
    await writeXlsx(dir, 'chains.xlsx', smallDataSet(p).chains!);
    const report = await service().importFolder(dir);
    expectError(report, { file: 'enterprise.csv', row: null, column: null, code: 'UNKNOWN_FILE' });
    expectError(report, { file: 'links.xls', row: null, column: null, code: 'UNKNOWN_FILE' });
    expectError(report, { file: 'chains.xlsx', row: null, column: null, code: 'DUPLICATE_FILE' });
    expect(report.warnings).toContainEqual(expect.objectContaining({ file: 'README.txt', code: 'IGNORED_FILE' }));
    expect(await countOwn(db, p)).toBe(0);
  });

  it('rejects a folder without any import file', async () => {
    const report = await service().importFolder(tempDir());
    expect(report.ok).toBe(false);
    expect(report.errors[0]!.code).toBe('NO_FILES');
  });

  it('rejects UTF-16, undecodable, empty, malformed and broken files', async () => {
    const p = prefix();
    const dir = await writeDataSet({ chains: smallDataSet(p).chains! });
    fs.writeFileSync(path.join(dir, 'segments.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('segment_id\r\n', 'utf16le')]));
    fs.writeFileSync(path.join(dir, 'clusters.csv'), '');
    fs.writeFileSync(path.join(dir, 'institutes.csv'), 'institute_id,name,kind\n"I1,broken,UNIVERSITY\n');
    fs.writeFileSync(path.join(dir, 'platforms.xlsx'), 'this is not a zip file');
    fs.writeFileSync(path.join(dir, 'enterprises.csv'), Buffer.from([0x63, 0x0a, 0x81, 0x20, 0xff, 0xff, 0x0a]));
    const report = await service().importFolder(dir);
    expectError(report, { file: 'segments.csv', row: null, column: null, code: 'BAD_ENCODING' });
    expectError(report, { file: 'enterprises.csv', row: null, column: null, code: 'BAD_ENCODING' });
    expectError(report, { file: 'clusters.csv', row: null, column: null, code: 'NO_HEADER' });
    expectError(report, { file: 'institutes.csv', row: null, column: null, code: 'UNREADABLE_FILE' });
    expectError(report, { file: 'platforms.xlsx', row: null, column: null, code: 'UNREADABLE_FILE' });
    expect(await countOwn(db, p)).toBe(0);
  });

  it('refuses files above the size limit', async () => {
    const p = prefix();
    const report = await importData(smallDataSet(p), { maxFileBytes: 100 });
    expectError(report, { file: 'enterprises.csv', row: null, column: null, code: 'TOO_LARGE' });
    expect(await countOwn(db, p)).toBe(0);
  });

  it('reports XLSX rows by their spreadsheet row number', async () => {
    const p = prefix();
    const dir = tempDir();
    const data = smallDataSet(p);
    set(data, 'chains', 2, 'name', '');
    await writeXlsx(dir, 'chains.xlsx', [data.chains![0]!, [], [], data.chains![1]!]);
    const report = await service().importFolder(dir);
    expectError(report, { file: 'chains.xlsx', row: 4, column: 'name', code: 'REQUIRED' });
  });
});

describe('the report', () => {
  it('lists every error, not only the first', async () => {
    const p = prefix();
    const report = await rejects(
      p,
      (d) => {
        set(d, 'enterprises', 2, 'local', 'maybe');
        set(d, 'enterprises', 3, 'founded', 'long ago');
        set(d, 'enterprises', 4, 'credit_code', '123');
      },
      { file: 'enterprises.csv', row: 2, column: 'local', code: 'BAD_BOOLEAN' },
    );
    expectError(report, { file: 'enterprises.csv', row: 3, column: 'founded', code: 'BAD_YEAR' });
    expectError(report, { file: 'enterprises.csv', row: 4, column: 'credit_code', code: 'BAD_CREDIT_CODE' });
    // a row whose own code is bad is not referable: its references elsewhere are reported too
    expect(report.errorTotal).toBeGreaterThanOrEqual(3);
    const rows = report.errors.filter((e) => e.file === 'enterprises.csv').map((e) => e.row!);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  it('keeps the first 1,000 errors of a large bad file in full and counts the rest', async () => {
    const p = prefix();
    const dir = tempDir();
    const rows = [['supplier_code', 'buyer_code', 'segment_id', 'annual_value']];
    for (let i = 0; i < 3000; i++) rows.push([`bad-${i}`, completeCreditCode(`${p}${String(i).padStart(11, '0')}`), '', '-1']);
    writeCsv(dir, 'supply_links.csv', rows);
    const report = await service().importFolder(dir);
    expect(report.ok).toBe(false);
    expect(report.errors).toHaveLength(1000);
    expect(report.errorsTruncated).toBe(true);
    // per row: bad supplier code, unknown buyer, empty segment, negative value
    expect(report.errorTotal).toBe(12000);
    const byKey = Object.fromEntries(report.errorCounts.map((c) => [`${c.column}:${c.code}`, c.count]));
    expect(byKey).toEqual({
      'supplier_code:BAD_CREDIT_CODE': 3000,
      'buyer_code:UNKNOWN_REFERENCE': 3000,
      'segment_id:REQUIRED': 3000,
      'annual_value:NEGATIVE': 3000,
    });
    expect(report.errors[0]).toMatchObject({ file: 'supply_links.csv', row: 2 });
  });
});
