import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../server/app.js';
import type { CypherStatement } from '../../server/cypher.js';
import { createSupplyLinks, runCypher, testCypher, testDatabase, type TestSupplyLink } from '../helpers/db.js';
import { cleanUp } from '../helpers/import-fixtures.js';
import { ADMIN, ANALYST, apiWithOwnGraph, VIEWER } from '../helpers/graphql.js';

/*
 * A hand-built chain of 8 segments for cluster K; every expected number below is worked out
 * by hand from this fixture. Codes are `${P}-<name>`.
 *
 * Segments (order): S1 钢材 UP, S2 轴承钢 UP, S3 锻造 MID, S4 热处理 MID, S5 检测 MID,
 * S6 整机 DOWN, S7 售后 DOWN, S8 润滑 UP.
 * Cluster K members: B1, B2, B3 (local buyers), L1 (链主), L2, L12 (little giant in 2023).
 * L3 is local in another cluster K2; L4..L11, L13..L16 local in no cluster; X1 local, no cluster.
 * O1..O6 are outside firms (local = false).
 * OPERATES_IN: S1 L1 L2 L3 L4 L5 (+ O1, outside: not counted); S2 L6; S3 L7..L11 (L8 PROVINCIAL
 * in 2022 only); S4 L12 L13 L14 L15; S5 L16; S6 O5 only (outside); S7 B1 B2 B3; S8 nobody.
 * Revenue 2023: B1 1000, B2 2000, B3 3000, L1 500, L2 300, L3 100, L12 700. 2022: B1 900, L1 400.
 *
 * SUPPLIES in 2023 (value 万元):
 *   S1: L1→B1 60, L2→B2 20, O1→B1 20
 *   S2: L6→B3 100, O2→B1 400, O3→B1 200, O3→B2 200, O2→X1 1000 (X1 not in K: ignored)
 *   S3: L7→B2 90, O1→B2 10
 *   S4: L12→B3 70
 *   S6: O5→B1 50, O6→B2 50
 * SUPPLIES in 2022: S1: O1→B1 100.
 */
const P = `t-gaps-report-${Date.now()}`;
const c = (name: string) => `${P}-${name}`;
const { db, api } = apiWithOwnGraph(buildGraph, () => cleanUp(db, P));

const REPORT = `query($clusterId: ID!, $year: Int, $thresholds: GapThresholdsInput) {
  chainGapReport(clusterId: $clusterId, year: $year, thresholds: $thresholds) {
    clusterId clusterName chainId chainName year supplyYears figuresYear completeness
    thresholds { weakLocalSupplyRatio strongLocalSupplyRatio strongMinLocalFirms singlePointShare }
    segments { segmentId name stage order status localFirms localRevenue localSrdiFirms localChainLeaders
      clusterFirms clusterRevenue clusterSrdiFirms clusterChainLeaders inflow localInflow localSupplyRatio
      topSupplierShare topSupplierCode singlePoint supplierCount buyerCount }
    investmentTargets { rank creditCode name city segmentId segmentName stage segmentStatus inflow buyers reason reasonEn }
    extensionOpportunities { segmentId status }
    singleSourceRisks { buyerCode buyerName segmentId segmentName supplierCode supplierName value supplierLocal }
  }
}`;

type Segment = Record<string, unknown> & { segmentId: string; status: string };
async function report(variables: Record<string, unknown>) {
  const { data, errors } = await api.gql(REPORT, { clusterId: c('K'), ...variables });
  expect(errors).toBeUndefined();
  const result = data!.chainGapReport;
  const seg = (n: number) => (result.segments as Segment[]).find((s) => s.segmentId === c(`S${n}`))!;
  return { result, seg, statuses: (result.segments as Segment[]).map((s) => s.status) };
}

