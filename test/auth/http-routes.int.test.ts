import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM, type Role } from '../../server/auth/policy.js';
import { runCypher, testDatabase } from '../helpers/db.js';
import { startHttpApp, type HttpApp } from '../helpers/http.js';
import { signInAs } from '../helpers/sign-in.js';
import { createRoleFixture, removeRoleFixture, type RoleFixture } from './fixture.js';

/**
 * The REST routes per role, over HTTP with real sessions: the target-list export (analysts and
 * up), the importer (editors with the cluster rule, admins), its templates and file list (any
 * signed-in user). Nobody signed in gets 401 everywhere, and an upload is refused before it is
 * read.
 */
const db = testDatabase();
let web: HttpApp;
let f: RoleFixture;
let listId: string;
const cookies: Partial<Record<Role, string>> = {};

beforeAll(async () => {
  web = await startHttpApp(db);
  f = await createRoleFixture(db, 'routes');
  for (const role of ['viewer', 'analyst', 'editor', 'admin'] as const) {
    cookies[role] = (await signInAs(web, role, { username: `${f.P}-${role}`, clusterIds: role === 'editor' ? [f.K1] : [] })).cookie;
  }
  listId = (await web.app.services.targets.create({ name: `${f.P} 导出清单` }, SYSTEM)).id;
  await web.app.services.targets.addEntry({ listId, creditCode: f.O, reason: '=HYPERLINK("http://evil.example","点我")' }, SYSTEM);
});

afterAll(async () => {
  await web?.close();
  if (f) await removeRoleFixture(db, f);
  await db.close();
});

const as = (role: Role | 'anonymous'): Record<string, string> => (role === 'anonymous' ? {} : { cookie: cookies[role]! });

function upload(files: Record<string, string | Buffer>): FormData {
  const body = new FormData();
  for (const [name, content] of Object.entries(files))
    body.append('files', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name);
  return body;
}

async function importAs(role: Role | 'anonymous', files: Record<string, string | Buffer>, dryRun = true) {
  const response = await fetch(`${web.url}/api/import${dryRun ? '?dryRun=1' : ''}`, {
    method: 'POST',
    headers: as(role),
    body: upload(files),
  });
  return {
    status: response.status,
    body: (await response.json()) as { code?: string; message?: string; ok?: boolean; files?: { encoding: string | null; rows: number }[] },
  };
}

