import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphEdge } from '../../server/graphql/generated.js';
import { runCypher, testDatabase } from '../helpers/db.js';
import { codeMaker, countingApi, randomCodeBody, type CountingApi } from '../enterprises/fixture.js';

// Two obvious groups in cluster K, joined by one collaboration (I1 – E4, in 2022):
//   group A: institutes I1, I2 × firms E1, E2, E3 (every pair, 2023); platform PA hosted by E1
//   group B: institutes I3, I4 × firms E4, E5, E6 (every pair, 2023); platform PB (est. 2024) hosted by E5
// Platform PK serves cluster K. Firm O is in another cluster, with institute I5 (2023).
const P = `t-collab-${Date.now()}`;
const CODE = randomCodeBody(8);
const code = codeMaker(CODE);
const [E1, E2, E3, E4, E5, E6, O] = Array.from({ length: 7 }, (_, i) => code(i + 1)) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];
const db = testDatabase();
let api: CountingApi;
const inst = (n: number) => `institute:${P}-I${n}`;
const plat = (name: string) => `platform:${P}-${name}`;

beforeAll(async () => {
  api = await countingApi(db);
  await runCypher(
    db,
    `
    CREATE (k:Cluster {id: $p + '-K', name: '协同集群', county: '临清市', level: 'CITY'})
    CREATE (other:Cluster {id: $p + '-OTHER', name: '别的集群', county: '冠县', level: 'CITY'})
    CREATE (:Cluster {id: $p + '-EMPTY', name: '空集群', county: '冠县', level: 'CITY'})
    WITH k, other
    UNWIND range(1, 5) AS n
    CREATE (:ResearchInstitute {id: $p + '-I' + toString(n), name: '院所' + toString(n), kind: 'UNIVERSITY'})
    WITH DISTINCT k, other
    UNWIND range(0, 5) AS i
    CREATE (e:Enterprise {creditCode: $firms[i], name: 'E' + toString(i + 1), local: true, chainLeader: false})-[:IN_CLUSTER]->(k)
    WITH DISTINCT k, other
    CREATE (:Enterprise {creditCode: $o, name: 'O', local: true, chainLeader: false})-[:IN_CLUSTER]->(other)
    CREATE (:ServicePlatform {id: $p + '-PA', name: '平台A', kind: 'TESTING', established: 2020})
    CREATE (:ServicePlatform {id: $p + '-PB', name: '平台B', kind: 'DIGITAL', established: 2024})
    CREATE (pk:ServicePlatform {id: $p + '-PK', name: '集群平台', kind: 'POLICY'})-[:SERVES]->(k)
  `,
    { p: P, firms: [E1, E2, E3, E4, E5, E6], o: O },
  );
  await runCypher(
    db,
    `
    UNWIND $ties AS tie
    MATCH (i:ResearchInstitute {id: $p + '-I' + toString(toInteger(tie[0]))}), (e:Enterprise {creditCode: tie[1]})
    CREATE (i)-[:COLLABORATES_WITH {kind: tie[2], year: toInteger(tie[3]), title: '项目'}]->(e)
  `,
    {
      p: P,
      ties: [
        ...[1, 2].flatMap((i) => [E1, E2, E3].map((e) => [i, e, 'JOINT_RD', 2023])),
        ...[3, 4].flatMap((i) => [E4, E5, E6].map((e) => [i, e, 'CO_PATENT', 2023])),
        [1, E4, 'TALENT', 2022],
        [5, O, 'JOINT_RD', 2023],
      ],
    },
  );
  await runCypher(
    db,
    `
    MATCH (pa:ServicePlatform {id: $p + '-PA'}), (pb:ServicePlatform {id: $p + '-PB'}), (e1:Enterprise {creditCode: $e1}), (e5:Enterprise {creditCode: $e5})
    CREATE (pa)-[:HOSTED_BY]->(e1), (pb)-[:HOSTED_BY]->(e5)
  `,
    { p: P, e1: E1, e5: E5 },
  );
});

