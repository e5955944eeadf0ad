import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { CypherLibrary } from '../../server/cypher.js';
import { adHoc, Database } from '../../server/db/index.js';
import { applySchema } from '../../server/db/schema.js';
import { bulkLoadFolder, BulkLoadError, recordBulkLoad, type BulkLoadResult } from '../../server/imports/bulk.js';
import { ImportService, type ImportReport } from '../../server/imports/service.js';
import { freePort, localStoreDir, startLocalNeo4j, type LocalNeo4j } from '../../server/neo4j-local/index.js';
import { resetDatabase, testCypher, testDatabase } from '../helpers/db.js';
import { code, headerOf, tempDir, writeDataSet, type DataSet } from '../helpers/import-fixtures.js';

/**
 * The bulk loader (Neo4j's offline importer into an empty database) must build exactly the graph
 * the transactional importer builds from the same files: one data set covering every file and
 * the awkward cells (empty optional cells, lists, booleans in three spellings, Chinese enum words,
 * numbers with separators and %, quotes, commas, a line break, a backslash, characters outside
 * the BMP, a county outside Liaocheng, non-local firms with a county, links without a year) is
 * loaded both ways and every node and relationship is compared with its property types.
 */
const db = testDatabase();
let bulkDb: Database;
let bulkNeo4j: LocalNeo4j | undefined;
let dataRoot: string;
let dataDir: string;
let dataset: string;
let transactional: ImportReport;
let bulk: BulkLoadResult;

