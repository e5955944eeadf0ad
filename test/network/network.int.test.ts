import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCypher, testDatabase } from '../helpers/db.js';
import { codeMaker, countingApi, type CountingApi, randomCodeBody, removeFirms } from '../enterprises/fixture.js';

// A supply graph of this file's own (codes start with CODE, ids with P), worked out by hand:
//
//   U4 → U2 → U1 → C → D1 → D2 → D3        S → C (2023: 10, 2024: 20)      S → U1
//        U3 → U1                 D1 → X
//
// Upstream of C: depth 1 {U1, S}, 2 {U2, U3}, 3 {U4}. Downstream: 1 {D1}, 2 {D2, X}, 3 {D3}.
// H has 600 suppliers (the cap); its suppliers 0 → 1 and 2 → 3 (two segments) trade among themselves,
// and 1 → H again in a second segment. Z is alone. Q0 → Q1 → ... → Q7 is a chain of 7 links.
// R0 → R1 → R2 → R3 along the supply direction, and R4 supplies both R0 and R3 (a shortcut that
// ignores direction). C is a 链主 with 专精特新 levels by year; U1 is 专精特新 in an unknown level.
const P = `t-net-${Date.now()}`;
const CODE = randomCodeBody(8);
const code = codeMaker(CODE);
const [C, U1, U2, U3, U4, S, D1, D2, D3, X, H, Z] = Array.from({ length: 12 }, (_, i) => code(i + 1)) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];
const Q = Array.from({ length: 8 }, (_, i) => code(100 + i));
const HUB_SUPPLIERS = Array.from({ length: 600 }, (_, i) => code(1000 + i));
const R = Array.from({ length: 5 }, (_, i) => code(200 + i));
const SEG = `${P}-SEG`;
const db = testDatabase();
let api: CountingApi;

