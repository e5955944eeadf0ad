import { describe, expect, it } from 'vitest';
import { createSupplyLinks, runCypher, type TestSupplyLink } from '../helpers/db.js';
import { cleanUp } from '../helpers/import-fixtures.js';
import { ADMIN, apiWithOwnGraph, VIEWER } from '../helpers/graphql.js';

/*
 * A hand-built chain CH of 5 segments, two clusters on it (K and P) and one on another chain (Q);
 * every expected number below is worked out by hand from this fixture. Codes are `${P}-<name>`.
 *
 * Segments (chain order): S1 钢材 UP, S2 锻造 MID, S3 套圈 MID, S4 整机 DOWN, S5 热处理 MID (order 5).
 * Local firms: B1, B2 (members of K, in S4, founded 2000); C1 (member of P, in S4);
 *   L1 (S1); L2 (S1, founded 2010, dissolved 2025); L3 (S2, founded 2024);
 *   L4, L5 (S2, founded 2025; revenue 2025: 500, 900; L3 300); M1..M5 (S3, M1 链主).
 * Outside firms (local = false): O1 (S1), O2 (S2), O3 (S3), O4 (S5; 2025: revenue 2000, 规上,
 *   PROVINCIAL 专精特新 (NONE in 2023), green list), O5 (S5, dissolved 2024).
 * K's output 2025 (ClusterYear): 499,000 万元.
 *
 * SUPPLIES (万元):
 *   2023: L1→B1 S1 50, O1→B1 S1 50, O2→B2 S2 100, M1→B1 S3 80, O4→B2 S5 100
 *   2024: L1→B1 S1 50, O1→B1 S1 50, L3→B2 S2 20, O2→B2 S2 80, M1→B1 S3 80, O4→B2 S5 100
 *   2025: L1→B1 S1 10, O1→B1 S1 90, L2→B1 S1 40 (L2 dissolved in 2025: not counted),
 *         L3→B2 S2 60, O2→B2 S2 40, M1→B1 S3 80, O4→B2 S5 100, L1→C1 S1 100, O3→C1 S3 100
 *
 * K year by year (firms present in the year only):
 *   2023: S1 L1, L2 local, 50/100 = 0.5 COVERED; S2 no local firm yet (L3 2024, L4/L5 2025) MISSING;
 *         S3 5 local, 80/80 = 1, 链主 → STRONG; S4 B1, B2, C1 no inflow COVERED; S5 MISSING → 3/5 = 0.6
 *   2024: S1 COVERED (0.5, 2 firms); S2 L3 20/100 = 0.2 WEAK; S3 STRONG; S4 COVERED; S5 MISSING → 0.8
 *   2025: S1 L1 only, 10/(10+90) = 0.1 WEAK (L2's 40 gone with it); S2 L3, L4, L5, 60/100 = 0.6
 *         COVERED; S3 STRONG; S4 COVERED; S5 MISSING → 0.8
 * P 2025: S1 L1, 100/100 = 1 but 1 firm → COVERED; S2 3 local, no inflow → COVERED; S3 5 local,
 *   0/100 → WEAK; S4 COVERED; S5 MISSING → 0.8
 */
const P = `t-chains-${Date.now()}`;
const c = (name: string) => `${P}-${name}`;
const segs = (...n: number[]) => n.map((i) => c(`S${i}`));
const { db, api } = apiWithOwnGraph(buildGraph, () => cleanUp(db, P));

async function ok<T = Record<string, any>>(query: string, variables: Record<string, unknown>, user = ADMIN): Promise<T> {
  const { data, errors } = await api.gql<T>(query, variables, user);
  expect(errors).toBeUndefined();
  return data!;
}
async function fails(query: string, variables: Record<string, unknown>, user = ADMIN) {
  const { errors } = await api.gql(query, variables, user);
  expect(errors).toHaveLength(1);
  return errors![0]!;
}

const EVOLUTION = `query($k: ID!, $from: Int!, $to: Int!) { chainEvolution(clusterId: $k, fromYear: $from, toYear: $to) {
  clusterId chainId fromYear toYear completenessFrom completenessTo gapsHealed gapsNew gapsPersistent
  segments { segmentId statusFrom statusTo localFirmsFrom localFirmsTo localSupplyRatioFrom localSupplyRatioTo change } } }`;
