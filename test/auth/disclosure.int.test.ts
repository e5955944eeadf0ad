import { describe, expect, it } from 'vitest';
import { runCypher } from '../helpers/db.js';
import { ANALYST, apiWithOwnGraph, VIEWER } from '../helpers/graphql.js';
import { codeMaker, randomCodeBody } from '../enterprises/fixture.js';

/*
 * What a viewer can read off totals, supply values and hints (server/auth/disclosure.ts), against
 * an analyst. Chain S1 (upstream) → S2 (midstream) → S3 (downstream); cluster K follows it.
 * Members of K (all local): G, H, I in S1; A, B in S2; C, D, E, F in S3. M: local, not a member,
 * in S3. O: an outside supplier.
 * Revenue 2024: G 5000 (H, I none), A 1000, B 3000, C 20000, D 30000, E 60000 (F none), M 5000.
 * Revenue 2023: A 900 only. R&D 2024: A 50 (intensity 5 %).
 * SUPPLIES 2024: O→A S1 800, G→B S1 100, A→D S2 500, B→E S2 400. 2023: O→A S1 700.
 * So in 2024:
 *   S1: 3 local member firms but one with revenue (5000): withheld from the viewer. inflow 900,
 *       localInflow 100 (ratio 0.11: WEAK); top supplier O (outside: the investment target).
 *       Single-source risks: A←O 800 (outside), B←G 100 (local).
 *   S2: A + B = 4000 over two firms: withheld. Top supplier A (local).
 *   S3: cluster C + D + E = 110000 over three firms with figures (F has none): band 10–50亿;
 *       local + M = 115000: band 10–50亿 (exact sums would give M's revenue by subtraction).
 *   whatIf remove O: wave 1 A (1000), wave 2 D (30000, A was D's only S2 supplier): 31000 over
 *       two firms, withheld. remove O and G: wave 1 A, B (4000), wave 2 D, E (90000): 94000 over
 *       four firms, band 5–10亿; each wave two firms, withheld.
 * In 2023 (year argument): S2 has A's 900 only; whatIf remove O cuts A off: 900, withheld.
 */
const P = `t-disclosure-${Date.now().toString(36)}`;
const code = codeMaker(randomCodeBody(8));
const F = {
  A: code(1),
  B: code(2),
  C: code(3),
  D: code(4),
  E: code(5),
  F: code(6),
  G: code(7),
  H: code(8),
  I: code(9),
  M: code(10),
  O: code(11),
};
const K = `${P}-K`;
const S1 = `${P}-S1`;
const S2 = `${P}-S2`;
const S3 = `${P}-S3`;
const { db, api } = apiWithOwnGraph(buildGraph, removeGraph);

/** Writes the file's graph (described above). */
async function buildGraph(): Promise<void> {
  await runCypher(
    db,
    `CREATE (ch:Chain {id: $P + '-CH', name: '披露测试链', industry: '测试'})
     CREATE (s1:Segment {id: $S1, chainId: $P + '-CH', name: '披露上游', stage: 'UPSTREAM', order: 1})
     CREATE (s2:Segment {id: $S2, chainId: $P + '-CH', name: '披露中游', stage: 'MIDSTREAM', order: 2})
     CREATE (s3:Segment {id: $S3, chainId: $P + '-CH', name: '披露下游', stage: 'DOWNSTREAM', order: 3})
     CREATE (ch)-[:HAS_SEGMENT]->(s1), (ch)-[:HAS_SEGMENT]->(s2), (ch)-[:HAS_SEGMENT]->(s3), (s1)-[:FEEDS]->(s2), (s2)-[:FEEDS]->(s3)
     CREATE (:Cluster {id: $K, name: '披露测试集群', county: '东昌府区', level: 'CITY', chainId: $P + '-CH'})-[:FOLLOWS]->(ch)`,
    { P, S1, S2, S3, K },
  );
  const firms = [
    ['G', S1, true, true],
    ['H', S1, true, true],
    ['I', S1, true, true],
    ['A', S2, true, true],
    ['B', S2, true, true],
    ['C', S3, true, true],
    ['D', S3, true, true],
    ['E', S3, true, true],
    ['F', S3, true, true],
    ['M', S3, true, false],
    ['O', S1, false, false],
  ] as const;
  await runCypher(
    db,
    `UNWIND $firms AS f
     MATCH (s:Segment {id: f.segment}), (k:Cluster {id: $K})
     CREATE (e:Enterprise {creditCode: f.code, name: '披露企业' + f.name, local: f.local, chainLeader: false, county: CASE WHEN f.local THEN '东昌府区' END})
     CREATE (e)-[:OPERATES_IN]->(s)
     FOREACH (_ IN CASE WHEN f.member THEN [1] ELSE [] END | CREATE (e)-[:IN_CLUSTER]->(k))`,
    { K, firms: firms.map(([name, segment, local, member]) => ({ name, code: F[name], segment, local, member })) },
  );
  const years: [keyof typeof F, number, number, number | null][] = [
    ['G', 2024, 5000, null],
    ['A', 2024, 1000, 50],
    ['B', 2024, 3000, null],
    ['C', 2024, 20000, null],
    ['D', 2024, 30000, null],
    ['E', 2024, 60000, null],
    ['M', 2024, 5000, null],
    ['A', 2023, 900, null],
  ];
  await runCypher(
    db,
    `UNWIND $years AS y
     MATCH (e:Enterprise {creditCode: y.code})
     CREATE (e)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: y.code, year: y.year, revenue: toFloat(y.revenue), rdSpend: toFloat(y.rd)})`,
    { years: years.map(([name, year, revenue, rd]) => ({ code: F[name], year, revenue, rd })) },
  );
  const links: [keyof typeof F, keyof typeof F, string, number, number][] = [
    ['O', 'A', S1, 2024, 800],
    ['G', 'B', S1, 2024, 100],
    ['A', 'D', S2, 2024, 500],
    ['B', 'E', S2, 2024, 400],
    ['O', 'A', S1, 2023, 700],
  ];
  await runCypher(
    db,
    `UNWIND $links AS l
     MATCH (s:Enterprise {creditCode: l.s}), (b:Enterprise {creditCode: l.b})
     CREATE (s)-[:SUPPLIES {segmentId: l.segment, year: l.year, annualValue: toFloat(l.value), product: '披露产品'}]->(b)`,
    { links: links.map(([s, b, segment, year, value]) => ({ s: F[s], b: F[b], segment, year, value })) },
  );
}