beforeAll(async () => {
  api = await countingApi(db);
  const links: [string, string][] = [
    [U4, U2],
    [U2, U1],
    [U3, U1],
    [U1, C],
    [S, U1],
    [C, D1],
    [D1, D2],
    [D2, D3],
    [D1, X],
    ...Q.slice(1).map((q, i) => [Q[i]!, q] as [string, string]),
  ];
  const names: Record<string, string> = {
    [C]: '中心',
    [U1]: 'U1',
    [U2]: 'U2',
    [U3]: 'U3',
    [U4]: 'U4',
    [S]: 'S',
    [D1]: 'D1',
    [D2]: 'D2',
    [D3]: 'D3',
    [X]: 'X',
    [H]: 'H',
    [Z]: 'Z',
  };
  Q.forEach((q, i) => (names[q] = `Q${i}`));
  R.forEach((r, i) => (names[r] = `R${i}`));
  links.push([R[0]!, R[1]!], [R[1]!, R[2]!], [R[2]!, R[3]!], [R[4]!, R[0]!], [R[4]!, R[3]!]);
  await runCypher(
    db,
    `
    CREATE (:Segment {id: $seg, chainId: $p + '-CH', name: '钢材', stage: 'UPSTREAM', order: 1})
    CREATE (:Segment {id: $seg + '2', chainId: $p + '-CH', name: '装配', stage: 'MIDSTREAM', order: 2})
    CREATE (:Cluster {id: $p + '-K', name: '测试集群', county: '临清市', level: 'CITY'})
    WITH 1 AS one
    UNWIND keys($names) AS c
    CREATE (:Enterprise {creditCode: c, name: $names[c], local: c <> $s, chainLeader: c = $c})
  `,
    { p: P, seg: SEG, names, s: S, c: C },
  );
  await runCypher(
    db,
    `
    UNWIND $links AS link
    MATCH (a:Enterprise {creditCode: link[0]}), (b:Enterprise {creditCode: link[1]})
    CREATE (a)-[:SUPPLIES {segmentId: $seg, year: 2024, annualValue: 5.0, product: '钢'}]->(b)
  `,
    { links, seg: SEG },
  );
  await runCypher(
    db,
    `
    MATCH (s:Enterprise {creditCode: $s}), (c:Enterprise {creditCode: $c}), (k:Cluster {id: $p + '-K'})
    CREATE (s)-[:SUPPLIES {segmentId: $seg, year: 2023, annualValue: 10.0, product: '旧'}]->(c)
    CREATE (s)-[:SUPPLIES {segmentId: $seg, year: 2024, annualValue: 20.0, product: '新'}]->(c)
    CREATE (c)-[:IN_CLUSTER]->(k)
    WITH c
    MATCH (s2:Segment {id: $seg + '2'}), (s1:Segment {id: $seg})
    CREATE (c)-[:OPERATES_IN]->(s2), (c)-[:OPERATES_IN]->(s1)
    CREATE (c)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: c.creditCode, year: 2023, revenue: 800.0, srdiLevel: 'LITTLE_GIANT'})
    CREATE (c)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: c.creditCode, year: 2024, revenue: 900.0, srdiLevel: 'PROVINCIAL'})
    CREATE (c)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: c.creditCode, year: 2025})
    WITH 1 AS one
    MATCH (u1:Enterprise {creditCode: $u1})
    CREATE (u1)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: u1.creditCode, year: 2024, srdiLevel: 'SOMETHING_ELSE'})
  `,
    { s: S, c: C, u1: U1, p: P, seg: SEG },
  );
  await runCypher(
    db,
    `
    MATCH (h:Enterprise {creditCode: $h})
    UNWIND range(0, size($suppliers) - 1) AS i
    CREATE (:Enterprise {creditCode: $suppliers[i], name: 'H-supplier', local: true, chainLeader: false})-[:SUPPLIES {segmentId: $seg, year: 2024, annualValue: toFloat(i)}]->(h)
  `,
    { h: H, suppliers: HUB_SUPPLIERS, seg: SEG },
  );
  await runCypher(
    db,
    `
    MATCH (h:Enterprise {creditCode: $h}), (s0:Enterprise {creditCode: $s[0]}), (s1:Enterprise {creditCode: $s[1]}), (s2:Enterprise {creditCode: $s[2]}), (s3:Enterprise {creditCode: $s[3]})
    CREATE (s0)-[:SUPPLIES {segmentId: $seg, year: 2024, annualValue: 1.0}]->(s1)
    CREATE (s2)-[:SUPPLIES {segmentId: $seg, year: 2023, annualValue: 1.0}]->(s3)
    CREATE (s2)-[:SUPPLIES {segmentId: $seg, year: 2024, annualValue: 1.0}]->(s3)
    CREATE (s2)-[:SUPPLIES {segmentId: $seg + '2', year: 2024, annualValue: 1.0}]->(s3)
    CREATE (s1)-[:SUPPLIES {segmentId: $seg + '2', year: 2024, annualValue: 1.0}]->(h)
  `,
    { h: H, s: HUB_SUPPLIERS, seg: SEG },
  );
});

