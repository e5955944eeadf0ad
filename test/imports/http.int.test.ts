import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../server/db/index.js';
import { importRouter, type ImportStatus } from '../../server/imports/http.js';
import { ImportService, type ImportReport } from '../../server/imports/service.js';
import { runCypher, testCypher, testDatabase } from '../helpers/db.js';
import { ADMIN, ANALYST, createTestApi, type TestApi } from '../helpers/graphql.js';
import { code, countOwn, ownedPrefixes, smallDataSet, type Table } from '../helpers/import-fixtures.js';

/**
 * The importer over HTTP (server/imports/http.ts), mounted on a bare Express app with the test
 * database and an administrator as the caller (the app puts its session in front of it), on a
 * real port; uploads are fetch + FormData + Blob, as a browser sends them. A second router has
 * small limits and its own upload folder for the upload rules. Last, the app itself: the router
 * is mounted there, behind sign-in.
 */
const db = testDatabase();
const admin = () => ADMIN;
let api: TestApi;
let appServer: http.Server;
let appUrl: string;
let routerServer: http.Server;
let routerUrl: string;
const prefix = ownedPrefixes(db);

async function listen(handler: express.Express): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const close = (server: http.Server | undefined) => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));

beforeAll(async () => {
  const app = express();
  app.use(importRouter({ db, cypher: testCypher() }, { actorOf: admin }));
  ({ server: routerServer, url: routerUrl } = await listen(app));
  api = await createTestApi();
  ({ server: appServer, url: appUrl } = await listen(api.app.express));
});
afterAll(async () => {
  await close(routerServer);
  await close(appServer);
  await api?.close();
  await db.close();
});

const csv = (table: Table) =>
  table.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\r\n') + '\r\n';

function form(files: Record<string, string | Blob>): FormData {
  const body = new FormData();
  for (const [name, content] of Object.entries(files))
    body.append('files', typeof content === 'string' ? new Blob([content], { type: 'text/csv' }) : content, name);
  return body;
}

async function post(base: string, files: Record<string, string | Blob>, query = '') {
  const response = await fetch(`${base}/api/import${query}`, { method: 'POST', body: form(files) });
  return {
    status: response.status,
    body: (await response.json()) as ImportReport & { code?: string; message?: string; report?: ImportReport },
  };
}

const counts = (report: ImportReport) => Object.fromEntries(report.files.map((f) => [f.file, [f.created, f.updated, f.unchanged]]));

