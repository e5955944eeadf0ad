import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SegmentFigures } from '../../server/aggregates/segment-figures.js';
import { EditService } from '../../server/edits/service.js';
import { ImportChanges } from '../../server/imports/changes.js';
import { ImportService } from '../../server/imports/service.js';
import { SRDI_QUALIFIED_LEVELS } from '../../server/shared/thresholds.js';
import { adHoc, type Tx } from '../../server/db/index.js';
import { runCypher, testCypher, testDatabase } from '../helpers/db.js';
import { ADMIN } from '../helpers/graphql.js';
import {
  cleanUp,
  newPrefix,
  regionalCode,
  tempDir,
  ONE_SEGMENT_PER_STAGE,
  twoCountyChain,
  writeCsv,
  writeDataSet,
  type DataSet,
  type Table,
} from '../helpers/import-fixtures.js';

/*
 * The local-firm figures kept per segment, year, scope and region bucket (server/aggregates/) equal
 * a full recomputation, and the gap report's firm facts read from them equal the live statement
 * (gaps/segments), after an import, edits, an import and its undo, a staged import and a staged
 * import rolled back. Every check covers both clusters, every scope and both data years. An edit
 * and an undo move the rows by their firms' contribution (aggregates/firm-delta), also when edits
 * of firms of one segment run at the same time or interleave with each other or a rebuild.
 *
 * Chain CH: S1, S2, S3 (S3 starts empty). Clusters: K in 阳谷县 (371521; city 371500; province
 * 370000), P in 临清市 (371581). Years with data: 2023, 2024 (supply links and firms' figures).
 *   A1 local 阳谷县, member of K, S1, founded 2020, 链主; 2023 revenue 100 PROVINCIAL, 2024 120 NONE
 *   A2 local 临清市, S1, founded 2024; 2024 revenue 50 LITTLE_GIANT
 *   A3 local, region_code 371581 only, S1 + S2, dissolved 2024 (present in 2023 only); 2023 revenue 30
 *   Y1 not local, 济南市 山东省, S1; 2023 revenue 70, 2024 80
 *   Z1 not local, 江阴市 江苏省, S1 + S2
 *   D1 local, no location (credit code of 江阴 320281: derived, local everywhere), S2; 2024 revenue 10
 *   B1 local 阳谷县, member of K, S2 (the buyer)
 * Worked by hand for K, S1:
 *   2023 (A1 A3 Y1 Z1 present): COUNTY A1 → 1 firm, revenue 100, 1 专精特新, 1 链主, 1 quality;
 *        CITY A1 A3 → 2, 130; PROVINCE A1 A3 Y1 → 3, 200
 *   2024 (A1 A2 Y1 Z1 present): COUNTY A1 → 1, 120, 0 专精特新; CITY A1 A2 → 2, 170, 1 专精特新, 2 quality;
 *        PROVINCE A1 A2 Y1 → 3, 250
 * K, S2 2024 (A3 gone): COUNTY B1 → 1; CITY B1 D1 → 2 (D1 derived); PROVINCE B1 D1 → 2 (Z1 in 江苏).
 */
const db = testDatabase();
const cypher = testCypher();
const figures = new SegmentFigures(cypher);
const q = cypher.pick('gaps/segments', 'aggregates/segment-figures', 'aggregates/data-years');
const SCOPES = ['COUNTY', 'CITY', 'PROVINCE'] as const;
const YEARS = [2023, 2024];
const LOCAL = ['localFirms', 'localRevenue', 'localRevenueFirms', 'localSrdiFirms', 'localChainLeaders', 'localQualityFirms'] as const;
const CLUSTER = ['clusterFirms', 'clusterRevenue', 'clusterRevenueFirms', 'clusterSrdiFirms', 'clusterChainLeaders'] as const;

let p = '';
const owned: string[] = [];
const id = (name: string) => `${p}-${name}`;
const firm = (division: string, n: number) => regionalCode(p, division, n);
let F: Record<'A1' | 'A2' | 'A3' | 'Y1' | 'Z1' | 'D1' | 'B1' | 'N1', string>;
const segmentIds = () => ['S1', 'S2', 'S3'].map(id);