/** Writes the file's graph (described above). */
async function buildGraph(): Promise<void> {
  await runCypher(
    db,
    `
    CREATE (chain:Chain {id: $p + '-CH', name: '轴承产业链'})
    CREATE (k:Cluster {id: $p + '-K', name: '临清轴承', county: '临清市', level: 'PROVINCIAL'})-[:FOLLOWS]->(chain)
    CREATE (:Cluster {id: $p + '-K2', name: '另一集群', county: '冠县', level: 'CITY'})
    WITH chain, k
    UNWIND [['S8', '润滑', 'UPSTREAM', 8], ['S1', '钢材', 'UPSTREAM', 1], ['S2', '轴承钢', 'UPSTREAM', 2], ['S3', '锻造', 'MIDSTREAM', 3],
            ['S4', '热处理', 'MIDSTREAM', 4], ['S5', '检测', 'MIDSTREAM', 5], ['S6', '整机', 'DOWNSTREAM', 6], ['S7', '售后', 'DOWNSTREAM', 7]] AS s
    CREATE (chain)-[:HAS_SEGMENT]->(:Segment {id: $p + '-' + s[0], chainId: chain.id, name: s[1], stage: s[2], order: s[3]})
  `,
    { p: P },
  );
  // Firms: [name, local, clusterId suffix or null, chainLeader, segments]
  const firms: [string, boolean, string | null, boolean, string[]][] = [
    ['B1', true, 'K', false, ['S7']],
    ['B2', true, 'K', false, ['S7']],
    ['B3', true, 'K', false, ['S7']],
    ['L1', true, 'K', true, ['S1']],
    ['L2', true, 'K', false, ['S1']],
    ['L3', true, 'K2', false, ['S1']],
    ['L4', true, null, false, ['S1']],
    ['L5', true, null, false, ['S1']],
    ['L6', true, null, false, ['S2']],
    ['L7', true, null, false, ['S3']],
    ['L8', true, null, false, ['S3']],
    ['L9', true, null, false, ['S3']],
    ['L10', true, null, false, ['S3']],
    ['L11', true, null, false, ['S3']],
    ['L12', true, 'K', false, ['S4']],
    ['L13', true, null, false, ['S4']],
    ['L14', true, null, false, ['S4']],
    ['L15', true, null, false, ['S4']],
    ['L16', true, null, false, ['S5']],
    ['X1', true, null, false, []],
    ['O1', false, null, false, ['S1']],
    ['O2', false, null, false, []],
    ['O3', false, null, false, []],
    ['O4', false, null, false, []],
    ['O5', false, null, false, ['S6']],
    ['O6', false, null, false, []],
  ];
  const names: Record<string, string> = { O1: '远方钢铁', O2: '甲钢', O3: '乙钢', O5: '北方整机', O6: '东方整机' };
  await runCypher(
    db,
    `
    UNWIND $firms AS f
    CREATE (e:Enterprise {creditCode: $p + '-' + f.code, name: f.name, local: f.local, chainLeader: f.leader,
                          city: CASE WHEN f.local THEN '聊城市' ELSE '天津市' END})
    WITH e, f
    CALL (e, f) { WITH e, f WHERE f.cluster IS NOT NULL MATCH (k:Cluster {id: $p + '-' + f.cluster}) CREATE (e)-[:IN_CLUSTER]->(k) }
    CALL (e, f) { UNWIND f.segments AS s MATCH (seg:Segment {id: $p + '-' + s}) CREATE (e)-[:OPERATES_IN]->(seg) }
  `,
    {
      p: P,
      firms: firms.map(([code, local, cluster, leader, segments]) => ({
        code,
        name: names[code] ?? `企业${code}`,
        local,
        cluster,
        leader,
        segments,
      })),
    },
  );
  // [code, year, revenue, srdiLevel]
  const years: [string, number, number, string][] = [
    ['B1', 2023, 1000, 'NONE'],
    ['B2', 2023, 2000, 'NONE'],
    ['B3', 2023, 3000, 'NONE'],
    ['L1', 2023, 500, 'NONE'],
    ['L2', 2023, 300, 'NONE'],
    ['L3', 2023, 100, 'NONE'],
    ['L12', 2023, 700, 'LITTLE_GIANT'],
    ['L8', 2023, 10, 'NONE'],
    ['B1', 2022, 900, 'NONE'],
    ['L1', 2022, 400, 'NONE'],
    ['L8', 2022, 10, 'PROVINCIAL'],
    ['O1', 2022, 2000, 'LITTLE_GIANT'],
  ];
  await runCypher(
    db,
    `
    UNWIND $years AS y
    MATCH (e:Enterprise {creditCode: $p + '-' + y[0]})
    CREATE (e)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: e.creditCode, year: y[1], revenue: y[2], srdiLevel: y[3]})
  `,
    { p: P, years },
  );
  // O1 (outside, not counted in any segment's firms) has what a target reason tells apart
  await runCypher(
    db,
    `MATCH (o:Enterprise {creditCode: $p + '-O1'}) SET o.founded = 2000, o.province = '天津市', o.provinceCode = '120000', o.chainLeader = true`,
    { p: P },
  );
  // [supplier, buyer, segment, year, value]
  const links: TestSupplyLink[] = [
    ['L1', 'B1', 'S1', 2023, 60],
    ['L2', 'B2', 'S1', 2023, 20],
    ['O1', 'B1', 'S1', 2023, 20],
    ['L6', 'B3', 'S2', 2023, 100],
    ['O2', 'B1', 'S2', 2023, 400],
    ['O3', 'B1', 'S2', 2023, 200],
    ['O3', 'B2', 'S2', 2023, 200],
    ['O2', 'X1', 'S2', 2023, 1000],
    ['L7', 'B2', 'S3', 2023, 90],
    ['O1', 'B2', 'S3', 2023, 10],
    ['L12', 'B3', 'S4', 2023, 70],
    ['O5', 'B1', 'S6', 2023, 50],
    ['O6', 'B2', 'S6', 2023, 50],
    ['O1', 'B1', 'S1', 2022, 100],
  ];
  await createSupplyLinks(db, P, links);
}

