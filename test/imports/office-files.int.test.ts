import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportService, type ImportReport } from '../../server/imports/service.js';
import { runCypher, testCypher, testDatabase } from '../helpers/db.js';
import { cleanUp, code, smallDataSet, tempDir, writeCsv } from '../helpers/import-fixtures.js';

/**
 * Spreadsheets as offices send them, written by openpyxl (test/fixtures/office/make.py), not by
 * exceljs: each is imported and the values read back from Neo4j, or refused naming file, row
 * and column — never stored changed.
 */
const P = 'TWKPRX'; // the fixtures' prefix (make.py)
const FIXTURES = path.join(import.meta.dirname, '../fixtures/office');
const db = testDatabase();
const service = () => new ImportService(db, testCypher());

beforeAll(() => cleanUp(db, P));
afterAll(async () => {
  await cleanUp(db, P);
  await db.close();
});

/** A folder with the chain, segments and cluster the fixtures refer to, plus the given fixture files. */
function folder(...fixtures: string[]): string {
  const dir = tempDir();
  const data = smallDataSet(P);
  for (const file of ['chains', 'segments', 'clusters'] as const) writeCsv(dir, `${file}.csv`, data[file]!);
  for (const fixture of fixtures) fs.copyFileSync(path.join(FIXTURES, fixture), path.join(dir, path.basename(fixture)));
  return dir;
}

const errorsOf = (report: ImportReport) => report.errors.map((e) => ({ file: e.file, row: e.row, column: e.column, code: e.code }));

