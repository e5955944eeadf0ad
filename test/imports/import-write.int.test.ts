import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../server/imports/service.js';
import { runCypher } from '../helpers/db.js';
import {
  cleanUp,
  code,
  countOwn,
  fingerprint,
  importTestBed,
  smallDataSet,
  tempDir,
  writeCsv,
  writeDataSet,
  writeXlsx,
  type DataSet,
} from '../helpers/import-fixtures.js';

const { db, prefix, service, importData, prefixWithSmallDataSet } = importTestBed();
/** Firm a of the small data set as its first import writes it, with `changes`. */
const firmA = (p: string, changes: Record<string, unknown>) => ({
  creditCode: code(p, 1),
  name: '甲轴承有限公司',
  local: true,
  county: `${p}县`,
  founded: 2001,
  chainLeader: true,
  updatedBy: 'system',
  version: 1,
  ...changes,
});
const counts = (report: ImportReport) => Object.fromEntries(report.files.map((f) => [f.file, [f.created, f.updated, f.unchanged]]));

describe('importing a data set', () => {
  it('writes the graph of graph-model.md', async () => {
    const p = prefix();
    const report = await importData(smallDataSet(p));
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.mode).toBe('single-transaction');
    expect(counts(report)).toEqual({
      chains: [1, 0, 0],
      segments: [3, 0, 0],
      clusters: [1, 0, 0],
      cluster_years: [2, 0, 0],
      enterprises: [3, 0, 0],
      enterprise_years: [2, 0, 0],
      institutes: [1, 0, 0],
      platforms: [1, 0, 0],
      supply_links: [3, 0, 0],
      collaborations: [1, 0, 0],
    });
    const [a, b, c] = [code(p, 1), code(p, 2), code(p, 3)];
    const [firm] = await runCypher(
      db,
      `MATCH (e:Enterprise {creditCode: $a})
       RETURN properties(e) AS props,
              COLLECT { MATCH (e)-[:IN_CLUSTER]->(k) RETURN k.id } AS clusters,
              COLLECT { MATCH (e)-[:OPERATES_IN]->(s) RETURN s.id } AS segments,
              COLLECT { MATCH (e)-[:LOCATED_IN]->(c:County) RETURN c.name } AS counties,
              COLLECT { MATCH (e)-[:HAS_YEAR]->(y) RETURN properties(y) } AS years,
              valueType(e.founded) AS foundedType`,
      { a },
    );
    // every row written carries who wrote it and when (one instant for the whole import)
    const stamp = (firm!.props as { updatedAt: string }).updatedAt;
    expect(Date.now() - Date.parse(stamp)).toBeLessThan(120_000);
    expect(firm!.props).toEqual(firmA(p, { updatedAt: stamp }));
    expect(firm!.foundedType).toBe('INTEGER NOT NULL');
    expect(firm!.clusters).toEqual([`${p}-K1`]);
    expect(firm!.segments).toEqual([`${p}-S3`]);
    expect(firm!.counties).toEqual([`${p}县`]);
    // Empty optional cells are absent (unknown), not zero or false.
    expect(firm!.years).toEqual([
      {
        creditCode: a,
        year: 2023,
        revenue: 50000,
        rdSpend: 2500,
        aboveScale: true,
        srdiLevel: 'LITTLE_GIANT',
        highValuePatents: 12,
        smartFactory: true,
        digitalTransformation: true,
        greenList: false,
        updatedBy: 'system',
        updatedAt: stamp,
        version: 1,
      },
    ]);

    const [outside] = await runCypher(
      db,
      'MATCH (e:Enterprise {creditCode: $c}) RETURN properties(e) AS props, EXISTS { (e)-[:LOCATED_IN]->() } AS located',
      { c },
    );
    // its region from its city's name (server/shared/regions.ts; the local firm's test county is not in the table, nor are its code's digits a division)
    expect(outside!.props).toEqual({
      creditCode: c,
      name: '丙特钢有限公司',
      local: false,
      city: '济南市',
      province: '山东省',
      products: '轴承钢；钢棒',
      updatedBy: 'system',
      updatedAt: stamp,
      version: 1,
      regionCode: '370100',
      regionDerived: false,
      cityCode: '370100',
      provinceCode: '370000',
    });
    expect(outside!.located).toBe(false);

    const links = await runCypher(
      db,
      'MATCH (s:Enterprise)-[r:SUPPLIES]->(b:Enterprise) WHERE b.creditCode IN [$a, $b] RETURN s.creditCode AS s, b.creditCode AS b, properties(r) AS r ORDER BY s, b',
      { a, b },
    );
    expect(links).toEqual([
      {
        s: b,
        b: a,
        r: { segmentId: `${p}-S2`, year: 2023, annualValue: 1800.5, product: '套圈', updatedBy: 'system', updatedAt: stamp, version: 1 },
      },
      {
        s: c,
        b: a,
        r: { segmentId: `${p}-S1`, year: 0, annualValue: 700, product: '钢棒', updatedBy: 'system', updatedAt: stamp, version: 1 },
      },
      {
        s: c,
        b: b,
        r: { segmentId: `${p}-S1`, year: 2023, annualValue: 3000, product: '轴承钢', updatedBy: 'system', updatedAt: stamp, version: 1 },
      },
    ]);

    const [rest] = await runCypher(
      db,
      `MATCH (ch:Chain {id: $p + '-CH'})
       MATCH (k:Cluster {id: $p + '-K1'})
       MATCH (pl:ServicePlatform {id: $p + '-P1'})
       RETURN COLLECT { MATCH (ch)-[:HAS_SEGMENT]->(s) RETURN s.id + ':' + s.stage + ':' + s.order ORDER BY s.order } AS segments,
              COLLECT { MATCH (s1:Segment)-[:FEEDS]->(s2:Segment) WHERE s1.chainId = ch.id RETURN s1.id + '>' + s2.id ORDER BY s1.id } AS feeds,
              [(k)-[:IN_COUNTY]->(c) | c.name] AS county, [(k)-[:FOLLOWS]->(c) | c.id] AS follows, k.level AS level, k.chainId AS chainId,
              COLLECT { MATCH (k)-[:HAS_YEAR]->(y) RETURN [y.year, y.output, y.growth, y.taxShare] ORDER BY y.year } AS years,
              labels(pl) AS labels, properties(pl) AS platform, [(pl)-[:SERVES]->(x) | x.id] AS serves, [(pl)-[:HOSTED_BY]->(h) | h.creditCode] AS host,
              COLLECT { MATCH (i:ResearchInstitute)-[r:COLLABORATES_WITH]->(e:Enterprise {creditCode: $a}) RETURN [i.id, r.kind, r.year, r.title] } AS collaborations`,
      { p, a },
    );
    expect(rest).toEqual({
      segments: [`${p}-S1:UPSTREAM:1`, `${p}-S2:MIDSTREAM:2`, `${p}-S3:DOWNSTREAM:3`],
      feeds: [`${p}-S1>${p}-S2`, `${p}-S2>${p}-S3`],
      county: [`${p}县`],
      follows: [`${p}-CH`],
      level: 'PROVINCIAL',
      chainId: `${p}-CH`,
      years: [
        [2023, 1200000, 6.5, 60],
        [2024, 1300000, null, null],
      ],
      labels: expect.arrayContaining(['ServicePlatform', 'InnovationPlatform']),
      platform: {
        id: `${p}-P1`,
        name: '轴承检测中心',
        kind: 'TESTING',
        level: '省级',
        established: 2024,
        innovationPlatform: true,
        updatedBy: 'system',
        updatedAt: stamp,
      },
      serves: [`${p}-K1`],
      host: [a],
      collaborations: [[`${p}-I1`, 'JOINT_RD', 2023, '高精度轴承']],
    });
  });

  it('changes nothing when the same rows are imported again', async () => {
    const p = prefix();
    const dir = await writeDataSet(smallDataSet(p));
    await service().importFolder(dir);
    const before = await fingerprint(db, p);
    const again = await service().importFolder(dir);
    expect(again.ok).toBe(true);
    for (const file of again.files) expect([file.file, file.created, file.updated, file.unchanged]).toEqual([file.file, 0, 0, file.rows]);
    expect(await fingerprint(db, p)).toEqual(before);
  });

  it('updates exactly what a changed row names; empty optional cells keep stored values', async () => {
    const p = prefix();
    const data = smallDataSet(p);
    await importData(data);
    const before = await fingerprint(db, p);
    const [a, b] = [code(p, 1), code(p, 2)];
    const update: DataSet = {
      // the name changes; county, founded and chain_leader are empty (unknown): kept
      enterprises: [
        ['credit_code', 'name', 'local', 'county', 'founded', 'chain_leader', 'segment_ids'],
        [a, '甲轴承股份有限公司', 'true', '', '', '', ''],
        [b, '乙锻造有限公司', 'true', '', '', '', `${p}-S2;${p}-S3`],
      ],
      supply_links: [
        ['supplier_code', 'buyer_code', 'segment_id', 'annual_value', 'year'],
        [b, a, `${p}-S2`, '2000', '2023'],
      ],
    };
    const report = await importData(update);
    expect(report.errors).toEqual([]);
    expect(counts(report)).toEqual({ enterprises: [0, 2, 0], supply_links: [0, 1, 0] });
    const after = await fingerprint(db, p);
    const changed = after.filter((line) => !before.includes(line));
    const removed = before.filter((line) => !after.includes(line));
    // Only the name of a, the segments of b and the value of one link changed (plus lines that mention a's properties).
    expect(removed.some((l) => l.includes('甲轴承有限公司'))).toBe(true);
    expect(changed.some((l) => l.includes('甲轴承股份有限公司'))).toBe(true);
    const [state] = await runCypher(
      db,
      `MATCH (a:Enterprise {creditCode: $a}), (b:Enterprise {creditCode: $b})
       RETURN properties(a) AS a, COLLECT { MATCH (b)-[:OPERATES_IN]->(s) RETURN s.id ORDER BY s.id } AS bSegments,
              COLLECT { MATCH (b)-[r:SUPPLIES]->(a) RETURN [r.annualValue, r.product] } AS link`,
      { a, b },
    );
    // the row changed a's name: its version counts the change
    expect(state!.a).toEqual(firmA(p, { name: '甲轴承股份有限公司', updatedAt: expect.any(String), version: 2 }));
    // only the rows that changed get the new time: the unchanged firm c keeps the first import's
    const [times] = await runCypher<{ a: string; c: string }>(
      db,
      'MATCH (a:Enterprise {creditCode: $a}), (c:Enterprise {creditCode: $c}) RETURN toString(a.updatedAt) AS a, toString(c.updatedAt) AS c',
      { a, c: code(p, 3) },
    );
    expect(times!.a > times!.c).toBe(true);
    expect(state!.bSegments).toEqual([`${p}-S2`, `${p}-S3`]);
    expect(state!.link).toEqual([[2000, '套圈']]);
    // Nothing else moved: every line that changed mentions a, b or the link.
    for (const line of [...changed, ...removed]) expect(line.includes(a) || line.includes(b)).toBe(true);
  });

  it('replaces FEEDS when a segment names new ones, and counts it as an update', async () => {
    const p = await prefixWithSmallDataSet();
    const report = await importData({
      segments: [
        ['segment_id', 'chain_id', 'name', 'stage', 'order', 'feeds'],
        [`${p}-S1`, `${p}-CH`, '轴承钢', 'UPSTREAM', '1', `${p}-S3`],
        [`${p}-S2`, `${p}-CH`, '套圈锻件', 'MIDSTREAM', '2', ''],
      ],
    });
    expect(counts(report)).toEqual({ segments: [0, 1, 1] });
    const feeds = await runCypher(
      db,
      'MATCH (a:Segment)-[:FEEDS]->(b:Segment) WHERE a.id STARTS WITH $p RETURN a.id + ">" + b.id AS f ORDER BY f',
      { p },
    );
    expect(feeds.map((r) => r.f)).toEqual([`${p}-S1>${p}-S3`, `${p}-S2>${p}-S3`]);
  });

  it('gives the same graph from XLSX as from CSV', async () => {
    const p1 = prefix();
    await service().importFolder(await writeDataSet(smallDataSet(p1), 'csv'));
    const fromCsv = (await fingerprint(db, p1, { ignoreTimes: true })).map((l) => l.replaceAll(p1, 'P'));
    await cleanUp(db, p1);
    const p2 = prefix();
    const report = await service().importFolder(await writeDataSet(smallDataSet(p2), 'xlsx'));
    expect(report.errors).toEqual([]);
    expect(report.files.every((f) => f.format === 'xlsx')).toBe(true);
    const fromXlsx = (await fingerprint(db, p2, { ignoreTimes: true })).map((l) => l.replaceAll(p2, 'P'));
    // credit codes differ in their check character between prefixes: compare without codes
    const strip = (lines: string[]) => lines.map((l) => l.replace(/P\d{11}[0-9A-Z]/g, 'CODE')).sort();
    expect(strip(fromXlsx)).toEqual(strip(fromCsv));
    expect(fromXlsx.length).toBeGreaterThan(20);
  });

  it('accepts Chinese headers, units in brackets, BOM, GBK files and Chinese enum words', async () => {
    const p = prefix();
    const dir = tempDir();
    const data = smallDataSet(p);
    writeCsv(dir, 'chains.csv', [['链ID', '产业链名称', '行业'], ...data.chains!.slice(1)], { bom: true });
    fs.writeFileSync(
      path.join(dir, 'segments.csv'),
      iconv.encode(
        [
          ['环节ID', '链ID', '环节名称', '环节位置', '序号', '下游环节ID列表'],
          [`${p}-S1`, `${p}-CH`, '轴承钢', '上游', '1', `${p}-S2；${p}-S3`],
          [`${p}-S2`, `${p}-CH`, '套圈', '中游', '2', ''],
          [`${p}-S3`, `${p}-CH`, '成品', '下游', '3', ''],
        ]
          .map((r) => r.join(','))
          .join('\r\n'),
        'gbk',
      ),
    );
    await writeXlsx(dir, 'clusters.xlsx', [
      ['集群ID', '集群名称', '县市区', '链ID', '集群级别', '主导产业'],
      [`${p}-K1`, '测试集群', `${p}县`, `${p}-CH`, '国家级', '轴承'],
    ]);
    writeCsv(dir, 'cluster_years.csv', [
      ['集群ID', '年份', '产值（万元）', '增速（%）', '税收占比(%)'],
      [`${p}-K1`, '2023年', '1,000,000', '-2.5%', '55'],
    ]);
    writeCsv(dir, 'enterprises.csv', [
      ['统一社会信用代码', '企业名称', '是否本地', '县市区', '所属集群', '所属环节', '成立年份', '链主'],
      [code(p, 1).toLowerCase(), '甲公司', '是', `${p}县`, `${p}-K1`, `${p}-S1；${p}-S2`, '2010', '否'],
    ]);
    writeCsv(dir, 'enterprise_years.csv', [
      [
        '统一社会信用代码',
        '年份',
        '营业收入',
        '研发投入',
        '规上',
        '专精特新等级',
        '高价值发明专利',
        '智能工厂/数字车间',
        '智改数转',
        '绿色制造名单',
        '绿色诊断',
      ],
      [code(p, 1), '2023', '100', '5', '是', '省级专精特新', '3', '否', '是', '否', '是'],
    ]);
    writeCsv(dir, 'institutes.csv', [
      ['机构ID', '机构名称', '机构类型', '所在城市'],
      [`${p}-I1`, '研究院', '科研院所', '济南市'],
    ]);
    writeCsv(dir, 'collaborations.csv', [
      ['机构ID', '统一社会信用代码', '合作类型', '年份', '项目名称'],
      [`${p}-I1`, code(p, 1), '人才培养', '', '联合培养'],
    ]);
    writeCsv(dir, 'platforms.csv', [
      ['平台ID', '平台名称', '平台类型', '级别', '设立年份', '是否创新平台', '服务集群', '依托企业信用代码'],
      [`${p}-P1`, '数字化平台', '数字化', '市级', '2025', '否', `${p}-K1`, ''],
    ]);
    writeCsv(dir, 'supply_links.csv', [
      ['供应方信用代码', '采购方信用代码', '供应品所属环节', '年供应额', '产品', '年份'],
      [code(p, 2), code(p, 1), `${p}-S1`, '10', '钢', '2024'],
    ]);
    fs.appendFileSync(path.join(dir, 'enterprises.csv'), `${code(p, 2)},乙公司,否,,,,,\r\n`);

    const report = await service().importFolder(dir);
    expect(report.errors).toEqual([]);
    expect(report.files.find((f) => f.file === 'segments')!.encoding).toBe('gb18030');
    expect(report.warnings.map((w) => [w.file, w.code])).toEqual(
      expect.arrayContaining([
        ['segments.csv', 'GB18030_ENCODING'],
        ['clusters.xlsx', 'UNKNOWN_COUNTY'],
      ]),
    );
    const [row] = await runCypher(
      db,
      `MATCH (s:Segment {id: $p + '-S1'}) MATCH (k:Cluster {id: $p + '-K1'}) MATCH (y:ClusterYear {clusterId: $p + '-K1'}) MATCH (e:Enterprise {creditCode: $a})
       MATCH (ey:EnterpriseYear {creditCode: $a}) MATCH (pl:ServicePlatform {id: $p + '-P1'}) MATCH (:ResearchInstitute)-[c:COLLABORATES_WITH]->(e)
       RETURN s.name AS segment, s.stage AS stage, COLLECT { MATCH (s)-[:FEEDS]->(t) RETURN t.id ORDER BY t.id } AS feeds, k.level AS level,
              [y.year, y.output, y.growth, y.taxShare] AS year, e.local AS local, e.chainLeader AS leader, ey.srdiLevel AS srdi, ey.greenDiagnosis AS diagnosis,
              pl.kind AS kind, labels(pl) AS labels, c.kind AS collaboration, c.year AS collaborationYear`,
      { p, a: code(p, 1) },
    );
    expect(row).toEqual({
      segment: '轴承钢',
      stage: 'UPSTREAM',
      feeds: [`${p}-S2`, `${p}-S3`],
      level: 'NATIONAL',
      year: [2023, 1000000, -2.5, 55],
      local: true,
      leader: false,
      srdi: 'PROVINCIAL',
      diagnosis: true,
      kind: 'DIGITAL',
      labels: ['ServicePlatform'],
      collaboration: 'TALENT',
      collaborationYear: 0,
    });
  });

  it('counts with a dry run without writing anything', async () => {
    const p = prefix();
    const report = await service().importFolder(await writeDataSet(smallDataSet(p)), { dryRun: true });
    expect(report.ok).toBe(true);
    expect(report.dryRun).toBe(true);
    expect(counts(report).enterprises).toEqual([3, 0, 0]);
    expect(await countOwn(db, p)).toBe(0);
  });

  it('leaves nothing behind when writing fails in the middle of the transaction', async () => {
    const p = prefix();
    const dir = await writeDataSet(smallDataSet(p));
    const failing = service({
      batchSize: 1,
      afterBatch: ({ batch }: { batch: number }) => {
        if (batch === 9) throw new Error('injected fault after 9 batches');
      },
    });
    await expect(failing.importFolder(dir)).rejects.toThrow('injected fault');
    expect(await countOwn(db, p)).toBe(0);
    // and a County created by the failed import is gone too
    const counties = await runCypher(db, 'MATCH (c:County {name: $name}) RETURN c', { name: `${p}县` });
    expect(counties).toEqual([]);
  });

  it('leaves nothing behind when the database changes under the import (a referenced firm deleted mid-write)', async () => {
    const p = prefix();
    const outside = code(p, 99);
    await runCypher(db, 'CREATE (:Enterprise {creditCode: $outside, name: "外地供应商", local: false})', { outside });
    const data = smallDataSet(p);
    data.supply_links!.push([outside, code(p, 1), `${p}-S1`, '10', '钢', '2023']);
    const dir = await writeDataSet(data);
    let deleted = false;
    const svc = service({
      afterBatch: async ({ file }: { file: string }) => {
        if (file === 'enterprises' && !deleted) {
          deleted = true;
          await runCypher(db, 'MATCH (e:Enterprise {creditCode: $outside}) DETACH DELETE e', { outside });
        }
      },
    });
    await expect(svc.importFolder(dir)).rejects.toThrow(/disappeared/);
    expect(await countOwn(db, p)).toBe(0);
  });
});