function dataSet(): DataSet {
  return {
    ...twoCountyChain(p, ONE_SEGMENT_PER_STAGE),
    enterprises: [
      [
        'credit_code',
        'name',
        'local',
        'county',
        'city',
        'province',
        'cluster_ids',
        'segment_ids',
        'region_code',
        'founded',
        'dissolved',
        'chain_leader',
      ],
      [F.A1, '本县甲', 'true', '阳谷县', '', '', id('K'), id('S1'), '', '2020', '', 'true'],
      [F.A2, '邻县乙', 'true', '临清市', '', '', '', id('S1'), '', '2024', '', 'false'],
      [F.A3, '代码丙', 'true', '', '', '', '', `${id('S1')};${id('S2')}`, '371581', '', '2024', 'false'],
      [F.Y1, '省内丁', 'false', '', '济南市', '山东省', '', id('S1'), '', '', '', 'false'],
      [F.Z1, '省外戊', 'false', '', '江阴市', '江苏省', '', `${id('S1')};${id('S2')}`, '', '', '', 'false'],
      [F.D1, '迁入己', 'true', '', '', '', '', id('S2'), '', '', '', 'false'],
      [F.B1, '采购庚', 'true', '阳谷县', '', '', id('K'), id('S2'), '', '', '', 'false'],
    ],
    enterprise_years: [
      ['credit_code', 'year', 'revenue', 'srdi_level'],
      [F.A1, '2023', '100', 'PROVINCIAL'],
      [F.A1, '2024', '120', 'NONE'],
      [F.A2, '2024', '50', 'LITTLE_GIANT'],
      [F.A3, '2023', '30', ''],
      [F.Y1, '2023', '70', ''],
      [F.Y1, '2024', '80', ''],
      [F.D1, '2024', '10', ''],
    ],
    supply_links: [
      ['supplier_code', 'buyer_code', 'segment_id', 'annual_value', 'year'],
      [F.Y1, F.A1, id('S1'), '10', '2023'],
      [F.A2, F.B1, id('S1'), '20', '2024'],
    ],
  };
}

type Facts = Record<string, number>;

/** The cluster's region code at each scope, as stored by the importer. */
async function regions(clusterId: string): Promise<Record<(typeof SCOPES)[number], string>> {
  const [row] = await runCypher<{ COUNTY: string; CITY: string; PROVINCE: string }>(
    db,
    'MATCH (c:Cluster {id: $id}) RETURN c.countyCode AS COUNTY, c.cityCode AS CITY, c.provinceCode AS PROVINCE',
    { id: clusterId },
  );
  return row!;
}

function params(clusterId: string, scope: string, scopeRegion: string, year: number) {
  return {
    clusterId,
    segmentIds: segmentIds(),
    scope,
    scopeRegion,
    figuresYear: year,
    presentIn: year,
    attracted: [],
    srdiLevels: SRDI_QUALIFIED_LEVELS,
  };
}

const bySegment = (rows: ({ segmentId: string } & Facts)[], columns: readonly string[]) =>
  Object.fromEntries(
    segmentIds().map((segmentId) => {
      const row = rows.find((r) => r.segmentId === segmentId);
      return [segmentId, Object.fromEntries(columns.map((c) => [c, row?.[c] ?? 0]))];
    }),
  );

/** The firm facts of one report from the kept figures (every segment must be covered) and from the live statement. */
async function keptAndLive(clusterId: string, scope: (typeof SCOPES)[number], year: number) {
  const region = (await regions(clusterId))[scope];
  const args = params(clusterId, scope, region, year);
  const [kept] = await db.read<{
    coveredIds: string[];
    liveIds: string[];
    local: ({ segmentId: string } & Facts)[];
    cluster: ({ segmentId: string } & Facts)[];
  }>(q['aggregates/segment-figures'], args);
  const live = await db.read<{ segmentId: string } & Facts>(q['gaps/segments'], args);
  return {
    liveIds: kept!.liveIds,
    kept: { local: bySegment(kept!.local, LOCAL), cluster: bySegment(kept!.cluster, CLUSTER) },
    live: { local: bySegment(live, LOCAL), cluster: bySegment(live, CLUSTER) },
    service: bySegment(await figures.firmRows<{ segmentId: string } & Facts>(db, q['gaps/segments'], args), [...LOCAL, ...CLUSTER]),
  };
}

/** The kept rows of the test's segments, as sorted text. */
async function keptRows(): Promise<string[]> {
  const rows = await runCypher<{ line: string }>(
    db,
    `MATCH (a:SegmentFigures) WHERE a.segmentId IN $ids
     RETURN apoc.convert.toJson(apoc.map.sortedProperties(properties(a))) AS line`,
    { ids: segmentIds() },
  );
  return rows.map((r) => r.line).sort();
}

