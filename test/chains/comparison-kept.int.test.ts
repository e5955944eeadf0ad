import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherStatement } from '../../server/cypher.js';
import { comparedOfReport } from '../../server/chains/comparison.js';
import { ChainService } from '../../server/chains/service.js';
import { GapService } from '../../server/gaps/service.js';
import { ImportService } from '../../server/imports/service.js';
import type { Params } from '../../server/db/index.js';
import { runCypher, testCypher, testDatabase } from '../helpers/db.js';
import { ADMIN } from '../helpers/graphql.js';
import {
  cleanUp,
  newPrefix,
  regionalCode,
  ONE_SEGMENT_PER_STAGE,
  twoCountyChain,
  writeDataSet,
  type DataSet,
} from '../helpers/import-fixtures.js';

/*
 * chainComparison reads the local-firm figures of covered segments from the kept rows
 * (server/aggregates/, aggregates/comparison-figures) and the rest live (chains/comparison-firms);
 * its supply sums come from the year's links of the chain's segments (chains/comparison-supply).
 * Either way each cluster's figures are exactly chainGapReport's. Worked out by hand below.
 *
 * Chain CH: S1, S2, S3. Clusters K in 阳谷县 (county 371521, city 371500 聊城, province 370000),
 * P in 临清市 (371581, same city and province). Imported (so the figures are kept), then X1 is
 * linked behind the app's back with plain Cypher: S3's OPERATES_IN count no longer matches its
 * head, so S3 is read live while S1 and S2 come from the kept rows.
 *   A1 local 阳谷县, member of K, S1, 链主          A2 local 临清市, member of P, S1
 *   A3 local 临清市, S1 + S2, 2025 LITTLE_GIANT     Y1, Y2 not local, 济南市 山东省, S1
 *   B1, C1 local 阳谷县, members of K, S2           B2 local 临清市, member of P, S3, dissolved 2025
 *   O1 not local, 江阴市 江苏省, S2                 X1 (plain Cypher) local 阳谷县, member of K, S3
 * SUPPLIES 2025 (万元): Y1→A1 0.1, Y1→B1 0.2, Y1→C1 0.3, A2→A1 0.4 (all S1); O1→B1 1.5, A3→C1 0.5
 *   (S2); A3→A2 2 (S1). 2024: Y1→A1 1 (S1).
 * 2025 (B2 gone). Y1's three links into K add up from the smallest, 0.1 + 0.2 + 0.3 (= 0.6 + 1e-16
 * in floats: the report's order; another order gives exactly 0.6):
 *   CITY: K S1 local A1 A2 A3 (3, quality A1 A3), 0.4 / 1.0 → COVERED; S2 A3 B1 C1 (3), 0.5 / 2.0 →
 *     WEAK; S3 X1 (1), no inflow → COVERED. P S1 3, 2 / 2 = 1 but 3 firms → COVERED; S2 3, no
 *     inflow → COVERED; S3 X1 → COVERED (B2 gone: 0 cluster firms).
 *   COUNTY: K S1 A1 (1), A2 is 临清市: 0 / 1.0 → WEAK; S2 B1 C1 (2), 0 / 2 → WEAK; S3 X1 → COVERED.
 *     P S1 A2 A3 (2), 2 / 2 → COVERED; S2 A3 (1) → COVERED; S3 none → MISSING (completeness 2/3).
 *   PROVINCE: K S1 A1 A2 A3 Y1 Y2 (5, quality 2), all inflow local → STRONG; S2 3 (O1 江苏省),
 *     0.5 / 2 → WEAK; S3 1 → COVERED. P S1 5, 2 / 2 → STRONG; S2 3 → COVERED; S3 1 → COVERED.
 * Cluster firms 2025: K S1 1, S2 2, S3 1; P S1 1, S2 0, S3 0.
 */
const db = testDatabase();
const cypher = testCypher();
const gaps = new GapService(db, cypher);
const chains = new ChainService(db, cypher, gaps);
const SCOPES = ['COUNTY', 'CITY', 'PROVINCE'] as const;

let p = '';
const id = (name: string) => `${p}-${name}`;
const firm = (division: string, n: number) => regionalCode(p, division, n);
let F: Record<'A1' | 'A2' | 'A3' | 'Y1' | 'Y2' | 'B1' | 'C1' | 'B2' | 'O1' | 'X1', string>;