async function removeGraph(): Promise<void> {
  await runCypher(db, `MATCH (n) WHERE n.id STARTS WITH $P OR n.creditCode IN $codes DETACH DELETE n`, { P, codes: Object.values(F) });
}

async function gql(query: string, variables: Record<string, unknown>, user: typeof VIEWER) {
  const { data, errors } = await api.gql(query, variables, user);
  expect(errors).toBeUndefined();
  return data!;
}

const REPORT = `query($k: ID!, $year: Int) {
  chainGapReport(clusterId: $k, year: $year) {
    figuresYear
    segments { segmentId status clusterRevenue clusterRevenueBand localRevenue localRevenueBand inflow inflowBand localInflow localInflowBand topSupplierCode topSupplierName topSupplierShare }
    singleSourceRisks { buyerCode supplierCode supplierName supplierLocal value valueBand }
    investmentTargets { creditCode }
    investmentTargetsHidden
  }
}`;
const WHAT_IF = `query($k: ID!, $remove: [String!]!, $year: Int) {
  whatIf(clusterId: $k, remove: $remove, year: $year) { figuresYear affectedRevenue affectedRevenueBand waves { firms { creditCode } revenue revenueBand } }
}`;

type Segment = Record<string, unknown> & { segmentId: string };
const segment = (report: { segments: Segment[] }, id: string) => report.segments.find((s) => s.segmentId === id)!;
const pick = (s: Segment, keys: string[]) => Object.fromEntries(keys.map((key) => [key, s[key]]));
/** A table of the report's segments: one row a segment of `ids`, the values of `keys` in order. */
const rows = (report: { segments: Segment[] }, ids: string[], keys: string[]) =>
  ids.map((id) => keys.map((key) => segment(report, id)[key]));