describe('office spreadsheets (openpyxl)', () => {
  it('imports a directory with a notes sheet, a title row, merged county/cluster/segment cells and dates; a yearly file named after a firm; percentages', async () => {
    const report = await service().importFolder(
      folder('聊城市测试集群企业名录（2025年）.xlsx', '企业年度数据-宏瑞.xlsx', 'cluster_years.xlsx'),
    );
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    const byName = Object.fromEntries(report.files.map((f) => [f.name, [f.file, f.rows, f.created]]));
    expect(byName['聊城市测试集群企业名录（2025年）.xlsx']).toEqual(['enterprises', 4, 4]);
    expect(byName['企业年度数据-宏瑞.xlsx']).toEqual(['enterprise_years', 2, 2]);
    expect(byName['cluster_years.xlsx']).toEqual(['cluster_years', 2, 2]);
    // what each file was taken for, and where its table was found
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        file: '聊城市测试集群企业名录（2025年）.xlsx',
        code: 'RECOGNISED_FILE',
        message: expect.objectContaining({ zh: expect.stringContaining('enterprises') }),
      }),
    );
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        file: '企业年度数据-宏瑞.xlsx',
        code: 'RECOGNISED_FILE',
        message: expect.objectContaining({ zh: expect.stringContaining('enterprise_years') }),
      }),
    );
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        file: '聊城市测试集群企业名录（2025年）.xlsx',
        code: 'TABLE_LOCATED',
        row: 2,
        message: expect.objectContaining({ zh: expect.stringContaining('企业名录') }),
      }),
    );

    const firms = await runCypher<{
      code: string;
      county: string | null;
      local: boolean;
      founded: number | null;
      leader: boolean | null;
      clusters: string[];
      segments: string[];
    }>(
      db,
      `MATCH (e:Enterprise) WHERE e.creditCode STARTS WITH $p
       RETURN e.creditCode AS code, e.county AS county, e.local AS local, e.founded AS founded, e.chainLeader AS leader,
              COLLECT { MATCH (e)-[:IN_CLUSTER]->(k) RETURN k.id } AS clusters,
              COLLECT { MATCH (e)-[:OPERATES_IN]->(s) RETURN s.id } AS segments
       ORDER BY code`,
      { p: P },
    );
    // the merged D3:D5, E3:E5, F3:F5 give all three firms the same county, cluster and segment
    expect(firms.map((f) => ({ ...f, founded: f.founded === null ? null : Number(f.founded) }))).toEqual([
      { code: code(P, 1), county: `${P}县`, local: true, founded: 2001, leader: true, clusters: [`${P}-K1`], segments: [`${P}-S2`] },
      { code: code(P, 2), county: `${P}县`, local: true, founded: 2005, leader: false, clusters: [`${P}-K1`], segments: [`${P}-S2`] },
      { code: code(P, 3), county: `${P}县`, local: true, founded: 2012, leader: false, clusters: [`${P}-K1`], segments: [`${P}-S2`] },
      { code: code(P, 4), county: null, local: false, founded: null, leader: null, clusters: [], segments: [`${P}-S1`] },
    ]);

    const years = await runCypher<{ code: string; revenue: number; rd: number | null; srdi: string; patents: number; above: boolean }>(
      db,
      `MATCH (y:EnterpriseYear) WHERE y.creditCode STARTS WITH $p
       RETURN y.creditCode AS code, y.revenue AS revenue, y.rdSpend AS rd, y.srdiLevel AS srdi, y.highValuePatents AS patents, y.aboveScale AS above ORDER BY code`,
      { p: P },
    );
    // 小巨人 as the firm page shows it; the patent count is the formula's cached value
    expect(years.map((y) => ({ ...y, patents: Number(y.patents) }))).toEqual([
      { code: code(P, 1), revenue: 52000.5, rd: 2600, srdi: 'LITTLE_GIANT', patents: 12, above: true },
      { code: code(P, 2), revenue: 8000, rd: null, srdi: 'PROVINCIAL', patents: 2, above: false },
    ]);

    const clusterYears = await runCypher<{ year: number; output: number; growth: number; tax: number | null }>(
      db,
      'MATCH (y:ClusterYear {clusterId: $k}) RETURN y.year AS year, y.output AS output, y.growth AS growth, y.taxShare AS tax ORDER BY year',
      { k: `${P}-K1` },
    );
    // 0.09 shown as 9.00% in 增速（%） is 9; 0.6874 shown as 68.74% is 68.74
    expect(clusterYears.map((y) => ({ ...y, year: Number(y.year) }))).toEqual([
      { year: 2023, output: 1100000, growth: -3.5, tax: null },
      { year: 2024, output: 1234567.8, growth: 9, tax: 68.74 },
    ]);
  });

  it('imports a column hidden in Excel, warning that it was hidden', async () => {
    const report = await service().importFolder(folder('hidden-column/enterprises.xlsx'));
    expect(report.errors).toEqual([]);
    expect(report.warnings).toContainEqual(
      expect.objectContaining({ file: 'enterprises.xlsx', row: 1, column: 'city', code: 'HIDDEN_COLUMN' }),
    );
    const [firm] = await runCypher<{ city: string }>(db, 'MATCH (e:Enterprise {creditCode: $c}) RETURN e.city AS city', { c: code(P, 6) });
    expect(firm).toEqual({ city: '聊城市' });
  });

  const refusals: [string, string, { row: number | null; column: string | null; code: string; message: RegExp }[]][] = [
    [
      'an all-digit credit code stored as a number',
      'refuse-numeric-code/enterprises.xlsx',
      [
        {
          row: 2,
          column: 'credit_code',
          code: 'BAD_CREDIT_CODE',
          message: /stored this code as a number and lost its last digits: format the column as text/,
        },
      ],
    ],
    ['a hidden row', 'refuse-hidden-row/enterprises.xlsx', [{ row: 3, column: null, code: 'HIDDEN_ROW', message: /row 3 is hidden/ }]],
    [
      'a cell merged across two columns',
      'refuse-merged-across/enterprises.xlsx',
      [{ row: 2, column: 'segment_ids', code: 'MERGED_CELLS', message: /D2:E2/ }],
    ],
    [
      'a formula without a cached value, an error value, a percentage in a money column',
      'refuse-cells/enterprise_years.xlsx',
      [
        { row: 2, column: 'revenue', code: 'FORMULA_NO_VALUE', message: /cell C2 is a formula with no computed value/ },
        { row: 3, column: 'revenue', code: 'ERROR_CELL', message: /#N\/A/ },
        { row: 4, column: 'revenue', code: 'PERCENT_CELL', message: /cell C4 is formatted as a percentage/ },
      ],
    ],
    [
      'a missing column below a title, after a notes sheet',
      'refuse-missing-column/enterprises.xlsx',
      [{ row: 2, column: 'local', code: 'MISSING_COLUMN', message: /sheet "名录", row 2/ }],
    ],
  ];

  for (const [what, fixture, expected] of refusals) {
    it(`refuses ${what}, naming file, row and column, and writes nothing`, async () => {
      const before = await runCypher<{ n: number }>(db, 'MATCH (n) WHERE n.creditCode STARTS WITH $p RETURN count(n) AS n', { p: P });
      const report = await service().importFolder(folder(fixture));
      expect(report.ok).toBe(false);
      const name = path.basename(fixture);
      expect(errorsOf(report)).toEqual(expected.map(({ message: _m, ...e }) => ({ file: name, ...e })));
      for (const e of expected) expect(report.errors.find((x) => x.code === e.code)!.message.en).toMatch(e.message);
      const after = await runCypher<{ n: number }>(db, 'MATCH (n) WHERE n.creditCode STARTS WITH $p RETURN count(n) AS n', { p: P });
      expect(Number(after[0]!.n)).toBe(Number(before[0]!.n));
    });
  }
});