describe('chainGapReport', () => {
  it('classifies every segment of the chain in chain order (latest year 2023)', async () => {
    const { result, seg, statuses } = await report({});
    // Links exist in 2023 and 2022: the latest is analysed; both are offered.
    expect(result).toMatchObject({
      clusterId: c('K'),
      clusterName: '临清轴承',
      chainId: c('CH'),
      chainName: '轴承产业链',
      year: 2023,
      supplyYears: [2023, 2022],
      figuresYear: 2023,
    });
    expect(result.thresholds).toEqual({
      weakLocalSupplyRatio: 0.3,
      strongLocalSupplyRatio: 0.7,
      strongMinLocalFirms: 5,
      singlePointShare: 0.6,
    });
    expect((result.segments as Segment[]).map((s) => s.segmentId)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => c(`S${n}`)));
    expect(statuses).toEqual(['STRONG', 'WEAK', 'COVERED', 'COVERED', 'COVERED', 'MISSING', 'COVERED', 'MISSING']);
    // 6 of 8 segments are not MISSING (S6, S8 are).
    expect(result.completeness).toBe(0.75);

    // S1 STRONG: local L1..L5 = 5 (O1 is outside); inflow 60+20+20 = 100, local 80 → 0.8 >= 0.7;
    // L1 is 链主. Top supplier L1 60/100 = 0.6 >= 0.6 → singlePoint (the boundary counts).
    // Cluster firms in S1: L1, L2 → revenue 500+300 = 800; local revenue 500+300+100 (L3) = 900.
    expect(seg(1)).toEqual({
      segmentId: c('S1'),
      name: '钢材',
      stage: 'UPSTREAM',
      order: 1,
      status: 'STRONG',
      localFirms: 5,
      localRevenue: 900,
      localSrdiFirms: 0,
      localChainLeaders: 1,
      clusterFirms: 2,
      clusterRevenue: 800,
      clusterSrdiFirms: 0,
      clusterChainLeaders: 1,
      inflow: 100,
      localInflow: 80,
      localSupplyRatio: 0.8,
      topSupplierShare: 0.6,
      topSupplierCode: c('L1'),
      singlePoint: true,
      supplierCount: 3,
      buyerCount: 2,
    });
    // S2 WEAK: inflow 100 (L6) + 400 (O2→B1; O2→X1 is not into the cluster) + 400 (O3) = 900;
    // local 100 → 1/9 ≈ 0.111 < 0.3. Top: O2 and O3 tie at 400, O2 first by code → 400/900 ≈ 0.444.
    expect(seg(2)).toMatchObject({
      status: 'WEAK',
      localFirms: 1,
      clusterFirms: 0,
      inflow: 900,
      localInflow: 100,
      topSupplierCode: c('O2'),
      singlePoint: false,
      supplierCount: 3,
      buyerCount: 3,
    });
    expect(seg(2).localSupplyRatio).toBeCloseTo(1 / 9, 12);
    expect(seg(2).topSupplierShare).toBeCloseTo(4 / 9, 12);
    // S3 COVERED, failing STRONG only for lack of a 专精特新/链主: 5 local firms, 90/100 = 0.9,
    // but none is 链主 and L8 was PROVINCIAL only in 2022. Top L7 0.9 → singlePoint.
    expect(seg(3)).toMatchObject({
      status: 'COVERED',
      localFirms: 5,
      localSrdiFirms: 0,
      localChainLeaders: 0,
      localSupplyRatio: 0.9,
      topSupplierShare: 0.9,
      singlePoint: true,
    });
    // S4 COVERED, failing STRONG only for < 5 local firms: 4 firms, 70/70 = 1.0, L12 little giant.
    expect(seg(4)).toMatchObject({
      status: 'COVERED',
      localFirms: 4,
      localSrdiFirms: 1,
      clusterFirms: 1,
      clusterRevenue: 700,
      clusterSrdiFirms: 1,
      localSupplyRatio: 1,
      topSupplierShare: 1,
      singlePoint: true,
    });
    // S5 no inflow: ratios null, COVERED (not WEAK), no single point.
    expect(seg(5)).toMatchObject({
      status: 'COVERED',
      localFirms: 1,
      inflow: 0,
      localInflow: 0,
      localSupplyRatio: null,
      topSupplierShare: null,
      topSupplierCode: null,
      singlePoint: false,
      supplierCount: 0,
      buyerCount: 0,
    });
    // S6 MISSING: no local firm (O5 is outside) though 50+50 flows in; top 50/100 = 0.5.
    expect(seg(6)).toMatchObject({
      status: 'MISSING',
      stage: 'DOWNSTREAM',
      localFirms: 0,
      clusterFirms: 0,
      inflow: 100,
      localInflow: 0,
      localSupplyRatio: 0,
      topSupplierShare: 0.5,
      singlePoint: false,
    });
    // S7: B1..B3 are local cluster firms, revenue 1000+2000+3000 = 6000, no inflow → COVERED.
    expect(seg(7)).toMatchObject({
      status: 'COVERED',
      localFirms: 3,
      clusterFirms: 3,
      clusterRevenue: 6000,
      localRevenue: 6000,
      localSupplyRatio: null,
    });
    expect(seg(8)).toMatchObject({ status: 'MISSING', stage: 'UPSTREAM', localFirms: 0, inflow: 0 });
  });

  it('ranks investment targets by inflow, then buyers, then name, with a reason', async () => {
    const { result } = await report({});
    // Gap segments: S2 (WEAK), S6 and S8 (MISSING). Outside suppliers into the cluster:
    //   S2: O3 200+200 = 400 to B1, B2 (2 buyers); O2 400 to B1 only (the 1000 to X1 is outside the cluster)
    //   S6: O5 50 to B1 ('北方整机'), O6 50 to B2 ('东方整机')
    // O3 before O2 (same inflow, more buyers); O6 before O5 (same both; 东 U+4E1C < 北 U+5317),
    // although O5's code sorts first. L6 is local, O1 supplies only STRONG/COVERED segments.
    expect(result.investmentTargets.map((t: { creditCode: string }) => t.creditCode)).toEqual([c('O3'), c('O2'), c('O6'), c('O5')]);
    expect(result.investmentTargets[0]).toEqual({
      rank: 1,
      creditCode: c('O3'),
      name: '乙钢',
      city: '天津市',
      segmentId: c('S2'),
      segmentName: '轴承钢',
      stage: 'UPSTREAM',
      segmentStatus: 'WEAK',
      inflow: 400,
      buyers: 2,
      // 100/900 = 11.1% → 11%
      // 100/900 local; 400/900 = 44% of the segment's purchases; B1 200 and B2 200 (ties by credit code);
      // no revenue, 专精特新, 链主, province or founding year recorded for O3: none of them said
      reason:
        '「轴承钢」环节本地配套率 11%（薄弱）；年供货 400 万元，占本环节集群采购 44%；供应集群企业 企业B1（200 万元）、企业B2（200 万元）',
      reasonEn:
        '"轴承钢" segment: local supply 11% (weak); supplies 400 (10k yuan) a year, 44% of the segment\'s cluster purchases; to cluster firms 企业B1 (200), 企业B2 (200)',
    });
    // O2 in the same segment differs: it supplies B1 only
    expect(result.investmentTargets[1]).toMatchObject({
      rank: 2,
      inflow: 400,
      buyers: 1,
      reason: '「轴承钢」环节本地配套率 11%（薄弱）；年供货 400 万元，占本环节集群采购 44%；供应集群企业 企业B1（400 万元）',
    });
    expect(result.investmentTargets[2]).toMatchObject({
      rank: 3,
      name: '东方整机',
      segmentStatus: 'MISSING',
      stage: 'DOWNSTREAM',
      inflow: 50,
      buyers: 1,
      reason: '「整机」环节本地无企业（缺失）；年供货 50 万元，占本环节集群采购 50%；供应集群企业 企业B2（50 万元）',
    });
  });

  it('lists 延链 (downstream MISSING) and 固链 (exactly one supplier) risks', async () => {
    const { result } = await report({});
    // S6 is DOWNSTREAM and MISSING; S8 is MISSING but UPSTREAM.
    expect(result.extensionOpportunities).toEqual([{ segmentId: c('S6'), status: 'MISSING' }]);
    // One supplier per (buyer, segment) in 2023: B2/S2 O3 200, B3/S2 L6 100, B3/S4 L12 70,
    // B1/S6 O5 50, B2/S6 O6 50, B2/S1 L2 20. Not B1/S1 (L1, O1), B1/S2 (O2, O3), B2/S3 (L7, O1).
    // Value desc, then buyer code.
    expect(
      result.singleSourceRisks.map((r: Record<string, unknown>) => [r.buyerCode, r.segmentId, r.supplierCode, r.value, r.supplierLocal]),
    ).toEqual([
      [c('B2'), c('S2'), c('O3'), 200, false],
      [c('B3'), c('S2'), c('L6'), 100, true],
      [c('B3'), c('S4'), c('L12'), 70, true],
      [c('B1'), c('S6'), c('O5'), 50, false],
      [c('B2'), c('S6'), c('O6'), 50, false],
      [c('B2'), c('S1'), c('L2'), 20, true],
    ]);
    expect(result.singleSourceRisks[0]).toMatchObject({ buyerName: '企业B2', segmentName: '轴承钢', supplierName: '乙钢' });
  });

  it('groups 固链 risks by segment and by supplier, by value at stake, and flags ⚠ segments by one rule', async () => {
    const GROUPS = `query($id: ID!, $first: Int, $offset: Int) {
      chainGapReport(clusterId: $id) {
        thresholds { singleSourceShare }
        segments { segmentId singleSourceRiskCount singleSourceRiskValue singleSourceRiskValueBand singleSourceShare singleSourceAtRisk }
        singleSourceRiskSupplierCount
        singleSourceRiskSegments { segmentId segmentName risks supplierCount value valueBand share atRisk
          topSuppliers { supplierCode supplierName supplierLocal buyers value valueBand } }
        singleSourceRiskSuppliers(first: $first, offset: $offset) { supplierCode supplierName supplierLocal dependants risks value valueBand segmentIds }
      }
    }`;
    const { data, errors } = await api.gql(GROUPS, { id: c('K') }, ANALYST);
    expect(errors).toBeUndefined();
    const r = data!.chainGapReport;
    expect(r.thresholds.singleSourceShare).toBe(0.5);
    // The six risks above by segment: S2 O3 200 + L6 100 = 300 of 900 (33%); S6 O5 50 + O6 50 = 100 of 100;
    // S4 L12 70 of 70; S1 L2 20 of 100 (20%). ⚠ at >= 50%: S6 and S4.
    expect(
      r.singleSourceRiskSegments.map((g: Record<string, unknown>) => [g.segmentId, g.risks, g.supplierCount, g.value, g.atRisk]),
    ).toEqual([
      [c('S2'), 2, 2, 300, false],
      [c('S6'), 2, 2, 100, true],
      [c('S4'), 1, 1, 70, true],
      [c('S1'), 1, 1, 20, false],
    ]);
    expect(r.singleSourceRiskSegments[0].share).toBeCloseTo(1 / 3, 10);
    expect(r.singleSourceRiskSegments[0].segmentName).toBe('轴承钢');
    // within S2: O3 200 before L6 100; within S6 the tie (50, 1 buyer each) goes by credit code: O5 before O6
    expect(r.singleSourceRiskSegments[0].topSuppliers).toEqual([
      { supplierCode: c('O3'), supplierName: '乙钢', supplierLocal: false, buyers: 1, value: 200, valueBand: '2000万以下' },
      { supplierCode: c('L6'), supplierName: '企业L6', supplierLocal: true, buyers: 1, value: 100, valueBand: '2000万以下' },
    ]);
    expect(r.singleSourceRiskSegments[1].topSuppliers.map((x: { supplierCode: string }) => x.supplierCode)).toEqual([c('O5'), c('O6')]);
    // The map's ⚠ (segments) and the list's ⚠ (groups) are the same segments
    const mapped = r.segments
      .filter((x: { singleSourceAtRisk: boolean }) => x.singleSourceAtRisk)
      .map((x: { segmentId: string }) => x.segmentId);
    const listed = r.singleSourceRiskSegments.filter((g: { atRisk: boolean }) => g.atRisk).map((g: { segmentId: string }) => g.segmentId);
    expect(mapped.sort()).toEqual([c('S4'), c('S6')]);
    expect(listed.sort()).toEqual(mapped);
    const s2 = r.segments.find((x: { segmentId: string }) => x.segmentId === c('S2'));
    expect(s2).toMatchObject({
      singleSourceRiskCount: 2,
      singleSourceRiskValue: 300,
      singleSourceRiskValueBand: '2000万以下',
      singleSourceAtRisk: false,
    });
    // By supplier: O3 200, L6 100, L12 70, O5 50, O6 50 (tie: credit code), L2 20; each one cluster firm depending on it alone
    expect(r.singleSourceRiskSupplierCount).toBe(6);
    expect(
      r.singleSourceRiskSuppliers.map((g: Record<string, unknown>) => [g.supplierCode, g.dependants, g.risks, g.value, g.segmentIds]),
    ).toEqual([
      [c('O3'), 1, 1, 200, [c('S2')]],
      [c('L6'), 1, 1, 100, [c('S2')]],
      [c('L12'), 1, 1, 70, [c('S4')]],
      [c('O5'), 1, 1, 50, [c('S6')]],
      [c('O6'), 1, 1, 50, [c('S6')]],
      [c('L2'), 1, 1, 20, [c('S1')]],
    ]);
    const page = await api.gql(GROUPS, { id: c('K'), first: 2, offset: 1 }, ANALYST);
    expect(page.data!.chainGapReport.singleSourceRiskSuppliers.map((g: { supplierCode: string }) => g.supplierCode)).toEqual([
      c('L6'),
      c('L12'),
    ]);
    expect((await api.gql(GROUPS, { id: c('K'), first: 1001 })).errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    // A stricter rule flags fewer segments, on the map and in the list alike
    const strict = await api.gql(
      `query($id: ID!) { chainGapReport(clusterId: $id, thresholds: { singleSourceShare: 0.2 }) { segments { segmentId singleSourceAtRisk } singleSourceRiskSegments { segmentId atRisk } } }`,
      { id: c('K') },
    );
    expect(strict.data!.chainGapReport.singleSourceRiskSegments.map((g: { atRisk: boolean }) => g.atRisk)).toEqual([
      true,
      true,
      true,
      true,
    ]);

    // Viewers: outside single sources unnamed, money as bands only
    const viewer = (await api.gql(GROUPS, { id: c('K') }, VIEWER)).data!.chainGapReport;
    expect(viewer.singleSourceRiskSuppliers[0]).toEqual({
      supplierCode: null,
      supplierName: null,
      supplierLocal: false,
      dependants: 1,
      risks: 1,
      value: null,
      valueBand: '2000万以下',
      segmentIds: [c('S2')],
    });
    expect(viewer.singleSourceRiskSuppliers[1]).toMatchObject({ supplierCode: c('L6'), value: null });
    expect(viewer.singleSourceRiskSegments[0]).toMatchObject({ value: null, valueBand: '2000万以下', atRisk: false });
    expect(viewer.singleSourceRiskSegments[0].topSuppliers[0]).toMatchObject({ supplierCode: null, supplierName: null, value: null });
  });

  it('marks targets already on a target list, with the list and the status, for every target in one statement', async () => {
    // a list holding O3 (the fixture's codes are not well-formed credit codes, so the list is written directly)
    const listId = `${P}-list`;
    await runCypher(
      db,
      `CREATE (l:TargetList {id: $id, name: '补链一期', updatedAt: '2026-01-01T00:00:00Z'})
       CREATE (l)-[:HAS_ENTRY]->(e:TargetListEntry {listId: $id, creditCode: $code, status: 'NEGOTIATING'})
       WITH e MATCH (f:Enterprise {creditCode: $code}) CREATE (e)-[:FOR]->(f)`,
      { id: listId, code: c('O3') },
    );
    const ON_LISTS = `query($id: ID!) { chainGapReport(clusterId: $id) { investmentTargets { creditCode onLists { listId listName status } } } }`;
    const run = async () => {
      const { data, errors } = await api.gql(ON_LISTS, { id: c('K') }, ANALYST);
      expect(errors).toBeUndefined();
      return data!.chainGapReport.investmentTargets as { creditCode: string; onLists: unknown[] }[];
    };
    const targets = await run();
    expect(targets.map((x) => [x.creditCode, x.onLists])).toEqual([
      [c('O3'), [{ listId, listName: '补链一期', status: 'NEGOTIATING' }]],
      [c('O2'), []],
      [c('O6'), []],
      [c('O5'), []],
    ]);
    // one statement for the lists of every target (no query per row)
    const memberships = vi.spyOn(api.app.services.targets, 'memberships');
    await run();
    expect(memberships).toHaveBeenCalledTimes(1);
    expect(memberships.mock.calls[0]![0]).toEqual([c('O3'), c('O2'), c('O6'), c('O5')]);
    memberships.mockRestore();
    await runCypher(db, 'MATCH (l:TargetList {id: $id})-[:HAS_ENTRY]->(e) DETACH DELETE l, e', { id: listId });
    expect((await run())[0]!.onLists).toEqual([]);
  });

  it('analyses a given year instead of the latest one', async () => {
    const { result, seg, statuses } = await report({ year: 2022 });
    expect(result).toMatchObject({ year: 2022, supplyYears: [2023, 2022], figuresYear: 2022, completeness: 0.75 });
    // 2022: only O1→B1 100 in S1 → ratio 0/100 = 0 < 0.3 → WEAK (5 local firms); top share 1.
    expect(statuses).toEqual(['WEAK', 'COVERED', 'COVERED', 'COVERED', 'COVERED', 'MISSING', 'COVERED', 'MISSING']);
    expect(seg(1)).toMatchObject({
      inflow: 100,
      localInflow: 0,
      localSupplyRatio: 0,
      topSupplierShare: 1,
      singlePoint: true,
      localRevenue: 400,
      clusterRevenue: 400,
    });
    // Revenue from 2022 figures: of B1..B3 only B1 has 2022 (900).
    expect(seg(7)).toMatchObject({ clusterRevenue: 900 });
    // L8 was PROVINCIAL in 2022.
    expect(seg(3)).toMatchObject({ localSrdiFirms: 1, inflow: 0, status: 'COVERED' });
    expect(result.investmentTargets).toEqual([
      expect.objectContaining({
        creditCode: c('O1'),
        segmentId: c('S1'),
        inflow: 100,
        buyers: 1,
        // O1 in 2022: revenue 2000 vs the segment's cluster firms' average 400 (L1 only has a 2022 figure) = 5.0×;
        // little giant in 2022, 链主, in 天津市 (province 120000, not the cluster's 370000), founded 2000
        reason:
          '「钢材」环节本地配套率 0%（薄弱）；年供货 100 万元，占本环节集群采购 100%；供应集群企业 企业B1（100 万元）；' +
          '营收 2,000 万元，为本环节集群企业平均的 5.0 倍；专精特新小巨人；链主；省外（天津市）；成立 22 年',
        reasonEn:
          '"钢材" segment: local supply 0% (weak); supplies 100 (10k yuan) a year, 100% of the segment\'s cluster purchases; to cluster firms 企业B1 (100); ' +
          "revenue 2,000 (10k yuan), 5.0× the segment's cluster average; little giant; chain leader; outside the province (天津市); 22 years active",
      }),
    ]);
    expect(result.singleSourceRisks).toEqual([
      expect.objectContaining({ buyerCode: c('B1'), segmentId: c('S1'), supplierCode: c('O1'), value: 100, supplierLocal: false }),
    ]);
    // A year without links: no inflow anywhere, so no WEAK; MISSING stays MISSING.
    const empty = await report({ year: 2019 });
    expect(empty.statuses).toEqual(['COVERED', 'COVERED', 'COVERED', 'COVERED', 'COVERED', 'MISSING', 'COVERED', 'MISSING']);
    expect(empty.result.investmentTargets).toEqual([]);
  });

  it('finds the latest year of the cluster whether or not it is the latest of all links', async () => {
    // K4's only link is of 2099, later than any other link in the database; K's latest stays 2023.
    await runCypher(
      db,
      `
      CREATE (k:Cluster {id: $p + '-K4', name: '未来集群', county: '莘县', level: 'CITY'})
      CREATE (b:Enterprise {creditCode: $p + '-K4B', name: '未来买方', local: true, chainLeader: false})-[:IN_CLUSTER]->(k)
      CREATE (:Enterprise {creditCode: $p + '-K4S', name: '未来卖方', local: false, chainLeader: false})-[:SUPPLIES {segmentId: $p + '-S1', year: 2099, annualValue: 1}]->(b)
    `,
      { p: P },
    );
    try {
      const future = await api.gql(`query($id: ID!) { chainGapReport(clusterId: $id) { year supplyYears figuresYear } }`, { id: c('K4') });
      expect(future.data!.chainGapReport).toEqual({ year: 2099, supplyYears: [2099], figuresYear: 2099 });
      expect((await report({})).result.year).toBe(2023);
    } finally {
      await runCypher(db, 'MATCH (n:Enterprise) WHERE n.creditCode IN [$p + "-K4B", $p + "-K4S"] DETACH DELETE n', { p: P });
    }
  });

  it('applies custom thresholds and reports them', async () => {
    // strongMinLocalFirms 4: S4 (4 firms, 1.0, little giant) becomes STRONG; S3 still lacks a quality firm.
    const min4 = await report({ thresholds: { strongMinLocalFirms: 4 } });
    expect(min4.result.thresholds).toEqual({
      weakLocalSupplyRatio: 0.3,
      strongLocalSupplyRatio: 0.7,
      strongMinLocalFirms: 4,
      singlePointShare: 0.6,
    });
    expect(min4.statuses).toEqual(['STRONG', 'WEAK', 'COVERED', 'STRONG', 'COVERED', 'MISSING', 'COVERED', 'MISSING']);
    // weak 0.1: S2 (0.111) is no longer WEAK → COVERED, and its suppliers are no longer targets.
    const weak = await report({ thresholds: { weakLocalSupplyRatio: 0.1 } });
    expect(weak.statuses[1]).toBe('COVERED');
    expect(weak.result.investmentTargets.map((t: { creditCode: string }) => t.creditCode)).toEqual([c('O6'), c('O5')]);
    // strong 0.85: S1 (0.8) drops to COVERED. singlePoint 0.9: S1 (0.6) no, S3 (0.9) and S4 (1.0) yes.
    const strict = await report({ thresholds: { strongLocalSupplyRatio: 0.85, singlePointShare: 0.9 } });
    expect(strict.statuses[0]).toBe('COVERED');
    expect((strict.result.segments as Segment[]).map((s) => s.singlePoint)).toEqual([false, false, true, true, false, false, false, false]);
    // Extreme thresholds: everything with a ratio < 1 is WEAK (S1 0.8, S2, S3 0.9, S6 is MISSING);
    // S4 (1.0, min firms 0, a quality firm) is STRONG; S5 and S7 have no inflow → COVERED, neither WEAK nor STRONG.
    const extreme = await report({ thresholds: { weakLocalSupplyRatio: 1, strongLocalSupplyRatio: 0, strongMinLocalFirms: 0 } });
    expect(extreme.statuses).toEqual(['WEAK', 'WEAK', 'WEAK', 'STRONG', 'COVERED', 'MISSING', 'COVERED', 'MISSING']);
  });

  it('answers a cluster without supply links or figures, and one without a chain', async () => {
    // K5 follows the chain but has no members: no links (year null), no figures (figuresYear
    // null); local firms still count (any cluster), so only S6 and S8 are MISSING.
    await runCypher(
      db,
      `MATCH (chain:Chain {id: $p + '-CH'}) CREATE (:Cluster {id: $p + '-K5', name: '空集群', county: '冠县', level: 'CITY'})-[:FOLLOWS]->(chain)`,
      { p: P },
    );
    const bare = await api.gql(
      `query($id: ID!) { chainGapReport(clusterId: $id) { year supplyYears figuresYear completeness segments { status clusterFirms inflow localRevenue localSupplyRatio } singleSourceRisks { buyerCode } } }`,
      { id: c('K5') },
    );
    expect(bare.errors).toBeUndefined();
    const report5 = bare.data!.chainGapReport;
    expect(report5).toMatchObject({ year: null, supplyYears: [], figuresYear: null, completeness: 0.75, singleSourceRisks: [] });
    expect(report5.segments.map((s: { status: string }) => s.status)).toEqual([
      'COVERED',
      'COVERED',
      'COVERED',
      'COVERED',
      'COVERED',
      'MISSING',
      'COVERED',
      'MISSING',
    ]);
    expect(report5.segments[0]).toEqual({ status: 'COVERED', clusterFirms: 0, inflow: 0, localRevenue: 0, localSupplyRatio: null });

    // K2 follows no chain: no segments, completeness 0.
    const { data, errors } = await api.gql(
      `query($id: ID!) { chainGapReport(clusterId: $id) { chainId completeness segments { segmentId } investmentTargets { creditCode } singleSourceRisks { buyerCode } } }`,
      { id: c('K2') },
    );
    expect(errors).toBeUndefined();
    expect(data!.chainGapReport).toEqual({ chainId: null, completeness: 0, segments: [], investmentTargets: [], singleSourceRisks: [] });
  });

  it('rejects bad arguments with coded errors', async () => {
    const code = async (variables: Record<string, unknown>) =>
      (await api.gql(REPORT, { clusterId: c('K'), ...variables })).errors?.[0]?.extensions?.code;
    expect(await code({ clusterId: c('nope') })).toBe('NOT_FOUND');
    expect(await code({ thresholds: { weakLocalSupplyRatio: 1.5 } })).toBe('BAD_INPUT');
    expect(await code({ thresholds: { strongLocalSupplyRatio: -0.1 } })).toBe('BAD_INPUT');
    expect(await code({ thresholds: { singlePointShare: 2 } })).toBe('BAD_INPUT');
    expect(await code({ thresholds: { strongMinLocalFirms: -1 } })).toBe('BAD_INPUT');
    expect(await code({ year: 1899 })).toBe('BAD_INPUT');
    expect(await code({ year: 2101 })).toBe('BAD_INPUT');
    const bad = await api.gql(REPORT, { clusterId: c('K'), thresholds: { weakLocalSupplyRatio: 1.5, strongMinLocalFirms: -2 } });
    expect(bad.errors?.[0]?.message).toMatch(/weakLocalSupplyRatio.*strongMinLocalFirms/);
  });
});

