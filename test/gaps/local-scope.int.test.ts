import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRouter, type ServedRouter } from '../helpers/http.js';
import { gapExportRouter } from '../../server/gaps/http.js';
import { ImportService } from '../../server/imports/service.js';
import { runCypher, testCypher, testDatabase } from '../helpers/db.js';
import { newPrefix, regionalCode, twoCountyChain, writeDataSet, type DataSet } from '../helpers/import-fixtures.js';
import { ADMIN, createTestApi, type TestApi } from '../helpers/graphql.js';

/*
 * "Local" at the cluster's county, city or province (issue 16), on a hand-made data set written by
 * the importer (so the region codes are the ones it derives). Every number below is worked out by hand.
 *
 * Chain CH: S1 原料 (UPSTREAM, 1), S2 加工 (MIDSTREAM, 2).
 * Clusters on CH: K in 阳谷县 (county A, 371521; city 聊城 371500; province 山东 370000),
 *                 P in 临清市 (county B, 371581, same city).
 * Firms (credit code digits 3–8 in brackets):
 *   B1 local, county 阳谷县 [370100: registered in Jinan, the file's county wins], member of K, S2
 *   B2 local, county 临清市 [371581], member of K, S2
 *   FA local, county 阳谷县 [371521], S1                       county A
 *   FB local, county 临清市 [371581], S1                       county B of the same city
 *   FB2 local, region_code 371581 (no names) [371502], S1      county B (the code wins over the digits)
 *   FY not local, city 济南市 / 山东省 [370100], S1            city Y of the same province
 *   FZ not local, city 江阴市 / 江苏省 [320281], S1            another province (names: 320000)
 *   FD local, no location [320281], S1                        derived: Jiangsu digits, but the file says local
 * Supply 2025: S1 into B1: FA 10, FB 20, FY 30, FZ 40 (inflow 100); S2 into B2: FB 50 (B2's only supplier).
 *
 * K, S1:  local firms   COUNTY FA = 1; CITY FA FB FB2 FD = 4 (FD: the local flag wins over its digits);
 *                       PROVINCE FA FB FB2 FY FD = 5 (FZ is in Jiangsu)
 *         local inflow  COUNTY 10 → 0.1 WEAK; CITY 10+20 = 30 → 0.3 COVERED; PROVINCE 60 → 0.6 COVERED
 * K, S2:  local firms   COUNTY B1 = 1; CITY B1 B2 = 2; PROVINCE 2
 *         local inflow  COUNTY 0 (FB is in county B) → 0 WEAK; CITY 50 → 1 COVERED (2 firms < 5); PROVINCE COVERED
 * Single-source risk (B2, S2, FB, 50): supplierLocal COUNTY false, CITY true, PROVINCE true.
 * Targets with weakLocalSupplyRatio 0.99 (every segment with a ratio below it is WEAK):
 *   COUNTY S1 (0.1) and S2 (0) WEAK: FB in S2 50, FZ 40, FY 30, FB in S1 20
 *   CITY   S1 (0.3) WEAK, S2 (1) not: FZ 40, FY 30
 *   PROVINCE S1 (0.6) WEAK: FZ 40
 * P (no buyers, no inflow): S1 local firms COUNTY FB FB2 = 2, CITY 4, PROVINCE 5; S2 COUNTY B2 = 1, CITY 2.
 */
const p = newPrefix();
const firm = (division: string, n: number) => regionalCode(p, division, n);
const F = {
  B1: firm('370100', 1),
  B2: firm('371581', 2),
  FA: firm('371521', 3),
  FB: firm('371581', 4),
  FB2: firm('371502', 5),
  FY: firm('370100', 6),
  FZ: firm('320281', 7),
  FD: firm('320281', 8),
};
const id = (name: string) => `${p}-${name}`;

function dataSet(): DataSet {
  return {
    ...twoCountyChain(p, [
      ['原料', 'UPSTREAM'],
      ['加工', 'MIDSTREAM'],
    ]),
    enterprises: [
      ['credit_code', 'name', 'local', 'county', 'city', 'province', 'cluster_ids', 'segment_ids', 'region_code'],
      [F.B1, '采购甲', 'true', '阳谷县', '', '', id('K'), id('S2'), ''],
      [F.B2, '采购乙', 'true', '临清市', '', '', id('K'), id('S2'), ''],
      [F.FA, '本县供应', 'true', '阳谷县', '', '', '', id('S1'), ''],
      [F.FB, '邻县供应', 'true', '临清市', '', '', '', id('S1'), ''],
      [F.FB2, '邻县代码', 'true', '', '', '', '', id('S1'), '371581'],
      [F.FY, '省内供应', 'false', '', '济南市', '山东省', '', id('S1'), ''],
      [F.FZ, '省外供应', 'false', '', '江阴市', '江苏省', '', id('S1'), ''],
      [F.FD, '迁入企业', 'true', '', '', '', '', id('S1'), ''],
    ],
    supply_links: [
      ['supplier_code', 'buyer_code', 'segment_id', 'annual_value', 'year'],
      [F.FA, F.B1, id('S1'), '10', '2025'],
      [F.FB, F.B1, id('S1'), '20', '2025'],
      [F.FY, F.B1, id('S1'), '30', '2025'],
      [F.FZ, F.B1, id('S1'), '40', '2025'],
      [F.FB, F.B2, id('S2'), '50', '2025'],
    ],
  };
}

