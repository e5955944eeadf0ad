import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportService } from '../../server/imports/service.js';
import { runCypher, testCypher, testDatabase } from '../helpers/db.js';
import { ADMIN, ANALYST, createTestApi, editor, VIEWER, type TestApi } from '../helpers/graphql.js';
import { cleanUp, code, newPrefix, smallDataSet, writeDataSet } from '../helpers/import-fixtures.js';

/*
 * Analyses' answers reused per data version (server/cache/), through the real API against the
 * tier's Neo4j, on the importer's small data set (test/helpers/import-fixtures.ts smallDataSet):
 * cluster K1 follows chain CH (S1 轴承钢 → S2 套圈锻件 → S3 成品轴承); a (local, K1, S3, 2023
 * revenue 50000), b (local, K1, S2, 2023 revenue 8000), c (outside, 济南市, S1). Supply in 2023:
 * c → b in S1 3000, b → a in S2 1800.5. Hence, for 2023:
 *   S1: inflow 3000 (band 2000万–1亿), top supplier c (outside: named only for target readers);
 *   S2: local firms 1 (b), local revenue 8000: exact for analysts, withheld for viewers (fewer
 *       than 3 firms with a figure); inflow 1800.5 (band 2000万以下), top supplier b (local: named for all).
 * The cache is checked against the version only once a minute here (versionCheckMs 60 s): an
 * answer after a write must come from the write of this process telling the cache at once.
 */
const p = newPrefix();
const [A, B, C] = [code(p, 1), code(p, 2), code(p, 3)];
const K1 = `${p}-K1`;
const S1 = `${p}-S1`;
const S2 = `${p}-S2`;
const db = testDatabase();
let api: TestApi;

const REPORT = `query($id: ID!, $year: Int) { chainGapReport(clusterId: $id, year: $year) {
  investmentTargetsHidden
  segments { segmentId localFirms localRevenue localRevenueBand inflow inflowBand topSupplierCode }
} }`;
const YEAR = `mutation($c: String!, $y: Int!, $i: EnterpriseYearInput!) { upsertEnterpriseYear(creditCode: $c, year: $y, input: $i) { revenue } }`;

type Segment = {
  segmentId: string;
  localFirms: number;
  localRevenue: number | null;
  localRevenueBand: string | null;
  inflow: number | null;
  inflowBand: string | null;
  topSupplierCode: string | null;
};
async function report(user: Parameters<TestApi['gql']>[2], on: TestApi = api) {
  const { data, errors } = await on.gql<{ chainGapReport: { investmentTargetsHidden: boolean; segments: Segment[] } }>(
    REPORT,
    { id: K1, year: 2023 },
    user,
  );
  expect(errors).toBeUndefined();
  const result = data!.chainGapReport;
  return { hidden: result.investmentTargetsHidden, seg: (id: string) => result.segments.find((s) => s.segmentId === id)! };
}

/** The statements run while `work` runs, by name. */
async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const names: string[] = [];
  const stop = db.onQuery((statement) => names.push(statement.name));
  try {
    await work();
  } finally {
    stop();
  }
  return names;
}