/** A deterministic data set of a few hundred rows. */
function mixedDataSet(): DataSet {
  const p = 'TBULK0';
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const firms = Array.from({ length: 60 }, (_, i) => code(p, i + 1));
  const segments = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8'].map((s) => `${p}-${s}`);
  const clusters = ['K1', 'K2', 'K3'].map((k) => `${p}-${k}`);
  const counties = ['东昌府区', '临清市', '外地县'];
  const products = ['轴承钢', '（高端）轴承', '𠮷祥套圈', '钢棒', 'ｚ型件', '"引号"产品', '逗号,产品', '反斜杠\\件', 'ABC', 'abc'];
  const data: DataSet = {
    chains: [
      ['chain_id', 'name', 'industry'],
      [`${p}-CH1`, '轴承产业链', '通用设备制造'],
      [`${p}-CH2`, '"新能源"汽车, 零部件', ''],
    ],
    segments: [
      ['segment_id', 'chain_id', 'name', 'stage', 'order', 'feeds'],
      [segments[0]!, `${p}-CH1`, '轴承钢', 'UPSTREAM', '1', `${segments[1]};${segments[2]}；${segments[1]}`],
      [segments[1]!, `${p}-CH1`, '套圈锻件', '中游', '2', segments[3]!],
      [segments[2]!, `${p}-CH1`, '滚动体', 'midstream', '3', segments[3]!],
      [segments[3]!, `${p}-CH1`, '成品轴承', '下游', '4', ''],
      [segments[4]!, `${p}-CH2`, '电池材料', 'UPSTREAM', '1', segments[5]!],
      [segments[5]!, `${p}-CH2`, '电芯', 'MIDSTREAM', '2', `${segments[6]};${segments[7]}`],
      [segments[6]!, `${p}-CH2`, '电池包', 'DOWNSTREAM', '3', ''],
      [segments[7]!, `${p}-CH2`, '整车', 'DOWNSTREAM', '４', ''],
    ],
    clusters: [
      ['cluster_id', 'name', 'county', 'chain_id', 'level', 'lead_industry'],
      [clusters[0]!, '临清轴承', '临清市', `${p}-CH1`, 'NATIONAL', '轴承'],
      [clusters[1]!, '东昌府新能源', '东昌府区', `${p}-CH2`, '省级', ''],
      [clusters[2]!, '外地集群', '外地县', `${p}-CH1`, 'CITY', '锻造'],
    ],
    cluster_years: [['cluster_id', 'year', 'output', 'growth', 'tax_share']],
    enterprises: [
      ['credit_code', 'name', 'local', 'county', 'city', 'province', 'cluster_ids', 'segment_ids', 'founded', 'chain_leader', 'dissolved'],
    ],
    enterprise_years: [headerOf('enterprise_years')],
    institutes: [
      ['institute_id', 'name', 'kind', 'city'],
      [`${p}-I1`, '聊城大学', 'UNIVERSITY', '聊城市'],
      [`${p}-I2`, '轴承研究院', '科研院所', ''],
      [`${p}-I3`, '重点实验室 "A"', 'LAB', '济南市'],
    ],
    platforms: [
      ['platform_id', 'name', 'kind', 'level', 'established', 'innovation_platform', 'cluster_ids', 'host_code'],
      [`${p}-P1`, '轴承检测中心', '检测', '省级', '2018', '是', `${clusters[0]};${clusters[2]}`, firms[0]!],
      [`${p}-P2`, '培训基地', 'TRAINING', '', '', '否', clusters[1]!, ''],
      [`${p}-P3`, '数字化平台', 'DIGITAL', '市级', '2021年', '', '', firms[1]!],
      [`${p}-P4`, '金融服务', 'FINANCE', '', '2020-05-01', 'true', '', ''],
    ],
    supply_links: [['supplier_code', 'buyer_code', 'segment_id', 'annual_value', 'product', 'year']],
    collaborations: [['institute_id', 'credit_code', 'kind', 'year', 'title']],
  };
  for (const k of clusters)
    for (const year of ['2022', '2023'])
      data.cluster_years!.push([
        k,
        year,
        pick(['1200000', '1,300,000.5', '98000']),
        pick(['6.5', '-2.25%', '', '0']),
        pick(['60', '12.5%', '']),
      ]);
  firms.forEach((firm, i) => {
    const local = pick(['true', '是', '1', 'false', '否', '0']);
    const isLocal = ['true', '是', '1'].includes(local);
    const county = i % 7 === 0 ? '' : pick(counties);
    const clusterCell = isLocal ? pick(['', clusters[0]!, `${clusters[0]};${clusters[1]}`, clusters[2]!]) : '';
    const segmentCell = pick(['', segments[0]!, `${segments[1]}；${segments[3]}`, segments[5]!]);
    const name = i === 3 ? '换行\n有限公司' : i === 4 ? '𠮷野家 "食品", 有限公司' : `企业${i}有限公司`;
    data.enterprises!.push([
      firm,
      name,
      local,
      county,
      pick(['', '聊城市', '济南市']),
      pick(['', '山东省']),
      clusterCell,
      segmentCell,
      pick(['', '2001', '1999年']),
      pick(['', 'true', '否']),
      pick(['', '', '2024']),
    ]);
    if (i % 3 !== 2) {
      for (const year of i % 2 ? ['2023'] : ['2022', '2023']) {
        data.enterprise_years!.push([
          firm,
          year,
          pick(['', '50000', '1,234.5', '0']),
          pick(['', '2500', '12.75']),
          pick(['', '1', '0', '是']),
          pick(['', 'NONE', '无', 'PROVINCIAL', 'LITTLE_GIANT']),
          pick(['', '12', '0']),
          pick(['', 'true', 'false']),
          pick(['', '1', '否']),
          pick(['', 'true']),
          pick(['', 'false', '是']),
        ]);
      }
    }
  });
  const seen = new Set<string>();
  for (let n = 0; n < 200; n++) {
    const supplier = pick(firms);
    const buyer = pick(firms);
    const segment = pick(segments);
    const year = pick(['', '2023', '2022']);
    const key = `${supplier}|${buyer}|${segment}|${year || '0'}`;
    if (supplier === buyer || seen.has(key)) continue;
    seen.add(key);
    data.supply_links!.push([supplier, buyer, segment, pick(['3000', '1,800.5', '0.25', '700']), pick(['', ...products]), year]);
  }
  const collaborationKeys = new Set<string>();
  for (let n = 0; n < 30; n++) {
    const institute = pick([`${p}-I1`, `${p}-I2`, `${p}-I3`]);
    const firm = pick(firms);
    const kind = pick(['JOINT_RD', 'CO_PATENT', 'TALENT']);
    const year = pick(['', '2023']);
    const key = `${institute}|${firm}|${kind}|${year || '0'}`;
    if (collaborationKeys.has(key)) continue;
    collaborationKeys.add(key);
    data.collaborations!.push([institute, firm, kind, year, pick(['', '高精度轴承', '标题, 带逗号', '两行\n标题'])]);
  }
  return data;
}

