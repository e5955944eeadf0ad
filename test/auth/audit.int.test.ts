import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuditWriter, type AuditEntry } from '../../server/audit/service.js';
import { SYSTEM } from '../../server/auth/policy.js';
import { ImportService } from '../../server/imports/service.js';
import { runCypher, testCypher, testDatabase } from '../helpers/db.js';
import { ADMIN, ANALYST, createTestApi, editor, type TestApi } from '../helpers/graphql.js';
import { largerDataSet, ownedPrefixes, smallDataSet, writeDataSet } from '../helpers/import-fixtures.js';
import { createRoleFixture, removeRoleFixture, type RoleFixture } from './fixture.js';

/**
 * The audit log: every write leaves one entry (who, when, what, before, after) written in the
 * same transaction as the write — a write whose entry cannot be written does not happen, and a
 * refused write leaves no entry. Admins read it newest first, by user and entity, page by page.
 */
const db = testDatabase();
let api: TestApi;
let f: RoleFixture;
const prefix = ownedPrefixes(db);

/** An (:AuditEntry) node as the audit log stores it. */
type Entry = AuditEntry;

const entries = (key: string) =>
  runCypher<Entry & Record<string, unknown>>(db, 'MATCH (a:AuditEntry {key: $key}) RETURN a {.*} AS a ORDER BY a.at, a.id', { key }).then(
    (rows) => rows.map((r) => r.a as Entry),
  );
const json = (text: string | null | undefined) => (text === null || text === undefined ? null : JSON.parse(text));

beforeAll(async () => {
  api = await createTestApi();
  f = await createRoleFixture(db, 'audit');
});
afterEach(async () => {
  vi.restoreAllMocks();
});
afterAll(async () => {
  if (f) await removeRoleFixture(db, f);
  await api?.close();
  await db.close();
});