describe('GET /api/target-lists/:id/export', () => {
  it.each([
    ['anonymous', 401],
    ['viewer', 403],
    ['analyst', 200],
    ['editor', 200],
    ['admin', 200],
  ] as const)('as %s: %i', async (role, status) => {
    const response = await fetch(`${web.url}/api/target-lists/${listId}/export?format=csv`, { headers: as(role) });
    expect(response.status).toBe(status);
    if (status === 200) {
      const text = await response.text();
      expect(text).toContain(f.O);
      // the hostile reason is text, never a formula
      expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
    } else {
      expect((await response.json()).code).toBe(status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    }
  });

  it('records each export in the audit log', async () => {
    const [row] = await runCypher<{ n: number }>(db, "MATCH (a:AuditEntry {action: 'targetList.export', key: $id}) RETURN count(a) AS n", {
      id: listId,
    });
    expect(row!.n).toBeGreaterThanOrEqual(3);
  });
});

describe('GET /api/clusters/:id/single-source-risks/export and what-if/export (固链风险, 断链推演)', () => {
  it.each([
    ['anonymous', 401],
    ['viewer', 200],
    ['analyst', 200],
  ] as const)('as %s: %i', async (role, status) => {
    const response = await fetch(`${web.url}/api/clusters/${f.K1}/single-source-risks/export?format=csv`, { headers: as(role) });
    expect(response.status).toBe(status);
    if (status === 200) expect((await response.text()).replace(/^\uFEFF/, '')).toMatch(/^采购方,采购方统一社会信用代码,/);
    else expect((await response.json()).code).toBe('UNAUTHENTICATED');
    const whatIf = await fetch(`${web.url}/api/clusters/${f.K1}/what-if/export?format=xlsx&remove=${f.O}`, { headers: as(role) });
    expect(whatIf.status).toBe(status);
  });
});

describe('the importer', () => {
  const years = (code: string) => `credit_code,year,revenue\r\n${code},2025,1234\r\n`;

  it.each([
    ['anonymous', 401],
    ['viewer', 403],
    ['analyst', 403],
  ] as const)('refuses an upload as %s (%i) before reading it', async (role, status) => {
    const result = await importAs(role, { 'enterprise_years.csv': years(f.E1) }, false);
    expect(result.status).toBe(status);
    expect(result.body.code).toBe(status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    const [row] = await runCypher<{ n: number }>(
      db,
      'MATCH (:Enterprise {creditCode: $c})-[:HAS_YEAR]->(y {year: 2025}) RETURN count(y) AS n',
      { c: f.E1 },
    );
    expect(row!.n).toBe(0);
  });

  it("lets an editor import their cluster's data and nothing else", async () => {
    const mine = await importAs('editor', { 'enterprise_years.csv': years(f.E1) }, false);
    expect(mine.status).toBe(200);
    const other = await importAs('editor', { 'enterprise_years.csv': years(f.E2) });
    expect(other.status).toBe(403);
    expect(other.body.message).toMatch(/负责范围以外的集群/);
    const both = await importAs('editor', { 'enterprise_years.csv': years(f.E1) + `${f.E2},2025,1\r\n` });
    expect(both.status).toBe(403);
    const link = await importAs('editor', {
      'supply_links.csv': `supplier_code,buyer_code,segment_id,annual_value\r\n${f.O},${f.E2},${f.S1},10\r\n`,
    });
    expect(link.status).toBe(403);
    const shared = await importAs('editor', { 'chains.csv': `chain_id,name\r\n${f.P}-X,测试\r\n` });
    expect(shared).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    const move = await importAs('editor', {
      'enterprises.csv': `credit_code,name,local,cluster_ids\r\n${f.E1},甲测试企业,是,${f.K1};${f.K2}\r\n`,
    });
    expect(move.status).toBe(403);
    const [row] = await runCypher<{ years: number[]; clusters: number }>(
      db,
      'MATCH (e1:Enterprise {creditCode: $E1}), (e2:Enterprise {creditCode: $E2}) RETURN COLLECT { MATCH (e1)-[:HAS_YEAR]->(y) RETURN y.year ORDER BY y.year } + COLLECT { MATCH (e2)-[:HAS_YEAR]->(y) WHERE y.year = 2025 RETURN y.year } AS years, COUNT { (e1)-[:IN_CLUSTER]->() } AS clusters',
      f as never,
    );
    expect(row).toEqual({ years: [2024, 2025], clusters: 1 });
  });

  it('lets an admin import anything, and reads a GBK file saved by Chinese Excel', async () => {
    const gbk = iconv.encode(`统一社会信用代码,年份,营业收入\r\n${f.E2},2025,888\r\n`, 'gbk');
    const result = await importAs('admin', { 'enterprise_years.csv': gbk });
    expect(result.status).toBe(200);
    expect(result.body.files![0]).toMatchObject({ encoding: 'gb18030', rows: 1 });
  });

  it('serves templates and the file list to any signed-in user, and to nobody else', async () => {
    for (const path of ['/api/import/templates/enterprises.csv', '/api/import/files']) {
      expect((await fetch(`${web.url}${path}`)).status).toBe(401);
      expect((await fetch(`${web.url}${path}`, { headers: as('viewer') })).status).toBe(200);
    }
  });

  it('refuses a large upload from nobody without reading it', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 'a');
    const started = Date.now();
    const response = await fetch(`${web.url}/api/import`, { method: 'POST', body: upload({ 'enterprises.csv': big }) }).catch(
      (error: Error) => error,
    );
    if (!(response instanceof Error)) expect(response.status).toBe(401);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