const db = testDatabase();
let api: TestApi;

async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>): Promise<T> {
  const { data, errors } = await api.gql<T>(query, variables, ADMIN);
  expect(errors).toBeUndefined();
  return data!;
}

beforeAll(async () => {
  api = await createTestApi();
  const report = await new ImportService(db, testCypher()).importFolder(await writeDataSet(dataSet()));
  expect(report.errors).toEqual([]);
  expect(report.ok).toBe(true);
});

afterAll(async () => {
  await runCypher(db, 'MATCH (n) WHERE n.id STARTS WITH $p OR n.clusterId STARTS WITH $p OR n.creditCode IN $codes DETACH DELETE n', {
    p,
    codes: Object.values(F),
  });
  await api.close();
  await db.close();
});

const REPORT = `query($k: ID!, $scope: LocalScope, $t: GapThresholdsInput) { chainGapReport(clusterId: $k, scope: $scope, thresholds: $t) {
  scope segments { segmentId status localFirms localInflow localSupplyRatio }
  investmentTargets { creditCode segmentId inflow }
  singleSourceRisks { buyerCode segmentId supplierCode supplierLocal value } } }`;
const SCOPES = ['COUNTY', 'CITY', 'PROVINCE'] as const;
const report = async (scope: string | undefined, t?: Record<string, number>) => (await ok(REPORT, { k: id('K'), scope, t })).chainGapReport;

describe('region codes written by the importer', () => {
  it('takes region_code, else the names, else the credit code (derived)', async () => {
    const rows = await runCypher<{ code: string; region: Record<string, unknown> }>(
      db,
      'MATCH (e:Enterprise) WHERE e.creditCode IN $codes RETURN e.creditCode AS code, e {.regionCode, .regionDerived, .countyCode, .cityCode, .provinceCode} AS region',
      { codes: Object.values(F) },
    );
    const by = Object.fromEntries(rows.map((r) => [r.code, r.region]));
    const region = (
      regionCode: string,
      regionDerived: boolean,
      countyCode: string | null,
      cityCode: string | null,
      provinceCode: string,
    ) => ({ regionCode, regionDerived, countyCode, cityCode, provinceCode });
    // the file's county wins over the credit code's digits (B1 registered in Jinan)
    expect(by[F.B1]).toEqual(region('371521', false, '371521', '371500', '370000'));
    expect(by[F.FB2]).toEqual(region('371581', false, '371581', '371500', '370000'));
    expect(by[F.FY]).toEqual(region('370100', false, null, '370100', '370000'));
    // 江阴市 is not in the table: the province's name is the most specific known
    expect(by[F.FZ]).toEqual(region('320000', false, null, null, '320000'));
    // no location in the file: the credit code's digits, flagged as derived
    expect(by[F.FD]).toEqual(region('320281', true, '320281', '320200', '320000'));
    const clusters = await runCypher<{ id: string; region: Record<string, unknown> }>(
      db,
      'MATCH (c:Cluster) WHERE c.id IN $ids RETURN c.id AS id, c {.regionCode, .countyCode, .cityCode, .provinceCode} AS region ORDER BY id',
      { ids: [id('K'), id('P')] },
    );
    expect(clusters.map((c) => c.region)).toEqual([
      { regionCode: '371521', countyCode: '371521', cityCode: '371500', provinceCode: '370000' },
      { regionCode: '371581', countyCode: '371581', cityCode: '371500', provinceCode: '370000' },
    ]);
  });
});

