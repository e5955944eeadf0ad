import { describe, expect, it } from 'vitest';
import { runCypher } from '../helpers/db.js';
import { apiWithOwnGraph } from '../helpers/graphql.js';

// A tiny fixture of its own (ids prefixed so it never meets other tests' data).
const P = `t-clusters-${Date.now()}`;
const { db, api } = apiWithOwnGraph(buildGraph, removeGraph);

/** Writes the file's graph (described above). */
async function buildGraph(): Promise<void> {
  await runCypher(
    db,
    `
    CREATE (chain:Chain {id: $p + '-BRG', name: '轴承'})
    CREATE (a:Cluster {id: $p + '-A', name: '临清轴承', county: $p + '临清市', level: 'PROVINCIAL'})-[:FOLLOWS]->(chain)
    CREATE (b:Cluster {id: $p + '-B', name: '东阿钢球', county: $p + '东阿县', level: 'CITY'})-[:FOLLOWS]->(chain)
    CREATE (c:Cluster {id: $p + '-C', name: '冠县轴承锻造', county: $p + '临清市', level: 'CITY'})
    CREATE (a)-[:HAS_YEAR]->(:ClusterYear {clusterId: $p + '-A', year: 2022, output: 1000.0})
    CREATE (a)-[:HAS_YEAR]->(:ClusterYear {clusterId: $p + '-A', year: 2023, output: 1200.5, growth: 20.05})
    CREATE (b)-[:HAS_YEAR]->(:ClusterYear {clusterId: $p + '-B', year: 2023, output: 300.0})
    CREATE (:Enterprise {creditCode: $p + '-E1', name: '甲'})-[:IN_CLUSTER]->(a)
    CREATE (:Enterprise {creditCode: $p + '-E2', name: '乙'})-[:IN_CLUSTER]->(a)
  `,
    { p: P },
  );
}
async function removeGraph(): Promise<void> {
  await runCypher(db, 'MATCH (n) WHERE n.id STARTS WITH $p OR n.creditCode STARTS WITH $p OR n.clusterId STARTS WITH $p DETACH DELETE n', {
    p: P,
  });
}

describe('clusters query', () => {
  it('filters by county and returns the latest year with member counts', async () => {
    const { data, errors } = await api.gql(
      `query($county: String) { clusters(county: $county) { id name level year output growth memberCount chainName } }`,
      { county: `${P}临清市` },
    );
    expect(errors).toBeUndefined();
    expect(data!.clusters).toEqual([
      { id: `${P}-A`, name: '临清轴承', level: 'PROVINCIAL', year: 2023, output: 1200.5, growth: 20.05, memberCount: 2, chainName: '轴承' },
      { id: `${P}-C`, name: '冠县轴承锻造', level: 'CITY', year: null, output: null, growth: null, memberCount: 0, chainName: null },
    ]);
  });

  it('filters by level', async () => {
    const { data } = await api.gql(`{ clusters(level: CITY) { id } }`);
    const ids = (data!.clusters as { id: string }[]).map((c) => c.id).filter((id) => id.startsWith(P));
    expect(ids.sort()).toEqual([`${P}-B`, `${P}-C`]);
  });

  it('answers a bad level with BAD_INPUT and an unknown id with null', async () => {
    const bad = await api.gql(`{ clusters(level: GALACTIC) { id } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
    const missing = await api.gql(`query($id: ID!) { cluster(id: $id) { id } }`, { id: `${P}-nope` });
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.cluster).toBeNull();
  });
});