describe('every write is recorded', () => {
  it('records target-list writes with who, before and after', async () => {
    const created = await api.gql('mutation($n: String!) { createTargetList(name: $n) { id } }', { n: `${f.P} 清单` }, ANALYST);
    const id = created.data!.createTargetList.id as string;
    await api.gql('mutation($id: ID!) { renameTargetList(id: $id, name: "新名字") { id } }', { id }, ANALYST);
    await api.gql(
      'mutation($id: ID!, $c: String!) { addTargetToList(listId: $id, creditCode: $c, reason: "补链") { status } }',
      { id, c: f.O },
      ANALYST,
    );
    await api.gql(
      'mutation($id: ID!, $c: String!) { setTargetStatus(listId: $id, creditCode: $c, status: CONTACTED, note: "已联系") { status } }',
      { id, c: f.O },
      ADMIN,
    );
    await api.gql('mutation($id: ID!, $c: String!) { removeTargetFromList(listId: $id, creditCode: $c) { id } }', { id, c: f.O }, ANALYST);
    await api.gql('mutation($id: ID!) { deleteTargetList(id: $id) }', { id }, ANALYST);

    const list = await entries(id);
    expect(list.map((e) => [e.action, e.entity, e.userId])).toEqual([
      ['targetList.create', 'TargetList', ANALYST.id],
      ['targetList.rename', 'TargetList', ANALYST.id],
      ['targetList.delete', 'TargetList', ANALYST.id],
    ]);
    expect(json(list[0]!.before)).toBeNull();
    expect(json(list[0]!.after)).toMatchObject({ id, name: `${f.P} 清单`, entryCount: 0 });
    expect([json(list[1]!.before), json(list[1]!.after)]).toEqual([{ name: `${f.P} 清单` }, { name: '新名字' }]);
    expect(json(list[2]!.before)).toMatchObject({ name: '新名字', entries: [] });
    expect(json(list[2]!.after)).toBeNull();

    const entry = await entries(`${id}/${f.O}`);
    expect(entry.map((e) => [e.action, e.userId])).toEqual([
      ['targetList.addEntry', ANALYST.id],
      ['targetList.setStatus', ADMIN.id],
      ['targetList.removeEntry', ANALYST.id],
    ]);
    expect(json(entry[0]!.after)).toMatchObject({ creditCode: f.O, reason: '补链', status: 'IDENTIFIED' });
    expect([json(entry[1]!.before), json(entry[1]!.after)]).toEqual([
      { status: 'IDENTIFIED' },
      { status: 'CONTACTED', note: '已联系', date: null },
    ]);
    expect(json(entry[2]!.before)).toMatchObject({ status: 'CONTACTED' });
    for (const e of [...list, ...entry]) expect(Date.now() - Date.parse(e.at)).toBeLessThan(120_000);
  });

  it('records enterprise edits and supply links (with the editor who made them)', async () => {
    const me = editor([f.K1], `${f.P}-editor`);
    await api.gql(
      'mutation($c: String!) { updateEnterprise(creditCode: $c, input: { name: "甲测试企业（新）", clusterIds: [] }) { name } }',
      { c: f.E1 },
      me,
    );
    const [update] = await entries(f.E1);
    expect(update).toMatchObject({ action: 'enterprise.update', entity: 'Enterprise', userId: me.id });
    expect(json(update!.before)).toEqual({ name: '甲测试企业', clusterIds: [f.K1] });
    expect(json(update!.after)).toEqual({ name: '甲测试企业（新）', clusterIds: [] });
    await runCypher(db, 'MATCH (e:Enterprise {creditCode: $E1}), (k:Cluster {id: $K1}) MERGE (e)-[:IN_CLUSTER]->(k)', f as never);

    const link = { supplierCode: f.O, buyerCode: f.E1, segmentId: f.S1, year: 2024 };
    await api.gql(
      'mutation($i: SupplyLinkInput!) { upsertSupplyLink(input: $i) { id } }',
      { i: { ...link, annualValue: 950, product: '测试钢材' } },
      me,
    );
    await api.gql('mutation($k: SupplyLinkKeyInput!) { deleteSupplyLink(key: $k) { id } }', { k: link }, me);
    const linkEntries = await entries(`SUPPLIES:${f.O}>${f.E1}:${f.S1}:2024`);
    expect(linkEntries.map((e) => [e.action, e.userId, json(e.before), json(e.after)])).toEqual([
      [
        'supplyLink.upsert',
        me.id,
        expect.objectContaining({ annualValue: 800, product: '测试钢材' }),
        { annualValue: 950, product: '测试钢材' },
      ],
      ['supplyLink.delete', me.id, { annualValue: 950, product: '测试钢材' }, null],
    ]);
  });

  it('records account administration without any password', async () => {
    const created = await api.gql(
      'mutation($u: String!) { createUser(input: { username: $u, role: VIEWER, password: "a secret password" }) { user { id } } }',
      { u: `${f.P}-audited` },
      ADMIN,
    );
    const id = created.data!.createUser.user.id as string;
    await api.gql('mutation($id: ID!) { updateUser(id: $id, input: { role: ANALYST }) { id } }', { id }, ADMIN);
    await api.gql('mutation($id: ID!) { setUserDisabled(id: $id, disabled: true) { id } }', { id }, ADMIN);
    await api.gql(
      'mutation($id: ID!) { resetUserPassword(id: $id, newPassword: "another secret password") { user { id } } }',
      { id },
      ADMIN,
    );
    const list = await entries(id);
    expect(list.map((e) => e.action)).toEqual(['user.create', 'user.update', 'user.disable', 'user.resetPassword']);
    expect(json(list[1]!.before)).toEqual({ role: 'viewer' });
    expect(json(list[1]!.after)).toEqual({ role: 'analyst' });
    for (const e of list) expect(`${e.before} ${e.after}`).not.toMatch(/secret|argon2|passwordHash/);
  });

  it('records an import as one entry with its summary, for both write paths', async () => {
    for (const [p, data, options] of [
      [prefix(), null, {}],
      [prefix(), 'large', { singleTransactionMaxRows: 50, batchSize: 20 }],
    ] as const) {
      const dir = await writeDataSet(data ? largerDataSet(p, 10, 60) : smallDataSet(p));
      const report = await new ImportService(db, testCypher(), options).importFolder(dir);
      expect(report.ok).toBe(true);
      const [row] = await runCypher<{ a: Entry }>(
        db,
        "MATCH (a:AuditEntry {action: 'import'}) WHERE a.after CONTAINS $dir OR a.at >= $since RETURN a {.*} AS a ORDER BY a.at DESC LIMIT 1",
        { dir, since: new Date(Date.now() - report.durationMs - 5000).toISOString() },
      );
      const after = json(row!.a.after);
      expect(row!.a).toMatchObject({ entity: 'Import', userId: SYSTEM.id });
      expect(after).toMatchObject({ source: 'folder', mode: report.mode, warningTotal: report.warningTotal });
      expect(after.files).toEqual(
        report.files.map((file) => ({
          file: file.file,
          name: file.name,
          rows: file.rows,
          created: file.created,
          updated: file.updated,
          unchanged: file.unchanged,
        })),
      );
    }
  });
});

describe('reading the log page by page', () => {
  const LOG =
    'query($after: String) { auditLog(first: 2, after: $after, entity: "TargetList") { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }';
  type Page = {
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };

  it('pages forward with the whole PageInfo, and refuses a forged cursor', async () => {
    const created = await api.gql('mutation($n: String!) { createTargetList(name: $n) { id } }', { n: `${f.P} 翻页` }, ANALYST);
    const id = created.data!.createTargetList.id as string;
    for (const name of ['一', '二', '三'])
      await api.gql('mutation($id: ID!, $n: String!) { renameTargetList(id: $id, name: $n) { id } }', { id, n: `${f.P} ${name}` }, ANALYST);
    const first = (await api.gql<{ auditLog: Page }>(LOG, { after: null })).data!.auditLog;
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: first.edges[0]!.cursor,
      endCursor: first.edges[1]!.cursor,
    });
    const second = (await api.gql<{ auditLog: Page }>(LOG, { after: first.pageInfo.endCursor })).data!.auditLog;
    expect(second.pageInfo).toMatchObject({ hasPreviousPage: true, startCursor: second.edges[0]!.cursor });
    expect(second.edges.map((e) => e.node.id)).not.toContain(first.edges[1]!.node.id);

    // the keyset of the last entry, written as the cursor used to be (bare base64url JSON): refused now
    const [at, entryId] = (
      await runCypher<{ at: string; id: string }>(db, 'MATCH (a:AuditEntry {id: $id}) RETURN a.at AS at, a.id AS id', {
        id: first.edges[1]!.node.id,
      })
    ).map((r) => [r.at, r.id])[0]!;
    const forged = Buffer.from(JSON.stringify([at, entryId])).toString('base64url');
    for (const after of [forged, 'garbage!', first.pageInfo.endCursor!.slice(0, -2)]) {
      const refused = await api.gql(LOG, { after });
      expect([after, refused.errors?.[0]?.extensions]).toEqual([after, { code: 'BAD_INPUT', field: 'after' }]);
    }
  });
});

