import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphEdge } from '../../server/graphql/generated.js';
import { serveRouter, type ServedRouter } from '../helpers/http.js';
import { networkExportRouter } from '../../server/network/http.js';
import { runCypher, testDatabase } from '../helpers/db.js';
import { ADMIN, VIEWER } from '../helpers/graphql.js';
import { codeMaker, countingApi, randomCodeBody, type CountingApi } from '../enterprises/fixture.js';

/**
 * 产学研合作网络 downloads (CSV, XLSX, GEXF) checked against the GraphQL answer for the same
 * caller. Cluster K: firms E1 (链主, 小巨人, revenue 12345.6 万元 in 2023, band 1–5亿) and E2
 * (a name full of XML's markup characters, not local); institutes I1 (also such a name) and I2;
 * I1 → E1 (JOINT_RD 2023, a title with markup), I1 → E2 (TALENT 2022), I2 → E2 (CO_PATENT 2023);
 * platform P hosted by E1 and serving K. So 6 nodes (E1, E2, I1, I2, P, cluster K) and 5 edges;
 * ties per node: E1 2 (I1, P), E2 2 (I1, I2), I1 2, I2 1, P 2, K 1.
 * The GEXF is written from a template and read back here with saxes, a parser of its own.
 */
const P = `t-netexp-${Date.now()}`;
const code = codeMaker(randomCodeBody(8));
const [E1, E2] = [code(1), code(2)] as [string, string];
const E2_NAME = `乙<公司> & "合作" 's\tco`;
const I1_NAME = `院所 "A" & <B>`;
const TITLE = `"项目" <1> & 2 \u0001`;
const db = testDatabase();
let api: CountingApi;
let server: ServedRouter;
let baseUrl: string;

beforeAll(async () => {
  api = await countingApi(db);
  await runCypher(
    db,
    `
    CREATE (k:Cluster {id: $p + '-K', name: '导出集群', county: '临清市', level: 'CITY'})
    CREATE (e1:Enterprise {creditCode: $e1, name: '甲公司', local: true, chainLeader: true})-[:IN_CLUSTER]->(k)
    CREATE (e1)-[:HAS_YEAR]->(:EnterpriseYear {creditCode: $e1, year: 2023, revenue: 12345.6, srdiLevel: 'LITTLE_GIANT'})
    CREATE (e2:Enterprise {creditCode: $e2, name: $e2Name, local: false, chainLeader: false})-[:IN_CLUSTER]->(k)
    CREATE (i1:ResearchInstitute {id: $p + '-I1', name: $i1Name, kind: 'UNIVERSITY'})
    CREATE (i2:ResearchInstitute {id: $p + '-I2', name: '院所二', kind: 'LAB'})
    CREATE (i1)-[:COLLABORATES_WITH {kind: 'JOINT_RD', year: 2023, title: $title}]->(e1)
    CREATE (i1)-[:COLLABORATES_WITH {kind: 'TALENT', year: 2022, title: '培养'}]->(e2)
    CREATE (i2)-[:COLLABORATES_WITH {kind: 'CO_PATENT', year: 2023, title: '专利'}]->(e2)
    CREATE (pl:ServicePlatform {id: $p + '-P', name: '平台', kind: 'TESTING', established: 2020})
    CREATE (pl)-[:HOSTED_BY]->(e1), (pl)-[:SERVES]->(k)
  `,
    { p: P, e1: E1, e2: E2, e2Name: E2_NAME, i1Name: I1_NAME, title: TITLE },
  );
  // the caller's role from a test header (the real app signs in; here the role is what matters)
  server = await serveRouter(networkExportRouter(api.app.services), (req) =>
    req.get('x-test-role') === 'viewer' ? VIEWER : req.get('x-test-role') === 'none' ? null : ADMIN,
  );
  baseUrl = server.url;
});