const REPORT = `query($k: ID!, $y: Int) { chainGapReport(clusterId: $k, year: $y) { completeness segments { segmentId status localFirms localSupplyRatio clusterFirms } } }`;
const COMPARISON = `query($chain: ID!, $y: Int) { chainComparison(chainId: $chain, year: $y) {
  chainId chainName year years segments { segmentId }
  clusters { clusterId clusterName completeness segments { segmentId status localSupplyRatio clusterFirms localFirms } }
  peerStrengths { segmentId segmentName strongClusterId lackingClusterId lackingStatus }
  peerSegments { segmentId segmentName strongClusters { clusterId clusterName } lackingClusters { clusterId clusterName status } } } }`;
const SUBSTITUTES = `query($k: ID!, $s: ID!, $y: Int, $first: Int) { localSubstitutes(clusterId: $k, segmentId: $s, year: $y, first: $first) {
  enterprise { creditCode } suppliesCluster suppliedValue clusterMember revenue revenueBand } }`;
const ATTRACT = `query($k: ID!, $a: [String!]!, $y: Int) { whatIfAttract(clusterId: $k, attract: $a, year: $y) {
  clusterId year attracted { creditCode name } completenessBefore completenessAfter
  segments { segmentId statusBefore statusAfter localFirmsBefore localFirmsAfter localSupplyRatioBefore localSupplyRatioAfter }
  indicatorChanges { key change } } }`;

/** Writes the file's graph (described above). */
async function buildGraph(): Promise<void> {
  await runCypher(
    db,
    `
    CREATE (chain:Chain {id: $p + '-CH', name: '轴承产业链'})
    CREATE (other:Chain {id: $p + '-CH2', name: '另一产业链'})
    CREATE (k:Cluster {id: $p + '-K', name: '临清轴承', county: '临清市', level: 'PROVINCIAL'})-[:FOLLOWS]->(chain)
    CREATE (:Cluster {id: $p + '-P', name: '冠县轴承', county: '冠县', level: 'CITY'})-[:FOLLOWS]->(chain)
    CREATE (:Cluster {id: $p + '-Q', name: '别的集群', county: '莘县', level: 'CITY'})-[:FOLLOWS]->(other)
    CREATE (k)-[:HAS_YEAR]->(:ClusterYear {clusterId: k.id, year: 2025, output: 499000})
    WITH chain
    UNWIND [['S1', '钢材', 'UPSTREAM', 1], ['S2', '锻造', 'MIDSTREAM', 2], ['S3', '套圈', 'MIDSTREAM', 3], ['S4', '整机', 'DOWNSTREAM', 4], ['S5', '热处理', 'MIDSTREAM', 5]] AS s
    CREATE (chain)-[:HAS_SEGMENT]->(:Segment {id: $p + '-' + s[0], chainId: chain.id, name: s[1], stage: s[2], order: s[3]})
  `,
    { p: P },
  );
  // [code, local, cluster, chainLeader, segment, founded, dissolved]
  const firms: [string, boolean, string | null, boolean, string, number | null, number | null][] = [
    ['B1', true, 'K', false, 'S4', 2000, null],
    ['B2', true, 'K', false, 'S4', 2000, null],
    ['C1', true, 'P', false, 'S4', null, null],
    ['L1', true, null, false, 'S1', null, null],
    ['L2', true, null, false, 'S1', 2010, 2025],
    ['L3', true, null, false, 'S2', 2024, null],
    ['L4', true, null, false, 'S2', 2025, null],
    ['L5', true, null, false, 'S2', 2025, null],
    ['M1', true, null, true, 'S3', null, null],
    ['M2', true, null, false, 'S3', null, null],
    ['M3', true, null, false, 'S3', null, null],
    ['M4', true, null, false, 'S3', null, null],
    ['M5', true, null, false, 'S3', null, null],
    ['O1', false, null, false, 'S1', null, null],
    ['O2', false, null, false, 'S2', null, null],
    ['O3', false, null, false, 'S3', null, null],
    ['O4', false, null, false, 'S5', 2001, null],
    ['O5', false, null, false, 'S5', null, 2024],
  ];
  await runCypher(
    db,
    `
    UNWIND $firms AS f
    CREATE (e:Enterprise {creditCode: $p + '-' + f[0], name: '企业' + f[0], local: f[1], chainLeader: f[3], founded: f[5], dissolved: f[6]})
    WITH e, f
    CALL (e, f) { WITH e, f WHERE f[2] IS NOT NULL MATCH (k:Cluster {id: $p + '-' + f[2]}) CREATE (e)-[:IN_CLUSTER]->(k) }
    MATCH (s:Segment {id: $p + '-' + f[4]}) CREATE (e)-[:OPERATES_IN]->(s)
  `,
    { p: P, firms },
  );
  // [code, year, revenue, srdiLevel, aboveScale, greenList]
  const years: [string, number, number, string, boolean, boolean][] = [
    ['L3', 2025, 300, 'NONE', false, false],
    ['L4', 2025, 500, 'NONE', false, false],
    ['L5', 2025, 900, 'NONE', false, false],
    ['O4', 2023, 1500, 'NONE', true, false],
    ['O4', 2025, 2000, 'PROVINCIAL', true, true],
  ];
  await runCypher(
    db,
    `
    UNWIND $years AS y
    MATCH (e:Enterprise {creditCode: $p + '-' + y[0]})
    CREATE (e)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: e.creditCode, year: y[1], revenue: y[2], srdiLevel: y[3], aboveScale: y[4], greenList: y[5]})
  `,
    { p: P, years },
  );
  // [supplier, buyer, segment, year, value]
  const links: TestSupplyLink[] = [
    ['L1', 'B1', 'S1', 2023, 50],
    ['O1', 'B1', 'S1', 2023, 50],
    ['O2', 'B2', 'S2', 2023, 100],
    ['M1', 'B1', 'S3', 2023, 80],
    ['O4', 'B2', 'S5', 2023, 100],
    ['L1', 'B1', 'S1', 2024, 50],
    ['O1', 'B1', 'S1', 2024, 50],
    ['L3', 'B2', 'S2', 2024, 20],
    ['O2', 'B2', 'S2', 2024, 80],
    ['M1', 'B1', 'S3', 2024, 80],
    ['O4', 'B2', 'S5', 2024, 100],
    ['L1', 'B1', 'S1', 2025, 10],
    ['O1', 'B1', 'S1', 2025, 90],
    ['L2', 'B1', 'S1', 2025, 40],
    ['L3', 'B2', 'S2', 2025, 60],
    ['O2', 'B2', 'S2', 2025, 40],
    ['M1', 'B1', 'S3', 2025, 80],
    ['O4', 'B2', 'S5', 2025, 100],
    ['L1', 'C1', 'S1', 2025, 100],
    ['O3', 'C1', 'S3', 2025, 100],
  ];
  await createSupplyLinks(db, P, links);
}