describe('chainGapReport at each scope', () => {
  it('counts local firms and local supply of the same county, city or province', async () => {
    const expected = {
      COUNTY: [
        { status: 'WEAK', localFirms: 1, localInflow: 10, localSupplyRatio: 0.1 },
        { status: 'WEAK', localFirms: 1, localInflow: 0, localSupplyRatio: 0 },
      ],
      CITY: [
        { status: 'COVERED', localFirms: 4, localInflow: 30, localSupplyRatio: 0.3 },
        { status: 'COVERED', localFirms: 2, localInflow: 50, localSupplyRatio: 1 },
      ],
      PROVINCE: [
        { status: 'COVERED', localFirms: 5, localInflow: 60, localSupplyRatio: 0.6 },
        { status: 'COVERED', localFirms: 2, localInflow: 50, localSupplyRatio: 1 },
      ],
    };
    for (const scope of SCOPES) {
      const r = await report(scope);
      expect(r.scope).toBe(scope);
      expect(r.segments.map(({ segmentId: _segmentId, ...rest }: { segmentId: string }) => rest)).toEqual(expected[scope]);
    }
  });

  it('is CITY when no scope is given', async () => {
    const [given, byDefault] = [await report('CITY'), await report(undefined)];
    expect(byDefault).toEqual(given);
  });

  it('ranks as targets the suppliers outside the scope', async () => {
    const targets = async (scope: string) =>
      (await report(scope, { weakLocalSupplyRatio: 0.99 })).investmentTargets.map(
        (t: { creditCode: string; segmentId: string; inflow: number }) => [t.creditCode, t.segmentId, t.inflow],
      );
    expect(await targets('COUNTY')).toEqual([
      [F.FB, id('S2'), 50],
      [F.FZ, id('S1'), 40],
      [F.FY, id('S1'), 30],
      [F.FB, id('S1'), 20],
    ]);
    expect(await targets('CITY')).toEqual([
      [F.FZ, id('S1'), 40],
      [F.FY, id('S1'), 30],
    ]);
    expect(await targets('PROVINCE')).toEqual([[F.FZ, id('S1'), 40]]);
  });

  it('marks a single source local or not by the scope', async () => {
    const local = async (scope: string) =>
      (await report(scope)).singleSourceRisks.map((r: Record<string, unknown>) => [
        r.buyerCode,
        r.segmentId,
        r.supplierCode,
        r.supplierLocal,
        r.value,
      ]);
    expect(await local('COUNTY')).toEqual([[F.B2, id('S2'), F.FB, false, 50]]);
    expect(await local('CITY')).toEqual([[F.B2, id('S2'), F.FB, true, 50]]);
    expect(await local('PROVINCE')).toEqual([[F.B2, id('S2'), F.FB, true, 50]]);
  });

  it('refuses an unknown scope', async () => {
    const { errors } = await api.gql(REPORT, { k: id('K'), scope: 'TOWN' }, ADMIN);
    expect(errors).toHaveLength(1);
  });
});