function dataSet(): DataSet {
  const s = (n: number) => id(`S${n}`);
  return {
    ...twoCountyChain(p, ONE_SEGMENT_PER_STAGE),
    enterprises: [
      ['credit_code', 'name', 'local', 'county', 'city', 'province', 'cluster_ids', 'segment_ids', 'founded', 'dissolved', 'chain_leader'],
      [F.A1, '本县甲', 'true', '阳谷县', '', '', id('K'), s(1), '2020', '', 'true'],
      [F.A2, '临清乙', 'true', '临清市', '', '', id('P'), s(1), '', '', 'false'],
      [F.A3, '临清丙', 'true', '临清市', '', '', '', `${s(1)};${s(2)}`, '', '', 'false'],
      [F.Y1, '省内丁', 'false', '', '济南市', '山东省', '', s(1), '', '', 'false'],
      [F.Y2, '省内戊', 'false', '', '济南市', '山东省', '', s(1), '', '', 'false'],
      [F.B1, '采购己', 'true', '阳谷县', '', '', id('K'), s(2), '', '', 'false'],
      [F.C1, '采购庚', 'true', '阳谷县', '', '', id('K'), s(2), '', '', 'false'],
      [F.B2, '临清辛', 'true', '临清市', '', '', id('P'), s(3), '', '2025', 'false'],
      [F.O1, '省外壬', 'false', '', '江阴市', '江苏省', '', s(2), '', '', 'false'],
    ],
    enterprise_years: [
      ['credit_code', 'year', 'revenue', 'srdi_level'],
      [F.A3, '2025', '300', 'LITTLE_GIANT'],
    ],
    supply_links: [
      ['supplier_code', 'buyer_code', 'segment_id', 'annual_value', 'year'],
      [F.Y1, F.A1, s(1), '0.1', '2025'],
      [F.Y1, F.B1, s(1), '0.2', '2025'],
      [F.Y1, F.C1, s(1), '0.3', '2025'],
      [F.A2, F.A1, s(1), '0.4', '2025'],
      [F.O1, F.B1, s(2), '1.5', '2025'],
      [F.A3, F.C1, s(2), '0.5', '2025'],
      [F.A3, F.A2, s(1), '2', '2025'],
      [F.Y1, F.A1, s(1), '1', '2024'],
    ],
  };
}

/** The statements a call ran, with their parameters. */
async function recorded<T>(work: () => Promise<T>): Promise<{ result: T; ran: { statement: CypherStatement; params: Params }[] }> {
  const ran: { statement: CypherStatement; params: Params }[] = [];
  const stop = db.onQuery((statement, params) => ran.push({ statement, params }));
  try {
    return { result: await work(), ran };
  } finally {
    stop();
  }
}

/** Every cluster of every comparison (each year with links, and the latest; each scope) equals its chainGapReport. */
async function expectEqualsReports(): Promise<number> {
  let compared = 0;
  for (const scope of SCOPES) {
    const latest = await chains.comparison({ chainId: id('CH'), scope }, ADMIN);
    expect(latest.years).toEqual([2025, 2024]);
    for (const year of [null, ...latest.years]) {
      const cmp = year === null ? latest : await chains.comparison({ chainId: id('CH'), year, scope }, ADMIN);
      expect(cmp.clusters.map((c) => c.clusterId).sort()).toEqual([id('K'), id('P')]);
      for (const cluster of cmp.clusters) {
        const r = await gaps.report({ clusterId: cluster.clusterId, year: cmp.year, scope }, ADMIN);
        expect({ completeness: cluster.completeness, segments: cluster.segments }, `${cluster.clusterId} ${cmp.year} ${scope}`).toEqual(
          comparedOfReport(r),
        );
        compared++;
      }
    }
  }
  return compared;
}

type Cell = { status: string; localFirms: number; clusterFirms: number; localSupplyRatio: number | null };

/** The comparison of 2025 at a scope, per cluster and segment name. */
async function cells(scope: (typeof SCOPES)[number]) {
  const { result, ran } = await recorded(() => chains.comparison({ chainId: id('CH'), year: 2025, scope }, ADMIN));
  const table: Record<string, Cell & { completeness: number }> = {};
  for (const c of result.clusters)
    for (const s of c.segments)
      table[`${c.clusterId.slice(p.length + 1)} ${s.segmentId.slice(p.length + 1)}`] = {
        status: s.status,
        localFirms: s.localFirms,
        clusterFirms: s.clusterFirms,
        localSupplyRatio: s.localSupplyRatio,
        completeness: c.completeness,
      };
  const live = ran.filter((r) => r.statement.name === 'chains/comparison-firms').map((r) => r.params.segmentIds);
  return { table, live };
}

/** a cell as worked out by hand: [status, local firms, cluster firms, local supply ratio] */
type ExpectedCell = [status: string, localFirms: number, clusterFirms: number, ratio: number | null];

