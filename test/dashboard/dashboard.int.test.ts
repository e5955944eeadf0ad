import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../server/auth/policy.js';
import { DashboardService } from '../../server/dashboard/service.js';
import { INDICATOR_KEYS } from '#shared/indicators.js';
import { resetDatabase, runCypher, testCypher, testDatabase } from '../helpers/db.js';
import { createTestApi, type TestApi } from '../helpers/graphql.js';

// The dashboard aggregates over the whole database, so this file starts from an empty one
// (int files run one at a time) and builds a small graph whose every figure is worked out below.
const db = testDatabase();
let api: TestApi;

const FIELDS = `key label labelEn unit unitEn targetKind policyTarget description descriptionEn baselineYear targetYear baseline value target progress met trend { year value }`;
const QUERY = `query($year: Int) { targetDashboard(year: $year) { year years baselineYear targetYear indicators { ${FIELDS} } } }`;

type Indicator = {
  key: string;
  baseline: number | null;
  value: number | null;
  target: number | null;
  progress: number | null;
  met: boolean | null;
  trend: { year: number; value: number | null }[];
} & Record<string, unknown>;

async function dashboard(year?: number): Promise<{ year: number; years: number[]; indicators: Map<string, Indicator> }> {
  const { data, errors } = await api.gql(QUERY, year === undefined ? {} : { year });
  expect(errors).toBeUndefined();
  const d = data!.targetDashboard;
  return { year: d.year, years: d.years, indicators: new Map((d.indicators as Indicator[]).map((i) => [i.key, i])) };
}

/** Asserts baseline, value, target, progress and met of one indicator (floats to 9 places). */
function expectIndicator(
  i: Indicator | undefined,
  want: { baseline: number | null; value: number | null; target: number | null; progress: number | null; met: boolean | null },
) {
  expect(i, 'indicator present').toBeDefined();
  for (const field of ['baseline', 'value', 'target', 'progress'] as const) {
    if (want[field] === null) expect(i![field], `${i!.key}.${field}`).toBeNull();
    else expect(i![field], `${i!.key}.${field}`).toBeCloseTo(want[field], 9);
  }
  expect(i!.met, `${i!.key}.met`).toBe(want.met);
}

beforeAll(async () => {
  await resetDatabase(db);
  api = await createTestApi();
});
afterAll(async () => {
  await resetDatabase(db);
  await api.close();
  await db.close();
});

