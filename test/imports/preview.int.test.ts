import { afterAll, describe, expect, it } from 'vitest';
import { ImportService } from '../../server/imports/service.js';
import { testCypher, testDatabase } from '../helpers/db.js';
import { cleanUp, code, newPrefix, smallDataSet, tempDir, writeCsv, writeDataSet } from '../helpers/import-fixtures.js';

/**
 * The validation report (a dry run) shows per file what would change: rows created, rows
 * updated with before → after of each changed column, rows unchanged — against what the
 * database holds, by the writes' rules (an empty optional cell keeps the stored value).
 */
const db = testDatabase();
const p = newPrefix();
afterAll(async () => {
  await cleanUp(db, p);
  await db.close();
});

describe('the validation report', () => {
  it('lists what each file would create and change, and changes nothing', async () => {
    const service = new ImportService(db, testCypher());
    expect((await service.importFolder(await writeDataSet(smallDataSet(p)))).ok).toBe(true);
    const [a, b, c, d] = [1, 2, 3, 4].map((n) => code(p, n)) as [string, string, string, string];
    const dir = tempDir();
    writeCsv(dir, 'enterprises.csv', [
      ['credit_code', 'name', 'local', 'county', 'city', 'province', 'cluster_ids', 'segment_ids', 'founded', 'chain_leader'],
      [a, '甲轴承集团有限公司', 'true', `${p}县`, '', '', `${p}-K1`, `${p}-S3`, '2001', 'true'], // renamed
      [b, '乙锻造有限公司', '是', '', '', '', '', `${p}-S1;${p}-S2`, '2006', ''], // a segment more, another founding year; empty cells keep
      [c, '丙特钢有限公司', '0', '', '', '', '', '', '', ''], // the same (empty cells keep)
      [d, '丁新企业有限公司', '否', '', '', '', '', '', '', ''], // new
    ]);
    writeCsv(dir, 'cluster_years.csv', [
      ['cluster_id', 'year', 'output', 'growth', 'tax_share'],
      [`${p}-K1`, '2023', '1200000', '7', '60'],
    ]);
    const report = await service.importFolder(dir, { dryRun: true });
    expect(report.errors).toEqual([]);
    const enterprises = report.files.find((f) => f.file === 'enterprises')!.changes!;
    expect(enterprises).toEqual({
      created: 1,
      updated: 2,
      unchanged: 1,
      createdRows: [{ row: 5, key: d }],
      updatedRows: [
        { row: 2, key: a, fields: [{ column: 'name', before: '甲轴承有限公司', after: '甲轴承集团有限公司' }] },
        {
          row: 3,
          key: b,
          fields: [
            { column: 'segment_ids', before: [`${p}-S2`], after: [`${p}-S1`, `${p}-S2`] },
            { column: 'founded', before: 2005, after: 2006 },
          ],
        },
      ],
      truncated: false,
    });
    expect(report.files.find((f) => f.file === 'cluster_years')!.changes).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
      createdRows: [],
      updatedRows: [{ row: 2, key: `${p}-K1 / 2023`, fields: [{ column: 'growth', before: 6.5, after: 7 }] }],
      truncated: false,
    });
    // the counts agree with the dry run's own
    expect(report.files.map((f) => [f.file, f.created, f.updated, f.unchanged])).toEqual([
      ['cluster_years', 0, 1, 0],
      ['enterprises', 1, 2, 1],
    ]);
  });
});