interface Dump {
  nodes: string[];
  relationships: string[];
}

/**
 * Every node (labels, properties with their types) and relationship (type, ends, properties) as
 * sorted text; audit entries and the per-row audit (ImportChange) apart. `updatedAt` keeps its type
 * but not its value: the two loads ran at different instants.
 */
async function dump(database: Database): Promise<Dump> {
  const rows = await database.read<{ id: string; labels: string[]; props: [string, unknown, string][] }>(
    adHoc(
      'MATCH (n) WHERE NOT n:AuditEntry AND NOT n:ImportChange AND NOT n:DataVersion RETURN elementId(n) AS id, labels(n) AS labels, [k IN keys(n) | [k, n[k], valueType(n[k])]] AS props',
      'test/bulk-nodes',
    ),
  );
  const text = (props: [string, unknown, string][]) =>
    JSON.stringify(
      [...props].map(([k, v, t]) => [k, k === 'updatedAt' ? '(instant)' : v, t]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  const nodeText = new Map(rows.map((r) => [r.id, `${[...r.labels].sort().join(':')} ${text(r.props)}`]));
  const rels = await database.read<{ from: string; to: string; type: string; props: [string, unknown, string][] }>(
    adHoc(
      'MATCH (a)-[r]->(b) WHERE NOT a:AuditEntry AND NOT a:ImportChange RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, [k IN keys(r) | [k, r[k], valueType(r[k])]] AS props',
      'test/bulk-rels',
    ),
  );
  return {
    nodes: [...nodeText.values()].sort(),
    relationships: rels.map((r) => `${nodeText.get(r.from)} -[${r.type} ${text(r.props)}]-> ${nodeText.get(r.to)}`).sort(),
  };
}

beforeAll(async () => {
  await resetDatabase(db);
  dataset = await writeDataSet(mixedDataSet());
  transactional = await new ImportService(db, testCypher()).importFolder(dataset);
  expect(transactional.errors).toEqual([]);

  // a folder that does not exist yet, as LOCAL_NEO4J_DIR may name on a first start
  dataRoot = tempDir();
  dataDir = path.join(dataRoot, 'not-yet', 'neo4j');
  bulk = await bulkLoadFolder(dataset, { dataDir, cypher: CypherLibrary.load(), heap: '512m' });
  expect(bulk.report.errors).toEqual([]);
  const password = 'bulk-test-password';
  bulkNeo4j = await startLocalNeo4j({ dataDir, port: await freePort(), password, heap: '512m', pagecacheMb: 64 });
  bulkDb = Database.create({ uri: bulkNeo4j.uri, user: 'neo4j', password, database: 'neo4j' });
  await applySchema(bulkDb, testCypher());
  await recordBulkLoad(bulkDb, testCypher(), bulk);
}, 600_000);

afterAll(async () => {
  await bulkDb?.close();
  await bulkNeo4j?.stop();
  if (dataRoot) fs.rmSync(dataRoot, { recursive: true, force: true });
  if (dataset) fs.rmSync(dataset, { recursive: true, force: true });
  await db.close();
});

describe('the bulk loader into an empty database', () => {
  it('builds exactly the graph of the transactional importer: nodes, labels, relationships, properties and their types', async () => {
    const expected = await dump(db);
    const actual = await dump(bulkDb);
    // the data set is not trivial: every file, derived parts included
    expect(expected.nodes.length).toBeGreaterThan(100);
    expect(expected.relationships.length).toBeGreaterThan(200);
    for (const label of [
      'Chain',
      'Segment',
      'Cluster',
      'ClusterYear',
      'County',
      'Enterprise',
      'EnterpriseYear',
      'ResearchInstitute',
      'ServicePlatform',
      'InnovationPlatform',
    ]) {
      expect(
        expected.nodes.some((n) => n.split(' ')[0]!.split(':').includes(label)),
        label,
      ).toBe(true);
    }
    for (const type of [
      'HAS_SEGMENT',
      'FEEDS',
      'IN_COUNTY',
      'FOLLOWS',
      'HAS_YEAR',
      'IN_CLUSTER',
      'OPERATES_IN',
      'LOCATED_IN',
      'SUPPLIES',
      'COLLABORATES_WITH',
      'SERVES',
      'HOSTED_BY',
    ]) {
      expect(
        expected.relationships.some((r) => r.includes(`-[${type} `)),
        type,
      ).toBe(true);
    }
    expect(actual.nodes).toEqual(expected.nodes);
    expect(actual.relationships).toEqual(expected.relationships);
  });

  it('reports every row as created, per file, like the transactional import into an empty database', () => {
    expect(bulk.report.ok).toBe(true);
    expect(bulk.report.mode).toBe('bulk');
    expect(bulk.report.files.map((f) => [f.file, f.rows, f.created, f.updated, f.unchanged])).toEqual(
      transactional.files.map((f) => [f.file, f.rows, f.created, f.updated, f.unchanged]),
    );
    // the same warnings (the county outside Liaocheng)
    expect(bulk.report.warnings.map((w) => w.code)).toEqual(transactional.warnings.map((w) => w.code));
  });

  it("orders a firm's products as Neo4j orders strings (by UTF-16 unit: a character outside the BMP before a full-width one)", async () => {
    const rows = await bulkDb.read<{ products: string }>(
      adHoc(
        "MATCH (e:Enterprise) WHERE e.products CONTAINS '𠮷' AND e.products CONTAINS '（' RETURN e.products AS products",
        'test/bulk-products',
      ),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const { products } of rows) expect(products.indexOf('𠮷')).toBeLessThan(products.indexOf('（'));
  });

  it('has the schema online and the full-text index filled from the loaded store', async () => {
    const indexes = await bulkDb.read<{ name: string; state: string }>(
      adHoc('SHOW INDEXES YIELD name, state RETURN name, state', 'test/bulk-indexes'),
    );
    expect(indexes.length).toBeGreaterThan(10);
    expect(indexes.filter((i) => i.state !== 'ONLINE')).toEqual([]);
    const search = (database: Database) =>
      database.read<{ code: string }>(
        adHoc(
          "CALL db.index.fulltext.queryNodes('enterprise_search', '轴承') YIELD node RETURN node.creditCode AS code ORDER BY code",
          'test/bulk-search',
        ),
      );
    const found = await search(bulkDb);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(await search(db));
  });

  it('records the load in the audit log', async () => {
    const entries = await bulkDb.read<{ action: string; userId: string; after: string }>(
      adHoc('MATCH (a:AuditEntry) RETURN a.action AS action, a.userId AS userId, a.after AS after', 'test/bulk-audit'),
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]!.action).toBe('import');
    expect(JSON.parse(entries[0]!.after)).toMatchObject({ mode: 'bulk', source: 'folder' });
  });

  it('refuses a database that exists already', async () => {
    await expect(bulkLoadFolder(dataset, { dataDir, cypher: testCypher() })).rejects.toBeInstanceOf(BulkLoadError);
  });

  it('validates as the importer does: with an error nothing is written and no database is created', async () => {
    const bad = mixedDataSet();
    bad.supply_links!.push([code('TBULK0', 1), code('TBULK0', 999), 'TBULK0-S1', '-5', '', '']);
    const badDir = await writeDataSet(bad);
    const emptyDir = tempDir();
    try {
      const result = await bulkLoadFolder(badDir, { dataDir: emptyDir, cypher: testCypher() });
      expect(result.report.ok).toBe(false);
      expect(result.report.errors.map((e) => `${e.file} ${e.column} ${e.code}`).sort()).toEqual([
        'supply_links.csv annual_value NEGATIVE',
        'supply_links.csv buyer_code UNKNOWN_REFERENCE',
      ]);
      expect(fs.existsSync(localStoreDir(emptyDir))).toBe(false);
      expect(fs.readdirSync(emptyDir).filter((name) => name.startsWith('bulk-import-'))).toEqual([]);
    } finally {
      fs.rmSync(badDir, { recursive: true, force: true });
      fs.rmSync(emptyDir, { recursive: true, force: true });
    }
  });
});
