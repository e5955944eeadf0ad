import type { Database } from '../../server/db/index.js';
import { runCypher } from '../helpers/db.js';
import { codeMaker, randomCodeBody } from '../enterprises/fixture.js';

/**
 * A small graph for the role tests: two clusters on one chain (K1 is the test editor's, K2
 * someone else's), a firm in each (E1, E2), an outside supplier O feeding both in the upstream
 * segment (so K1's gap report has O as an investment target), a firm in both clusters (B),
 * yearly revenue, and an institute working with E1.
 */
export interface RoleFixture {
  P: string;
  K1: string;
  K2: string;
  S1: string;
  S2: string;
  E1: string;
  E2: string;
  B: string;
  O: string;
  revenue: number;
}

export async function createRoleFixture(db: Database, tag: string): Promise<RoleFixture> {
  const P = `${tag}${Date.now().toString(36)}`;
  const code = codeMaker(randomCodeBody(8));
  const f: RoleFixture = {
    P,
    K1: `${P}-K1`,
    K2: `${P}-K2`,
    S1: `${P}-S1`,
    S2: `${P}-S2`,
    E1: code(1),
    E2: code(2),
    B: code(3),
    O: code(4),
    revenue: 23_456,
  };
  await runCypher(
    db,
    `CREATE (ch:Chain {id: $P + '-CH', name: '测试链', industry: '测试'})
     CREATE (s1:Segment {id: $S1, chainId: $P + '-CH', name: '测试上游', stage: 'UPSTREAM', order: 1})
     CREATE (s2:Segment {id: $S2, chainId: $P + '-CH', name: '测试中游', stage: 'MIDSTREAM', order: 2})
     CREATE (ch)-[:HAS_SEGMENT]->(s1), (ch)-[:HAS_SEGMENT]->(s2), (s1)-[:FEEDS]->(s2)
     CREATE (k1:Cluster {id: $K1, name: '测试集群甲', county: '东昌府区', level: 'CITY', chainId: $P + '-CH'})-[:FOLLOWS]->(ch)
     CREATE (k2:Cluster {id: $K2, name: '测试集群乙', county: '临清市', level: 'CITY', chainId: $P + '-CH'})-[:FOLLOWS]->(ch)
     CREATE (e1:Enterprise {creditCode: $E1, name: '甲测试企业', local: true, county: '东昌府区', chainLeader: false})-[:IN_CLUSTER]->(k1)
     CREATE (e2:Enterprise {creditCode: $E2, name: '乙测试企业', local: true, county: '临清市', chainLeader: false})-[:IN_CLUSTER]->(k2)
     CREATE (b:Enterprise {creditCode: $B, name: '两集群测试企业', local: true, county: '东昌府区', chainLeader: false})
     CREATE (b)-[:IN_CLUSTER]->(k1), (b)-[:IN_CLUSTER]->(k2)
     CREATE (o:Enterprise {creditCode: $O, name: '外地测试供应商', local: false, city: '无锡市', province: '江苏省', chainLeader: false})
     CREATE (e1)-[:OPERATES_IN]->(s2), (e2)-[:OPERATES_IN]->(s2), (b)-[:OPERATES_IN]->(s2), (o)-[:OPERATES_IN]->(s1)
     CREATE (e1)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: $E1, year: 2024, revenue: $revenue, aboveScale: true})
     CREATE (e2)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: $E2, year: 2024, revenue: 60000.0})
     CREATE (o)-[:SUPPLIES {segmentId: $S1, year: 2024, annualValue: 800.0, product: '测试钢材'}]->(e1)
     CREATE (o)-[:SUPPLIES {segmentId: $S1, year: 2024, annualValue: 300.0, product: '测试钢材'}]->(e2)
     CREATE (i:ResearchInstitute {id: $P + '-I', name: '测试大学', kind: 'UNIVERSITY', city: '聊城市'})
     CREATE (i)-[:COLLABORATES_WITH {kind: 'JOINT_RD', year: 2024, title: '测试合作'}]->(e1)`,
    { ...f, revenue: f.revenue * 1.0 },
  );
  return f;
}

export async function removeRoleFixture(db: Database, f: RoleFixture): Promise<void> {
  await runCypher(
    db,
    `MATCH (n) WHERE (n:Chain OR n:Segment OR n:Cluster OR n:ResearchInstitute) AND n.id STARTS WITH $P
        OR (n:Enterprise OR n:EnterpriseYear) AND n.creditCode IN $codes
        OR n:TargetList AND n.name STARTS WITH $P
     OPTIONAL MATCH (n)-[:HAS_ENTRY]->(e)-[:HAS_STATUS_CHANGE]->(h)
     DETACH DELETE h, e, n`,
    { P: f.P, codes: [f.E1, f.E2, f.B, f.O] },
  );
  await runCypher(db, 'MATCH (u:User) WHERE u.username STARTS WITH $p DETACH DELETE u', { p: f.P.toLowerCase() });
}
