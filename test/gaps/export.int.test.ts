import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { riskExportHeader } from '../../server/gaps/export.js';
import { serveRouter, type ServedRouter } from '../helpers/http.js';
import { gapExportRouter } from '../../server/gaps/http.js';
import { ImportService } from '../../server/imports/service.js';
import { testCypher, testDatabase } from '../helpers/db.js';
import { createTestApi, type TestApi } from '../helpers/graphql.js';
import { cleanUp, code, newPrefix, smallDataSet, writeDataSet } from '../helpers/import-fixtures.js';

/**
 * 固链风险 and 断链推演 downloads. The small data set (import-fixtures): cluster K1 with firms a
 * (甲轴承) and b (乙锻造); c (丙特钢) outside. 2023 supply: c→b in S1, b→a in S2 (c→a in S1 has
 * no year). Single-source risks in 2023: b buys S1 only from c (3000), a buys S2 only from b
 * (1800.5). What-if removing c: b is cut off (wave 1), then a (wave 2).
 */
const p = newPrefix();
const db = testDatabase();
let api: TestApi;
let server: ServedRouter;
let baseUrl: string;

beforeAll(async () => {
  api = await createTestApi();
  const report = await new ImportService(db, testCypher()).importFolder(await writeDataSet(smallDataSet(p)));
  expect(report.errors).toEqual([]);
  server = await serveRouter(gapExportRouter(api.app.services));
  baseUrl = server.url;
});

afterAll(async () => {
  await cleanUp(db, p);
  await server.close();
  await api.close();
  await db.close();
});

const [a, b, c] = [1, 2, 3].map((n) => code(p, n)) as [string, string, string];

async function xlsxRows(response: Response, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await response.arrayBuffer());
  const rows: unknown[][] = [];
  wb.getWorksheet(sheet)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('chain map exports', () => {
  it('exports the single-source risks (固链风险) as CSV and XLSX', async () => {
    const csv = await fetch(`${baseUrl}/api/clusters/${p}-K1/single-source-risks/export?format=csv&year=2023`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(decodeURIComponent(csv.headers.get('content-disposition')!.split("UTF-8''")[1]!)).toMatch(/^测试轴承集群-固链风险-\d{8}\.csv$/);
    const rows: string[][] = parse(await csv.text(), { bom: true });
    expect(rows[0]).toEqual(riskExportHeader(2023));
    expect(rows[0]![7]).toBe('年供应额（万元，2023年）');
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[4], r[5], r[6], r[7]])).toEqual([
      ['乙锻造有限公司', b, '轴承钢', '丙特钢有限公司', c, '外地', '3000'],
      ['甲轴承有限公司', a, '套圈锻件', '乙锻造有限公司', b, '本地', '1800.5'],
    ]);

    const xlsx = await fetch(`${baseUrl}/api/clusters/${p}-K1/single-source-risks/export?format=xlsx&year=2023&segmentId=${p}-S2`);
    expect(xlsx.status).toBe(200);
    const sheet = await xlsxRows(xlsx, '固链风险');
    expect(sheet.slice(1).map((r) => [r[0], r[1], r[4], r[7]])).toEqual([['甲轴承有限公司', a, '乙锻造有限公司', 1800.5]]);

    // the whole cluster's workbook also holds the risks grouped by segment and by supplier, by value at stake
    const all = await fetch(`${baseUrl}/api/clusters/${p}-K1/single-source-risks/export?format=xlsx&year=2023`);
    const bySegment = await xlsxRows(all, '按环节汇总');
    expect(bySegment[0]!.slice(0, 3)).toEqual(['环节', '固链风险（⚠）', '涉及金额（万元）']);
    expect(bySegment.slice(1).map((r) => [r[0], r[2], r[4], r[5]])).toEqual([
      ['轴承钢', 3000, 1, 1],
      ['套圈锻件', 1800.5, 1, 1],
    ]);
    const again = await fetch(`${baseUrl}/api/clusters/${p}-K1/single-source-risks/export?format=xlsx&year=2023`);
    const bySupplier = await xlsxRows(again, '按供应方汇总');
    expect(bySupplier.slice(1)).toEqual([
      ['丙特钢有限公司', c, '外地', 1, 1, 3000, '轴承钢'],
      ['乙锻造有限公司', b, '本地', 1, 1, 1800.5, '套圈锻件'],
    ]);
  });

  it('exports a what-if (断链推演) result wave by wave', async () => {
    const csv = await fetch(`${baseUrl}/api/clusters/${p}-K1/what-if/export?format=csv&remove=${c}&year=2023`);
    expect(csv.status).toBe(200);
    const rows: string[][] = parse(await csv.text(), { bom: true });
    expect(rows).toEqual([
      ['波次', '企业名称', '统一社会信用代码', '所在地', '是否本地', '是否链主'],
      ['1', '乙锻造有限公司', b, `${p}县`, '是', '否'],
      ['2', '甲轴承有限公司', a, `${p}县`, '是', '是'],
    ]);
    const xlsx = await fetch(`${baseUrl}/api/clusters/${p}-K1/what-if/export?remove=${c}&year=2023`);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const summary = await xlsxRows(xlsx, '推演条件与结果');
    expect(summary).toContainEqual(['移除的企业（信用代码）', c]);
    expect(summary).toContainEqual(['断链企业数', 2]);
  });

  it('refuses a bad format, no firms to remove and unknown codes with BAD_INPUT', async () => {
    const bad = await fetch(`${baseUrl}/api/clusters/${p}-K1/single-source-risks/export?format=pdf`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_INPUT' });
    expect((await fetch(`${baseUrl}/api/clusters/${p}-K1/what-if/export?format=csv`)).status).toBe(400);
    const unknown = await fetch(`${baseUrl}/api/clusters/${p}-K1/what-if/export?format=csv&remove=${code(p, 99)}`);
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ code: 'BAD_INPUT' });
  });
});