function expectCell(actual: Cell | undefined, [status, localFirms, clusterFirms, ratio]: ExpectedCell) {
  expect(actual).toBeDefined();
  expect({ status: actual!.status, localFirms: actual!.localFirms, clusterFirms: actual!.clusterFirms }).toEqual({
    status,
    localFirms,
    clusterFirms,
  });
  if (ratio === null) expect(actual!.localSupplyRatio).toBeNull();
  else expect(actual!.localSupplyRatio).toBeCloseTo(ratio, 12);
}

beforeAll(async () => {
  p = newPrefix();
  F = {
    A1: firm('371521', 1),
    A2: firm('371581', 2),
    A3: firm('371581', 3),
    Y1: firm('370100', 4),
    Y2: firm('370100', 5),
    B1: firm('371521', 6),
    C1: firm('371521', 7),
    B2: firm('371581', 8),
    O1: firm('320281', 9),
    X1: firm('371521', 10),
  };
  const report = await new ImportService(db, cypher).importFolder(await writeDataSet(dataSet()));
  expect(report.errors).toEqual([]);
});

afterAll(async () => {
  await cleanUp(db, p);
  await runCypher(db, 'MATCH (n) WHERE n.creditCode IN $codes DETACH DELETE n', { codes: Object.values(F) });
  await db.close();
});

describe('chainComparison from the kept segment figures', () => {
  it('after an import every segment is covered: no live firm read, and every cluster equals its chain-gap report', async () => {
    const { live } = await cells('CITY');
    expect(live).toEqual([]);
    expect(await expectEqualsReports()).toBe(2 * 3 * 3);
  });

  it('a firm linked behind the app’s back: its segment is read live, the others from the kept rows, the figures as worked out by hand', async () => {
    await runCypher(
      db,
      `MATCH (s:Segment {id: $s3}), (k:Cluster {id: $k})
       CREATE (x:Enterprise {creditCode: $x, name: '暗接癸', local: true, county: '阳谷县', countyCode: '371521', cityCode: '371500',
                             provinceCode: '370000', regionCode: '371521'})
       CREATE (x)-[:OPERATES_IN]->(s), (x)-[:IN_CLUSTER]->(k)`,
      { s3: id('S3'), k: id('K'), x: F.X1 },
    );

    // each cell at COUNTY, CITY and PROVINCE, as worked out at the top
    const expected: Record<string, Record<(typeof SCOPES)[number], ExpectedCell>> = {
      'K S1': { COUNTY: ['WEAK', 1, 1, 0], CITY: ['COVERED', 3, 1, 0.4], PROVINCE: ['STRONG', 5, 1, 1] },
      'K S2': { COUNTY: ['WEAK', 2, 2, 0], CITY: ['WEAK', 3, 2, 0.25], PROVINCE: ['WEAK', 3, 2, 0.25] },
      'K S3': { COUNTY: ['COVERED', 1, 1, null], CITY: ['COVERED', 1, 1, null], PROVINCE: ['COVERED', 1, 1, null] },
      'P S1': { COUNTY: ['COVERED', 2, 1, 1], CITY: ['COVERED', 3, 1, 1], PROVINCE: ['STRONG', 5, 1, 1] },
      'P S2': { COUNTY: ['COVERED', 1, 0, null], CITY: ['COVERED', 3, 0, null], PROVINCE: ['COVERED', 3, 0, null] },
      'P S3': { COUNTY: ['MISSING', 0, 0, null], CITY: ['COVERED', 1, 0, null], PROVINCE: ['COVERED', 1, 0, null] },
    };
    const tables: Partial<Record<(typeof SCOPES)[number], Awaited<ReturnType<typeof cells>>['table']>> = {};
    for (const scope of SCOPES) {
      const { table, live } = await cells(scope);
      // only S3 is read live, for both clusters (K and P share the figures year, so S3 is not covered for either)
      expect(live, scope).toEqual([[id('S3')]]);
      for (const [cell, byScope] of Object.entries(expected)) expectCell(table[cell], byScope[scope]);
      tables[scope] = table;
    }
    // Y1's links into K added from the smallest (the report's order): 0.1 + 0.2 + 0.3, then + 0.4
    expect(tables.CITY!['K S1']!.localSupplyRatio).toBe(0.4 / (0.1 + 0.2 + 0.3 + 0.4));
    expect(tables.COUNTY!['P S3']!.completeness).toBeCloseTo(2 / 3, 12);

    expect(await expectEqualsReports()).toBe(2 * 3 * 3);
  });
});