afterAll(async () => {
  await runCypher(db, 'MATCH (n:Enterprise) WHERE n.creditCode IN $codes OPTIONAL MATCH (n)-[:HAS_YEAR]->(y) DETACH DELETE n, y', {
    codes: [E1, E2],
  });
  await runCypher(db, 'MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P });
  await server.close();
  await api.close();
  await db.close();
});

const NETWORK = `query($clusterId: ID) { collaborationNetwork(clusterId: $clusterId) {
  nodes { id kind label local creditCode revenue revenueBand chainLeader srdiLevel clusterIds segmentId community centrality }
  edges { id source target kind year collaborationKind title } } }`;
interface GqlNode {
  id: string;
  kind: string;
  label: string;
  local: boolean | null;
  creditCode: string | null;
  revenue: number | null;
  revenueBand: string | null;
  chainLeader: boolean | null;
  srdiLevel: string | null;
  clusterIds: string[] | null;
  segmentId: string | null;
  community: number;
  centrality: number;
}
type GqlEdge = Pick<GraphEdge, 'id' | 'source' | 'target' | 'kind' | 'year' | 'collaborationKind' | 'title'>;
async function network(user = ADMIN): Promise<{ nodes: GqlNode[]; edges: GqlEdge[] }> {
  const { data, errors } = await api.gql<{ collaborationNetwork: { nodes: GqlNode[]; edges: GqlEdge[] } }>(
    NETWORK,
    { clusterId: `${P}-K` },
    user,
  );
  expect(errors).toBeUndefined();
  return data!.collaborationNetwork;
}

const download = (query: string, role = 'admin') =>
  fetch(`${baseUrl}/api/network/collaboration/export?${query}`, { headers: { 'x-test-role': role } });

interface ParsedGexf {
  version: string | undefined;
  attributes: Record<string, Map<string, { title: string; type: string }>>;
  nodes: { id: string; label: string; values: Record<string, string> }[];
  edges: { id: string; source: string; target: string; values: Record<string, string> }[];
}

/** The GEXF read with saxes (namespaces on): what Gephi or NetworkX would find in it. */
function parseGexf(xml: string): ParsedGexf {
  const parser = new SaxesParser({ xmlns: true });
  const out: ParsedGexf = { version: undefined, attributes: { node: new Map(), edge: new Map() }, nodes: [], edges: [] };
  let attributeClass = 'node';
  let current: { values: Record<string, string> } | null = null;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attr = (name: string) => tag.attributes[name]?.value ?? '';
    expect(tag.uri).toBe('http://www.gexf.net/1.2draft');
    if (tag.local === 'gexf') out.version = attr('version');
    else if (tag.local === 'attributes') attributeClass = attr('class');
    else if (tag.local === 'attribute') out.attributes[attributeClass]!.set(attr('id'), { title: attr('title'), type: attr('type') });
    else if (tag.local === 'node') {
      const node = { id: attr('id'), label: attr('label'), values: {} };
      out.nodes.push(node);
      current = node;
    } else if (tag.local === 'edge') {
      const edge = { id: attr('id'), source: attr('source'), target: attr('target'), values: {} };
      out.edges.push(edge);
      current = edge;
    } else if (tag.local === 'attvalue') current!.values[attr('for')] = attr('value');
  });
  parser.write(xml).close();
  return out;
}

/** What the export must say of a node, from the GraphQL answer (GEXF text; absent = null). */
function expectedNodeValues(node: GqlNode, degree: number): Record<string, string> {
  const values: Record<string, string | number | boolean | null> = {
    kind: node.kind,
    creditCode: node.creditCode,
    local: node.local,
    revenue: node.revenue,
    revenueBand: node.revenueBand,
    chainLeader: node.chainLeader,
    srdiLevel: node.srdiLevel,
    clusterIds: node.clusterIds && node.clusterIds.length > 0 ? node.clusterIds.join(';') : null,
    segmentId: node.segmentId,
    community: node.community + 1,
    centrality: node.centrality,
    degree,
  };
  return Object.fromEntries(Object.entries(values).flatMap(([k, v]) => (v === null || v === undefined ? [] : [[k, String(v)]])));
}

