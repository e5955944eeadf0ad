/**
 * The kept segment figures (server/aggregates/) on a benchmark data set (a measurement, not a test):
 *
 *   npx tsx bench/aggregates.ts [--scale S|M] [--store DIR] [--runs N]
 *
 * Loads the data set with the bulk loader into a new store (or reuses the graph in --store), which
 * rebuilds the figures (timed), then for the largest cluster's chain-gap report at every scope:
 * the live statement (gaps/segments) against the kept figures (aggregates/segment-figures) with
 * the same parameters: p50/p95 of N runs each, db hits by PROFILE, and that both give the same
 * rows. Last, what a writer pays: one firm's change with its segments recomputed (the first
 * version) and with the figures moved by its contribution (now), a whole edit, and a full rebuild.
 *   --edit-runs N: runs of each edit measurement (default 10)
 * Prints the figures and the 1-minute load average before and after.
 */
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { SegmentFigures } from '../server/aggregates/segment-figures.js';
import { adHoc, type Params } from '../server/db/index.js';
import { EditService } from '../server/edits/service.js';
import { GapService } from '../server/gaps/service.js';
import { bulkLoadFolder, recordBulkLoad } from '../server/imports/bulk.js';
import { isLocalStoreEmpty } from '../server/neo4j-local/index.js';
import { CypherLibrary, type CypherStatement } from '../server/cypher.js';
import { ensureDataset, SIZES, type ScaleName } from './lib/dataset.js';
import { flagValue, loadNow } from './lib/cli.js';
import { startBenchNeo4j } from './lib/neo4j.js';
import { profileStatement } from './profile.js';
import type { Actor } from '../server/auth/policy.js';

const size = (flagValue('--scale') ?? 'S') as ScaleName;
const runs = Number(flagValue('--runs') ?? 20);
const editRuns = Number(flagValue('--edit-runs') ?? 10);
const store = flagValue('--store');
const log = (line: string) => console.log(line);
const ADMIN_ACTOR: Actor = { id: 'system', role: 'admin', name: 'system' };