/** Every check: covered, kept rows = a recomputation from scratch, kept facts = live facts, for both clusters, every scope and year. */
async function expectKeptEqualsRecomputed(): Promise<void> {
  const kept = await keptRows();
  const [years] = await db.read<{ years: number[] }>(q['aggregates/data-years'], { minYear: 2020, maxYear: 2030 });
  // the tier's database is shared: other files' data may add years
  expect(years!.years).toEqual(expect.arrayContaining(YEARS));
  const heads = await runCypher<{ segmentId: string; years: number[] }>(
    db,
    'MATCH (h:SegmentFiguresHead) WHERE h.segmentId IN $ids RETURN h.segmentId AS segmentId, h.years AS years ORDER BY segmentId',
    { ids: segmentIds() },
  );
  expect(heads.map((h) => h.segmentId)).toEqual(segmentIds());
  for (const head of heads) expect(head.years).toEqual(expect.arrayContaining(YEARS));
  for (const clusterId of [id('K'), id('P')])
    for (const scope of SCOPES)
      for (const year of YEARS) {
        const { liveIds, kept: fromKept, live, service } = await keptAndLive(clusterId, scope, year);
        expect(liveIds, `${clusterId} ${scope} ${year}`).toEqual([]);
        expect(fromKept, `${clusterId} ${scope} ${year}`).toEqual(live);
        expect(service).toEqual(Object.fromEntries(segmentIds().map((s) => [s, { ...live.local[s], ...live.cluster[s] }])));
      }
  // recomputed from scratch: the same rows
  await db.writeTransaction((tx) => figures.recompute(tx, segmentIds()));
  expect(await keptRows()).toEqual(kept);
}

const local = async (clusterId: string, scope: (typeof SCOPES)[number], year: number, segment: string) =>
  (await keptAndLive(clusterId, scope, year)).kept.local[id(segment)]!;

beforeAll(() => {
  p = newPrefix();
  owned.push(p);
  F = {
    A1: firm('371521', 1),
    A2: firm('371581', 2),
    A3: firm('371502', 3),
    Y1: firm('370100', 4),
    Z1: firm('320281', 5),
    D1: firm('320281', 6),
    B1: firm('371521', 7),
    N1: firm('371521', 8),
  };
});

afterAll(async () => {
  for (const prefix of owned) {
    await cleanUp(db, prefix);
    await runCypher(db, 'MATCH (n) WHERE n.creditCode IN $codes DETACH DELETE n', { codes: Object.values(F) });
  }
  await db.close();
});

async function upload(files: Record<string, Table>, options = {}): Promise<string> {
  const dir = tempDir();
  for (const [name, table] of Object.entries(files)) writeCsv(dir, `${name}.csv`, table);
  const list = Object.keys(files).map((name) => ({ name: `${name}.csv`, path: path.join(dir, `${name}.csv`) }));
  const report = await new ImportService(db, cypher, options).importFiles(list, { actor: ADMIN });
  expect(report.errors).toEqual([]);
  const [entry] = await runCypher<{ id: string }>(
    db,
    "MATCH (a:AuditEntry {action: 'import', userId: $user}) RETURN a.id AS id ORDER BY a.at DESC LIMIT 1",
    { user: ADMIN.id },
  );
  return entry!.id;
}