describe('the entry and the write share one transaction', () => {
  it('does not write when its audit entry cannot be written', async () => {
    vi.spyOn(AuditWriter.prototype, 'record').mockRejectedValue(new Error('audit store refused'));
    const name = `${f.P} 不应存在`;
    const list = await api.gql('mutation($n: String!) { createTargetList(name: $n) { id } }', { n: name }, ANALYST);
    expect(list.errors?.[0]?.extensions?.code).toBe('INTERNAL');
    const edit = await api.gql(
      'mutation($c: String!) { updateEnterprise(creditCode: $c, input: { city: "不应写入" }) { name } }',
      { c: f.E2 },
      ADMIN,
    );
    expect(edit.errors?.[0]?.extensions?.code).toBe('INTERNAL');
    const user = await api.gql(
      'mutation($u: String!) { createUser(input: { username: $u, role: VIEWER }) { user { id } } }',
      { u: `${f.P}-ghost` },
      ADMIN,
    );
    expect(user.errors?.[0]?.extensions?.code).toBe('INTERNAL');
    const p = prefix();
    await expect(new ImportService(db, testCypher()).importFolder(await writeDataSet(smallDataSet(p)))).rejects.toThrow(
      'audit store refused',
    );
    vi.restoreAllMocks();

    const [state] = await runCypher<{ lists: number; city: string | null; users: number; imported: number }>(
      db,
      `RETURN COUNT { (:TargetList {name: $name}) } AS lists, COLLECT { MATCH (e:Enterprise {creditCode: $E2}) RETURN e.city }[0] AS city,
              COUNT { (:User {username: $ghost}) } AS users, COUNT { (n:Enterprise) WHERE n.creditCode STARTS WITH $p } AS imported`,
      { name, E2: f.E2, ghost: `${f.P}-ghost`, p },
    );
    expect(state).toEqual({ lists: 0, city: null, users: 0, imported: 0 });
  });

  it('leaves no entry for a refused or failed write', async () => {
    const before = (await runCypher<{ n: number }>(db, 'MATCH (a:AuditEntry) RETURN count(a) AS n'))[0]!.n;
    const viewer = { id: `${f.P}-v`, role: 'viewer' as const, name: 'v' };
    await api.gql('mutation { createTargetList(name: "x") { id } }', {}, viewer); // FORBIDDEN
    await api.gql('mutation { createTargetList(name: "") { id } }', {}, ANALYST); // BAD_INPUT
    await api.gql('mutation($c: String!) { updateEnterprise(creditCode: $c, input: { city: "x" }) { name } }', { c: f.E2 }, editor([f.K1])); // FORBIDDEN
    const after = (await runCypher<{ n: number }>(db, 'MATCH (a:AuditEntry) RETURN count(a) AS n'))[0]!.n;
    expect(after).toBe(before);
  });
});

describe('reading the log', () => {
  it('pages newest first and filters by user and entity; admins only', async () => {
    const who = { id: `${f.P}-pager`, role: 'analyst' as const, name: 'pager' };
    for (let i = 0; i < 5; i++) await api.gql('mutation($n: String!) { createTargetList(name: $n) { id } }', { n: `${f.P} 页${i}` }, who);
    const page = (after?: string) =>
      api.gql(
        'query($u: ID, $after: String) { auditLog(first: 2, after: $after, userId: $u, entity: "TargetList") { edges { cursor node { action userId after } } pageInfo { hasNextPage endCursor } } }',
        { u: who.id, after },
        ADMIN,
      );
    const names: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 3; i++) {
      const result = (await page(cursor)).data!.auditLog;
      for (const edge of result.edges) {
        expect(edge.node).toMatchObject({ action: 'targetList.create', userId: who.id });
        names.push(json(edge.node.after).name);
      }
      expect(result.pageInfo.hasNextPage).toBe(i < 2);
      cursor = result.pageInfo.endCursor;
    }
    expect(names).toEqual([4, 3, 2, 1, 0].map((i) => `${f.P} 页${i}`));
    expect((await api.gql('{ auditLog(first: 201) { edges { cursor } } }')).errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    expect((await api.gql('{ auditLog(after: "bm90IGEgY3Vyc29y") { edges { cursor } } }')).errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    expect((await api.gql('{ auditLog { edges { cursor } } }', {}, ANALYST)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