describe('revenue totals: withheld from viewers under 3 firms with a figure, else a band', () => {
  it('segment totals in the gap report', async () => {
    const keys = ['clusterRevenue', 'clusterRevenueBand', 'localRevenue', 'localRevenueBand'];
    const analyst = (await gql(REPORT, { k: K }, ANALYST)).chainGapReport;
    const viewer = (await gql(REPORT, { k: K }, VIEWER)).chainGapReport;
    expect(analyst.figuresYear).toBe(2024);
    expect(rows(analyst, [S1, S2, S3], keys)).toEqual([
      [5000, '2000万–1亿', 5000, '2000万–1亿'],
      [4000, '2000万–1亿', 4000, '2000万–1亿'],
      [110000, '10–50亿', 115000, '10–50亿'],
    ]);
    // S1: three member firms, but only G has a figure: the total is G's revenue
    expect(rows(viewer, [S1, S2, S3], keys)).toEqual([
      [null, null, null, null],
      [null, null, null, null],
      [null, '10–50亿', null, '10–50亿'],
    ]);
  });

  it('the same for another year through the year argument', async () => {
    const keys = ['clusterRevenue', 'clusterRevenueBand'];
    const analyst = (await gql(REPORT, { k: K, year: 2023 }, ANALYST)).chainGapReport;
    const viewer = (await gql(REPORT, { k: K, year: 2023 }, VIEWER)).chainGapReport;
    expect(analyst.figuresYear).toBe(2023);
    expect(pick(segment(analyst, S2), keys)).toEqual({ clusterRevenue: 900, clusterRevenueBand: '2000万以下' });
    expect(pick(segment(viewer, S2), keys)).toEqual({ clusterRevenue: null, clusterRevenueBand: null });
    const whatIfAnalyst = (await gql(WHAT_IF, { k: K, remove: [F.O], year: 2023 }, ANALYST)).whatIf;
    const whatIfViewer = (await gql(WHAT_IF, { k: K, remove: [F.O], year: 2023 }, VIEWER)).whatIf;
    expect(whatIfAnalyst).toMatchObject({
      figuresYear: 2023,
      affectedRevenue: 900,
      waves: [{ firms: [{ creditCode: F.A }], revenue: 900 }],
    });
    expect(whatIfViewer).toMatchObject({
      figuresYear: 2023,
      affectedRevenue: null,
      affectedRevenueBand: null,
      waves: [{ firms: [{ creditCode: F.A }], revenue: null, revenueBand: null }],
    });
  });

  it('what-if: the affected revenue and each wave', async () => {
    const one = { k: K, remove: [F.O] };
    expect((await gql(WHAT_IF, one, ANALYST)).whatIf).toEqual({
      figuresYear: 2024,
      affectedRevenue: 31000,
      affectedRevenueBand: '1–5亿',
      waves: [
        { firms: [{ creditCode: F.A }], revenue: 1000, revenueBand: '2000万以下' },
        { firms: [{ creditCode: F.D }], revenue: 30000, revenueBand: '1–5亿' },
      ],
    });
    expect((await gql(WHAT_IF, one, VIEWER)).whatIf).toEqual({
      figuresYear: 2024,
      affectedRevenue: null,
      affectedRevenueBand: null,
      waves: [
        { firms: [{ creditCode: F.A }], revenue: null, revenueBand: null },
        { firms: [{ creditCode: F.D }], revenue: null, revenueBand: null },
      ],
    });
    const two = { k: K, remove: [F.O, F.G] };
    const analyst = (await gql(WHAT_IF, two, ANALYST)).whatIf;
    expect(analyst.affectedRevenue).toBe(94000);
    expect(analyst.waves.map((w: { revenue: number }) => w.revenue)).toEqual([4000, 90000]);
    const viewer = (await gql(WHAT_IF, two, VIEWER)).whatIf;
    expect([viewer.affectedRevenue, viewer.affectedRevenueBand]).toEqual([null, '5–10亿']);
    expect(viewer.waves.map((w: { revenue: number | null; revenueBand: string | null }) => [w.revenue, w.revenueBand])).toEqual([
      [null, null],
      [null, null],
    ]);
  });
});

describe('R&D spend and supply values', () => {
  it('gives viewers R&D intensity but not the spend (with the spend it would give revenue back)', async () => {
    const query = 'query($c: String!) { enterprise(creditCode: $c) { years { year revenue revenueBand rdSpend rdIntensity } } }';
    const year2024 = async (user: typeof VIEWER) =>
      (await gql(query, { c: F.A }, user)).enterprise.years.find((y: { year: number }) => y.year === 2024);
    expect(await year2024(ANALYST)).toEqual({ year: 2024, revenue: 1000, revenueBand: '2000万以下', rdSpend: 50, rdIntensity: 5 });
    expect(await year2024(VIEWER)).toEqual({ year: 2024, revenue: null, revenueBand: '2000万以下', rdSpend: null, rdIntensity: 5 });
  });

  it('shows viewers supply values as bands: graph edges, segment inflows, single-source risks', async () => {
    const graph =
      'query($c: String!) { supplyNeighborhood(creditCode: $c, depth: 1, direction: UPSTREAM) { edges { source target value valueBand } } }';
    const edges = async (user: typeof VIEWER) => (await gql(graph, { c: F.A }, user)).supplyNeighborhood.edges;
    expect(await edges(ANALYST)).toEqual([{ source: F.O, target: F.A, value: 800, valueBand: '2000万以下' }]);
    expect(await edges(VIEWER)).toEqual([{ source: F.O, target: F.A, value: null, valueBand: '2000万以下' }]);

    const keys = ['inflow', 'inflowBand', 'localInflow', 'localInflowBand'];
    const analyst = (await gql(REPORT, { k: K }, ANALYST)).chainGapReport;
    const viewer = (await gql(REPORT, { k: K }, VIEWER)).chainGapReport;
    // S1 as the analyst and as the viewer sees it
    expect([analyst, viewer].map((report) => rows(report, [S1], keys)[0])).toEqual([
      [900, '2000万以下', 100, '2000万以下'],
      [null, '2000万以下', null, '2000万以下'],
    ]);
    expect(analyst.singleSourceRisks.map((r: { value: number }) => r.value)).toEqual([800, 500, 400, 100]);
    expect(viewer.singleSourceRisks.map((r: { value: number | null; valueBand: string }) => [r.value, r.valueBand])).toEqual(
      Array(4).fill([null, '2000万以下']),
    );
  });
});