describe('chainGapReport single-source risk pages and segment links', () => {
  const RISKS = `query($id: ID!, $first: Int, $offset: Int, $segmentId: ID) {
    chainGapReport(clusterId: $id) {
      singleSourceRiskCount
      segments { segmentId singleSourceRiskCount feeds }
      singleSourceRisks(first: $first, offset: $offset, segmentId: $segmentId) { buyerCode segmentId supplierCode value }
    }
  }`;
  const risks = async (id: string, variables: Record<string, unknown> = {}) => {
    const { data, errors } = await api.gql(RISKS, { id, ...variables });
    expect(errors).toBeUndefined();
    return data!.chainGapReport as {
      singleSourceRiskCount: number;
      segments: { segmentId: string; singleSourceRiskCount: number; feeds: string[] }[];
      singleSourceRisks: { buyerCode: string; segmentId: string; supplierCode: string; value: number }[];
    };
  };

  beforeAll(async () => {
    // Cluster K6 on chain CH6 (segments U1 → M1 → D1, U1 → D1; U1 also FEEDS S1 of the other
    // chain, which is not part of CH6): 60 buyers G01..G60, each buying M1 from one outside
    // supplier Z with value = its number (1..60), so 60 risks, largest G60 first. G01..G05 also
    // buy U1 from both Z and Y (two suppliers: no risk), and G01 buys D1 from Y alone (value 0.5).
    await runCypher(
      db,
      `
      CREATE (chain:Chain {id: $p + '-CH6', name: '分页链'})
      CREATE (k:Cluster {id: $p + '-K6', name: '分页集群', county: '莘县', level: 'CITY'})-[:FOLLOWS]->(chain)
      CREATE (chain)-[:HAS_SEGMENT]->(u:Segment {id: $p + '-U1', chainId: chain.id, name: '原料', stage: 'UPSTREAM', order: 1})
      CREATE (chain)-[:HAS_SEGMENT]->(m:Segment {id: $p + '-M1', chainId: chain.id, name: '加工', stage: 'MIDSTREAM', order: 2})
      CREATE (chain)-[:HAS_SEGMENT]->(d:Segment {id: $p + '-D1', chainId: chain.id, name: '应用', stage: 'DOWNSTREAM', order: 3})
      CREATE (u)-[:FEEDS]->(d), (u)-[:FEEDS]->(m), (m)-[:FEEDS]->(d)
      WITH k, u
      MATCH (other:Segment {id: $p + '-S1'})
      CREATE (u)-[:FEEDS]->(other)
      CREATE (z:Enterprise {creditCode: $p + '-Z', name: '唯一供应商', local: false, chainLeader: false})
      CREATE (y:Enterprise {creditCode: $p + '-Y', name: '第二供应商', local: false, chainLeader: false})
      WITH k, z, y
      UNWIND range(1, 60) AS n
      CREATE (b:Enterprise {creditCode: $p + '-G' + right('0' + toString(n), 2), name: '买方' + n, local: true, chainLeader: false})-[:IN_CLUSTER]->(k)
      CREATE (z)-[:SUPPLIES {segmentId: $p + '-M1', year: 2023, annualValue: toFloat(n)}]->(b)
      FOREACH (_ IN CASE WHEN n <= 5 THEN [1] ELSE [] END |
        CREATE (z)-[:SUPPLIES {segmentId: $p + '-U1', year: 2023, annualValue: 100.0}]->(b)
        CREATE (y)-[:SUPPLIES {segmentId: $p + '-U1', year: 2023, annualValue: 100.0}]->(b))
      FOREACH (_ IN CASE WHEN n = 1 THEN [1] ELSE [] END | CREATE (y)-[:SUPPLIES {segmentId: $p + '-D1', year: 2023, annualValue: 0.5}]->(b))
    `,
      { p: P },
    );
  });

  it('returns the first 50 risks by value with the total, and the next page continues', async () => {
    const first = await risks(c('K6'));
    expect(first.singleSourceRiskCount).toBe(61);
    // default page: 50, largest value first (G60 60 ... G11 11)
    expect(first.singleSourceRisks).toHaveLength(50);
    expect(first.singleSourceRisks[0]).toEqual({ buyerCode: c('G60'), segmentId: c('M1'), supplierCode: c('Z'), value: 60 });
    expect(first.singleSourceRisks.map((r) => r.value)).toEqual(Array.from({ length: 50 }, (_, i) => 60 - i));
    // the next page: G10 .. G01 in M1, then G01's D1 (0.5) last
    const next = await risks(c('K6'), { offset: 50 });
    expect(next.singleSourceRisks.map((r) => [r.buyerCode, r.segmentId, r.value])).toEqual([
      ...Array.from({ length: 10 }, (_, i) => [c(`G${String(10 - i).padStart(2, '0')}`), c('M1'), 10 - i]),
      [c('G01'), c('D1'), 0.5],
    ]);
    // pages of 7 add up to the whole list, in order, without repeats
    const paged: string[] = [];
    for (let offset = 0; offset < 61; offset += 7)
      paged.push(...(await risks(c('K6'), { first: 7, offset })).singleSourceRisks.map((r) => `${r.buyerCode}|${r.segmentId}`));
    const all = (await risks(c('K6'), { first: 1000 })).singleSourceRisks.map((r) => `${r.buyerCode}|${r.segmentId}`);
    expect(all).toHaveLength(61);
    expect(paged).toEqual(all);
    expect((await risks(c('K6'), { offset: 61 })).singleSourceRisks).toEqual([]);
    expect((await risks(c('K6'), { first: 0 })).singleSourceRisks).toEqual([]);
  });

  it("counts and pages one segment's risks, and lists each segment's FEEDS within the chain in chain order", async () => {
    const report = await risks(c('K6'), { segmentId: c('D1') });
    expect(report.singleSourceRisks).toEqual([{ buyerCode: c('G01'), segmentId: c('D1'), supplierCode: c('Y'), value: 0.5 }]);
    // U1: G01..G05 have two suppliers each, so no risk
    expect(report.segments).toEqual([
      { segmentId: c('U1'), singleSourceRiskCount: 0, feeds: [c('M1'), c('D1')] },
      { segmentId: c('M1'), singleSourceRiskCount: 60, feeds: [c('D1')] },
      { segmentId: c('D1'), singleSourceRiskCount: 1, feeds: [] },
    ]);
    const m1 = await risks(c('K6'), { segmentId: c('M1'), first: 3, offset: 1 });
    expect(m1.singleSourceRisks.map((r) => r.value)).toEqual([59, 58, 57]);
    // the fixed fixture of K: S2 has B2 and B3 with one supplier each
    const k = await risks(c('K'), { segmentId: c('S2') });
    expect(k.singleSourceRisks.map((r) => r.buyerCode)).toEqual([c('B2'), c('B3')]);
    expect(k.singleSourceRiskCount).toBe(6);
    expect(k.segments.map((s) => s.singleSourceRiskCount)).toEqual([1, 2, 0, 1, 0, 2, 0, 0]);
  });

  it('refuses page sizes and offsets out of range with BAD_INPUT', async () => {
    for (const variables of [{ first: -1 }, { first: 1001 }, { offset: -1 }]) {
      const { errors } = await api.gql(RISKS, { id: c('K6'), ...variables });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    }
  });
});