/** What the comparison gives of a segment of a chain-gap report. */
const comparedFields = ({ segmentId, status, localSupplyRatio, clusterFirms, localFirms }: Record<string, unknown>) => ({
  segmentId,
  status,
  localSupplyRatio,
  clusterFirms,
  localFirms,
});

describe('chainGapReport with founded and dissolved firms', () => {
  it('counts a firm only in the years it exists', async () => {
    const statuses = async (y: number) => (await ok(REPORT, { k: c('K'), y })).chainGapReport;
    const y2023 = await statuses(2023);
    expect(y2023.segments.map((s: { status: string }) => s.status)).toEqual(['COVERED', 'MISSING', 'STRONG', 'COVERED', 'MISSING']);
    expect(y2023.segments.map((s: { localFirms: number }) => s.localFirms)).toEqual([2, 0, 5, 3, 0]);
    expect(y2023.completeness).toBe(0.6);
    const y2025 = await statuses(2025);
    expect(y2025.segments.map((s: { status: string }) => s.status)).toEqual(['WEAK', 'COVERED', 'STRONG', 'COVERED', 'MISSING']);
    // S1: L2 (dissolved 2025) neither counts as a local firm nor as a supplier: 10 / (10 + 90)
    expect(y2025.segments[0]).toMatchObject({ localFirms: 1, localSupplyRatio: 0.1 });
    expect(y2025.segments[1]).toMatchObject({ localFirms: 3, localSupplyRatio: 0.6 });
  });

  it('whatIf: a dissolved supplier is no alternative, so removing the others cuts the buyer off', async () => {
    const WHAT_IF =
      'query($k: ID!, $r: [String!]!, $y: Int) { whatIf(clusterId: $k, remove: $r, year: $y) { waves { depth firms { creditCode } } cutOffCount } }';
    // 2025, B1 buys S1 from L1, O1 and L2; L2 is dissolved in 2025, so without L1 and O1 B1 has no S1 supplier left
    const both = (await ok(WHAT_IF, { k: c('K'), r: [c('L1'), c('O1')], y: 2025 })).whatIf;
    expect(both.waves).toEqual([{ depth: 1, firms: [{ creditCode: c('B1') }] }]);
    // removing L1 alone leaves O1: nobody is cut off
    expect((await ok(WHAT_IF, { k: c('K'), r: [c('L1')], y: 2025 })).whatIf.cutOffCount).toBe(0);
  });

  it('exposes the dissolved year on the enterprise', async () => {
    const data = await ok(
      'query($k: ID!, $s: ID!) { localSubstitutes(clusterId: $k, segmentId: $s, year: 2024) { enterprise { creditCode founded dissolved } } }',
      { k: c('K'), s: c('S1') },
    );
    expect(data.localSubstitutes.map((f: { enterprise: unknown }) => f.enterprise)).toEqual([
      { creditCode: c('L2'), founded: 2010, dissolved: 2025 },
      { creditCode: c('L1'), founded: null, dissolved: null },
    ]);
  });
});