describe('collaboration network export', () => {
  it('writes GEXF 1.2 that another parser reads back as the GraphQL answer: every node and edge with its attributes', async () => {
    const response = await download(`format=gexf&cluster=${P}-K`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    expect(decodeURIComponent(response.headers.get('content-disposition')!.split("UTF-8''")[1]!)).toMatch(
      /^产学研合作网络-导出集群-全部年份-\d{8}\.gexf$/,
    );
    const gexf = parseGexf(await response.text());
    const answer = await network();
    expect(gexf.version).toBe('1.2');
    expect(answer.nodes).toHaveLength(6);
    expect(answer.edges).toHaveLength(5);
    expect(gexf.nodes).toHaveLength(6);
    expect(gexf.edges).toHaveLength(5);
    expect([...gexf.attributes.node!.keys()]).toEqual([
      'kind',
      'creditCode',
      'local',
      'revenue',
      'revenueBand',
      'chainLeader',
      'srdiLevel',
      'clusterIds',
      'segmentId',
      'community',
      'centrality',
      'degree',
    ]);
    expect(gexf.attributes.node!.get('revenue')!.type).toBe('double');
    expect(gexf.attributes.node!.get('local')!.type).toBe('boolean');
    const degrees: Record<string, number> = {
      [E1]: 2,
      [E2]: 2,
      [`institute:${P}-I1`]: 2,
      [`institute:${P}-I2`]: 1,
      [`platform:${P}-P`]: 2,
      [`cluster:${P}-K`]: 1,
    };
    for (const node of answer.nodes) {
      const written = gexf.nodes.find((n) => n.id === node.id);
      expect(written, node.id).toBeDefined();
      expect(written!.label).toBe(node.label);
      expect(written!.values).toEqual(expectedNodeValues(node, degrees[node.id]!));
    }
    // the names with markup come back exactly; the control character (not allowed in XML) is dropped
    expect(gexf.nodes.find((n) => n.id === E2)!.label).toBe(E2_NAME);
    expect(gexf.nodes.find((n) => n.id === `institute:${P}-I1`)!.label).toBe(I1_NAME);
    expect(gexf.nodes.find((n) => n.id === E1)!.values).toMatchObject({
      revenue: '12345.6',
      revenueBand: '1–5亿',
      chainLeader: 'true',
      srdiLevel: 'LITTLE_GIANT',
    });
    for (const edge of answer.edges) {
      const written = gexf.edges.find((e) => e.id === edge.id);
      expect(written, edge.id).toBeDefined();
      expect(written).toMatchObject({ source: edge.source, target: edge.target });
      const expected: Record<string, string> = { kind: edge.kind };
      if (edge.year !== null) expected.year = String(edge.year);
      if (edge.collaborationKind) expected.collaborationKind = edge.collaborationKind;
      if (edge.title) expected.title = edge.title.replace('\u0001', '');
      expect(written!.values).toEqual(expected);
    }
    expect(gexf.edges.find((e) => e.values.collaborationKind === 'JOINT_RD')!.values.title).toBe(`"项目" <1> & 2 `);
  });

  it('gives a viewer the revenue band only, as the page does', async () => {
    const gexf = parseGexf(await (await download(`format=gexf&cluster=${P}-K`, 'viewer')).text());
    const answer = await network(VIEWER);
    const firm = answer.nodes.find((n) => n.id === E1)!;
    expect(firm.revenue).toBeNull();
    expect(gexf.nodes.find((n) => n.id === E1)!.values).not.toHaveProperty('revenue');
    expect(gexf.nodes.find((n) => n.id === E1)!.values.revenueBand).toBe('1–5亿');

    const csv: string[][] = parse(await (await download(`format=csv&cluster=${P}-K`, 'viewer')).text(), { bom: true });
    const header = csv[0]!;
    const row = csv.find((r) => r[0] === `="${E1}"` || r[0] === E1)!;
    expect(row[header.indexOf('营业收入（万元）')]).toBe('');
    expect(row[header.indexOf('营业收入规模')]).toBe('1–5亿');
  });

  it('writes the nodes or the edges as CSV, and both with a note as XLSX', async () => {
    const answer = await network();
    const nodesCsv = await download(`format=csv&cluster=${P}-K`);
    expect(nodesCsv.status).toBe(200);
    expect(nodesCsv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const nodes: string[][] = parse(await nodesCsv.text(), { bom: true });
    expect(nodes[0]).toEqual([
      '节点编号',
      '名称',
      '类型',
      '统一社会信用代码',
      '是否本地',
      '营业收入（万元）',
      '营业收入规模',
      '是否链主',
      '专精特新',
      '所属集群',
      '环节编号',
      '社区',
      '中心度',
      '联系数',
    ]);
    expect(nodes).toHaveLength(1 + answer.nodes.length);
    const e1 = nodes.find((r) => r[1] === '甲公司')!;
    expect(e1.slice(2, 10)).toEqual(['企业', e1[3], '是', '12345.6', '1–5亿', '是', '专精特新小巨人', `${P}-K`]);
    expect(e1[3]).toContain(E1);
    expect(nodes.find((r) => r[1] === I1_NAME)![2]).toBe('高校院所');

    const edges: string[][] = parse(await (await download(`format=csv&table=edges&cluster=${P}-K`)).text(), { bom: true });
    expect(edges[0]).toEqual(['关系编号', '起点', '终点', '关系类型', '年份', '合作方式', '项目名称']);
    expect(
      edges
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(answer.edges.map((e) => e.id).sort());
    expect(edges.find((r) => r[5] === '人才培养')!.slice(3, 5)).toEqual(['产学研合作', '2022']);

    const xlsx = await download(`format=xlsx&cluster=${P}-K`);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets.map((s) => s.name)).toEqual(['节点', '关系', '说明']);
    expect(wb.getWorksheet('节点')!.rowCount).toBe(1 + answer.nodes.length);
    expect(wb.getWorksheet('关系')!.rowCount).toBe(1 + answer.edges.length);
    const note: unknown[][] = [];
    wb.getWorksheet('说明')!.eachRow((r) => note.push((r.values as unknown[]).slice(1)));
    expect(note).toContainEqual(['主体数', 6]);
    expect(note).toContainEqual(['关系数', 5]);
  });

  it('refuses a bad format, table or year, an unknown cluster and a caller who is not signed in', async () => {
    for (const [query, status, code] of [
      ['format=graphml', 400, 'BAD_INPUT'],
      ['format=csv&table=people', 400, 'BAD_INPUT'],
      ['format=gexf&year=20x4', 400, 'BAD_INPUT'],
      [`format=gexf&cluster=${P}-NOPE`, 404, 'NOT_FOUND'],
    ] as const) {
      const response = await download(query);
      expect(response.status, query).toBe(status);
      expect(((await response.json()) as { code: string }).code).toBe(code);
    }
    expect((await download('format=gexf', 'none')).status).toBe(401);
  });
});