describe('hints at investment targets', () => {
  it('names no outside supplier to a role without investment targets: top supplier and single-source risks', async () => {
    const analyst = (await gql(REPORT, { k: K }, ANALYST)).chainGapReport;
    const viewer = (await gql(REPORT, { k: K }, VIEWER)).chainGapReport;
    expect(segment(analyst, S1).status).toBe('WEAK');
    expect(analyst.investmentTargets).toEqual([{ creditCode: F.O }]);
    expect(viewer).toMatchObject({ investmentTargets: [], investmentTargetsHidden: true });

    const top = ['topSupplierCode', 'topSupplierName', 'topSupplierShare'];
    expect(pick(segment(analyst, S1), top)).toEqual({ topSupplierCode: F.O, topSupplierName: '披露企业O', topSupplierShare: 800 / 900 });
    expect(pick(segment(viewer, S1), top)).toEqual({ topSupplierCode: null, topSupplierName: null, topSupplierShare: 800 / 900 });
    // a local top supplier is never a target: named to every role
    expect(pick(segment(viewer, S2), top)).toEqual({ topSupplierCode: F.A, topSupplierName: '披露企业A', topSupplierShare: 500 / 900 });

    const risks = (report: typeof analyst) =>
      report.singleSourceRisks.map((r: Record<string, unknown>) => [r.buyerCode, r.supplierCode, r.supplierName, r.supplierLocal]);
    expect(risks(analyst)).toEqual([
      [F.A, F.O, '披露企业O', false],
      [F.D, F.A, '披露企业A', true],
      [F.E, F.B, '披露企业B', true],
      [F.B, F.G, '披露企业G', true],
    ]);
    expect(risks(viewer)).toEqual([
      [F.A, null, null, false],
      [F.D, F.A, '披露企业A', true],
      [F.E, F.B, '披露企业B', true],
      [F.B, F.G, '披露企业G', true],
    ]);
    // nothing in the viewer's report names the target
    expect(JSON.stringify(viewer)).not.toContain(F.O);
    expect(JSON.stringify(viewer)).not.toContain('披露企业O');
  });
});

describe('the leaks through fields that were there before the bands', () => {
  it('a viewer reads no exact total, R&D spend, supply value or outside supplier', async () => {
    const query = `query($k: ID!, $remove: [String!]!, $c: String!) {
      chainGapReport(clusterId: $k) {
        segments { segmentId clusterRevenue localRevenue inflow localInflow topSupplierCode topSupplierName }
        singleSourceRisks { supplierCode supplierName value }
      }
      whatIf(clusterId: $k, remove: $remove) { affectedRevenue waves { revenue } }
      enterprise(creditCode: $c) { years { rdSpend } }
      supplyNeighborhood(creditCode: $c, depth: 1, direction: UPSTREAM) { edges { value } }
    }`;
    const variables = { k: K, remove: [F.O], c: F.A };
    const viewer = await gql(query, variables, VIEWER);
    const s1 = segment(viewer.chainGapReport, S1);
    expect([s1.clusterRevenue, s1.localRevenue, s1.inflow, s1.localInflow, s1.topSupplierCode, s1.topSupplierName]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(viewer.chainGapReport.singleSourceRisks[0]).toEqual({ supplierCode: null, supplierName: null, value: null });
    expect(viewer.whatIf).toEqual({ affectedRevenue: null, waves: [{ revenue: null }, { revenue: null }] });
    expect(viewer.enterprise.years).toEqual([{ rdSpend: null }, { rdSpend: null }]);
    expect(viewer.supplyNeighborhood.edges).toEqual([{ value: null }]);
    // the analyst sees them all
    const analyst = await gql(query, variables, ANALYST);
    expect(analyst.whatIf.affectedRevenue).toBe(31000);
    expect(analyst.enterprise.years.map((y: { rdSpend: number | null }) => y.rdSpend)).toEqual([null, 50]);
    expect(analyst.chainGapReport.singleSourceRisks[0]).toEqual({ supplierCode: F.O, supplierName: '披露企业O', value: 800 });
  });
});