describe('chainGapReport segment firms', () => {
  const FIRMS = `query($id: ID!, $year: Int, $seg: ID!, $first: Int, $offset: Int) {
    chainGapReport(clusterId: $id, year: $year) {
      segmentFirms(segmentId: $seg, first: $first, offset: $offset) {
        totalCount firms { enterprise { creditCode name chainLeader } revenue revenueBand srdiLevel }
      }
    }
  }`;
  type Page = {
    totalCount: number;
    firms: {
      enterprise: { creditCode: string; name: string; chainLeader: boolean };
      revenue: number | null;
      revenueBand: string | null;
      srdiLevel: string | null;
    }[];
  };
  const firms = async (variables: Record<string, unknown>, user?: typeof ANALYST) => {
    const { data, errors } = await api.gql(FIRMS, { id: c('K'), ...variables }, user);
    expect(errors).toBeUndefined();
    return data!.chainGapReport.segmentFirms as Page;
  };

  it("pages the cluster's firms of a segment by revenue of the figures year, with their 专精特新 level", async () => {
    // S7: B3 3000, B2 2000, B1 1000 (2023)
    const s7 = await firms({ seg: c('S7') });
    expect(s7.totalCount).toBe(3);
    expect(s7.firms.map((f) => [f.enterprise.creditCode, f.revenue])).toEqual([
      [c('B3'), 3000],
      [c('B2'), 2000],
      [c('B1'), 1000],
    ]);
    expect((await firms({ seg: c('S7'), first: 2, offset: 1 })).firms.map((f) => f.enterprise.creditCode)).toEqual([c('B2'), c('B1')]);
    // S1: L1 (链主, 500) and L2 (300); L3 operates there too but is a member of K2, not K
    const s1 = await firms({ seg: c('S1') });
    expect(s1.firms.map((f) => [f.enterprise.creditCode, f.enterprise.chainLeader, f.revenue])).toEqual([
      [c('L1'), true, 500],
      [c('L2'), false, 300],
    ]);
    expect((await firms({ seg: c('S4') })).firms).toEqual([expect.objectContaining({ revenue: 700, srdiLevel: 'LITTLE_GIANT' })]);
    expect(await firms({ seg: c('S8') })).toEqual({ totalCount: 0, firms: [] });
    // 2022: only B1 has figures (900); the others follow without, by credit code
    expect((await firms({ seg: c('S7'), year: 2022 })).firms.map((f) => [f.enterprise.creditCode, f.revenue])).toEqual([
      [c('B1'), 900],
      [c('B2'), null],
      [c('B3'), null],
    ]);
  });

  it('shows viewers the revenue band only', async () => {
    const analyst = await firms({ seg: c('S7') }, ANALYST);
    const viewer = await firms({ seg: c('S7') }, VIEWER);
    expect(analyst.firms[0]!.revenue).toBe(3000);
    expect(analyst.firms[0]!.revenueBand).toEqual(expect.any(String));
    expect(viewer.firms.map((f) => f.revenue)).toEqual([null, null, null]);
    expect(viewer.firms.map((f) => f.revenueBand)).toEqual(analyst.firms.map((f) => f.revenueBand));
  });

  it('refuses a segment outside the chain and page sizes out of range with BAD_INPUT', async () => {
    for (const variables of [{ seg: c('T1') }, { seg: c('S7'), first: 101 }, { seg: c('S7'), first: -1 }, { seg: c('S7'), offset: -1 }]) {
      const { errors } = await api.gql(FIRMS, { id: c('K'), ...variables });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    }
  });
});