describe('the kept segment figures', () => {
  it('after an import: the figures worked out by hand, equal to the live statement and to a recomputation', async () => {
    const report = await new ImportService(db, cypher).importFolder(await writeDataSet(dataSet()));
    expect(report.errors).toEqual([]);
    const all = { localFirms: 0, localRevenue: 0, localRevenueFirms: 0, localSrdiFirms: 0, localChainLeaders: 0, localQualityFirms: 0 };
    expect(await local(id('K'), 'COUNTY', 2023, 'S1')).toEqual({
      ...all,
      localFirms: 1,
      localRevenue: 100,
      localRevenueFirms: 1,
      localSrdiFirms: 1,
      localChainLeaders: 1,
      localQualityFirms: 1,
    });
    expect(await local(id('K'), 'CITY', 2023, 'S1')).toMatchObject({ localFirms: 2, localRevenue: 130 });
    expect(await local(id('K'), 'PROVINCE', 2023, 'S1')).toMatchObject({ localFirms: 3, localRevenue: 200 });
    expect(await local(id('K'), 'COUNTY', 2024, 'S1')).toMatchObject({ localFirms: 1, localRevenue: 120, localSrdiFirms: 0 });
    expect(await local(id('K'), 'CITY', 2024, 'S1')).toEqual({
      localFirms: 2,
      localRevenue: 170,
      localRevenueFirms: 2,
      localSrdiFirms: 1,
      localChainLeaders: 1,
      localQualityFirms: 2,
    });
    expect(await local(id('K'), 'PROVINCE', 2024, 'S1')).toMatchObject({ localFirms: 3, localRevenue: 250 });
    expect((await local(id('K'), 'COUNTY', 2024, 'S2')).localFirms).toBe(1);
    expect((await local(id('K'), 'CITY', 2024, 'S2')).localFirms).toBe(2);
    expect((await local(id('K'), 'PROVINCE', 2024, 'S2')).localFirms).toBe(2);
    await expectKeptEqualsRecomputed();
  });

  it('after edits of a firm, its segments and its yearly figures', async () => {
    const edits = new EditService(db, cypher);
    await edits.update(F.A2, { local: false }, ADMIN); // leaves K's CITY S1 (a Shandong firm: still PROVINCE)
    expect(await local(id('K'), 'CITY', 2024, 'S1')).toMatchObject({ localFirms: 1, localRevenue: 120 });
    expect(await local(id('K'), 'PROVINCE', 2024, 'S1')).toMatchObject({ localFirms: 3 });
    await expectKeptEqualsRecomputed();
    await edits.update(F.Y1, { chainLeader: true, founded: 2024 }, ADMIN); // gone from 2023
    expect(await local(id('K'), 'PROVINCE', 2023, 'S1')).toMatchObject({ localFirms: 2, localRevenue: 130 });
    await edits.update(F.A3, { segmentIds: [id('S3')] }, ADMIN); // leaves S1 and S2 for S3
    expect(await local(id('P'), 'COUNTY', 2023, 'S3')).toMatchObject({ localFirms: 1, localRevenue: 30 });
    await expectKeptEqualsRecomputed();
    await edits.setSegment(F.D1, id('S1'), true, ADMIN);
    await edits.setSegment(F.Z1, id('S2'), false, ADMIN);
    await edits.upsertYear(F.A1, 2024, { revenue: 200, srdiLevel: 'LITTLE_GIANT' }, ADMIN);
    expect(await local(id('K'), 'COUNTY', 2024, 'S1')).toMatchObject({ localFirms: 1, localRevenue: 200, localSrdiFirms: 1 });
    await expectKeptEqualsRecomputed();
  });

  it('an edit moves the kept rows by its firm only: no segment is recomputed', async () => {
    const edits = new EditService(db, cypher);
    const seen: string[] = [];
    const off = db.onQuery((statement) => {
      if (statement.name.startsWith('aggregates/')) seen.push(statement.name);
    });
    try {
      await edits.update(F.Y1, { chainLeader: false, founded: null }, ADMIN); // back in 2023 (PROVINCE S1)
      await edits.setSegment(F.D1, id('S3'), true, ADMIN);
      await edits.upsertYear(F.A2, 2024, { revenue: 55 }, ADMIN);
      await edits.update(F.B1, { segmentIds: [id('S2'), id('S3')] }, ADMIN);
    } finally {
      off();
    }
    // one statement before each write, one after it
    expect(seen).toEqual(Array(8).fill('aggregates/firm-delta'));
    // 2023: A1 (100, 链主), Y1 (70) and D1 (derived, no figures); A3 left S1, A2 founded 2024
    expect(await local(id('K'), 'PROVINCE', 2023, 'S1')).toMatchObject({ localFirms: 3, localRevenue: 170, localChainLeaders: 1 });
    expect(await local(id('K'), 'CITY', 2024, 'S1')).toMatchObject({ localFirms: 2, localRevenue: 210 }); // A1 200, D1 10; A2 not local
    expect(await local(id('K'), 'COUNTY', 2024, 'S3')).toMatchObject({ localFirms: 1 }); // B1
    expect(await local(id('K'), 'CITY', 2024, 'S3')).toMatchObject({ localFirms: 2 }); // B1, D1 (derived)
    await expectKeptEqualsRecomputed();
  });

  it('edits of different firms of one segment at the same time, and interleaved with each other and with a rebuild', async () => {
    const edits = new EditService(db, cypher);
    // S1 holds A1, A2, Y1, Z1, D1: three firms of it edited at once, three rounds
    for (let round = 1; round <= 3; round++) {
      await Promise.all([
        edits.upsertYear(F.A1, 2023, { revenue: 100 + round, srdiLevel: round === 2 ? 'NONE' : 'PROVINCIAL' }, ADMIN),
        edits.update(F.A2, { local: round % 2 === 1, chainLeader: round === 3 }, ADMIN),
        edits.setSegment(F.Y1, id('S2'), round % 2 === 1, ADMIN),
        edits.update(F.D1, { founded: round === 2 ? 2024 : null }, ADMIN),
      ]);
      await expectKeptEqualsRecomputed();
    }
    // Interleaved by hand: the first transaction has taken A1's contribution away and changed it;
    // the second (another firm of S1, then a rebuild of S1) starts before the first commits.
    const setRevenue = adHoc('MATCH (y:EnterpriseYear {creditCode: $code, year: 2024}) SET y.revenue = $revenue', 'test/set-revenue');
    for (const second of [
      (tx: Tx) =>
        figures
          .subtractFirms(tx, [F.Y1])
          .then(() => tx.run(setRevenue, { code: F.Y1, revenue: 81.5 }))
          .then(() => figures.addFirms(tx, [F.Y1])),
      (tx: Tx) => figures.recompute(tx, [id('S1')]),
    ]) {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let changed = () => {};
      const firstChanged = new Promise<void>((resolve) => (changed = resolve));
      const first = db.writeTransaction(async (tx) => {
        await figures.subtractFirms(tx, [F.A1]);
        await tx.run(setRevenue, { code: F.A1, revenue: 150.25 });
        changed();
        await held;
        await figures.addFirms(tx, [F.A1]);
      });
      await firstChanged;
      const other = db.writeTransaction(second);
      // the second waits for S1's head, held by the first, until the first commits
      await new Promise((resolve) => setTimeout(resolve, 300));
      release();
      await Promise.all([first, other]);
      await expectKeptEqualsRecomputed();
    }
    expect(await local(id('K'), 'COUNTY', 2024, 'S1')).toMatchObject({ localFirms: 1, localRevenue: 150.25 });
  });

  it('after an import and its undo', async () => {
    const before = await keptRows();
    const importId = await upload({
      enterprises: [
        ['credit_code', 'name', 'local', 'county', 'segment_ids', 'founded'],
        [F.N1, '新来辛', 'true', '阳谷县', id('S1'), '2023'],
        [F.B1, '采购庚', 'true', '阳谷县', `${id('S1')};${id('S3')}`, ''],
      ],
      enterprise_years: [
        ['credit_code', 'year', 'revenue', 'srdi_level'],
        [F.A1, '2023', '999', 'NONE'],
        [F.N1, '2024', '5', 'PROVINCIAL'],
      ],
    });
    expect(await local(id('K'), 'COUNTY', 2023, 'S1')).toMatchObject({ localFirms: 3, localRevenue: 999 }); // A1 N1 B1
    await expectKeptEqualsRecomputed();
    await new ImportChanges(db, cypher).undo(ADMIN, importId);
    await expectKeptEqualsRecomputed();
    expect(await keptRows()).toEqual(before);
  });

  it('after a staged import, and after a staged import rolled back', async () => {
    const staged = (options = {}) => new ImportService(db, cypher, { singleTransactionMaxRows: 2, batchSize: 2, ...options });
    const data = dataSet();
    const before = await keptRows();
    data.enterprises![2]![1] = '邻县乙改';
    data.enterprises![2]![2] = 'true'; // A2 local again
    data.enterprise_years![1]![2] = '130'; // A1 2024
    await expect(
      staged({
        afterBatch: ({ batch }: { batch: number }) => {
          if (batch === 4) throw new Error('injected fault');
        },
      }).importFolder(await writeDataSet(data)),
    ).rejects.toThrow('injected fault');
    await expectKeptEqualsRecomputed();
    expect(await keptRows()).toEqual(before);
    const report = await staged().importFolder(await writeDataSet(data));
    expect(report.ok).toBe(true);
    expect(report.mode).toBe('staged');
    await expectKeptEqualsRecomputed();
    expect(await keptRows()).not.toEqual(before);
  });
});
