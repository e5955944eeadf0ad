import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ImportService } from '../../server/imports/service.js';
import { completeCreditCode } from '../../server/shared/creditCode.js';
import { runCypher, testCypher, testDatabase } from '../helpers/db.js';
import { cleanUp, newPrefix, writeDataSet } from '../helpers/import-fixtures.js';

/**
 * The importer's region rules (server/shared/regions.ts): an explicit region_code wins over the
 * county / city / province names, the names win over the credit code's digits (then derived), a
 * bad region_code is a row error and nothing is written, and a later row without a place does
 * not replace a stated region.
 */
const db = testDatabase();
const prefixes: string[] = [];
afterEach(async () => {
  for (const p of prefixes.splice(0)) {
    await cleanUp(db, p);
    await runCypher(db, 'MATCH (e:Enterprise) WHERE e.creditCode CONTAINS $p DETACH DELETE e', { p });
  }
});
afterAll(() => db.close());

const service = (options = {}) => new ImportService(db, testCypher(), options);
/** A credit code registered in `division` (digits 3–8), unique to the prefix. */
const firm = (p: string, division: string, n: number) => completeCreditCode(`91${division}${p}${String(n).padStart(3, '0')}`);
const HEADER = ['credit_code', 'name', 'local', 'county', 'city', 'province', 'region_code'];

async function regionOf(code: string) {
  const [row] = await runCypher<{ region: Record<string, unknown> }>(
    db,
    'MATCH (e:Enterprise {creditCode: $code}) RETURN e {.regionCode, .regionDerived, .countyCode, .cityCode, .provinceCode} AS region',
    { code },
  );
  return row?.region;
}

describe('region codes on import', () => {
  it('region_code wins over the names; the names over the credit code', async () => {
    const p = newPrefix();
    prefixes.push(p);
    const [a, b, c] = [firm(p, '370100', 1), firm(p, '370100', 2), firm(p, '371525', 3)];
    const data = {
      enterprises: [
        HEADER,
        [a, '甲', 'true', '阳谷县', '聊城市', '山东省', '371581'],
        [b, '乙', 'true', '阳谷县', '', '', ''],
        [c, '丙', 'true', '', '', '', ''],
      ],
    };
    const report = await service().importFolder(await writeDataSet(data));
    expect(report.errors).toEqual([]);
    expect(await regionOf(a)).toEqual({
      regionCode: '371581',
      regionDerived: false,
      countyCode: '371581',
      cityCode: '371500',
      provinceCode: '370000',
    });
    expect(await regionOf(b)).toEqual({
      regionCode: '371521',
      regionDerived: false,
      countyCode: '371521',
      cityCode: '371500',
      provinceCode: '370000',
    });
    expect(await regionOf(c)).toEqual({
      regionCode: '371525',
      regionDerived: true,
      countyCode: '371525',
      cityCode: '371500',
      provinceCode: '370000',
    });
  });

  it('writes the same codes in a staged (batch by batch) import', async () => {
    const p = newPrefix();
    prefixes.push(p);
    const [a, b] = [firm(p, '370100', 1), firm(p, '371525', 2)];
    const report = await service({ singleTransactionMaxRows: 0 }).importFolder(
      await writeDataSet({ enterprises: [HEADER, [a, '甲', 'true', '阳谷县', '', '', ''], [b, '乙', 'true', '', '', '', '']] }),
    );
    expect(report.mode).toBe('staged');
    expect(await regionOf(a)).toEqual({
      regionCode: '371521',
      regionDerived: false,
      countyCode: '371521',
      cityCode: '371500',
      provinceCode: '370000',
    });
    expect(await regionOf(b)).toEqual({
      regionCode: '371525',
      regionDerived: true,
      countyCode: '371525',
      cityCode: '371500',
      provinceCode: '370000',
    });
  });

  it('refuses a bad region_code with a row error, and writes nothing', async () => {
    for (const bad of ['3715', '991500', '37150X']) {
      const p = newPrefix();
      prefixes.push(p);
      const [code, other] = [firm(p, '371500', 1), firm(p, '371500', 2)];
      const data = { enterprises: [HEADER, [code, '甲', 'true', '', '', '', bad], [other, '乙', 'true', '冠县', '', '', '']] };
      const report = await service().importFolder(await writeDataSet(data));
      expect(report.ok).toBe(false);
      expect(report.errors.map(({ file, row, column, code }) => ({ file, row, column, code }))).toEqual([
        { file: 'enterprises.csv', row: 2, column: 'region_code', code: 'BAD_REGION_CODE' },
      ]);
      expect(report.errors[0]!.message.zh).toMatch(/行政区划代码/);
      // all or nothing: the good row is not written either
      expect(await regionOf(code)).toBeUndefined();
      expect(await regionOf(other)).toBeUndefined();
    }
  });

  it('keeps a stated region against a later row with no place, or with only its city', async () => {
    const p = newPrefix();
    prefixes.push(p);
    const a = firm(p, '320281', 1);
    await service().importFolder(await writeDataSet({ enterprises: [HEADER, [a, '甲', 'true', '冠县', '', '', '']] }));
    expect(await regionOf(a)).toMatchObject({ regionCode: '371525', regionDerived: false });
    await service().importFolder(await writeDataSet({ enterprises: [HEADER, [a, '甲', 'true', '', '', '', '']] }));
    expect(await regionOf(a)).toMatchObject({ regionCode: '371525', regionDerived: false });
    await service().importFolder(await writeDataSet({ enterprises: [HEADER, [a, '甲', 'true', '', '聊城市', '', '']] }));
    expect(await regionOf(a)).toMatchObject({ regionCode: '371525', countyCode: '371525', regionDerived: false });
    // a different place stated replaces it
    await service().importFolder(await writeDataSet({ enterprises: [HEADER, [a, '甲', 'true', '', '', '', '371581']] }));
    expect(await regionOf(a)).toMatchObject({ regionCode: '371581', countyCode: '371581', regionDerived: false });
  });
});