afterAll(async () => {
  await removeFirms(db, CODE);
  await runCypher(db, 'MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P });
  await api.close();
  await db.close();
});

const VIEW = `nodes { id kind label local creditCode revenue clusterIds segmentId community centrality depth }
  edges { id source target kind value product segmentId year } truncated totalNodes totalEdges topActors { id }`;
const NEIGHBORHOOD = `query($code: String!, $depth: Int!, $direction: Direction!) { supplyNeighborhood(creditCode: $code, depth: $depth, direction: $direction) { ${VIEW} } }`;

interface View {
  nodes: {
    id: string;
    kind: string;
    label: string;
    local: boolean;
    creditCode: string;
    revenue: number | null;
    clusterIds: string[];
    segmentId: string | null;
    community: number | null;
    centrality: number | null;
    depth: number;
  }[];
  edges: { id: string; source: string; target: string; kind: string; value: number; product: string; segmentId: string; year: number }[];
  truncated: boolean;
  totalNodes: number;
  totalEdges: number;
  topActors: { id: string }[];
}
async function neighborhood(code: string, depth: number, direction: string): Promise<View> {
  const { data, errors } = await api.gql<{ supplyNeighborhood: View }>(NEIGHBORHOOD, { code, depth, direction });
  expect(errors).toBeUndefined();
  return data!.supplyNeighborhood;
}
const depths = (view: View) => Object.fromEntries(view.nodes.map((node) => [node.id, node.depth]));
const edgeIds = (view: View) => view.edges.map((edge) => edge.id).sort();
const sid = (s: string, b: string) => `SUPPLIES:${s}>${b}:${SEG}`;
const codeOf = (errors: { extensions?: Record<string, unknown> }[] | undefined) => errors?.[0]?.extensions?.code;

describe('supplyNeighborhood', () => {
  it('walks suppliers hop by hop (UPSTREAM), with the links between the firms it shows', async () => {
    const one = await neighborhood(C, 1, 'UPSTREAM');
    expect(depths(one)).toEqual({ [C]: 0, [U1]: 1, [S]: 1 });
    // S → C is one edge (2023 and 2024 links together) with the latest year's value; S → U1 joins two shown firms
    expect(edgeIds(one)).toEqual([sid(S, C), sid(S, U1), sid(U1, C)].sort());
    expect(one.edges.find((edge) => edge.id === sid(S, C))).toEqual({
      id: sid(S, C),
      source: S,
      target: C,
      kind: 'SUPPLIES',
      value: 20,
      product: '新',
      segmentId: SEG,
      year: 2024,
    });
    expect(one).toMatchObject({ truncated: false, totalNodes: 3, totalEdges: 3, topActors: [] });

    const two = await neighborhood(C, 2, 'UPSTREAM');
    expect(depths(two)).toEqual({ [C]: 0, [U1]: 1, [S]: 1, [U2]: 2, [U3]: 2 });
    expect(two.totalEdges).toBe(5);

    const three = await neighborhood(C, 3, 'UPSTREAM');
    expect(depths(three)).toEqual({ [C]: 0, [U1]: 1, [S]: 1, [U2]: 2, [U3]: 2, [U4]: 3 });
    expect(three).toMatchObject({ totalNodes: 6, totalEdges: 6, truncated: false });
  });

  it('walks customers (DOWNSTREAM) and both ways (BOTH: the union, not an undirected walk)', async () => {
    expect(depths(await neighborhood(C, 2, 'DOWNSTREAM'))).toEqual({ [C]: 0, [D1]: 1, [D2]: 2, [X]: 2 });
    expect(depths(await neighborhood(C, 3, 'DOWNSTREAM'))).toEqual({ [C]: 0, [D1]: 1, [D2]: 2, [X]: 2, [D3]: 3 });
    const both = await neighborhood(C, 1, 'BOTH');
    expect(depths(both)).toEqual({ [C]: 0, [U1]: 1, [S]: 1, [D1]: 1 });
    expect(edgeIds(both)).toEqual([sid(S, C), sid(S, U1), sid(U1, C), sid(C, D1)].sort());
    // D1's other customer X is downstream of C; U1's other customers would not be (there are none here)
    const both2 = await neighborhood(C, 2, 'BOTH');
    expect(Object.keys(depths(both2)).sort()).toEqual([C, U1, S, U2, U3, D1, D2, X].sort());
  });

  it('counts the whole neighbourhood when truncated: links among firms left out, one per (supplier, buyer, segment)', async () => {
    const view = await neighborhood(H, 1, 'UPSTREAM');
    // 600 links to H, 1 more from supplier 1 in a second segment, 0 → 1, and 2 → 3 in two segments (two years of one count once)
    expect(view).toMatchObject({ truncated: true, totalNodes: 601, totalEdges: 604 });
    // suppliers 0 to 100 are left out (the smallest flows), so only their links are missing from the view
    expect(view.edges).toHaveLength(499);
  });

  it('tells 链主 and 专精特新 firms (the latest known level) on the nodes', async () => {
    const { data, errors } = await api.gql<{
      supplyNeighborhood: { nodes: { id: string; chainLeader: boolean; srdiLevel: string | null }[] };
    }>(
      `query($code: String!) { supplyNeighborhood(creditCode: $code, depth: 1, direction: UPSTREAM) { nodes { id chainLeader srdiLevel } } }`,
      { code: C },
    );
    expect(errors).toBeUndefined();
    expect(Object.fromEntries(data!.supplyNeighborhood.nodes.map((node) => [node.id, [node.chainLeader, node.srdiLevel]]))).toEqual({
      // 2025 has no level; 2024's is the latest. U1's stored level is unknown to the API: none
      [C]: [true, 'PROVINCIAL'],
      [U1]: [false, null],
      [S]: [false, null],
    });
    const path = await api.gql<{ supplyPath: { nodes: { id: string; chainLeader: boolean; srdiLevel: string | null }[] } }>(
      `query($from: String!, $to: String!) { supplyPath(from: $from, to: $to) { nodes { id chainLeader srdiLevel } } }`,
      { from: S, to: C },
    );
    expect(path.data!.supplyPath.nodes).toEqual([
      { id: S, chainLeader: false, srdiLevel: null },
      { id: C, chainLeader: true, srdiLevel: 'PROVINCIAL' },
    ]);
  });

  it('shows a firm without links alone', async () => {
    const alone = await neighborhood(Z, 3, 'BOTH');
    expect(alone).toMatchObject({ truncated: false, totalNodes: 1, totalEdges: 0, edges: [] });
    expect(alone.nodes.map((node) => [node.id, node.depth])).toEqual([[Z, 0]]);
  });

  it('shows each firm for Cytoscape: the centre first, with revenue, clusters and first segment', async () => {
    const view = await neighborhood(C.toLowerCase(), 1, 'UPSTREAM');
    expect(view.nodes[0]).toEqual({
      id: C,
      kind: 'ENTERPRISE',
      label: '中心',
      local: true,
      creditCode: C,
      revenue: 900,
      clusterIds: [`${P}-K`],
      segmentId: SEG,
      community: null,
      centrality: null,
      depth: 0,
    });
    expect(view.nodes.find((node) => node.id === S)).toMatchObject({ local: false, revenue: null, clusterIds: [], segmentId: null });
    // the first segment's name too (a firm's network groups a hub's neighbours by it)
    const { data, errors } = await api.gql<{ supplyNeighborhood: { nodes: { id: string; segmentName: string | null }[] } }>(
      `query($code: String!) { supplyNeighborhood(creditCode: $code, depth: 1, direction: UPSTREAM) { nodes { id segmentName } } }`,
      { code: C },
    );
    expect(errors).toBeUndefined();
    expect(data!.supplyNeighborhood.nodes.find((node) => node.id === C)!.segmentName).toBe('钢材');
    expect(data!.supplyNeighborhood.nodes.find((node) => node.id === S)!.segmentName).toBeNull();
  });

  it('caps the view at 500 firms, nearest and largest flows first, and tells the true totals', async () => {
    const view = await neighborhood(H, 1, 'UPSTREAM');
    expect(view.nodes).toHaveLength(500);
    expect(view.nodes[0]!.id).toBe(H);
    // supplier i supplies i 万元: the 499 largest are kept, the largest first
    expect(view.nodes.slice(1).map((node) => node.id)).toEqual(HUB_SUPPLIERS.slice(101).reverse());
    // the 600 links to H and 4 more among the suppliers (see the next test)
    expect(view).toMatchObject({ truncated: true, totalNodes: 601, totalEdges: 604 });
    expect(view.edges).toHaveLength(499);
    const shown = new Set(view.nodes.map((node) => node.id));
    expect(view.edges.every((edge) => shown.has(edge.source) && shown.has(edge.target))).toBe(true);
    // the same answer every time (stable ids and order)
    expect((await neighborhood(H, 1, 'UPSTREAM')).nodes.map((node) => node.id)).toEqual(view.nodes.map((node) => node.id));
  });

  it('refuses depth 0 or 10 and a malformed code with BAD_INPUT, an unknown code with NOT_FOUND', async () => {
    for (const depth of [0, 4, 10, -1]) {
      const { errors } = await api.gql(NEIGHBORHOOD, { code: C, depth, direction: 'BOTH' });
      expect(codeOf(errors)).toBe('BAD_INPUT');
      expect(errors![0]!.message).toMatch(/^depth must be 1–3/);
    }
    const malformed = await api.gql(NEIGHBORHOOD, { code: 'not-a-code', depth: 1, direction: 'BOTH' });
    expect(codeOf(malformed.errors)).toBe('BAD_INPUT');
    const unknown = await api.gql(NEIGHBORHOOD, { code: code(999_999_999), depth: 1, direction: 'BOTH' });
    expect(codeOf(unknown.errors)).toBe('NOT_FOUND');
    const direction = await api.gql(NEIGHBORHOOD, { code: C, depth: 1, direction: 'SIDEWAYS' });
    expect(codeOf(direction.errors)).toBe('BAD_INPUT');
  });

  it('runs one statement whatever the size', async () => {
    const { statements } = await api.count(
      `query($code: String!) { supplyNeighborhood(creditCode: $code, depth: 1, direction: UPSTREAM) { nodes { id revenue clusterIds segmentId } } }`,
      { code: H },
    );
    expect(statements).toEqual(['network/neighborhood']);
  });
});

const PATH = `query($from: String!, $to: String!) { supplyPath(from: $from, to: $to) { ${VIEW} } }`;
async function path(from: string, to: string): Promise<View | null> {
  const { data, errors } = await api.gql<{ supplyPath: View | null }>(PATH, { from, to });
  expect(errors).toBeUndefined();
  return data!.supplyPath;
}

describe('supplyPath', () => {
  it('finds the shortest path along the supply direction', async () => {
    const found = (await path(U2, D2))!;
    expect(found.nodes.map((node) => [node.id, node.depth])).toEqual([
      [U2, 0],
      [U1, 1],
      [C, 2],
      [D1, 3],
      [D2, 4],
    ]);
    expect(found.edges.map((edge) => [edge.source, edge.target])).toEqual([
      [U2, U1],
      [U1, C],
      [C, D1],
      [D1, D2],
    ]);
    expect(found).toMatchObject({ truncated: false, totalNodes: 5, totalEdges: 4 });
    // S supplies C directly: one link, the latest year's
    const direct = (await path(S, C))!;
    expect(direct.edges).toEqual([
      { id: sid(S, C), source: S, target: C, kind: 'SUPPLIES', value: 20, product: '新', segmentId: SEG, year: 2024 },
    ]);
  });

  it('takes the supply direction the other way round (to supplies ... from) before ignoring direction', async () => {
    // R0 → R1 → R2 → R3 is 3 links along the supply direction; R3 ← R4 → R0 is 2 links ignoring it
    const back = (await path(R[3]!, R[0]!))!;
    expect(back.nodes.map((node) => [node.id, node.depth])).toEqual([
      [R[3], 0],
      [R[2], 1],
      [R[1], 2],
      [R[0], 3],
    ]);
    expect(back.edges.map((edge) => [edge.source, edge.target])).toEqual([
      [R[2], R[3]],
      [R[1], R[2]],
      [R[0], R[1]],
    ]);
    expect((await path(R[0]!, R[3]!))!.nodes.map((node) => node.id)).toEqual([R[0], R[1], R[2], R[3]]);
  });

  it('falls back to ignoring direction, keeping each edge supplier → buyer', async () => {
    const back = (await path(D2, U1))!;
    expect(back.nodes.map((node) => node.id)).toEqual([D2, D1, C, U1]);
    expect(back.edges.map((edge) => [edge.source, edge.target])).toEqual([
      [D1, D2],
      [C, D1],
      [U1, C],
    ]);
    // siblings: U2 and U3 both supply U1
    expect((await path(U2, U3))!.nodes.map((node) => node.id)).toEqual([U2, U1, U3]);
  });

  it('answers null when the firms are not connected within 6 links', async () => {
    expect(await path(C, Z)).toBeNull();
    expect((await path(Q[0]!, Q[6]!))!.edges).toHaveLength(6);
    expect(await path(Q[0]!, Q[7]!)).toBeNull();
  });

  it('refuses unknown, malformed and repeated codes', async () => {
    expect(codeOf((await api.gql(PATH, { from: code(999_999_998), to: C })).errors)).toBe('NOT_FOUND');
    expect(codeOf((await api.gql(PATH, { from: C, to: code(999_999_998) })).errors)).toBe('NOT_FOUND');
    expect(codeOf((await api.gql(PATH, { from: 'x', to: C })).errors)).toBe('BAD_INPUT');
    expect(codeOf((await api.gql(PATH, { from: C, to: C.toLowerCase() })).errors)).toBe('BAD_INPUT');
  });
});
