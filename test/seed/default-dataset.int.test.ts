import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { adHoc, Database } from '../../server/db/index.js';
import { applySchema } from '../../server/db/schema.js';
import { recordBulkLoad } from '../../server/imports/bulk.js';
import { freePort, localStoreDir, startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j-local/index.js';
import { bulkLoadDefaultDataset, DefaultDataset, prepareSeed, seedIfEmpty } from '../../server/seed.js';
import { testCypher } from '../helpers/db.js';
import { createTestApi, type TestApi } from '../helpers/graphql.js';
import { tempDir } from '../helpers/import-fixtures.js';

// Loads the default Liaocheng data set exactly as the first `npm start` does (generator → the
// importer's validation → Neo4j's bulk importer into a brand-new embedded database → Neo4j started
// on it with the schema), then checks the policy's 2023 figures and the known chain gaps through GraphQL.
let db: Database;
let neo4j: LocalNeo4j | undefined;
let dataDir: string;
let api: TestApi;
const clusterIds = new Map<string, string>();

beforeAll(async () => {
  dataDir = tempDir();
  const localNeo4j = { dir: dataDir, port: await freePort(), heap: '1g', pagecacheMb: 256 };
  // As npm start on a brand-new database: the files generated at once (prepareSeed), bulk-loaded and removed.
  const prepared = prepareSeed({ seed: 'default', neo4jUri: undefined, localNeo4j });
  expect(prepared).not.toBeNull();
  const loaded = await bulkLoadDefaultDataset(prepared!, { localNeo4j }, () => {});
  expect(loaded.report.ok).toBe(true);
  expect(fs.existsSync(prepared!.dir)).toBe(false);
  expect(fs.existsSync(localStoreDir(dataDir))).toBe(true);
  const password = 'seed-test-password';
  neo4j = await startLocalNeo4j({ dataDir, port: localNeo4j.port, password, heap: localNeo4j.heap, pagecacheMb: localNeo4j.pagecacheMb });
  db = Database.create({ uri: neo4j.uri, user: 'neo4j', password, database: 'neo4j' });
  await applySchema(db, testCypher());
  await recordBulkLoad(db, testCypher(), loaded);
  api = await createTestApi(db);
  const { data } = await api.gql(`{ clusters { id name } }`);
  for (const c of data!.clusters as { id: string; name: string }[]) clusterIds.set(c.name, c.id);
}, 600_000);
afterAll(async () => {
  await api?.close();
  await neo4j?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

type Indicator = {
  key: string;
  baseline: number | null;
  value: number | null;
  met: boolean | null;
  trend: { year: number; value: number | null }[];
};

describe('the default data set reproduces the policy (section 一, baseline 2023)', () => {
  it('28 clusters: 7 at provincial level or above, 2 national; 11 counties; 11,500 cluster firms; 139 platforms', async () => {
    const { data, errors } = await api.gql(`{ overview { clusters provincialOrAbove national counties clusterFirms platforms } }`);
    expect(errors).toBeUndefined();
    expect(data!.overview).toEqual({ clusters: 28, provincialOrAbove: 7, national: 2, counties: 11, clusterFirms: 11500, platforms: 139 });
  });

  it('is not loaded twice', async () => {
    expect(
      prepareSeed({ seed: 'default', neo4jUri: undefined, localNeo4j: { dir: dataDir, port: 7687, heap: '1g', pagecacheMb: 256 } }),
    ).toBeNull();
    expect(await seedIfEmpty({ db, cypher: testCypher(), localNeo4j: undefined, close: async () => {} }, () => {})).toBe(false);
    // files generated in vain (the database was not empty after all) are removed too
    const prepared = new DefaultDataset();
    expect(await seedIfEmpty({ db, cypher: testCypher(), localNeo4j: undefined, close: async () => {} }, () => {}, prepared)).toBe(false);
    expect(fs.existsSync(prepared.dir)).toBe(false);
  }, 120_000);

  it('2023 output 3698.86亿 (+6.47%), 8 clusters >= 100亿 and 9 more >= 50亿, R&D intensity 5.90%', async () => {
    const { data, errors } = await api.gql(`{ targetDashboard { year indicators { key baseline value met trend { year value } } } }`);
    expect(errors).toBeUndefined();
    const byKey = new Map((data!.targetDashboard.indicators as Indicator[]).map((i) => [i.key, i]));
    const output = byKey.get('cluster_output_growth')!;
    expect(output.baseline).toBeCloseTo(36_988_600, 2);
    const point = (year: number) => output.trend.find((p) => p.year === year)!.value!;
    expect(Math.round((point(2023) / point(2022) - 1) * 10_000) / 100).toBe(6.47);
    expect(byKey.get('clusters_over_100yi')!.baseline).toBe(8);
    expect(byKey.get('clusters_over_50yi')!.baseline).toBe(17);
    expect(byKey.get('rd_intensity')!.baseline!.toFixed(2)).toBe('5.90');
    // movement toward 2026: some targets met, some not
    const met = [...byKey.values()].filter((i) => i.met === true).length;
    const notMet = [...byKey.values()].filter((i) => i.met === false).length;
    expect(met).toBeGreaterThan(2);
    expect(notMet).toBeGreaterThan(2);
  });
});

type Segment = { segmentId: string; name: string; status: string; stage: string; localSupplyRatio: number | null };
const REPORT = `query($id: ID!, $year: Int) { chainGapReport(clusterId: $id, year: $year) { completeness segments { segmentId name stage status localSupplyRatio }
  extensionOpportunities { segmentId } investmentTargets { creditCode name segmentId inflow buyers reason } } }`;

async function report(name: string, year: number | null = null) {
  const id = clusterIds.get(name);
  expect(id, `cluster ${name}`).toBeDefined();
  const { data, errors } = await api.gql(REPORT, { id, year });
  expect(errors).toBeUndefined();
  const r = data!.chainGapReport as {
    segments: Segment[];
    extensionOpportunities: { segmentId: string }[];
    investmentTargets: { segmentId: string; buyers: number; reason: string }[];
  };
  return { ...r, segment: (id: string) => r.segments.find((s) => s.segmentId === id)! };
}

describe('the chain-gap reports read like liaocheng-facts.md', () => {
  it('bearing clusters buy bearing steel from outside (WEAK or MISSING) and are strong in forging', async () => {
    for (const name of ['临清轴承', '冠县轴承锻造']) {
      const r = await report(name);
      expect(['WEAK', 'MISSING']).toContain(r.segment('BRG-01').status);
      expect(r.investmentTargets.some((t) => t.segmentId === 'BRG-01' && t.buyers > 1)).toBe(true);
    }
    expect((await report('临清轴承')).segment('BRG-02').status).toBe('STRONG');
  });

  it('steel pipe lacks billets (no local mill)', async () => {
    expect(['WEAK', 'MISSING']).toContain((await report('开发区钢管')).segment('PIPE-01').status);
  });

  it('莘县 food missed fruit and vegetable processing in 2023 (a 延链 opportunity); a processor founded in 2025 narrows the gap', async () => {
    const r = await report('莘县绿色食品加工', 2023);
    expect(r.segment('FOOD-09').status).toBe('MISSING');
    expect(r.extensionOpportunities.map((s) => s.segmentId)).toContain('FOOD-09');
    expect((await report('莘县绿色食品加工')).segment('FOOD-09').status).toBe('WEAK');
    const { data, errors } = await api.gql(
      'query($id: ID!) { chainEvolution(clusterId: $id, fromYear: 2023, toYear: 2025) { segments { segmentId change localFirmsFrom localFirmsTo } } }',
      { id: clusterIds.get('莘县绿色食品加工') },
    );
    expect(errors).toBeUndefined();
    expect(data!.chainEvolution.segments.find((s: { segmentId: string }) => s.segmentId === 'FOOD-09')).toEqual({
      segmentId: 'FOOD-09',
      change: 'GAP_PERSISTENT',
      localFirmsFrom: 0,
      localFirmsTo: 1,
    });
  });

  it('东阿阿胶 is short of hides', async () => {
    expect(['WEAK', 'MISSING']).toContain((await report('东阿阿胶')).segment('EJIAO-02').status);
  });
});

describe('local at county, city or province scope (issue 16)', () => {
  it('CITY scope is exactly the local flag over the whole data set, so every CITY answer is the one it was', async () => {
    // The CITY test (gaps/segments, gaps/supply, chains/*) is: local = true AND (regionDerived OR
    // cityCode unknown OR cityCode = the cluster's city). It equals the flag when every cluster is in
    // 聊城 and no local firm is stated to be in another city; the bulk load wrote the codes.
    const [row] = await db.read<{
      clusters: number;
      clustersElsewhere: number;
      localFirms: number;
      localElsewhere: number;
      localWithoutCity: number;
    }>(
      adHoc(
        `
        CALL () { MATCH (c:Cluster) RETURN count(c) AS clusters, count(CASE WHEN c.cityCode <> '371500' OR c.cityCode IS NULL THEN 1 END) AS clustersElsewhere }
        CALL () { MATCH (e:Enterprise) WHERE e.local = true
                  RETURN count(e) AS localFirms,
                         count(CASE WHEN e.cityCode <> '371500' AND coalesce(e.regionDerived, false) = false THEN 1 END) AS localElsewhere,
                         count(CASE WHEN e.cityCode IS NULL THEN 1 END) AS localWithoutCity }
        RETURN clusters, clustersElsewhere, localFirms, localElsewhere, localWithoutCity`,
        'test',
      ),
    );
    expect(row).toMatchObject({ clusters: 28, clustersElsewhere: 0, localElsewhere: 0, localWithoutCity: 0 });
    expect(row!.localFirms).toBeGreaterThan(11_500);
    // and the default scope is CITY
    const id = clusterIds.get('临清轴承');
    const asked = async (scope?: string) =>
      (
        await api.gql(
          'query($id: ID!, $scope: LocalScope) { chainGapReport(clusterId: $id, scope: $scope) { segments { status localFirms localInflow } } }',
          { id, scope },
        )
      ).data;
    expect(await asked()).toEqual(await asked('CITY'));
  });

  it('the bearing chain crosses county lines: 临清轴承 has fewer local firms at county scope, more at province scope', async () => {
    const id = clusterIds.get('临清轴承');
    const firms = async (scope: string) => {
      const { data, errors } = await api.gql(
        'query($id: ID!, $scope: LocalScope) { chainGapReport(clusterId: $id, scope: $scope) { segments { segmentId localFirms localSupplyRatio } } }',
        { id, scope },
      );
      expect(errors).toBeUndefined();
      return data!.chainGapReport.segments as { segmentId: string; localFirms: number; localSupplyRatio: number | null }[];
    };
    const [county, city, province] = [await firms('COUNTY'), await firms('CITY'), await firms('PROVINCE')];
    const total = (list: { localFirms: number }[]) => list.reduce((sum, s) => sum + s.localFirms, 0);
    expect(total(county)).toBeLessThan(total(city));
    expect(total(province)).toBeGreaterThanOrEqual(total(city));
    // cages (BRG-06) are made in 东昌府 (郑家镇), not in 临清: fewer of them are local at county scope
    const cages = (list: { segmentId: string; localFirms: number }[]) => list.find((s) => s.segmentId === 'BRG-06')!.localFirms;
    expect(cages(county)).toBeLessThan(cages(city));
  });
});