describe('the chain analyses built on the report take the scope', () => {
  it('localSubstitutes: the firms local at the scope', async () => {
    const q =
      'query($k: ID!, $s: ID!, $scope: LocalScope) { localSubstitutes(clusterId: $k, segmentId: $s, scope: $scope, first: 100) { enterprise { creditCode } } }';
    const codes = async (scope: string) =>
      (await ok(q, { k: id('K'), s: id('S1'), scope })).localSubstitutes
        .map((f: { enterprise: { creditCode: string } }) => f.enterprise.creditCode)
        .sort();
    expect(await codes('COUNTY')).toEqual([F.FA]);
    expect(await codes('CITY')).toEqual([F.FA, F.FB, F.FB2, F.FD].sort());
    expect(await codes('PROVINCE')).toEqual([F.FA, F.FB, F.FB2, F.FY, F.FD].sort());
  });

  it('whatIfAttract: a firm already local at the scope cannot be attracted; one outside it counts as local', async () => {
    const q = `query($k: ID!, $a: [String!]!, $scope: LocalScope) { whatIfAttract(clusterId: $k, attract: $a, scope: $scope) {
      scope segments { segmentId localFirmsBefore localFirmsAfter localSupplyRatioBefore localSupplyRatioAfter } } }`;
    // CITY: FY (Jinan) joins: S1 local firms 4 → 5, local supply (30 + 30) / 100 = 0.6
    const city = (await ok(q, { k: id('K'), a: [F.FY], scope: 'CITY' })).whatIfAttract;
    expect(city.scope).toBe('CITY');
    expect(city.segments[0]).toMatchObject({
      localFirmsBefore: 4,
      localFirmsAfter: 5,
      localSupplyRatioBefore: 0.3,
      localSupplyRatioAfter: 0.6,
    });
    // COUNTY: FB (county B) joins: S1 1 → 2 firms, 0.1 → 0.3; S2 stays 1 firm (FB does not operate in S2) but its 50 into B2 is local: 0 → 1
    const county = (await ok(q, { k: id('K'), a: [F.FB], scope: 'COUNTY' })).whatIfAttract;
    expect(county.segments.map((s: Record<string, unknown>) => [s.localFirmsAfter, s.localSupplyRatioAfter])).toEqual([
      [2, 0.3],
      [1, 1],
    ]);
    // PROVINCE: FY is local already
    const { errors } = await api.gql(q, { k: id('K'), a: [F.FY], scope: 'PROVINCE' }, ADMIN);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
  });

  it('chainEvolution and chainComparison: each cluster judged at its own county, city or province', async () => {
    const evolution = `query($k: ID!, $scope: LocalScope) { chainEvolution(clusterId: $k, fromYear: 2025, toYear: 2025, scope: $scope) { scope segments { localFirmsFrom localSupplyRatioTo } } }`;
    expect((await ok(evolution, { k: id('K'), scope: 'COUNTY' })).chainEvolution).toEqual({
      scope: 'COUNTY',
      segments: [
        { localFirmsFrom: 1, localSupplyRatioTo: 0.1 },
        { localFirmsFrom: 1, localSupplyRatioTo: 0 },
      ],
    });
    const comparison = `query($chain: ID!, $scope: LocalScope) { chainComparison(chainId: $chain, scope: $scope) { scope clusters { clusterId segments { localFirms } } } }`;
    const firms = async (scope: string) => {
      const data = (await ok(comparison, { chain: id('CH'), scope })).chainComparison;
      expect(data.scope).toBe(scope);
      return Object.fromEntries(
        data.clusters.map((c: { clusterId: string; segments: { localFirms: number }[] }) => [
          c.clusterId,
          c.segments.map((s) => s.localFirms),
        ]),
      );
    };
    expect(await firms('COUNTY')).toEqual({ [id('K')]: [1, 1], [id('P')]: [2, 1] });
    expect(await firms('CITY')).toEqual({ [id('K')]: [4, 2], [id('P')]: [4, 2] });
    expect(await firms('PROVINCE')).toEqual({ [id('K')]: [5, 2], [id('P')]: [5, 2] });
  });
});

describe('the chain map exports follow the scope (#16)', () => {
  let server: ServedRouter;
  let baseUrl: string;
  beforeAll(async () => {
    server = await serveRouter(gapExportRouter(api.app.services));
    baseUrl = server.url;
  });
  afterAll(() => server.close());
  const risksUrl = (query: string) => `${baseUrl}/api/clusters/${id('K')}/single-source-risks/export?${query}`;

  it('single-source risks (CSV): FB, the only supplier of B2 of 加工, is outside the county but inside the city', async () => {
    const supplierLocal = async (query: string) => {
      const response = await fetch(risksUrl(query));
      expect(response.status).toBe(200);
      const rows: string[][] = parse(await response.text(), { bom: true });
      return rows.slice(1).map((r) => [r[1], r[5], r[6]]);
    };
    expect(await supplierLocal('format=csv&scope=county')).toEqual([[F.B2, F.FB, '外地']]);
    expect(await supplierLocal('format=csv&scope=COUNTY')).toEqual([[F.B2, F.FB, '外地']]);
    expect(await supplierLocal('format=csv')).toEqual([[F.B2, F.FB, '本地']]);
    expect(await supplierLocal('format=csv&scope=province')).toEqual([[F.B2, F.FB, '本地']]);
  });

  it('single-source risks (XLSX): the segment status and the notes of the scope', async () => {
    const sheets = async (query: string) => {
      const response = await fetch(risksUrl(query));
      expect(response.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await response.arrayBuffer());
      const rows = (name: string) => {
        const out: unknown[][] = [];
        wb.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
        return out;
      };
      return { risks: rows('固链风险').slice(1), notes: rows('说明') };
    };
    // 加工 at COUNTY: B1 only, no local supply → WEAK; at CITY: 50/50 local → COVERED
    const county = await sheets('format=xlsx&scope=county');
    expect(county.risks.map((r) => [r[2], r[3], r[6]])).toEqual([['加工', '薄弱', '外地']]);
    expect(county.notes).toContainEqual(['本地范围', '县域（集群所在县的企业算本地）']);
    const city = await sheets('format=xlsx');
    expect(city.risks.map((r) => [r[2], r[3], r[6]])).toEqual([['加工', '覆盖', '本地']]);
    expect(city.notes).toContainEqual(['本地范围', '市域（集群所在市的企业算本地）']);
  });

  it('refuses an unknown scope with BAD_INPUT naming the field', async () => {
    const response = await fetch(risksUrl('format=csv&scope=town'));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'BAD_INPUT', field: 'scope' });
  });
});