describe('chainEvolution', () => {
  it('compares 2023 with 2025: one gap healed, one new, one persistent', async () => {
    const { chainEvolution: e } = await ok(EVOLUTION, { k: c('K'), from: 2023, to: 2025 });
    expect(e).toMatchObject({
      clusterId: c('K'),
      chainId: c('CH'),
      fromYear: 2023,
      toYear: 2025,
      completenessFrom: 0.6,
      completenessTo: 0.8,
      gapsHealed: 1,
      gapsNew: 1,
      gapsPersistent: 1,
    });
    expect(e.segments).toEqual([
      {
        segmentId: c('S1'),
        statusFrom: 'COVERED',
        statusTo: 'WEAK',
        localFirmsFrom: 2,
        localFirmsTo: 1,
        localSupplyRatioFrom: 0.5,
        localSupplyRatioTo: 0.1,
        change: 'GAP_NEW',
      },
      {
        segmentId: c('S2'),
        statusFrom: 'MISSING',
        statusTo: 'COVERED',
        localFirmsFrom: 0,
        localFirmsTo: 3,
        localSupplyRatioFrom: 0,
        localSupplyRatioTo: 0.6,
        change: 'GAP_HEALED',
      },
      {
        segmentId: c('S3'),
        statusFrom: 'STRONG',
        statusTo: 'STRONG',
        localFirmsFrom: 5,
        localFirmsTo: 5,
        localSupplyRatioFrom: 1,
        localSupplyRatioTo: 1,
        change: 'UNCHANGED',
      },
      {
        segmentId: c('S4'),
        statusFrom: 'COVERED',
        statusTo: 'COVERED',
        localFirmsFrom: 3,
        localFirmsTo: 3,
        localSupplyRatioFrom: null,
        localSupplyRatioTo: null,
        change: 'UNCHANGED',
      },
      {
        segmentId: c('S5'),
        statusFrom: 'MISSING',
        statusTo: 'MISSING',
        localFirmsFrom: 0,
        localFirmsTo: 0,
        localSupplyRatioFrom: 0,
        localSupplyRatioTo: 0,
        change: 'GAP_PERSISTENT',
      },
    ]);
  });

  it('walks the three years step by step', async () => {
    const changes = async (from: number, to: number) =>
      (await ok(EVOLUTION, { k: c('K'), from, to })).chainEvolution.segments.map((s: { change: string }) => s.change);
    // 2024: S2 has L3 (founded 2024) but only 20/100 → WEAK: still a gap
    expect(await changes(2023, 2024)).toEqual(['UNCHANGED', 'GAP_PERSISTENT', 'UNCHANGED', 'UNCHANGED', 'GAP_PERSISTENT']);
    expect(await changes(2024, 2025)).toEqual(['GAP_NEW', 'GAP_HEALED', 'UNCHANGED', 'UNCHANGED', 'GAP_PERSISTENT']);
    expect(await changes(2025, 2025)).toEqual(['GAP_PERSISTENT', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'GAP_PERSISTENT']);
  });

  it('gives each year exactly what chainGapReport gives', async () => {
    for (const [from, to] of [
      [2023, 2024],
      [2024, 2025],
    ] as const) {
      const { chainEvolution: e } = await ok(EVOLUTION, { k: c('K'), from, to });
      const [a, b] = [(await ok(REPORT, { k: c('K'), y: from })).chainGapReport, (await ok(REPORT, { k: c('K'), y: to })).chainGapReport];
      expect([e.completenessFrom, e.completenessTo]).toEqual([a.completeness, b.completeness]);
      expect(e.segments.map((s: Record<string, unknown>) => [s.segmentId, s.statusFrom, s.localFirmsFrom, s.localSupplyRatioFrom])).toEqual(
        a.segments.map((s: Record<string, unknown>) => [s.segmentId, s.status, s.localFirms, s.localSupplyRatio]),
      );
      expect(e.segments.map((s: Record<string, unknown>) => [s.segmentId, s.statusTo, s.localFirmsTo, s.localSupplyRatioTo])).toEqual(
        b.segments.map((s: Record<string, unknown>) => [s.segmentId, s.status, s.localFirms, s.localSupplyRatio]),
      );
    }
  });

  it('rejects years outside the data, reversed years and unknown clusters, naming the field', async () => {
    expect((await fails(EVOLUTION, { k: c('K'), from: 2022, to: 2025 })).extensions).toMatchObject({
      code: 'BAD_INPUT',
      field: 'fromYear',
      years: [2025, 2024, 2023],
    });
    expect((await fails(EVOLUTION, { k: c('K'), from: 2023, to: 2030 })).extensions).toMatchObject({ code: 'BAD_INPUT', field: 'toYear' });
    expect((await fails(EVOLUTION, { k: c('K'), from: 2025, to: 2023 })).extensions).toMatchObject({
      code: 'BAD_INPUT',
      field: 'fromYear',
    });
    expect((await fails(EVOLUTION, { k: c('K'), from: 10, to: 2023 })).extensions).toMatchObject({ code: 'BAD_INPUT', field: 'fromYear' });
    expect((await fails(EVOLUTION, { k: c('nope'), from: 2023, to: 2025 })).extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'clusterId',
      clusterId: c('nope'),
    });
  });
});

