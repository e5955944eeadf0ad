import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportService, type ImportReport } from '../../server/imports/service.js';
import { runCypher, testCypher } from '../helpers/db.js';
import { ADMIN, ANALYST, createTestApi, editor, type TestApi } from '../helpers/graphql.js';
import {
  code,
  fingerprint,
  importTestBed,
  largerDataSet,
  tempDir,
  writeCsv,
  writeDataSet,
  type Table,
} from '../helpers/import-fixtures.js';

/**
 * The per-row audit of imports and their undo (server/imports/changes.ts): every row an import
 * creates or changes gets updatedBy / updatedAt and one ImportChange with its before and after;
 * an administrator's undoImport puts every row back in one transaction (deleting what the
 * import created), is refused with CONFLICT when a row changed since, and is audited itself.
 */
const { db, prefixWithSmallDataSet } = importTestBed();
let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api?.close());

/** Uploads tables as a user would (importFiles), returning the report and the import's id. */
async function upload(
  actor: Parameters<ImportService['importFiles']>[1]['actor'],
  files: Record<string, Table>,
  options = {},
): Promise<{ report: ImportReport; importId: string }> {
  const dir = tempDir();
  for (const [name, table] of Object.entries(files)) writeCsv(dir, `${name}.csv`, table);
  const list = Object.keys(files).map((name) => ({ name: `${name}.csv`, path: path.join(dir, `${name}.csv`) }));
  try {
    const report = await new ImportService(db, testCypher(), options).importFiles(list, { actor });
    expect(report.errors).toEqual([]);
    const [entry] = await runCypher<{ id: string }>(
      db,
      "MATCH (a:AuditEntry {action: 'import', userId: $user}) RETURN a.id AS id ORDER BY a.at DESC LIMIT 1",
      { user: actor!.id },
    );
    return { report, importId: entry!.id };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const changesOf = (importId: string) =>
  runCypher<{ file: string; row: number; key: string; op: string; before: string | null; after: string | null }>(
    db,
    'MATCH (x:ImportChange {importId: $importId}) RETURN x.file AS file, x.row AS row, x.key AS key, x.op AS op, x.before AS before, x.after AS after ORDER BY x.file, x.row',
    { importId },
  );

const undo = (importId: string, user = ADMIN) =>
  api.gql('mutation($id: ID!) { undoImport(importId: $id) { importId restored deleted auditEntryId } }', { id: importId }, user);

describe('the per-row audit', () => {
  it('records who changed each row and its before and after', async () => {
    const p = await prefixWithSmallDataSet();
    const [a, b, c] = [code(p, 1), code(p, 2), code(p, 3)];
    const me = editor([`${p}-K1`], `${p}-editor`);
    const { report, importId } = await upload(me, {
      enterprises: [
        ['credit_code', 'name', 'local', 'cluster_ids'],
        [a, '甲轴承股份有限公司', 'true', ''],
        [b, '乙锻造有限公司', '是', ''],
      ],
      supply_links: [
        ['supplier_code', 'buyer_code', 'segment_id', 'annual_value', 'product', 'year'],
        [c, a, `${p}-S1`, '750', '', ''],
      ],
    });
    expect(report.files.map((f) => [f.file, f.created, f.updated, f.unchanged])).toEqual([
      ['enterprises', 0, 1, 1],
      ['supply_links', 0, 1, 0],
    ]);

    // updatedBy names the importing user on the rows that changed, and only on those
    const [state] = await runCypher<{ a: string; b: string; link: string }>(
      db,
      'MATCH (a:Enterprise {creditCode: $a}), (b:Enterprise {creditCode: $b}), (:Enterprise {creditCode: $c})-[r:SUPPLIES {year: 0}]->(a) RETURN a.updatedBy AS a, b.updatedBy AS b, r.updatedBy AS link',
      { a, b, c },
    );
    expect(state).toEqual({ a: me.id, b: 'system', link: me.id });

    const changes = await changesOf(importId);
    expect(changes.map((x) => [x.file, x.row, x.key, x.op])).toEqual([
      ['enterprises', 2, a, 'updated'],
      ['supply_links', 2, `${c}|${a}|${p}-S1|0`, 'updated'],
    ]);
    const [firm, link] = changes.map((x) => [JSON.parse(x.before!), JSON.parse(x.after!)]);
    expect(firm![0].props).toMatchObject({ name: '甲轴承有限公司', updatedBy: 'system' });
    expect(firm![1].props).toMatchObject({ name: '甲轴承股份有限公司', updatedBy: me.id });
    expect(firm![1].clusters).toEqual([`${p}-K1`]);
    expect([link![0].props.annualValue, link![1].props.annualValue]).toEqual([700, 750]);

    // the import's audit entry is the one the changes refer to, and lists them
    const [entry] = await runCypher<{ after: string; userId: string }>(
      db,
      'MATCH (a:AuditEntry {id: $id}) RETURN a.after AS after, a.userId AS userId',
      { id: importId },
    );
    expect(entry!.userId).toBe(me.id);
    expect(JSON.parse(entry!.after)).toMatchObject({ importId, perRowAudit: true, changedRows: 2 });
    const listed = await api.gql(
      'query($id: ID!) { importChanges(importId: $id, first: 1) { totalCount edges { node { file row key op before after } } pageInfo { hasNextPage endCursor } } }',
      { id: importId },
      ADMIN,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.importChanges).toMatchObject({
      totalCount: 2,
      edges: [{ node: { file: 'enterprises', row: 2, key: a, op: 'UPDATED' } }],
      pageInfo: { hasNextPage: true },
    });
    const page2 = await api.gql(
      'query($id: ID!, $after: String) { importChanges(importId: $id, first: 5, after: $after) { edges { node { file row } } pageInfo { hasNextPage hasPreviousPage } } }',
      { id: importId, after: listed.data!.importChanges.pageInfo.endCursor },
      ADMIN,
    );
    expect(page2.data!.importChanges).toEqual({
      edges: [{ node: { file: 'supply_links', row: 2 } }],
      pageInfo: { hasNextPage: false, hasPreviousPage: true },
    });
    // a hand-made offset (what cursors used to be) is refused, not read as a position
    const forged = await api.gql(
      'query($id: ID!, $after: String) { importChanges(importId: $id, after: $after) { totalCount } }',
      { id: importId, after: Buffer.from('importChange:1').toString('base64url') },
      ADMIN,
    );
    expect(forged.errors?.[0]?.extensions).toEqual({ code: 'BAD_INPUT', field: 'after' });
    expect(
      (await api.gql('query($id: ID!) { importChanges(importId: $id) { totalCount } }', { id: importId }, me)).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
  });

  it('records the per-row audit of a staged import too, in its batches', async () => {
    const p = await prefixWithSmallDataSet();
    const data = largerDataSet(p, 10, 60);
    data.enterprises![1]![1] = '甲轴承（分批改名）';
    const report = await new ImportService(db, testCypher(), { singleTransactionMaxRows: 50, batchSize: 20 }).importFolder(
      await writeDataSet(data),
    );
    expect(report.mode).toBe('staged');
    const [entry] = await runCypher<{ id: string }>(
      db,
      "MATCH (a:AuditEntry {action: 'import', userId: 'system'}) RETURN a.id AS id ORDER BY a.at DESC LIMIT 1",
    );
    const changes = await changesOf(entry!.id);
    const changed = report.files.reduce((sum, f) => sum + f.created! + f.updated!, 0);
    expect(changes).toHaveLength(changed);
    expect(changes.find((x) => x.key === code(p, 1))).toMatchObject({ file: 'enterprises', row: 2, op: 'updated' });
    expect(changes.filter((x) => x.file === 'supply_links' && x.op === 'created')).toHaveLength(60);
  });
});

describe('undoing an import', () => {
  it('puts every row back exactly: created rows deleted, updated values and links restored; audited', async () => {
    const p = await prefixWithSmallDataSet();
    const before = await fingerprint(db, p);
    const [a, b, c, d] = [code(p, 1), code(p, 2), code(p, 3), code(p, 4)];
    const { importId } = await upload(ADMIN, {
      enterprises: [
        ['credit_code', 'name', 'local', 'county', 'cluster_ids', 'segment_ids'],
        [a, '甲轴承股份有限公司', 'true', '', '', ''],
        [b, '乙锻造有限公司', 'true', '', '', `${p}-S2;${p}-S3`],
        [d, '丁新企业', 'true', `${p}新县`, `${p}-K1`, `${p}-S3`],
      ],
      enterprise_years: [
        ['credit_code', 'year', 'revenue'],
        [d, '2024', '321'],
        [a, '2023', '51000'],
      ],
      supply_links: [
        ['supplier_code', 'buyer_code', 'segment_id', 'annual_value', 'product', 'year'],
        [d, a, `${p}-S2`, '66', '新套圈', '2024'],
        [c, a, `${p}-S1`, '750', '', ''],
      ],
    });
    expect(await fingerprint(db, p)).not.toEqual(before);

    const result = await undo(importId);
    expect(result.errors).toBeUndefined();
    expect(result.data!.undoImport).toMatchObject({ importId, restored: 4, deleted: 3 });

    // read back from Neo4j: the created firm, its year and its link are gone, the county it brought too
    const [gone] = await runCypher<{ firm: number; years: number; links: number; county: number }>(
      db,
      'RETURN COUNT { (:Enterprise {creditCode: $d}) } AS firm, COUNT { (:EnterpriseYear {creditCode: $d}) } AS years, COUNT { ()-[:SUPPLIES {product: "新套圈"}]->() } AS links, COUNT { (:County {name: $county}) } AS county',
      { d, county: `${p}新县` },
    );
    expect(gone).toEqual({ firm: 0, years: 0, links: 0, county: 0 });
    // the updated values, links, editors and times are what they were
    const [restored] = await runCypher<{ name: string; by: string; segments: string[]; revenue: number; value: number; products: string }>(
      db,
      `MATCH (a:Enterprise {creditCode: $a}), (b:Enterprise {creditCode: $b}), (c:Enterprise {creditCode: $c})
       MATCH (c)-[r:SUPPLIES {year: 0}]->(a)
       RETURN a.name AS name, a.updatedBy AS by, COLLECT { MATCH (b)-[:OPERATES_IN]->(s) RETURN s.id ORDER BY s.id } AS segments,
              COLLECT { MATCH (a)-[:HAS_YEAR]->(y {year: 2023}) RETURN y.revenue }[0] AS revenue, r.annualValue AS value, c.products AS products`,
      { a, b, c },
    );
    expect(restored).toEqual({
      name: '甲轴承有限公司',
      by: 'system',
      segments: [`${p}-S2`],
      revenue: 50000,
      value: 700,
      products: '轴承钢；钢棒',
    });
    const [types] = await runCypher<{ t: string }>(db, 'MATCH (a:Enterprise {creditCode: $a}) RETURN valueType(a.updatedAt) AS t', { a });
    expect(types!.t).toMatch(/^ZONED DATETIME/);
    expect(await fingerprint(db, p)).toEqual(before);

    // audited as its own entry; a second undo is refused
    const [entry] = await runCypher<{ userId: string; action: string; after: string }>(
      db,
      "MATCH (a:AuditEntry {action: 'import.undo', key: $id}) RETURN a.userId AS userId, a.action AS action, a.after AS after",
      { id: importId },
    );
    expect(entry).toMatchObject({ userId: ADMIN.id, action: 'import.undo' });
    expect(JSON.parse(entry!.after)).toEqual({ restored: 4, deleted: 3 });
    expect((await undo(importId)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('is refused with CONFLICT, naming the row, when a row was edited after the import; nothing is changed', async () => {
    const p = await prefixWithSmallDataSet();
    const [a, d] = [code(p, 1), code(p, 4)];
    const { importId } = await upload(ADMIN, {
      enterprises: [
        ['credit_code', 'name', 'local', 'cluster_ids'],
        [a, '甲轴承股份有限公司', 'true', ''],
        [d, '丁新企业', 'false', ''],
      ],
    });
    const edit = await api.gql(
      'mutation($c: String!) { updateEnterprise(creditCode: $c, input: { city: "聊城市" }) { name } }',
      { c: a },
      ADMIN,
    );
    expect(edit.errors).toBeUndefined();
    const before = await fingerprint(db, p);

    const refused = await undo(importId);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rowTotal: 1,
      rows: [{ file: 'enterprises', row: 2, key: a }],
    });
    expect(refused.errors?.[0]?.message).toContain('enterprises 第2行');
    expect(await fingerprint(db, p)).toEqual(before);
    const [undone] = await runCypher<{ n: number }>(db, "MATCH (a:AuditEntry {action: 'import.undo', key: $id}) RETURN count(a) AS n", {
      id: importId,
    });
    expect(undone!.n).toBe(0);
  });

  it('is refused with CONFLICT when a firm the import created now has a link added by an edit', async () => {
    const p = await prefixWithSmallDataSet();
    const [a, d] = [code(p, 1), code(p, 4)];
    const { importId } = await upload(ADMIN, {
      enterprises: [
        ['credit_code', 'name', 'local'],
        [d, '丁新企业', 'false'],
      ],
    });
    const link = await api.gql(
      'mutation($i: SupplyLinkInput!) { upsertSupplyLink(input: $i) { id } }',
      { i: { supplierCode: d, buyerCode: a, segmentId: `${p}-S1`, year: 2024, annualValue: 5 } },
      ADMIN,
    );
    expect(link.errors).toBeUndefined();
    const refused = await undo(importId);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', rows: [{ file: 'enterprises', row: 2, key: d }] });
    const [still] = await runCypher<{ n: number }>(db, 'MATCH (:Enterprise {creditCode: $d})-[r:SUPPLIES]->() RETURN count(r) AS n', { d });
    expect(still!.n).toBe(1);
  });

  it('is for administrators only', async () => {
    const p = await prefixWithSmallDataSet();
    const { importId } = await upload(ADMIN, {
      enterprises: [
        ['credit_code', 'name', 'local'],
        [code(p, 4), '丁新企业', 'false'],
      ],
    });
    for (const user of [ANALYST, editor([`${p}-K1`])]) expect((await undo(importId, user)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await api.gql('mutation { undoImport(importId: "no-such-import") { importId } }', {}, ADMIN)).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    const [firm] = await runCypher<{ n: number }>(db, 'MATCH (e:Enterprise {creditCode: $d}) RETURN count(e) AS n', { d: code(p, 4) });
    expect(firm!.n).toBe(1);
  });
});
