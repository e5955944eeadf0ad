import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCypher, testDatabase } from '../helpers/db.js';
import { ADMIN, createTestApi, VIEWER, type TestApi } from '../helpers/graphql.js';

/*
 * ChainGapReport.chainLeaders on a hand-built chain: chain CH with S1 (order 1) and S2 (order 2), followed by
 * cluster K; chain CH2 with T1. Supply in 2023: B → B2 in S2 (so the report's year and figuresYear are 2023).
 * Firms (code: local, cluster, 链主, segments, revenue 2023):
 *   A: local, none, 链主, S2 + S1, 900       → listed, segments in chain order [S1, S2], not a member
 *   B: local, K, 链主, S2, 500                → listed, member
 *   H: local, K2, 链主, S1, 500               → listed (local), not a member of K; after B (same revenue, by code)
 *   M: outside, K, 链主, S1, 100              → listed (a member, though not local)
 *   G: local, none, 链主, S1, no figures      → listed last
 *   C: outside, none, 链主, S1, 5000          → not listed (neither local nor a member)
 *   D: local, none, 链主, T1 only, 2000       → not listed (another chain)
 *   E: local, none, not 链主, S1, 3000        → not listed
 *   F: local, none, 链主, S1, 800, dissolved 2020 → not listed (not present in 2023)
 *   B2: local, K, not 链主, S2 (the buyer)
 * Expected: A 900, B 500, H 500, M 100, G null.
 */
const P = `t-gaps-leaders-${Date.now()}`;
const c = (name: string) => `${P}-${name}`;
let api: TestApi;
const db = testDatabase();

const LEADERS = `query($id: ID!) {
  chainGapReport(clusterId: $id) {
    year figuresYear
    chainLeaders { enterprise { creditCode name local chainLeader } segmentIds clusterMember revenue revenueBand }
  }
}`;

beforeAll(async () => {
  api = await createTestApi();
  await runCypher(
    db,
    `
    CREATE (ch:Chain {id: $p + '-CH', name: '轴承产业链'}), (ch2:Chain {id: $p + '-CH2', name: '另一产业链'})
    CREATE (:Cluster {id: $p + '-K', name: '临清轴承', county: '临清市', level: 'PROVINCIAL'})-[:FOLLOWS]->(ch)
    CREATE (:Cluster {id: $p + '-K2', name: '另一集群', county: '冠县', level: 'CITY'})
    CREATE (ch)-[:HAS_SEGMENT]->(:Segment {id: $p + '-S1', chainId: ch.id, name: '钢材', stage: 'UPSTREAM', order: 1})
    CREATE (ch)-[:HAS_SEGMENT]->(:Segment {id: $p + '-S2', chainId: ch.id, name: '锻造', stage: 'MIDSTREAM', order: 2})
    CREATE (ch2)-[:HAS_SEGMENT]->(:Segment {id: $p + '-T1', chainId: ch2.id, name: '其他', stage: 'UPSTREAM', order: 1})
  `,
    { p: P },
  );
  // [code, local, cluster, 链主, segments (in the order created), revenue 2023 or null, dissolved or null]
  const firms: [string, boolean, string | null, boolean, string[], number | null, number | null][] = [
    ['A', true, null, true, ['S2', 'S1'], 900, null],
    ['B', true, 'K', true, ['S2'], 500, null],
    ['H', true, 'K2', true, ['S1'], 500, null],
    ['M', false, 'K', true, ['S1'], 100, null],
    ['G', true, null, true, ['S1'], null, null],
    ['C', false, null, true, ['S1'], 5000, null],
    ['D', true, null, true, ['T1'], 2000, null],
    ['E', true, null, false, ['S1'], 3000, null],
    ['F', true, null, true, ['S1'], 800, 2020],
    ['B2', true, 'K', false, ['S2'], 50, null],
  ];
  await runCypher(
    db,
    `
    UNWIND $firms AS f
    CREATE (e:Enterprise {creditCode: $p + '-' + f.code, name: '企业' + f.code, local: f.local, chainLeader: f.leader, dissolved: f.dissolved})
    WITH e, f
    CALL (e, f) { WITH e, f WHERE f.cluster IS NOT NULL MATCH (k:Cluster {id: $p + '-' + f.cluster}) CREATE (e)-[:IN_CLUSTER]->(k) }
    CALL (e, f) { UNWIND f.segments AS s MATCH (seg:Segment {id: $p + '-' + s}) CREATE (e)-[:OPERATES_IN]->(seg) }
    CALL (e, f) { WITH e, f WHERE f.revenue IS NOT NULL CREATE (e)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: e.creditCode, year: 2023, revenue: f.revenue, srdiLevel: 'NONE'}) }
  `,
    {
      p: P,
      firms: firms.map(([code, local, cluster, leader, segments, revenue, dissolved]) => ({
        code,
        local,
        cluster,
        leader,
        segments,
        revenue,
        dissolved,
      })),
    },
  );
  await runCypher(
    db,
    `
    MATCH (s:Enterprise {creditCode: $p + '-B'}), (b:Enterprise {creditCode: $p + '-B2'})
    CREATE (s)-[:SUPPLIES {segmentId: $p + '-S2', year: 2023, annualValue: 40, product: '锻件'}]->(b)
  `,
    { p: P },
  );
});

afterAll(async () => {
  await runCypher(db, 'MATCH (n) WHERE n.id STARTS WITH $p OR n.creditCode STARTS WITH $p DETACH DELETE n', { p: P });
  await api.close();
  await db.close();
});

type Leader = {
  enterprise: { creditCode: string; name: string; local: boolean; chainLeader: boolean };
  segmentIds: string[];
  clusterMember: boolean;
  revenue: number | null;
  revenueBand: string | null;
};
async function leaders(user = ADMIN) {
  const { data, errors } = await api.gql(LEADERS, { id: c('K') }, user);
  expect(errors).toBeUndefined();
  expect(data!.chainGapReport.figuresYear).toBe(2023);
  return data!.chainGapReport.chainLeaders as Leader[];
}

describe('chainGapReport chainLeaders', () => {
  it("lists the chain's 链主 firms that are local or members, largest revenue first, with their segments in chain order", async () => {
    const list = await leaders();
    expect(list.map((l) => [l.enterprise.creditCode, l.revenue, l.clusterMember, l.segmentIds])).toEqual([
      [c('A'), 900, false, [c('S1'), c('S2')]],
      [c('B'), 500, true, [c('S2')]],
      [c('H'), 500, false, [c('S1')]],
      [c('M'), 100, true, [c('S1')]],
      [c('G'), null, false, [c('S1')]],
    ]);
    expect(list.every((l) => l.enterprise.chainLeader)).toBe(true);
    expect(list.find((l) => l.enterprise.creditCode === c('M'))!.enterprise.local).toBe(false);
  });

  it('shows viewers the revenue band only', async () => {
    const admin = await leaders();
    const viewer = await leaders(VIEWER);
    expect(viewer.map((l) => l.enterprise.creditCode)).toEqual(admin.map((l) => l.enterprise.creditCode));
    expect(viewer.map((l) => l.revenue)).toEqual([null, null, null, null, null]);
    expect(viewer.map((l) => l.revenueBand)).toEqual(admin.map((l) => l.revenueBand));
    expect(admin[0]!.revenueBand).toEqual(expect.any(String));
  });
});