describe('POST /api/import', () => {
  it('validates a valid upload without writing (dry run), then writes it, then finds nothing new', async () => {
    const p = prefix();
    const data = smallDataSet(p);
    const files = Object.fromEntries(Object.entries(data).map(([file, table]) => [`${file}.csv`, csv(table)]));

    const dry = await post(routerUrl, files, '?dryRun=1');
    expect(dry.status).toBe(200);
    expect(dry.body.ok).toBe(true);
    expect(dry.body.dryRun).toBe(true);
    expect(counts(dry.body)).toMatchObject({ chains: [1, 0, 0], enterprises: [3, 0, 0], supply_links: [3, 0, 0] });
    expect(await countOwn(db, p)).toBe(0);

    const real = await post(routerUrl, files);
    expect(real.status).toBe(200);
    expect(real.body).toMatchObject({ ok: true, dryRun: false, errorTotal: 0 });
    expect(counts(real.body)).toMatchObject({
      chains: [1, 0, 0],
      segments: [3, 0, 0],
      enterprises: [3, 0, 0],
      supply_links: [3, 0, 0],
      collaborations: [1, 0, 0],
    });
    expect(await countOwn(db, p)).toBeGreaterThan(10);
    const [firm] = await runCypher<{ name: string; customers: number }>(
      db,
      'MATCH (e:Enterprise {creditCode: $c}) RETURN e.name AS name, COUNT { (e)-[:SUPPLIES]->() } AS customers',
      { c: code(p, 3) },
    );
    expect(firm).toEqual({ name: '丙特钢有限公司', customers: 2 });

    const again = await post(routerUrl, files);
    expect(again.status).toBe(200);
    expect(counts(again.body).enterprises).toEqual([0, 0, 3]);
  });

  it('accepts XLSX and several files at once, with Chinese headers', async () => {
    const p = prefix();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('数据');
    sheet.addRow(['链ID', '产业链名称', '行业']);
    sheet.addRow([`${p}-CH`, '测试产业链', '']);
    const xlsx = new Blob([Buffer.from(await workbook.xlsx.writeBuffer())]);
    const result = await post(routerUrl, { 'chains.xlsx': xlsx, 'segments.csv': csv(smallDataSet(p).segments!) }, '?dryRun=1');
    expect(result.status).toBe(200);
    expect(result.body.files.map((f) => [f.name, f.format, f.rows])).toEqual([
      ['chains.xlsx', 'xlsx', 1],
      ['segments.csv', 'csv', 3],
    ]);
  });

  it('answers IMPORT_INVALID with every error by file, row and column, in Chinese, and writes nothing', async () => {
    const p = prefix();
    const data = smallDataSet(p);
    data.enterprises![2]![0] = '91371500MA3C5X1234'; // wrong check character
    data.supply_links![1]![3] = '-5'; // negative value
    const files = Object.fromEntries(Object.entries(data).map(([file, table]) => [`${file}.csv`, csv(table)]));
    const result = await post(routerUrl, files);
    expect(result.status).toBe(400);
    expect(result.body.code).toBe('IMPORT_INVALID');
    expect(result.body.message).toMatch(/未写入任何数据/);
    const report = result.body.report!;
    expect(report.ok).toBe(false);
    const where = report.errors.map((e) => [e.file, e.row, e.column, e.code]);
    expect(where).toContainEqual(['enterprises.csv', 3, 'credit_code', 'BAD_CREDIT_CODE']);
    expect(where).toContainEqual(['supply_links.csv', 2, 'annual_value', 'NEGATIVE']);
    for (const error of report.errors) expect(error.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(report.errorCounts.length).toBeGreaterThan(0);
    expect(await countOwn(db, p)).toBe(0);
  });

  it('takes a file named otherwise by its header, and refuses what is not CSV or XLSX, a request without files and a body that is not an upload (BAD_INPUT)', async () => {
    // a name not from the template: recognised by its header, and the report says what it was taken for
    const named = await post(routerUrl, { '测试集群企业名单（2025年12月）.csv': '统一社会信用代码,企业名称,是否本地\r\n' }, '?dryRun=1');
    expect(named.status).toBe(200);
    expect(named.body.files.map((f) => [f.name, f.file])).toEqual([['测试集群企业名单（2025年12月）.csv', 'enterprises']]);
    expect(named.body.warnings).toContainEqual(
      expect.objectContaining({ code: 'RECOGNISED_FILE', file: '测试集群企业名单（2025年12月）.csv' }),
    );
    // a header that fits no kind: refused for the file, naming it
    const unknown = await post(routerUrl, { '名单.csv': '序号,备注\r\n1,x\r\n' }, '?dryRun=1');
    expect(unknown.status).toBe(400);
    expect(unknown.body.report!.errors).toContainEqual(expect.objectContaining({ file: '名单.csv', code: 'UNKNOWN_FILE' }));

    const wrong = await post(routerUrl, { '企业名单.txt': 'credit_code,name,local\r\n' }, '?dryRun=1');
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('BAD_INPUT');
    expect(wrong.body.message).toContain('企业名单.txt');
    expect(wrong.body.message).toContain('.xlsx');

    const old = await post(routerUrl, { 'enterprises.xls': 'x' });
    expect(old).toMatchObject({ status: 400, body: { code: 'BAD_INPUT' } });

    const none = await fetch(`${routerUrl}/api/import?dryRun=1`, { method: 'POST', body: new FormData() });
    expect(none.status).toBe(400);
    expect(await none.json()).toMatchObject({ code: 'BAD_INPUT' });

    const json = await fetch(`${routerUrl}/api/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ code: 'BAD_INPUT' });

    const badFlag = await post(routerUrl, { 'chains.csv': 'chain_id,name\r\n' }, '?dryRun=maybe');
    expect(badFlag).toMatchObject({ status: 400, body: { code: 'BAD_INPUT' } });
  });

  it('serves the templates: CSV with the English header, XLSX with the Chinese one', async () => {
    const csvResponse = await fetch(`${routerUrl}/api/import/templates/enterprises.csv`);
    expect(csvResponse.status).toBe(200);
    expect(csvResponse.headers.get('content-disposition')).toContain('enterprises.csv');
    const text = await csvResponse.text();
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'credit_code,name,local,county,city,province,cluster_ids,segment_ids,founded,dissolved,chain_leader,region_code',
    );

    const xlsxResponse = await fetch(`${routerUrl}/api/import/templates/supply_links.xlsx`);
    expect(xlsxResponse.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsxResponse.arrayBuffer()) as never);
    expect(workbook.worksheets[0]!.getRow(1).getCell(1).value).toBe('供应方信用代码*');

    expect((await fetch(`${routerUrl}/api/import/templates/passwords.csv`)).status).toBe(404);
    expect((await fetch(`${routerUrl}/api/import/templates/enterprises.exe`)).status).toBe(404);

    const spec = (await (await fetch(`${routerUrl}/api/import/files`)).json()) as {
      files: { file: string; columns: { name: string; zh: string; required: boolean }[] }[];
    };
    expect(spec.files.map((f) => f.file)).toContain('supply_links');
    expect(spec.files.find((f) => f.file === 'enterprises')!.columns[0]).toMatchObject({
      name: 'credit_code',
      zh: '统一社会信用代码',
      required: true,
    });
  });
});

describe('GET /api/import/progress', () => {
  it('shows the running import (phase, file, rows written) to the administrator who started it, only that one runs to an analyst, and nothing once done', async () => {
    // The first written batch waits until the test has looked at the progress.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reachedBatch!: () => void;
    const batchReached = new Promise<void>((resolve) => (reachedBatch = resolve));
    const service = new ImportService(db, testCypher(), {
      afterBatch: async () => {
        reachedBatch();
        await gate;
      },
    });
    const uploader = { ...ADMIN, id: 'test-uploader' };
    const app = express();
    app.use((req, _res, next) => {
      (req as unknown as { who: string }).who = String(req.headers['x-who'] ?? '');
      next();
    });
    app.use(importRouter({ service }, { actorOf: (req) => ((req as unknown as { who: string }).who === 'analyst' ? ANALYST : uploader) }));
    const { server, url } = await listen(app);
    try {
      const progress = async (who = 'uploader') =>
        (await (await fetch(`${url}/api/import/progress`, { headers: { 'x-who': who } })).json()) as ImportStatus;
      expect(await progress()).toEqual({ running: false });

      const p = prefix();
      const files = Object.fromEntries(Object.entries(smallDataSet(p)).map(([file, table]) => [`${file}.csv`, csv(table)]));
      const upload = post(url, files);
      await batchReached;
      const seen = await progress();
      expect(seen).toMatchObject({ running: true, dryRun: false, progress: { phase: 'write', file: 'chains.csv', done: 1, unit: 'rows' } });
      expect(seen.files).toEqual(expect.arrayContaining(['chains.csv', 'enterprises.csv', 'supply_links.csv']));
      expect(Date.parse(seen.startedAt!)).toBeGreaterThan(Date.now() - 60_000);
      expect(await progress('analyst')).toEqual({ running: true });

      release();
      const done = await upload;
      expect(done.status).toBe(200);
      expect(await progress()).toEqual({ running: false });
    } finally {
      release();
      await close(server);
    }
  });
});

describe('the upload rules (a bare router with small limits)', () => {
  let uploadDir: string;
  let server: http.Server | undefined;
  let url: string;

  beforeAll(async () => {
    uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chainatlas-http-test-'));
    const app = express();
    app.use(importRouter({ db, cypher: testCypher() }, { maxFileBytes: 2048, maxFiles: 3, uploadDir, actorOf: admin }));
    ({ server, url } = await listen(app));
  });
  afterAll(async () => {
    await close(server);
    fs.rmSync(uploadDir, { recursive: true, force: true });
  });

  it('refuses an oversize file and too many files (BAD_INPUT), keeping no uploaded file', async () => {
    const big = `chain_id,name\r\n${'X1,很长的名字\r\n'.repeat(400)}`;
    const oversize = await post(url, { 'chains.csv': big }, '?dryRun=1');
    expect(oversize.status).toBe(400);
    expect(oversize.body.code).toBe('BAD_INPUT');
    expect(oversize.body.message).toMatch(/过大/);
    expect(oversize.body.message).toContain('chains.csv');

    const many = await post(
      url,
      { 'chains.csv': 'chain_id,name\r\n', 'segments.csv': 'x\r\n', 'clusters.csv': 'x\r\n', 'cluster_years.csv': 'x\r\n' },
      '?dryRun=1',
    );
    expect(many.status).toBe(400);
    expect(many.body.message).toMatch(/最多上传 3 个文件/);
    expect(fs.readdirSync(uploadDir)).toEqual([]);
  });

  it('deletes the uploaded files after a valid, an invalid and a refused import', async () => {
    const p = prefix();
    expect((await post(url, { 'chains.csv': csv(smallDataSet(p).chains!) }, '?dryRun=1')).status).toBe(200);
    expect((await post(url, { 'chains.csv': 'chain_id\r\nA\r\n' }, '?dryRun=1')).status).toBe(400);
    expect((await post(url, { 'chains.csv': 'chain_id,name\r\n', 'bad.txt': 'x' }, '?dryRun=1')).status).toBe(400);
    expect(fs.readdirSync(uploadDir)).toEqual([]);
  });

  it('answers DATABASE_UNAVAILABLE (503) when Neo4j cannot be reached', async () => {
    const down = Database.create({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', database: 'neo4j' });
    const app = express();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chainatlas-http-down-'));
    app.use(importRouter({ db: down, cypher: testCypher() }, { uploadDir: dir, actorOf: admin }));
    const { server: downServer, url: downUrl } = await listen(app);
    try {
      const p = prefix();
      const result = await post(
        downUrl,
        { 'chains.csv': csv(smallDataSet(p).chains!), 'segments.csv': csv(smallDataSet(p).segments!) },
        '?dryRun=1',
      );
      expect(result.status).toBe(503);
      expect(result.body.code).toBe('DATABASE_UNAVAILABLE');
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      await close(downServer);
      await down.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the app', () => {
  it('mounts the importer behind sign-in: without a session an upload is refused (401) and nothing is kept', async () => {
    const p = prefix();
    const result = await post(appUrl, { 'chains.csv': csv(smallDataSet(p).chains!) });
    expect(result.status).toBe(401);
    expect(result.body.code).toBe('UNAUTHENTICATED');
    expect(await countOwn(db, p)).toBe(0);
  });
});
