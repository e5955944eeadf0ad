import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach } from 'vitest';
import type { Database } from '../../server/db/index.js';
import { ImportService, type ImportReport, type ImportServiceOptions } from '../../server/imports/service.js';
import { FILE_SPECS, type FileName } from '../../server/imports/spec.js';
import { completeCreditCode, CREDIT_CODE_ALPHABET } from '#shared/creditCode.js';
import { runCypher, testCypher, testDatabase } from './db.js';

/**
 * Small import data sets for the importer's tests. Every id, credit code and county of one
 * test starts with the test's own prefix (six characters of the credit-code alphabet), so a
 * test finds, compares and deletes exactly its own data.
 */
export type Table = string[][];
export type DataSet = Record<string, Table>;

export function newPrefix(): string {
  let prefix = 'T';
  // The code's third character is a letter: digits 3–8 of a credit code are read as the region of a firm
  // whose file gives none, and an all-digit draw (TL1196…) made a test's firm derive one (flaky).
  for (let i = 0; i < 5; i++)
    prefix += CREDIT_CODE_ALPHABET[i === 1 ? 10 + Math.floor(Math.random() * 21) : 1 + Math.floor(Math.random() * 30)];
  return prefix;
}

/** A valid credit code unique to the prefix: prefix + 11 digits + check character. */
export function code(prefix: string, n: number): string {
  return completeCreditCode(prefix + String(n).padStart(11, '0'));
}

/** A valid credit code unique to the prefix whose digits 3–8 (the region of a firm whose file gives none) are `division`. */
export function regionalCode(prefix: string, division: string, n: number): string {
  return completeCreditCode(`91${division}${prefix}${String(n).padStart(3, '0')}`);
}

/** A chain's segments, one per stage: 原料 (upstream), 加工 (midstream), 装配 (downstream). */
export const ONE_SEGMENT_PER_STAGE = [
  ['原料', 'UPSTREAM'],
  ['加工', 'MIDSTREAM'],
  ['装配', 'DOWNSTREAM'],
] as const;

/**
 * The chain and clusters of the tests of "local" at the county, city and province: chain CH with
 * `segments` (S1, S2, … in that order: name and stage) and two clusters on it, K in 阳谷县 and
 * P in 临清市 (two counties of 聊城市), every id under the prefix.
 */
export function twoCountyChain(prefix: string, segments: readonly (readonly [name: string, stage: string])[]): DataSet {
  const id = (name: string) => `${prefix}-${name}`;
  return {
    chains: [
      ['chain_id', 'name'],
      [id('CH'), '测试链'],
    ],
    segments: [
      ['segment_id', 'chain_id', 'name', 'stage', 'order'],
      ...segments.map(([name, stage], i) => [id(`S${i + 1}`), id('CH'), name, stage, String(i + 1)]),
    ],
    clusters: [
      ['cluster_id', 'name', 'county', 'chain_id', 'level'],
      [id('K'), '阳谷测试集群', '阳谷县', id('CH'), 'CITY'],
      [id('P'), '临清测试集群', '临清市', id('CH'), 'CITY'],
    ],
  };
}

/** A file's header row as DATA-FORMAT.md (server/imports/spec.ts) names its columns. */
export function headerOf(file: FileName): string[] {
  return FILE_SPECS[file].columns.map((c) => c.name);
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'chainatlas-import-'));
}

const csvCell = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

export function writeCsv(dir: string, name: string, table: Table, options: { bom?: boolean } = {}): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, (options.bom ? '\uFEFF' : '') + table.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n');
  return file;
}