describe('chainGapReport request count', () => {
  let app: App;
  const appDb = testDatabase();
  beforeAll(async () => {
    app = await createApp({ production: false }, appDb, testCypher());
    // A second chain with a single segment for cluster K3 (one outside supplier, so it is MISSING with a target).
    await runCypher(
      db,
      `
      CREATE (chain:Chain {id: $p + '-CH3', name: '小链'})-[:HAS_SEGMENT]->(:Segment {id: $p + '-T1', chainId: $p + '-CH3', name: '唯一环节', stage: 'UPSTREAM', order: 1})
      CREATE (k:Cluster {id: $p + '-K3', name: '小集群', county: '莘县', level: 'CITY'})-[:FOLLOWS]->(chain)
      CREATE (b:Enterprise {creditCode: $p + '-K3B', name: '买方', local: true, chainLeader: false})-[:IN_CLUSTER]->(k)
      CREATE (:Enterprise {creditCode: $p + '-K3S', name: '卖方', local: false, chainLeader: false})-[:SUPPLIES {segmentId: $p + '-T1', year: 2023, annualValue: 5}]->(b)
    `,
      { p: P },
    );
  });
  afterAll(async () => {
    await app.stop();
    await appDb.close();
  });

  it('runs the same few statements for a chain of 1 segment and of 8', async () => {
    const count = async (clusterId: string) => {
      const seen: string[] = [];
      const off = appDb.onQuery((statement: CypherStatement) => seen.push(statement.name));
      try {
        const response = await app.apollo.executeOperation(
          { query: REPORT, variables: { clusterId } },
          { contextValue: app.contextFor(ADMIN) },
        );
        expect(response.body.kind === 'single' && response.body.singleResult.errors).toBeFalsy();
      } finally {
        off();
      }
      return seen.sort();
    };
    // the kept figures first (server/aggregates/); gaps/segments for the segments they do not
    // cover: here every one, as this file's graph is written behind the app's back.
    // target-facts: the facts behind every target's reason, one statement for all of them (both clusters have targets)
    const all = ['aggregates/segment-figures', 'gaps/context', 'gaps/segments', 'gaps/supply', 'gaps/target-facts'];
    expect(await count(c('K3'))).toEqual(all);
    expect(await count(c('K'))).toEqual(all);
  });
});