describe('chainComparison', () => {
  it('puts every cluster of the chain side by side in the latest year, with peer strengths', async () => {
    const { chainComparison: cmp } = await ok(COMPARISON, { chain: c('CH') });
    expect(cmp).toMatchObject({ chainId: c('CH'), chainName: '轴承产业链', year: 2025, years: [2025, 2024, 2023] });
    expect(cmp.segments.map((s: { segmentId: string }) => s.segmentId)).toEqual(segs(1, 2, 3, 4, 5));
    // Q follows another chain; K and P tie at 0.8 → by id
    expect(cmp.clusters.map((k: { clusterId: string }) => k.clusterId)).toEqual([c('K'), c('P')]);
    const [k, p] = cmp.clusters;
    expect(k.segments.map((s: { status: string }) => s.status)).toEqual(['WEAK', 'COVERED', 'STRONG', 'COVERED', 'MISSING']);
    expect(k.segments.map((s: { clusterFirms: number }) => s.clusterFirms)).toEqual([0, 0, 0, 2, 0]);
    expect(p).toMatchObject({ clusterName: '冠县轴承', completeness: 0.8 });
    expect(p.segments.map((s: { status: string }) => s.status)).toEqual(['COVERED', 'COVERED', 'WEAK', 'COVERED', 'MISSING']);
    expect(p.segments.map((s: { localSupplyRatio: number | null }) => s.localSupplyRatio)).toEqual([1, null, 0, null, null]);
    // K is STRONG in 套圈 where P is WEAK; nobody is strong in S5
    expect(cmp.peerStrengths).toEqual([
      { segmentId: c('S3'), segmentName: '套圈', strongClusterId: c('K'), lackingClusterId: c('P'), lackingStatus: 'WEAK' },
    ]);
    // the same, one entry per segment
    expect(cmp.peerSegments).toEqual([
      {
        segmentId: c('S3'),
        segmentName: '套圈',
        strongClusters: [{ clusterId: c('K'), clusterName: '临清轴承' }],
        lackingClusters: [{ clusterId: c('P'), clusterName: '冠县轴承', status: 'WEAK' }],
      },
    ]);
  });

  it('gives each cluster exactly what chainGapReport gives for the year', async () => {
    for (const year of [2024, 2025]) {
      const { chainComparison: cmp } = await ok(COMPARISON, { chain: c('CH'), y: year });
      expect(cmp.year).toBe(year);
      for (const cluster of cmp.clusters) {
        const { chainGapReport: r } = await ok(REPORT, { k: cluster.clusterId, y: year });
        expect(cluster.completeness).toBe(r.completeness);
        expect(cluster.segments).toEqual(r.segments.map(comparedFields));
      }
    }
  });

  it('judges each cluster in its own figures year when the links have no year (founded and dissolved firms)', async () => {
    /*
     * Chain CH3: T1 (1), T2 (2); clusters X (members: X1) and Y (members: Y1), all firms local but O.
     * Links without a year only (year 0), so each cluster's figures year is its firms' latest
     * EnterpriseYear: X 2024 (X1), Y 2022 (Y1). G1 (T1) founded 2023; G2 (T1) dissolved 2023.
     *   G1→X1 T1 30, O→X1 T1 70; G2→Y1 T1 20, O→Y1 T1 80.
     * X in 2024: T1 G1 only (G2 gone), 30/100 = 0.3 → COVERED; T2 X1, Y1 local, no inflow → COVERED.
     * Y in 2022: T1 G2 only (G1 not yet), 20/100 = 0.2 → WEAK; T2 COVERED.
     * (Both in one year would be wrong for one of them: X in 2022 has 0/70, Y in 2024 0/80.)
     */
    await runCypher(
      db,
      `
      CREATE (chain:Chain {id: $p + '-CH3', name: '第三条链'})
      CREATE (x:Cluster {id: $p + '-X', name: '甲集群', county: '临清市'})-[:FOLLOWS]->(chain)
      CREATE (y:Cluster {id: $p + '-Y', name: '乙集群', county: '冠县'})-[:FOLLOWS]->(chain)
      CREATE (chain)-[:HAS_SEGMENT]->(t1:Segment {id: $p + '-T1', chainId: chain.id, name: '原料', stage: 'UPSTREAM', order: 1})
      CREATE (chain)-[:HAS_SEGMENT]->(t2:Segment {id: $p + '-T2', chainId: chain.id, name: '整机', stage: 'DOWNSTREAM', order: 2})
      CREATE (x1:Enterprise {creditCode: $p + '-X1', name: '甲1', local: true})-[:IN_CLUSTER]->(x)
      CREATE (y1:Enterprise {creditCode: $p + '-Y1', name: '乙1', local: true})-[:IN_CLUSTER]->(y)
      CREATE (g1:Enterprise {creditCode: $p + '-G1', name: '新设', local: true, founded: 2023})
      CREATE (g2:Enterprise {creditCode: $p + '-G2', name: '注销', local: true, dissolved: 2023})
      CREATE (o:Enterprise {creditCode: $p + '-O', name: '外地', local: false})
      CREATE (x1)-[:OPERATES_IN]->(t2), (y1)-[:OPERATES_IN]->(t2), (g1)-[:OPERATES_IN]->(t1), (g2)-[:OPERATES_IN]->(t1), (o)-[:OPERATES_IN]->(t1)
      CREATE (x1)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: x1.creditCode, year: 2024, revenue: 100})
      CREATE (y1)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: y1.creditCode, year: 2022, revenue: 100})
      CREATE (g1)-[:SUPPLIES {segmentId: t1.id, year: 0, annualValue: 30}]->(x1)
      CREATE (o)-[:SUPPLIES {segmentId: t1.id, year: 0, annualValue: 70}]->(x1)
      CREATE (g2)-[:SUPPLIES {segmentId: t1.id, year: 0, annualValue: 20}]->(y1)
      CREATE (o)-[:SUPPLIES {segmentId: t1.id, year: 0, annualValue: 80}]->(y1)
    `,
      { p: P },
    );
    const { chainComparison: cmp } = await ok(COMPARISON, { chain: c('CH3') });
    expect(cmp).toMatchObject({ year: 0, years: [0], peerStrengths: [], peerSegments: [] });
    expect(cmp.clusters.map((k: Record<string, unknown>) => [k.clusterId, k.completeness, k.segments])).toEqual([
      [
        c('X'),
        1,
        [
          { segmentId: c('T1'), status: 'COVERED', localSupplyRatio: 0.3, clusterFirms: 0, localFirms: 1 },
          { segmentId: c('T2'), status: 'COVERED', localSupplyRatio: null, clusterFirms: 1, localFirms: 2 },
        ],
      ],
      [
        c('Y'),
        1,
        [
          { segmentId: c('T1'), status: 'WEAK', localSupplyRatio: 0.2, clusterFirms: 0, localFirms: 1 },
          { segmentId: c('T2'), status: 'COVERED', localSupplyRatio: null, clusterFirms: 1, localFirms: 2 },
        ],
      ],
    ]);
    // and each is what its own chain-gap report gives
    for (const cluster of cmp.clusters) {
      const { chainGapReport: r } = await ok(REPORT, { k: cluster.clusterId });
      expect(cluster.segments).toEqual(r.segments.map(comparedFields));
    }
  });

  it('rejects an unknown chain and a year without data', async () => {
    expect((await fails(COMPARISON, { chain: c('nope') })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'chainId' });
    expect((await fails(COMPARISON, { chain: c('CH'), y: 2019 })).extensions).toMatchObject({ code: 'BAD_INPUT', field: 'year' });
  });
});