afterAll(async () => {
  await runCypher(db, 'MATCH (n:Enterprise) WHERE n.creditCode STARTS WITH $code DETACH DELETE n', { code: CODE });
  await runCypher(db, 'MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P });
  await api.close();
  await db.close();
});

const NETWORK = `query($clusterId: ID, $year: Int) { collaborationNetwork(clusterId: $clusterId, year: $year) {
  nodes { id kind label local creditCode clusterIds community centrality depth }
  edges { id source target kind year collaborationKind title value }
  truncated totalNodes totalEdges topActors(first: 3) { id centrality } } }`;
interface Network {
  nodes: {
    id: string;
    kind: string;
    label: string;
    local: boolean | null;
    creditCode: string | null;
    clusterIds: string[] | null;
    community: number;
    centrality: number;
    depth: number | null;
  }[];
  edges: Pick<GraphEdge, 'id' | 'source' | 'target' | 'kind' | 'year' | 'collaborationKind' | 'title' | 'value'>[];
  truncated: boolean;
  totalNodes: number;
  totalEdges: number;
  topActors: { id: string; centrality: number }[];
}
async function network(variables: Record<string, unknown>): Promise<Network> {
  const { data, errors } = await api.gql<{ collaborationNetwork: Network }>(NETWORK, variables);
  expect(errors).toBeUndefined();
  return data!.collaborationNetwork;
}

describe('collaborationNetwork', () => {
  it('links a cluster firms to their institutes and platforms, with stable ids', async () => {
    const view = await network({ clusterId: `${P}-K` });
    const ids = view.nodes.map((node) => node.id).sort();
    expect(ids).toEqual(
      [E1, E2, E3, E4, E5, E6, inst(1), inst(2), inst(3), inst(4), plat('PA'), plat('PB'), plat('PK'), `cluster:${P}-K`].sort(),
    );
    // 12 + 1 collaborations, 2 HOSTED_BY, 1 SERVES
    expect(view).toMatchObject({ truncated: false, totalNodes: 14, totalEdges: 16 });
    expect(view.edges).toHaveLength(16);
    expect(view.edges.find((edge) => edge.id === `COLLABORATES_WITH:${P}-I1>${E4}:TALENT:2022`)).toEqual({
      id: `COLLABORATES_WITH:${P}-I1>${E4}:TALENT:2022`,
      source: inst(1),
      target: E4,
      kind: 'COLLABORATES_WITH',
      year: 2022,
      collaborationKind: 'TALENT',
      title: '项目',
      value: null,
    });
    expect(view.edges.find((edge) => edge.kind === 'SERVES')).toMatchObject({
      id: `SERVES:${P}-PK>cluster:${P}-K`,
      source: plat('PK'),
      target: `cluster:${P}-K`,
    });
    expect(view.edges.find((edge) => edge.id === `HOSTED_BY:${P}-PA>${E1}`)).toMatchObject({ source: plat('PA'), target: E1 });
    const firm = view.nodes.find((node) => node.id === E1)!;
    expect(firm).toMatchObject({ kind: 'ENTERPRISE', label: 'E1', local: true, creditCode: E1, clusterIds: [`${P}-K`], depth: null });
    expect(view.nodes.find((node) => node.id === inst(1))).toMatchObject({
      kind: 'INSTITUTE',
      label: '院所1',
      local: null,
      creditCode: null,
    });
  });

  it('finds the two groups as communities and the bridge as the most central actors', async () => {
    const view = await network({ clusterId: `${P}-K` });
    const community = Object.fromEntries(view.nodes.map((node) => [node.id, node.community]));
    const groupA = [E1, E2, E3, inst(1), inst(2), plat('PA')];
    const groupB = [E4, E5, E6, inst(3), inst(4), plat('PB')];
    expect(new Set(groupA.map((id) => community[id])).size).toBe(1);
    expect(new Set(groupB.map((id) => community[id])).size).toBe(1);
    expect(community[E1]).not.toBe(community[E4]);
    // I1 and E4 carry every path between the groups; I1 has the higher degree
    expect(view.topActors).toHaveLength(3);
    expect(view.topActors.slice(0, 2).map((actor) => actor.id)).toEqual([inst(1), E4]);
    expect(view.topActors[0]!.centrality).toBeGreaterThan(0.3);
    expect(view.nodes[0]!.id).toBe(inst(1)); // nodes come most central first
    expect(view.nodes.every((node) => node.centrality >= 0 && node.centrality <= 1)).toBe(true);
    // the same answer every time
    expect((await network({ clusterId: `${P}-K` })).nodes).toEqual(view.nodes);
  });

  it('takes one year of collaborations and the platforms established by then', async () => {
    const view = await network({ clusterId: `${P}-K`, year: 2022 });
    expect(view.edges.map((edge) => edge.id).sort()).toEqual(
      [`COLLABORATES_WITH:${P}-I1>${E4}:TALENT:2022`, `HOSTED_BY:${P}-PA>${E1}`, `SERVES:${P}-PK>cluster:${P}-K`].sort(),
    );
    const later = await network({ clusterId: `${P}-K`, year: 2024 });
    expect(later.nodes.map((node) => node.id)).toContain(plat('PB'));
    expect(later.edges.filter((edge) => edge.kind === 'COLLABORATES_WITH')).toHaveLength(0);
  });

  it('covers the whole city without a cluster', async () => {
    const view = await network({});
    // ours: 14 in cluster K, plus O and institute 5 (other data may be there too, and the cap)
    expect(view.totalNodes).toBeGreaterThanOrEqual(16);
    expect(view.totalEdges).toBeGreaterThanOrEqual(17);
    const ids = new Set(view.nodes.map((node) => node.id));
    if (!view.truncated) for (const id of [E1, E6, O, inst(5), `cluster:${P}-K`]) expect(ids.has(id)).toBe(true);
    expect(view.nodes.length).toBeLessThanOrEqual(500);
  });

  it('answers an empty network for a cluster without ties', async () => {
    expect(await network({ clusterId: `${P}-EMPTY` })).toEqual({
      nodes: [],
      edges: [],
      truncated: false,
      totalNodes: 0,
      totalEdges: 0,
      topActors: [],
    });
  });

  it('answers NOT_FOUND for an unknown cluster and BAD_INPUT for a bad year', async () => {
    const unknown = await api.gql(NETWORK, { clusterId: `${P}-nope` });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const year of [1800, 2500]) {
      const { errors } = await api.gql(NETWORK, { clusterId: `${P}-K`, year });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    }
    const top = await api.gql(`{ collaborationNetwork { topActors(first: -1) { id } } }`);
    expect(top.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
  });
});