function dbHits(plan: ProfiledPlan): number {
  return Number(plan.dbHits) + plan.children.reduce((sum, child) => sum + dbHits(child), 0);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  log(`size ${size}, load ${loadNow()}`);
  const dataset = await ensureDataset(size, log);
  const { heap, pagecacheMb } = SIZES[size];
  let loaded: Awaited<ReturnType<typeof bulkLoadFolder>> | undefined;
  const bench = await startBenchNeo4j({
    heap,
    pagecacheMb,
    log,
    store,
    beforeStart: async (dir) => {
      if (!isLocalStoreEmpty(dir)) return;
      loaded = await bulkLoadFolder(dataset.dir, { dataDir: dir, cypher: CypherLibrary.load(), heap, log: (line) => log(`  ${line}`) });
    },
  });
  // bulk timeouts: a measurement on a busy machine should finish, however slowly
  const db = bench.db.bulk();
  const { cypher } = bench;
  const figures = new SegmentFigures(cypher);
  const driver = neo4j.driver(bench.uri, neo4j.auth.basic(bench.user, bench.password), { logging: { level: 'error', logger: () => {} } });
  try {
    if (loaded) {
      const started = performance.now();
      await recordBulkLoad(db, cypher, loaded);
      log(`recordBulkLoad with the figures' rebuild: ${((performance.now() - started) / 1000).toFixed(1)} s (load ${loadNow()})`);
    } else {
      const started = performance.now();
      const rebuilt = await figures.rebuildIfStale(db);
      log(`reused store; rebuilt: ${rebuilt} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const [cluster] = await db.read<{ id: string }>(
      adHoc(
        `MATCH (c:Cluster) RETURN c.id AS id ORDER BY COUNT { (c)<-[:IN_CLUSTER]-(:Enterprise) } DESC, id LIMIT 1`,
        'bench/largest-cluster',
      ),
    );
    const gaps = new GapService(db, cypher);
    const live = cypher.pick('gaps/segments')['gaps/segments'];
    const kept = cypher.pick('aggregates/segment-figures')['aggregates/segment-figures'];
    const timed = async (statement: CypherStatement, params: Params) => {
      const ms: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await db.read(statement, params);
        ms.push(performance.now() - started);
      }
      ms.sort((a, b) => a - b);
      const { plan } = await profileStatement(driver, { statement, params });
      return { p50: percentile(ms, 50), p95: percentile(ms, 95), dbHits: plan ? dbHits(plan) : NaN };
    };
    let recordedParams: Params | undefined;
    for (const scope of ['CITY', 'COUNTY', 'PROVINCE'] as const) {
      const recorded: Params[] = [];
      const stop = db.onQuery((statement, params) => {
        if (statement.name === 'aggregates/segment-figures') recorded.push(params);
      });
      const report = await gaps.report({ clusterId: cluster!.id, scope }, ADMIN_ACTOR);
      stop();
      const params = recorded[0]!;
      recordedParams ??= params;
      const [keptRow] = await db.read<{ liveIds: string[] }>(kept, params);
      const a = await timed(live, params);
      const b = await timed(kept, params);
      log(
        `chainGapReport ${cluster!.id} ${scope} (${report.segments.length} segments, figures year ${report.figuresYear}, not covered: ${keptRow!.liveIds.length}): ` +
          `gaps/segments p50 ${a.p50.toFixed(1)} ms p95 ${a.p95.toFixed(1)} ms ${a.dbHits} db hits; ` +
          `aggregates/segment-figures p50 ${b.p50.toFixed(1)} ms p95 ${b.p95.toFixed(1)} ms ${b.dbHits} db hits (load ${loadNow()})`,
      );
    }
    // a writer's cost: the segments of the firm in the most segments of the largest cluster, then a full rebuild
    const [firm] = await db.read<{ code: string; segmentIds: string[]; firms: number }>(
      adHoc(
        `MATCH (:Cluster {id: $id})<-[:IN_CLUSTER]-(e:Enterprise)-[:OPERATES_IN]->(s:Segment)
         WITH e, collect(s) AS segments ORDER BY size(segments) DESC, e.creditCode LIMIT 1
         RETURN e.creditCode AS code, [s IN segments | s.id] AS segmentIds,
                reduce(n = 0, s IN segments | n + COUNT { (s)<-[:OPERATES_IN]-() }) AS firms`,
        'bench/edited-firm',
      ),
      { id: cluster!.id },
    );
    // the same change (one yearly revenue of that firm) in one transaction, its figures kept two ways:
    // recomputing the firm's segments (the first version) and moving them by the firm's contribution
    const setRevenue = adHoc(
      'MERGE (y:EnterpriseYear {creditCode: $code, year: $year}) SET y.revenue = coalesce(y.revenue, 0) + 1',
      'bench/set-revenue',
    );
    const [year] = await db.read<{ year: number }>(
      adHoc('MATCH (y:EnterpriseYear {creditCode: $code}) RETURN max(y.year) AS year', 'bench/firm-year'),
      { code: firm!.code },
    );
    const median = async (work: () => Promise<unknown>) => {
      const ms: number[] = [];
      for (let i = 0; i < editRuns; i++) {
        const started = performance.now();
        await work();
        ms.push(performance.now() - started);
      }
      ms.sort((x, y) => x - y);
      return `median ${percentile(ms, 50).toFixed(0)} ms, p95 ${percentile(ms, 95).toFixed(0)} ms`;
    };
    const change = { code: firm!.code, year: year!.year };
    const recomputed = await median(() =>
      db.writeTransaction(async (tx) => {
        const before = await figures.segmentsOf(tx, [change.code]);
        await tx.run(setRevenue, change);
        await figures.refresh(tx, { codes: [change.code], segmentIds: before });
      }),
    );
    const moved = await median(() =>
      db.writeTransaction(async (tx) => {
        await figures.subtractFirms(tx, [change.code]);
        await tx.run(setRevenue, change);
        await figures.addFirms(tx, [change.code]);
      }),
    );
    const edits = new EditService(db, cypher);
    let revenue = 1000;
    const edited = await median(() => edits.upsertYear(change.code, change.year, { revenue: revenue++ }, ADMIN_ACTOR));
    const [check] = await db.read<{ liveIds: string[] }>(kept, {
      ...recordedParams!,
      segmentIds: firm!.segmentIds,
    });
    log(
      `one firm's yearly revenue changed (${firm!.segmentIds.length} segments, ${firm!.firms} OPERATES_IN, ${editRuns} runs each; load ${loadNow()}): ` +
        `segments recomputed ${recomputed}; moved by the firm's contribution ${moved}; the whole edit (EditService.upsertYear) ${edited}` +
        ` (segments still covered: ${check!.liveIds.length === 0})`,
    );
    // the rows moved by the contributions against a recomputation: counts equal, revenue up to float rounding
    const rowsOf = adHoc(
      `MATCH (a:SegmentFigures) WHERE a.segmentId IN $ids
       RETURN a.segmentId + ' ' + a.year + ' ' + a.scope + ' ' + a.region AS key, a.localRevenue AS revenue,
              [a.localFirms, a.localRevenueFirms, a.localSrdiFirms, a.localChainLeaders, a.localQualityFirms] AS counts`,
      'bench/figure-rows-of',
    );
    type FigureRow = { key: string; revenue: number; counts: number[] };
    const movedRows = await db.read<FigureRow>(rowsOf, { ids: firm!.segmentIds });
    await db.writeTransaction((tx) => figures.recompute(tx, firm!.segmentIds));
    const recomputedRows = new Map((await db.read<FigureRow>(rowsOf, { ids: firm!.segmentIds })).map((r) => [r.key, r]));
    const countsDiffer = movedRows.filter((r) => JSON.stringify(r.counts) !== JSON.stringify(recomputedRows.get(r.key)?.counts)).length;
    const revenueDiff = Math.max(
      0,
      ...movedRows.map((r) => Math.abs(r.revenue - (recomputedRows.get(r.key)?.revenue ?? NaN)) / Math.max(1, Math.abs(r.revenue))),
    );
    log(
      `moved rows against a recomputation: ${movedRows.length} rows (${recomputedRows.size} recomputed), counts differ in ${countsDiffer}, ` +
        `largest relative revenue difference ${revenueDiff.toExponential(1)}`,
    );
    const started = performance.now();
    const { segments } = await figures.rebuild(db);
    const [rows] = await db.read<{ rows: number }>(adHoc('MATCH (a:SegmentFigures) RETURN count(a) AS rows', 'bench/figure-rows'));
    log(
      `full rebuild: ${segments} segments, ${rows!.rows} rows, in ${((performance.now() - started) / 1000).toFixed(1)} s (load ${loadNow()})`,
    );
  } finally {
    await driver.close();
    await bench.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
