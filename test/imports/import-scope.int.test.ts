import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors.js';
import { ImportService } from '../../server/imports/service.js';
import { runCypher, testCypher, testDatabase } from '../helpers/db.js';
import { editor } from '../helpers/graphql.js';
import { tempDir, writeCsv, type Table } from '../helpers/import-fixtures.js';
import { createRoleFixture, removeRoleFixture, type RoleFixture } from '../auth/fixture.js';
import { codeMaker, randomCodeBody } from '../enterprises/fixture.js';

/**
 * The editors' rule, row by row (server/imports/scope.ts): a row of a firm in no cluster (or an
 * outside→outside supply link) is refused even when the same file also holds a row of the
 * editor's own cluster; the refusal names every such row (file, row, column) and writes nothing.
 * Fixture (test/auth/fixture.ts): the editor has K1; E1 is in K1, E2 in K2, O (outside) in none,
 * B in K1 and K2.
 */
const db = testDatabase();
let f: RoleFixture;
let me: ReturnType<typeof editor>;
/** a second firm in no cluster, and a firm the editor creates */
const code = codeMaker(randomCodeBody(8));
const other = code(1);
const fresh = code(2);

beforeAll(async () => {
  f = await createRoleFixture(db, 'scope');
  me = editor([f.K1], `${f.P}-editor`);
  await runCypher(db, "CREATE (:Enterprise {creditCode: $c, name: '另一外地企业', local: false})", { c: other });
});
afterAll(async () => {
  await runCypher(db, 'MATCH (e:Enterprise) WHERE e.creditCode IN $codes OPTIONAL MATCH (e)-[:HAS_YEAR]->(y) DETACH DELETE y, e', {
    codes: [other, fresh],
  });
  await runCypher(db, 'MATCH (y:EnterpriseYear) WHERE y.creditCode IN $codes DETACH DELETE y', { codes: [f.E1, f.B] });
  if (f) await removeRoleFixture(db, f);
  await db.close();
});

async function importAs(actor: ReturnType<typeof editor>, files: Record<string, Table>, dryRun = false) {
  const dir = tempDir();
  for (const [name, table] of Object.entries(files)) writeCsv(dir, name, table);
  const list = Object.keys(files).map((name) => ({ name, path: path.join(dir, name) }));
  try {
    return await new ImportService(db, testCypher()).importFiles(list, { actor, dryRun });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const state = async () =>
  (
    await runCypher<{ names: string[]; links: number[]; years: number[] }>(
      db,
      `MATCH (e:Enterprise) WHERE e.creditCode IN $codes
       WITH collect(e.name) AS names
       RETURN apoc.coll.sort(names) AS names,
              COLLECT { MATCH (:Enterprise)-[r:SUPPLIES]->(b:Enterprise) WHERE b.creditCode IN $codes RETURN r.annualValue ORDER BY r.annualValue } AS links,
              COLLECT { MATCH (y:EnterpriseYear) WHERE y.creditCode IN $codes RETURN y.year ORDER BY y.year } AS years`,
      { codes: [f.E1, f.E2, f.B, f.O] },
    )
  )[0]!;

/** The editor's import of `files`, refused (FORBIDDEN) with nothing written. */
async function refusal(files: Record<string, Table>): Promise<AppError> {
  const before = await state();
  const error = await importAs(me, files).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('FORBIDDEN');
  expect(await state()).toEqual(before);
  return error as AppError;
}

describe('an editor import is checked row by row', () => {
  it('refuses renaming an outside firm next to a row of their own cluster, naming the row; nothing written', async () => {
    const error = await refusal({
      'enterprises.csv': [
        ['credit_code', 'name', 'local'],
        [f.E1, '甲测试企业（改）', 'true'],
        [f.O, '外地供应商（被改名）', 'false'],
      ],
    });
    expect(error.details.errors).toEqual([
      expect.objectContaining({ file: 'enterprises.csv', row: 3, column: 'credit_code', code: 'OUT_OF_SCOPE' }),
    ]);
    expect(error.details.errorTotal).toBe(1);
    expect(error.message).toContain('enterprises.csv 第3行 credit_code');
    expect(error.message).toContain('enterprises.csv row 3 credit_code');
  });

  it('refuses a row of another cluster next to rows of their own, naming the column that brings it', async () => {
    const error = await refusal({
      'supply_links.csv': [
        ['supplier_code', 'buyer_code', 'segment_id', 'annual_value'],
        [f.O, f.E1, f.S1, '900'],
        [f.O, f.E2, f.S1, '301'],
        [f.O, f.E1, f.S2, '12'],
      ],
    });
    // row 3: E2 is in K2 (not the editor's): named by the buyer's column
    expect(error.details.errors).toEqual([
      expect.objectContaining({ file: 'supply_links.csv', row: 3, column: 'buyer_code', code: 'OUT_OF_SCOPE' }),
    ]);
  });

  it('refuses an outside→outside supply link and the years of an outside firm, each named; nothing written', async () => {
    const error = await refusal({
      'supply_links.csv': [
        ['supplier_code', 'buyer_code', 'segment_id', 'annual_value'],
        [f.O, f.E1, f.S1, '900'],
        [f.O, other, f.S2, '7'],
      ],
      'enterprise_years.csv': [
        ['credit_code', 'year', 'revenue'],
        [f.E1, '2025', '10'],
        [f.O, '2025', '99'],
      ],
    });
    expect(error.details.errors).toEqual([
      expect.objectContaining({ file: 'enterprise_years.csv', row: 3, column: 'credit_code', code: 'OUT_OF_SCOPE' }),
      expect.objectContaining({ file: 'supply_links.csv', row: 3, column: 'supplier_code', code: 'OUT_OF_SCOPE' }),
    ]);
    expect(error.details.errorTotal).toBe(2);
    const [link] = await runCypher<{ n: number }>(
      db,
      'MATCH (:Enterprise {creditCode: $o})-[r:SUPPLIES]->(:Enterprise {creditCode: $x}) RETURN count(r) AS n',
      { o: f.O, x: other },
    );
    expect(link!.n).toBe(0);
  });

  it("still lets the editor import their cluster's rows: a link from an outside supplier, and a new firm they put in their cluster with its years", async () => {
    const report = await importAs(me, {
      'enterprises.csv': [
        ['credit_code', 'name', 'local', 'county', 'cluster_ids'],
        [fresh, '新测试企业', 'true', '东昌府区', f.K1],
      ],
      'enterprise_years.csv': [
        ['credit_code', 'year', 'revenue'],
        [f.E1, '2026', '11'],
        [fresh, '2026', '12'],
      ],
      'supply_links.csv': [
        ['supplier_code', 'buyer_code', 'segment_id', 'annual_value'],
        [f.O, f.E1, f.S1, '801'],
      ],
    });
    expect(report.ok).toBe(true);
    expect((await state()).links).toContain(801);
    const [row] = await runCypher<{ clusters: string[]; years: number[] }>(
      db,
      'MATCH (e:Enterprise {creditCode: $c}) RETURN COLLECT { MATCH (e)-[:IN_CLUSTER]->(k) RETURN k.id } AS clusters, COLLECT { MATCH (e)-[:HAS_YEAR]->(y) RETURN y.year } AS years',
      { c: fresh },
    );
    expect(row).toEqual({ clusters: [f.K1], years: [2026] });
  });
});