beforeAll(async () => {
  const dir = await writeDataSet(smallDataSet(p));
  try {
    const imported = await new ImportService(db, testCypher()).importFolder(dir);
    expect(imported.errors).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  api = await createTestApi(db, { answerCache: { maxEntries: 100, maxMegabytes: 16, versionCheckMs: 60_000 } });
}, 120_000);

afterAll(async () => {
  await cleanUp(db, p);
  await api.close();
});

describe('answers reused per data version and disclosure class', () => {
  it('a viewer and an analyst asking the same question each get their own disclosure, whoever asked first', async () => {
    const analyst = await report(ANALYST);
    expect(analyst.hidden).toBe(false);
    expect(analyst.seg(S1)).toMatchObject({ inflow: 3000, inflowBand: '2000万–1亿', topSupplierCode: C });
    expect(analyst.seg(S2)).toMatchObject({
      localFirms: 1,
      localRevenue: 8000,
      localRevenueBand: '2000万–1亿',
      inflow: 1800.5,
      topSupplierCode: B,
    });

    const viewer = await report(VIEWER);
    expect(viewer.hidden).toBe(true);
    expect(viewer.seg(S1)).toMatchObject({ inflow: null, inflowBand: '2000万–1亿', topSupplierCode: null });
    expect(viewer.seg(S2)).toMatchObject({
      localFirms: 1,
      localRevenue: null,
      localRevenueBand: null,
      inflow: null,
      inflowBand: '2000万以下',
      topSupplierCode: B,
    });

    // and again, now both are cached: still each their own
    expect((await report(VIEWER)).seg(S1).topSupplierCode).toBeNull();
    expect((await report(ANALYST)).seg(S1).topSupplierCode).toBe(C);
  });

  it('serves a repeated question from the cache: no analysis statement runs, for any caller of the same class', async () => {
    await report(ANALYST);
    const hitsBefore = api.app.answers.stats().hits;
    // an admin and an editor of another cluster see what an analyst sees: the same answer
    const ran = await statementsDuring(async () => {
      await report(ANALYST);
      await report(ADMIN);
      await report(editor(['elsewhere']));
    });
    expect(ran.filter((name) => name.startsWith('gaps/'))).toEqual([]);
    expect(api.app.answers.stats().hits - hitsBefore).toBe(3);
  });

  it('never serves an answer from before a write: an edited figure shows at once', async () => {
    expect((await report(ANALYST)).seg(S2).localRevenue).toBe(8000);
    const edit = await api.gql(YEAR, { c: B, y: 2023, i: { revenue: 9000 } }, ADMIN);
    expect(edit.errors).toBeUndefined();
    expect((await report(ANALYST)).seg(S2).localRevenue).toBe(9000);
    // a figure across a band boundary changes the viewer's band too (S2's inflow, from a supply-link edit)
    expect((await report(VIEWER)).seg(S2).inflowBand).toBe('2000万以下');
    const link = await api.gql(
      'mutation($i: SupplyLinkInput!) { upsertSupplyLink(input: $i) { annualValue } }',
      { i: { supplierCode: B, buyerCode: A, segmentId: S2, year: 2023, annualValue: 2500, product: '套圈' } },
      ADMIN,
    );
    expect(link.errors).toBeUndefined();
    expect((await report(VIEWER)).seg(S2).inflowBand).toBe('2000万–1亿');
    expect((await report(ANALYST)).seg(S2).inflow).toBe(2500);
  });

  it('another process (its own driver and cache) sees a write within its version check', async () => {
    const otherDb = testDatabase();
    const other = await createTestApi(otherDb, { answerCache: { maxEntries: 100, maxMegabytes: 16, versionCheckMs: 0 } });
    try {
      const before = (await report(ANALYST, other)).seg(S2).localRevenue;
      const edit = await api.gql(YEAR, { c: B, y: 2023, i: { revenue: (before ?? 0) + 1000 } }, ADMIN);
      expect(edit.errors).toBeUndefined();
      expect((await report(ANALYST, other)).seg(S2).localRevenue).toBe((before ?? 0) + 1000);
    } finally {
      await other.close();
    }
  });

  it('identical questions at the same time share one computation (single-flight)', async () => {
    // a write makes every cached report stale
    await api.gql(YEAR, { c: A, y: 2023, i: { revenue: 50_001 } }, ADMIN);
    const ran = await statementsDuring(() => Promise.all(Array.from({ length: 6 }, () => report(ANALYST))));
    expect(ran.filter((name) => name === 'gaps/supply')).toHaveLength(1);
    expect(ran.filter((name) => name === 'system/data-version')).toHaveLength(1);
  });

  it('other analyses are cached too, and refreshed by a write', async () => {
    const DASHBOARD = '{ targetDashboard(year: 2023) { indicators { key value } } }';
    const CLUSTERS = '{ clusters { id memberCount } }';
    const members = (data: { clusters: { id: string; memberCount: number }[] } | null | undefined) =>
      data!.clusters.find((k) => k.id === K1)!.memberCount;
    const first = await api.gql(DASHBOARD, {}, ANALYST);
    expect(first.errors).toBeUndefined();
    const firstClusters = await api.gql<{ clusters: { id: string; memberCount: number }[] }>(CLUSTERS, {}, VIEWER);
    expect(members(firstClusters.data)).toBe(2);
    const ran = await statementsDuring(async () => {
      expect((await api.gql(DASHBOARD, {}, ANALYST)).data).toEqual(first.data);
      expect((await api.gql(CLUSTERS, {}, VIEWER)).data).toEqual(firstClusters.data);
    });
    expect(ran.filter((name) => name.startsWith('dashboard/') || name.startsWith('clusters/'))).toEqual([]);
    // an import of one more member firm of K1: the panorama counts it at once
    const dir = await writeDataSet({
      enterprises: [
        ['credit_code', 'name', 'local', 'county', 'city', 'province', 'cluster_ids', 'segment_ids', 'founded', 'chain_leader'],
        [code(p, 4), '丁新企业', 'true', `${p}县`, '', '', K1, S2, '', ''],
      ],
    });
    try {
      expect((await new ImportService(db, testCypher()).importFolder(dir)).errors).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(members((await api.gql<{ clusters: { id: string; memberCount: number }[] }>(CLUSTERS, {}, VIEWER)).data)).toBe(3);
  });

  it("a firm's profile and search hits: cached, each role its own figures, a write seen at once", async () => {
    const PROFILE =
      'query($c: String!) { enterprise(creditCode: $c) { name clusters { id } segments { id } years { year revenue revenueBand } supplierCount customerCount } }';
    const revenue2023 = async (user: Parameters<TestApi['gql']>[2]) => {
      const { data, errors } = await api.gql<{
        enterprise: { years: { year: number; revenue: number | null; revenueBand: string | null }[] };
      }>(PROFILE, { c: A }, user);
      expect(errors).toBeUndefined();
      return data!.enterprise.years.find((y) => y.year === 2023)!;
    };
    const analystFirst = await revenue2023(ANALYST);
    expect(analystFirst.revenue).toBeGreaterThan(0);
    expect(await revenue2023(VIEWER)).toEqual({ ...analystFirst, revenue: null });
    const ran = await statementsDuring(() => revenue2023(ANALYST));
    expect(ran.filter((name) => name.startsWith('enterprises/'))).toEqual([]);
    expect((await api.gql(YEAR, { c: A, y: 2023, i: { revenue: 123_456 } }, ADMIN)).errors).toBeUndefined();
    expect(await revenue2023(ANALYST)).toEqual({ year: 2023, revenue: 123_456, revenueBand: '10–50亿' });
    expect(await revenue2023(VIEWER)).toEqual({ year: 2023, revenue: null, revenueBand: '10–50亿' });

    const SEARCH = 'query($q: String!) { searchEnterprises(query: $q, first: 5) { totalCount edges { node { creditCode name } } } }';
    const hits = async () =>
      (
        await api.gql<{ searchEnterprises: { edges: { node: { creditCode: string } }[] } }>(SEARCH, { q: '锻造' }, VIEWER)
      ).data!.searchEnterprises.edges.map((e) => e.node.creditCode);
    expect(await hits()).toContain(B);
    expect(
      (
        await api.gql(
          'mutation($c: String!, $i: EnterpriseInput!) { updateEnterprise(creditCode: $c, input: $i) { name } }',
          { c: B, i: { name: '乙精工有限公司' } },
          ADMIN,
        )
      ).errors,
    ).toBeUndefined();
    expect(await hits()).not.toContain(B);
  });

  it('every cached analysis answers the same twice (its frozen answer is never changed by the API)', async () => {
    const operations: [string, Record<string, unknown>][] = [
      ['query($id: ID!) { chainEvolution(clusterId: $id, fromYear: 2023, toYear: 2023) { clusterId } }', { id: K1 }],
      [`query($ch: ID!) { chainComparison(chainId: $ch, year: 2023) { chainId } }`, { ch: `${p}-CH` }],
      [
        'query($id: ID!, $s: ID!) { localSubstitutes(clusterId: $id, segmentId: $s, year: 2023) { enterprise { creditCode } suppliedValue revenue revenueBand } }',
        { id: K1, s: S1 },
      ],
      ['query($id: ID!, $c: String!) { whatIfAttract(clusterId: $id, attract: [$c], year: 2023) { clusterId } }', { id: K1, c: C }],
      [
        'query($id: ID!, $c: String!) { whatIf(clusterId: $id, remove: [$c], year: 2023) { cutOffCount waves { depth firms { creditCode } revenue revenueBand } } }',
        { id: K1, c: C },
      ],
      [
        'query($id: ID) { collaborationNetwork(clusterId: $id) { totalNodes nodes { id revenue revenueBand } topActors(first: 3) { id } } }',
        { id: K1 },
      ],
      [
        'query($c: String!) { supplyNeighborhood(creditCode: $c, depth: 2, direction: BOTH) { totalNodes nodes { id revenue revenueBand } edges { id value valueBand } } }',
        { c: B },
      ],
      [
        'query($id: ID!) { chainGapReport(clusterId: $id) { segments { segmentId status } singleSourceRisks(first: 1) { buyerCode } segmentFirms(segmentId: "' +
          S2 +
          '") { totalCount firms { revenue revenueBand enterprise { creditCode } } } } }',
        { id: K1 },
      ],
      ['{ counties { name clusterCount output } overview { clusters } targetDashboard { year } }', {}],
    ];
    for (const user of [ANALYST, VIEWER]) {
      for (const [query, variables] of operations) {
        const first = await api.gql(query, variables, user);
        expect(first.errors, query).toBeUndefined();
        const again = await api.gql(query, variables, user);
        expect(again.errors, query).toBeUndefined();
        expect(again.data).toEqual(first.data);
      }
    }
  });

  it('never serves a cached answer to a caller who is not signed in', async () => {
    await report(VIEWER);
    const { errors } = await api.gql(REPORT, { id: K1, year: 2023 }, null);
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('the data version node is one node, whatever the number of writers', async () => {
    const [row] = await runCypher<{ n: number }>(db, 'MATCH (v:DataVersion) RETURN count(v) AS n');
    expect(row!.n).toBe(1);
  });
});