describe('targetDashboard on an empty database', () => {
  it('answers with no years, the baseline year and no values', async () => {
    const d = await dashboard();
    expect(d.year).toBe(2023);
    expect(d.years).toEqual([]);
    expect([...d.indicators.keys()]).toEqual([...INDICATOR_KEYS]);
    expectIndicator(d.indicators.get('national_clusters'), { baseline: null, value: null, target: 3, progress: null, met: null });
    expectIndicator(d.indicators.get('above_scale_firms'), { baseline: null, value: null, target: null, progress: null, met: null });
    const bad = await api.gql(QUERY, { year: 2025 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
  });
});

describe('targetDashboard on a worked example (years 2023 and 2025)', () => {
  beforeAll(async () => {
    // Clusters (output in 万元; 100亿 = 1,000,000, 50亿 = 500,000):
    //   C1 NATIONAL    2023: 1,200,000  2025: 1,500,000
    //   C2 PROVINCIAL  2023:   600,000  2025: 1,000,000 (exactly 100亿)
    //   C3 CITY        2023:   400,000  2025:   500,000 (exactly 50亿)
    //   C4 CITY        first figures in 2025: 300,000 (so not counted in 2023)
    //   C5 NATIONAL    no figures at all (counted in every year)
    //   C6 NATIONAL    in another city (济南, 370100): never counted, nor its firm F6
    // C1 carries the home city's code (371500); the others have none (the home city's).
    // Firms: F1 in C1 and C2 (counted once) and in C6 (still counted, through C1), F2 in C1, F3 in C3,
    // F4 in C4; X1 in no cluster and F6 only in C6 (every flag set, huge figures: must never count).
    await runCypher(
      db,
      `
      CREATE (c1:Cluster {id: 'C1', name: '一', county: '临清市', cityCode: '371500', level: 'NATIONAL'})
      CREATE (c2:Cluster {id: 'C2', name: '二', county: '冠县', level: 'PROVINCIAL'})
      CREATE (c3:Cluster {id: 'C3', name: '三', county: '东阿县', level: 'CITY'})
      CREATE (c4:Cluster {id: 'C4', name: '四', county: '莘县', level: 'CITY'})
      CREATE (c5:Cluster {id: 'C5', name: '五', county: '高唐县', level: 'NATIONAL'})
      CREATE (c1)-[:HAS_YEAR]->(:ClusterYear {clusterId: 'C1', year: 2023, output: 1200000.0})
      CREATE (c1)-[:HAS_YEAR]->(:ClusterYear {clusterId: 'C1', year: 2025, output: 1500000.0})
      CREATE (c2)-[:HAS_YEAR]->(:ClusterYear {clusterId: 'C2', year: 2023, output: 600000.0})
      CREATE (c2)-[:HAS_YEAR]->(:ClusterYear {clusterId: 'C2', year: 2025, output: 1000000.0})
      CREATE (c3)-[:HAS_YEAR]->(:ClusterYear {clusterId: 'C3', year: 2023, output: 400000.0})
      CREATE (c3)-[:HAS_YEAR]->(:ClusterYear {clusterId: 'C3', year: 2025, output: 500000.0})
      CREATE (c4)-[:HAS_YEAR]->(:ClusterYear {clusterId: 'C4', year: 2025, output: 300000.0})

      CREATE (f1:Enterprise {creditCode: 'F1', name: '甲', local: true})-[:IN_CLUSTER]->(c1)
      CREATE (f1)-[:IN_CLUSTER]->(c2)
      CREATE (f2:Enterprise {creditCode: 'F2', name: '乙', local: true})-[:IN_CLUSTER]->(c1)
      CREATE (f3:Enterprise {creditCode: 'F3', name: '丙', local: true})-[:IN_CLUSTER]->(c3)
      CREATE (f4:Enterprise {creditCode: 'F4', name: '丁', local: true})-[:IN_CLUSTER]->(c4)
      CREATE (x1:Enterprise {creditCode: 'X1', name: '戊（非集群）', local: true})
      CREATE (c6:Cluster {id: 'C6', name: '六（济南）', county: '历下区', cityCode: '370100', level: 'NATIONAL'})
      CREATE (c6)-[:HAS_YEAR]->(:ClusterYear {clusterId: 'C6', year: 2023, output: 9000000.0})
      CREATE (c6)-[:HAS_YEAR]->(:ClusterYear {clusterId: 'C6', year: 2025, output: 9000000.0})
      CREATE (f1)-[:IN_CLUSTER]->(c6)
      CREATE (f6:Enterprise {creditCode: 'F6', name: '己（济南）', local: false})-[:IN_CLUSTER]->(c6)
      CREATE (f6)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: 'F6', year: 2023, revenue: 99999.0, rdSpend: 1.0, aboveScale: true, srdiLevel: 'NONE',
        highValuePatents: 1000, smartFactory: false, digitalTransformation: false, greenList: true, greenDiagnosis: false})
      CREATE (f6)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: 'F6', year: 2025, revenue: 99999.0, rdSpend: 1.0, aboveScale: true, srdiLevel: 'LITTLE_GIANT',
        highValuePatents: 5000, smartFactory: true, digitalTransformation: true, greenList: true, greenDiagnosis: true})

      CREATE (f1)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: 'F1', year: 2023, revenue: 1000.0, rdSpend: 50.0, aboveScale: true, srdiLevel: 'NONE',
        highValuePatents: 60, smartFactory: false, digitalTransformation: false, greenList: true, greenDiagnosis: true})
      CREATE (f1)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: 'F1', year: 2025, revenue: 2000.0, rdSpend: 120.0, aboveScale: true, srdiLevel: 'PROVINCIAL',
        highValuePatents: 70, smartFactory: true, digitalTransformation: true, greenList: true, greenDiagnosis: false})
      CREATE (f2)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: 'F2', year: 2023, revenue: 500.0, rdSpend: 20.0, aboveScale: false, srdiLevel: 'LITTLE_GIANT',
        highValuePatents: 40, smartFactory: true, digitalTransformation: true, greenList: false})
      CREATE (f2)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: 'F2', year: 2025, revenue: 1000.0, aboveScale: true, srdiLevel: 'LITTLE_GIANT',
        highValuePatents: 40, smartFactory: true, digitalTransformation: false, greenList: true, greenDiagnosis: true})
      CREATE (f3)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: 'F3', year: 2025, revenue: 1000.0, rdSpend: 30.0, aboveScale: true, srdiLevel: 'PROVINCIAL',
        highValuePatents: 11, smartFactory: true, digitalTransformation: true, greenList: false})
      CREATE (f4)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: 'F4', year: 2023, revenue: 200.0, rdSpend: 10.0, aboveScale: false, srdiLevel: 'NONE',
        highValuePatents: 0, smartFactory: false, digitalTransformation: false, greenList: false})
      CREATE (f4)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: 'F4', year: 2025, revenue: 1000.0, rdSpend: 50.0, aboveScale: false, srdiLevel: 'NONE',
        highValuePatents: 0, smartFactory: false, digitalTransformation: false, greenList: false, greenDiagnosis: true})
      CREATE (x1)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: 'X1', year: 2023, revenue: 99999.0, rdSpend: 1.0, aboveScale: true, srdiLevel: 'NONE',
        highValuePatents: 1000, smartFactory: false, digitalTransformation: false, greenList: true, greenDiagnosis: false})
      CREATE (x1)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: 'X1', year: 2025, revenue: 99999.0, rdSpend: 1.0, aboveScale: true, srdiLevel: 'LITTLE_GIANT',
        highValuePatents: 5000, smartFactory: true, digitalTransformation: true, greenList: true, greenDiagnosis: true})

      // Platforms: P1 DIGITAL 2020, P2 DIGITAL 2024, P3 DIGITAL (no year), P4 innovation 2024,
      // P5 innovation 2023 (not new), P6 DIGITAL + innovation 2025, P7 innovation 2026 (after Y),
      // P8 not an innovation platform, 2024.
      CREATE (:ServicePlatform {id: 'P1', name: 'p1', kind: 'DIGITAL', established: 2020, innovationPlatform: false})
      CREATE (:ServicePlatform {id: 'P2', name: 'p2', kind: 'DIGITAL', established: 2024})
      CREATE (:ServicePlatform {id: 'P3', name: 'p3', kind: 'DIGITAL'})
      CREATE (:ServicePlatform:InnovationPlatform {id: 'P4', name: 'p4', kind: 'TECHNOLOGY', established: 2024, innovationPlatform: true})
      CREATE (:ServicePlatform:InnovationPlatform {id: 'P5', name: 'p5', kind: 'TESTING', established: 2023, innovationPlatform: true})
      CREATE (:ServicePlatform:InnovationPlatform {id: 'P6', name: 'p6', kind: 'DIGITAL', established: 2025, innovationPlatform: true})
      CREATE (:ServicePlatform:InnovationPlatform {id: 'P7', name: 'p7', kind: 'TECHNOLOGY', established: 2026, innovationPlatform: true})
      CREATE (:ServicePlatform {id: 'P8', name: 'p8', kind: 'TRAINING', established: 2024, innovationPlatform: false})
    `,
    );
  });

  it('defaults to the latest year and computes every indicator', async () => {
    const d = await dashboard();
    expect(d.year).toBe(2025);
    expect(d.years).toEqual([2023, 2025]);
    expect([...d.indicators.keys()]).toEqual([...INDICATOR_KEYS]);
    const i = (key: string) => d.indicators.get(key);

    // Clusters by level. 2023: C1, C2, C3, C5 (C4 starts in 2025) = 4; 2025: all 5.
    // National: C1, C5 = 2 both years; target 3 → progress 2/3, not met.
    expectIndicator(i('national_clusters'), { baseline: 2, value: 2, target: 3, progress: 2 / 3, met: false });
    // Provincial or national: C1, C2, C5 = 3 both years; 3/10.
    expectIndicator(i('provincial_clusters'), { baseline: 3, value: 3, target: 10, progress: 0.3, met: false });
    // All: 4 → 5; 5/30.
    expectIndicator(i('city_clusters'), { baseline: 4, value: 5, target: 30, progress: 5 / 30, met: false });
    // Above scale (cluster firms only, X1 out): 2023 F1 = 1; 2025 F1, F2, F3 = 3.
    // DELTA +100: target 101, progress (3 - 1) / 100 = 0.02.
    expectIndicator(i('above_scale_firms'), { baseline: 1, value: 3, target: 101, progress: 0.02, met: false });
    // Output: 2023 1,200,000 + 600,000 + 400,000 = 2,200,000; 2025 1,500,000 + 1,000,000 + 500,000 + 300,000 = 3,300,000.
    // GROWTH +20%: target 2,640,000; progress (3,300,000 - 2,200,000) / 440,000 = 2.5; met.
    expectIndicator(i('cluster_output_growth'), { baseline: 2_200_000, value: 3_300_000, target: 2_640_000, progress: 2.5, met: true });
    // >= 1,000,000: 2023 C1 = 1; 2025 C1, C2 (exactly 1,000,000) = 2; 2/10.
    expectIndicator(i('clusters_over_100yi'), { baseline: 1, value: 2, target: 10, progress: 0.2, met: false });
    // >= 500,000: 2023 C1, C2 = 2; 2025 C1, C2, C3 (exactly 500,000) = 3; 3/10.
    expectIndicator(i('clusters_over_50yi'), { baseline: 2, value: 3, target: 10, progress: 0.3, met: false });
    // R&D intensity over firms with both figures. 2023: F1 50/1000, F2 20/500, F4 10/200 → 80 / 1700 = 4.70588...%.
    // 2025: F1 120/2000, F3 30/1000, F4 50/1000 (F2 has no rdSpend) → 200 / 4000 = 5% exactly: met, progress 1.
    expectIndicator(i('rd_intensity'), { baseline: (100 * 80) / 1700, value: 5, target: 5, progress: 1, met: true });
    // Patents: 2023 F1 60 + F2 40 + F4 0 = 100; 2025 F1 70 + F2 40 + F3 11 + F4 0 = 121.
    // No 2024: annualised (121 / 100)^(1/2) - 1 = 10% a year: met; no year before 2023 → baseline null.
    expectIndicator(i('high_value_patents_growth'), { baseline: null, value: 10, target: 10, progress: 1, met: true });
    // New innovation platforms (established 2024..2025): P4, P6 = 2 (P5 is 2023, P7 2026, P8 not innovation); 2/50.
    expectIndicator(i('new_innovation_platforms'), { baseline: 0, value: 2, target: 50, progress: 0.04, met: false });
    // New SRDI: F1 NONE→PROVINCIAL, F3 absent→PROVINCIAL = 2 (F2 was already LITTLE_GIANT); 2/200.
    expectIndicator(i('new_srdi_firms'), { baseline: 0, value: 2, target: 200, progress: 0.01, met: false });
    // Digital platforms: 2023 P1 (2020), P3 (no year) = 2; 2025 + P2 (2024), P6 (2025) = 4; 4/20.
    expectIndicator(i('digital_platforms'), { baseline: 2, value: 4, target: 20, progress: 0.2, met: false });
    // New smart factories: F1 false→true, F3 absent→true = 2 (F2 had one in 2023); 2/40.
    expectIndicator(i('new_smart_factories'), { baseline: 0, value: 2, target: 40, progress: 0.05, met: false });
    // Digital transformation after 2023: F1, F3 = 2 (F2 only in 2023); 2/1000.
    expectIndicator(i('digital_transformation_firms'), { baseline: 0, value: 2, target: 1000, progress: 0.002, met: false });
    // Green list: 2023 F1 = 1; 2025 F1, F2 = 2; 2/70.
    expectIndicator(i('green_list_firms'), { baseline: 1, value: 2, target: 70, progress: 2 / 70, met: false });
    // Green diagnosis after 2023: F2, F4 = 2 (F1's is in 2023, F3 unknown); 2/30.
    expectIndicator(i('green_diagnosis_firms'), { baseline: 0, value: 2, target: 30, progress: 2 / 30, met: false });
  });

  it('gives labels, units, kinds, descriptions and a trend per indicator', async () => {
    const d = await dashboard();
    const output = d.indicators.get('cluster_output_growth')!;
    expect(output).toMatchObject({
      label: '集群总产值',
      labelEn: 'Cluster output',
      unit: '万元',
      targetKind: 'GROWTH',
      policyTarget: 20,
      baselineYear: 2023,
      targetYear: 2026,
    });
    expect(output.description).toMatch(/产值/);
    expect(output.trend).toEqual([
      { year: 2023, value: 2_200_000 },
      { year: 2025, value: 3_300_000 },
    ]);
    expect(d.indicators.get('above_scale_firms')).toMatchObject({ targetKind: 'DELTA', policyTarget: 100, unit: '家' });
    expect(d.indicators.get('rd_intensity')).toMatchObject({ targetKind: 'RATIO', unit: '%' });
    expect(d.indicators.get('high_value_patents_growth')!.trend).toEqual([
      { year: 2023, value: null },
      expect.objectContaining({ year: 2025 }),
    ]);
    for (const indicator of d.indicators.values()) {
      expect(indicator.label).toMatch(/[\u4e00-\u9fff]/);
      expect(indicator.description).toMatch(/[\u4e00-\u9fff]/);
      expect(indicator.trend.map((p) => p.year)).toEqual([2023, 2025]);
      expect(indicator.trend[1]!.value).toBe(indicator.value);
    }
  });

  it('computes an earlier year when asked: the values are the baselines', async () => {
    const d = await dashboard(2023);
    expect(d.year).toBe(2023);
    const i = (key: string) => d.indicators.get(key);
    expectIndicator(i('national_clusters'), { baseline: 2, value: 2, target: 3, progress: 2 / 3, met: false });
    expectIndicator(i('above_scale_firms'), { baseline: 1, value: 1, target: 101, progress: 0, met: false });
    expectIndicator(i('cluster_output_growth'), { baseline: 2_200_000, value: 2_200_000, target: 2_640_000, progress: 0, met: false });
    expectIndicator(i('rd_intensity'), {
      baseline: (100 * 80) / 1700,
      value: (100 * 80) / 1700,
      target: 5,
      progress: 80 / 1700 / 0.05,
      met: false,
    });
    expectIndicator(i('high_value_patents_growth'), { baseline: null, value: null, target: 10, progress: null, met: null });
    expectIndicator(i('new_srdi_firms'), { baseline: 0, value: 0, target: 200, progress: 0, met: false });
    expectIndicator(i('digital_platforms'), { baseline: 2, value: 2, target: 20, progress: 0.1, met: false });
    expect(i('city_clusters')!.trend).toEqual([{ year: 2023, value: 4 }]);
  });

  it('answers a year outside 1900–2100 or without figures with BAD_INPUT', async () => {
    for (const year of [1800, 2101, 2024, 2026]) {
      const { errors, data } = await api.gql(QUERY, { year });
      expect(errors?.[0]?.extensions?.code, String(year)).toBe('BAD_INPUT');
      expect(data?.targetDashboard ?? null).toBeNull();
    }
  });

  it('runs four aggregate statements per request, whatever the number of years', async () => {
    const service = new DashboardService(db, testCypher());
    const names: string[] = [];
    const stop = db.onQuery((statement) => names.push(statement.name));
    try {
      await service.targetDashboard(null, SYSTEM);
    } finally {
      stop();
    }
    expect(names).toEqual(['dashboard/years', 'dashboard/cluster-figures', 'dashboard/firm-figures', 'dashboard/platform-figures']);
  });
});