export async function writeXlsx(dir: string, name: string, table: Table, options: { numbers?: boolean } = {}): Promise<string> {
  const file = path.join(dir, name);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('数据');
  for (const row of table) {
    sheet.addRow(
      row.map((cell, i) => (options.numbers && i > 0 && /^-?\d+(\.\d+)?$/.test(cell) && cell.length < 15 ? Number(cell) : cell)),
    );
  }
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Writes a data set as CSV files (or XLSX) into a new temporary folder. */
export async function writeDataSet(data: DataSet, format: 'csv' | 'xlsx' = 'csv', dir = tempDir()): Promise<string> {
  for (const [file, table] of Object.entries(data)) {
    if (format === 'csv') writeCsv(dir, `${file}.csv`, table);
    else await writeXlsx(dir, `${file}.xlsx`, table, { numbers: true });
  }
  return dir;
}

/** A small complete data set: one chain of three segments, one cluster, three firms, links, an institute and a platform. */
export function smallDataSet(p: string): DataSet {
  const [a, b, c] = [code(p, 1), code(p, 2), code(p, 3)];
  return {
    chains: [
      ['chain_id', 'name', 'industry'],
      [`${p}-CH`, '轴承产业链', '通用设备制造'],
    ],
    segments: [
      ['segment_id', 'chain_id', 'name', 'stage', 'order', 'feeds'],
      [`${p}-S1`, `${p}-CH`, '轴承钢', 'UPSTREAM', '1', `${p}-S2`],
      [`${p}-S2`, `${p}-CH`, '套圈锻件', '中游', '2', `${p}-S3`],
      [`${p}-S3`, `${p}-CH`, '成品轴承', '下游', '3', ''],
    ],
    clusters: [
      ['cluster_id', 'name', 'county', 'chain_id', 'level', 'lead_industry'],
      [`${p}-K1`, '测试轴承集群', `${p}县`, `${p}-CH`, 'PROVINCIAL', '轴承'],
    ],
    cluster_years: [
      ['cluster_id', 'year', 'output', 'growth', 'tax_share'],
      [`${p}-K1`, '2023', '1200000', '6.5', '60'],
      [`${p}-K1`, '2024', '1300000', '', ''],
    ],
    enterprises: [
      ['credit_code', 'name', 'local', 'county', 'city', 'province', 'cluster_ids', 'segment_ids', 'founded', 'chain_leader'],
      [a, '甲轴承有限公司', 'true', `${p}县`, '', '', `${p}-K1`, `${p}-S3`, '2001', 'true'],
      [b, '乙锻造有限公司', '是', `${p}县`, '', '', `${p}-K1`, `${p}-S2`, '2005', '否'],
      [c, '丙特钢有限公司', '0', '', '济南市', '山东省', '', `${p}-S1`, '', ''],
    ],
    enterprise_years: [
      headerOf('enterprise_years'),
      [a, '2023', '50000', '2500', '1', 'LITTLE_GIANT', '12', 'true', 'true', 'false', ''],
      [b, '2023', '8000', '', '0', '无', '', '', '', '', ''],
    ],
    institutes: [
      ['institute_id', 'name', 'kind', 'city'],
      [`${p}-I1`, '测试大学', 'UNIVERSITY', '聊城市'],
    ],
    platforms: [
      ['platform_id', 'name', 'kind', 'level', 'established', 'innovation_platform', 'cluster_ids', 'host_code'],
      [`${p}-P1`, '轴承检测中心', '检测', '省级', '2024', '是', `${p}-K1`, a],
    ],
    supply_links: [
      ['supplier_code', 'buyer_code', 'segment_id', 'annual_value', 'product', 'year'],
      [c, b, `${p}-S1`, '3000', '轴承钢', '2023'],
      [b, a, `${p}-S2`, '1800.5', '套圈', '2023'],
      [c, a, `${p}-S1`, '700', '钢棒', ''],
    ],
    collaborations: [
      ['institute_id', 'credit_code', 'kind', 'year', 'title'],
      [`${p}-I1`, a, 'JOINT_RD', '2023', '高精度轴承'],
    ],
  };
}

/**
 * Everything of one test in the graph as sorted text: every node with a string property that
 * starts with the prefix (labels and properties), and every relationship touching one. The
 * per-row audit of imports (ImportChange) and the figures kept from the graph (SegmentFigures and
 * their heads, server/aggregates/) are not graph data and are left out; `ignoreTimes`
 * leaves out `updatedAt` too, to compare two imports of the same rows made at different times.
 */
export async function fingerprint(db: Database, prefix: string, options: { ignoreTimes?: boolean } = {}): Promise<string[]> {
  const rows = await runCypher<{ line: string }>(
    db,
    `MATCH (n) WHERE NOT n:ImportChange AND NOT n:SegmentFigures AND NOT n:SegmentFiguresHead AND any(k IN keys(n) WHERE n[k] STARTS WITH $prefix)
     WITH collect(n) AS nodes
     WITH nodes, CASE WHEN $ignoreTimes THEN ['updatedAt'] ELSE [] END AS dropped
     CALL (nodes, dropped) {
       UNWIND nodes AS n
       RETURN 'node ' + apoc.convert.toJson([apoc.coll.sort(labels(n)), apoc.map.sortedProperties(apoc.map.removeKeys(properties(n), dropped))]) AS line
       UNION
       UNWIND nodes AS n
       MATCH (n)-[r]-(m)
       RETURN 'rel ' + apoc.convert.toJson([type(r), apoc.map.sortedProperties(apoc.map.removeKeys(properties(startNode(r)), dropped)), apoc.map.sortedProperties(apoc.map.removeKeys(properties(endNode(r)), dropped)), apoc.map.sortedProperties(apoc.map.removeKeys(properties(r), dropped))]) AS line
     }
     RETURN DISTINCT line`,
    { prefix, ignoreTimes: Boolean(options.ignoreTimes) },
  );
  return rows.map((r) => r.line).sort();
}

/** Deletes the test's nodes (and any journal the test left). */
export async function cleanUp(db: Database, prefix: string): Promise<void> {
  await runCypher(db, 'MATCH (n) WHERE any(k IN keys(n) WHERE n[k] STARTS WITH $prefix) DETACH DELETE n', { prefix });
}

/**
 * The fixture that owns a test's data: `const prefix = ownedPrefixes(db)` at the top of a file,
 * then `const p = prefix()` in a test gives a new prefix, and after each test everything of
 * every prefix it took is deleted (whether it passed or not), so no test sees another's rows.
 */
export function ownedPrefixes(db: Database): () => string {
  const owned: string[] = [];
  afterEach(async () => {
    for (const p of owned.splice(0)) await cleanUp(db, p);
  });
  return () => {
    const p = newPrefix();
    owned.push(p);
    return p;
  };
}

/** One prefix for a whole test file: its data is deleted, and `db` closed, after the file. */
export function filePrefix(db: Database): string {
  const prefix = newPrefix();
  afterAll(async () => {
    await cleanUp(db, prefix);
    await db.close();
  });
  return prefix;
}

/** What an importer's test file works with (importTestBed). */
export interface ImportTestBed {
  db: Database;
  /** a new prefix whose data is deleted after the test (ownedPrefixes) */
  prefix: () => string;
  service: (options?: ImportServiceOptions) => ImportService;
  /** imports `data` written as CSV files into a new folder */
  importData: (data: DataSet, options?: ImportServiceOptions) => Promise<ImportReport>;
  /** a new prefix (as `prefix`) with the small data set already imported under it */
  prefixWithSmallDataSet: () => Promise<string>;
}

/** The tier's database for a test file of the importer (closed after the file), its owned prefixes and the import service. */
export function importTestBed(): ImportTestBed {
  const db = testDatabase();
  afterAll(() => db.close());
  const prefix = ownedPrefixes(db);
  const service = (options: ImportServiceOptions = {}) => new ImportService(db, testCypher(), options);
  const importData = async (data: DataSet, options?: ImportServiceOptions) => service(options).importFolder(await writeDataSet(data));
  return {
    db,
    prefix,
    service,
    importData,
    async prefixWithSmallDataSet() {
      const p = prefix();
      const report = await importData(smallDataSet(p));
      if (!report.ok) throw new Error(`the small data set did not import: ${JSON.stringify(report.errors)}`);
      return p;
    },
  };
}

/** Nodes and relationships of the test (0 when nothing was written). */
export async function countOwn(db: Database, prefix: string): Promise<number> {
  return (await fingerprint(db, prefix)).length;
}

/**
 * The small data set plus `firms` more local firms and `links` supply links between them
 * (every link key distinct), for the staged (large) import path.
 */
export function largerDataSet(p: string, firms: number, links: number): DataSet {
  const data = smallDataSet(p);
  const codes: string[] = [];
  for (let i = 0; i < firms; i++) {
    const c = code(p, 100 + i);
    codes.push(c);
    data.enterprises!.push([
      c,
      `测试企业${i}`,
      i % 4 === 0 ? 'false' : 'true',
      i % 4 === 0 ? '' : `${p}县`,
      '',
      '',
      i % 2 ? `${p}-K1` : '',
      `${p}-S${1 + (i % 3)}`,
      String(1990 + (i % 30)),
      '',
    ]);
    data.enterprise_years!.push([c, '2023', String(1000 + i), String(i), i % 2 ? '1' : '0', '', '', '', '', '', '']);
  }
  for (let k = 0; k < links; k++) {
    const s = k % firms;
    const b = (s + 1 + (Math.floor(k / firms) % (firms - 1))) % firms;
    const year = 2000 + Math.floor(k / (firms * (firms - 1)));
    data.supply_links!.push([codes[s]!, codes[b]!, `${p}-S${1 + (k % 3)}`, String(10 + (k % 97)), `产品${k % 11}`, String(year)]);
  }
  return data;
}