describe('localSubstitutes', () => {
  it('lists the local firms of the segment present in the year, not-yet suppliers first, then revenue', async () => {
    // S2 in 2025: L3 (300, supplies B2 60), L4 (500), L5 (900), founded 2025
    const { localSubstitutes: list } = await ok(SUBSTITUTES, { k: c('K'), s: c('S2') });
    expect(
      list.map((f: Record<string, any>) => [f.enterprise.creditCode, f.suppliesCluster, f.suppliedValue, f.clusterMember, f.revenue]),
    ).toEqual([
      [c('L5'), false, 0, false, 900],
      [c('L4'), false, 0, false, 500],
      [c('L3'), true, 60, false, 300],
    ]);
    expect((await ok(SUBSTITUTES, { k: c('K'), s: c('S2'), first: 1 })).localSubstitutes).toHaveLength(1);
    // 2024: only L3; 2023: nobody yet
    expect((await ok(SUBSTITUTES, { k: c('K'), s: c('S2'), y: 2024 })).localSubstitutes.map((f: any) => f.enterprise.creditCode)).toEqual([
      c('L3'),
    ]);
    expect((await ok(SUBSTITUTES, { k: c('K'), s: c('S2'), y: 2023 })).localSubstitutes).toEqual([]);
  });

  it('drops a dissolved firm from its year on', async () => {
    // S1 in 2024: L2 does not supply K that year, L1 does; in 2025 L2 is gone (its 2025 link too)
    const codes = async (y: number) =>
      (await ok(SUBSTITUTES, { k: c('K'), s: c('S1'), y })).localSubstitutes.map((f: any) => [f.enterprise.creditCode, f.suppliesCluster]);
    expect(await codes(2024)).toEqual([
      [c('L2'), false],
      [c('L1'), true],
    ]);
    expect(await codes(2025)).toEqual([[c('L1'), true]]);
  });

  it('shows a viewer the revenue band only', async () => {
    const { localSubstitutes: list } = await ok(SUBSTITUTES, { k: c('K'), s: c('S2') }, VIEWER);
    expect(list.map((f: Record<string, any>) => [f.revenue, f.suppliedValue])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(list[0].revenueBand).toBeTruthy();
  });

  it('rejects a segment outside the chain, a year without data and a bad page size', async () => {
    expect((await fails(SUBSTITUTES, { k: c('Q'), s: c('S2') })).extensions).toMatchObject({ code: 'BAD_INPUT', field: 'segmentId' });
    expect((await fails(SUBSTITUTES, { k: c('K'), s: c('S2'), y: 2020 })).extensions).toMatchObject({ code: 'BAD_INPUT', field: 'year' });
    expect((await fails(SUBSTITUTES, { k: c('K'), s: c('S2'), first: 101 })).extensions).toMatchObject({
      code: 'BAD_INPUT',
      field: 'first',
    });
    expect((await fails(SUBSTITUTES, { k: c('K'), s: c('S2'), first: 0 })).extensions).toMatchObject({ code: 'BAD_INPUT', field: 'first' });
    expect((await fails(SUBSTITUTES, { k: c('nope'), s: c('S2') })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'clusterId' });
  });
});

describe('whatIfAttract', () => {
  it('lifts 热处理 from MISSING to COVERED when its outside supplier sets up locally', async () => {
    const { whatIfAttract: w } = await ok(ATTRACT, { k: c('K'), a: [c('O4')] });
    // O4 local: S5 has 1 local firm and 100/100 local supply, but < 5 firms → COVERED; 4/5 → 5/5
    expect(w).toMatchObject({
      clusterId: c('K'),
      year: 2025,
      attracted: [{ creditCode: c('O4'), name: '企业O4' }],
      completenessBefore: 0.8,
      completenessAfter: 1,
    });
    expect(w.segments[4]).toEqual({
      segmentId: c('S5'),
      statusBefore: 'MISSING',
      statusAfter: 'COVERED',
      localFirmsBefore: 0,
      localFirmsAfter: 1,
      localSupplyRatioBefore: 0,
      localSupplyRatioAfter: 1,
    });
    // nothing else moves
    expect(
      w.segments
        .slice(0, 4)
        .every((s: Record<string, unknown>) => s.statusBefore === s.statusAfter && s.localSupplyRatioBefore === s.localSupplyRatioAfter),
    ).toBe(true);
    // 2025: 规上, PROVINCIAL (NONE in 2023), green list; revenue 2000 lifts K's 499,000 over 500,000 (50亿)
    expect(w.indicatorChanges).toEqual([
      { key: 'above_scale_firms', change: 1 },
      { key: 'cluster_output_growth', change: 2000 },
      { key: 'clusters_over_50yi', change: 1 },
      { key: 'new_srdi_firms', change: 1 },
      { key: 'green_list_firms', change: 1 },
    ]);
  });

  it('writes nothing: the report is unchanged afterwards', async () => {
    await ok(ATTRACT, { k: c('K'), a: [c('O4')] });
    const { chainGapReport: r } = await ok(REPORT, { k: c('K') });
    expect(r.segments[4]).toMatchObject({ status: 'MISSING', localFirms: 0 });
  });

  it('gives before exactly what chainGapReport gives, and a viewer no revenue-based change', async () => {
    const { whatIfAttract: w } = await ok(ATTRACT, { k: c('K'), a: [c('O4')], y: 2024 }, VIEWER);
    const { chainGapReport: r } = await ok(REPORT, { k: c('K'), y: 2024 }, VIEWER);
    expect(w.completenessBefore).toBe(r.completeness);
    expect(w.segments.map((s: Record<string, unknown>) => [s.statusBefore, s.localSupplyRatioBefore])).toEqual(
      r.segments.map((s: Record<string, unknown>) => [s.status, s.localSupplyRatio]),
    );
    // 2024: O4 has no figures that year → no indicator moves
    expect(w.indicatorChanges).toEqual([]);
    const { whatIfAttract: v } = await ok(ATTRACT, { k: c('K'), a: [c('O4')] }, VIEWER);
    expect(v.indicatorChanges.map((i: { key: string }) => i.key)).toEqual(['above_scale_firms', 'new_srdi_firms', 'green_list_firms']);
  });

  it('rejects empty and oversized lists, unknown, local and dissolved firms, naming the field', async () => {
    expect((await fails(ATTRACT, { k: c('K'), a: [] })).extensions).toMatchObject({ code: 'BAD_INPUT', field: 'attract' });
    expect((await fails(ATTRACT, { k: c('K'), a: Array.from({ length: 21 }, (_, i) => c(`X${i}`)) })).extensions).toMatchObject({
      code: 'BAD_INPUT',
      field: 'attract',
    });
    expect((await fails(ATTRACT, { k: c('K'), a: [c('nobody')] })).extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'attract',
      unknown: [c('nobody')],
    });
    expect((await fails(ATTRACT, { k: c('K'), a: [c('L1')] })).extensions).toMatchObject({
      code: 'BAD_INPUT',
      field: 'attract',
      local: [c('L1')],
    });
    expect((await fails(ATTRACT, { k: c('K'), a: [c('O5')] })).extensions).toMatchObject({
      code: 'BAD_INPUT',
      field: 'attract',
      absent: [c('O5')],
    });
    expect((await fails(ATTRACT, { k: c('K'), a: [c('O4')], y: 2019 })).extensions).toMatchObject({ code: 'BAD_INPUT', field: 'year' });
    expect((await fails(ATTRACT, { k: c('nope'), a: [c('O4')] })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'clusterId' });
  });
});
