/**
 * chainComparison's firm and supply statements before and after #16 (a measurement, not a test),
 * for the largest cluster's chain on a benchmark store:
 *
 *   npx tsx bench/comparison-kept.ts --store DIR [--scale S|M] [--runs 5] [--scope CITY]
 *
 * Firm facts: before, chains/comparison-firms over every cluster and segment (every firm of the
 * chain's segments, live); after, `SegmentFigures.comparisonRows` (aggregates/comparison-figures,
 * and chains/comparison-firms for what the kept figures do not cover). Supply: before, the walk
 * over every inbound link of every member (bench/cypher/comparison-16/comparison-supply-before.cypher);
 * after, chains/comparison-supply (the year's links of the chain's segments by index, joined with
 * the members). Also the chain-gap report's gaps/supply for the largest cluster, before and after
 * its links were added in a canonical order. For each: db hits by PROFILE, then median and
 * slowest of N runs (before and after interleaved), and whether the rows are the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { SegmentFigures, type ComparedCluster } from '../server/aggregates/segment-figures.js';
import type { Actor } from '../server/auth/policy.js';
import { liveFirmParams } from '../server/chains/comparison.js';
import { ChainService } from '../server/chains/service.js';
import { adHoc, type Params } from '../server/db/index.js';
import type { CypherStatement } from '../server/cypher.js';
import { GapService } from '../server/gaps/service.js';
import type { LocalScope } from '#shared/regions.js';
import { SIZES, type ScaleName } from './lib/dataset.js';
import { flagValue, loadNow } from './lib/cli.js';
import { startBenchNeo4j } from './lib/neo4j.js';
import { planText, profileStatement } from './profile.js';
import { findSubjects } from './queries.js';

const size = (flagValue('--scale') ?? 'S') as ScaleName;
const runs = Number(flagValue('--runs') ?? 5);
const scope = (flagValue('--scope') ?? 'CITY') as LocalScope;
const store = flagValue('--store');
if (!store) throw new Error('usage: tsx bench/comparison-kept.ts --store DIR [--scale S|M] [--runs N] [--scope CITY]');
const log = (line: string) => console.log(line);
const actor: Actor = { id: 'bench-compare', role: 'admin', name: 'comparison measurement' };
const BEFORE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cypher/comparison-16');
const before = (name: string) => adHoc(fs.readFileSync(path.join(BEFORE_DIR, `${name}-before.cypher`), 'utf8'), `bench/${name}-before`);

function dbHits(plan: ProfiledPlan): number {
  return Number(plan.dbHits) + plan.children.reduce((sum, child) => sum + dbHits(child), 0);
}

/** Rows in a stable order: sorted by their JSON with every number rounded to 6 decimals (a last-digit difference does not move a row). */
const stable = (rows: readonly object[]) =>
  [...rows].sort((a, b) => {
    const key = (r: object) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e6) : v));
    return key(a).localeCompare(key(b));
  });

/** Every list in an answer sorted as `stable` sorts rows: to compare answers whose lists hold the same items in another order. */
const asSets = (x: unknown): unknown =>
  Array.isArray(x)
    ? stable(x.map(asSets) as object[])
    : x && typeof x === 'object'
      ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, asSets(v)]))
      : x;

/** The largest relative difference between two answers of the same shape (0: identical), or null when they differ otherwise. */
function relativeDifference(a: unknown, b: unknown): number | null {
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return null;
    let most = 0;
    for (let i = 0; i < a.length; i++) {
      const d = relativeDifference(a[i], b[i]);
      if (d === null) return null;
      most = Math.max(most, d);
    }
    return most;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a).sort();
    if (JSON.stringify(keys) !== JSON.stringify(Object.keys(b).sort())) return null;
    return relativeDifference(
      keys.map((k) => (a as Record<string, unknown>)[k]),
      keys.map((k) => (b as Record<string, unknown>)[k]),
    );
  }
  return a === b ? 0 : null;
}

const { heap, pagecacheMb } = SIZES[size];
const bench = await startBenchNeo4j({ heap, pagecacheMb, log, store });
const driver = neo4j.driver(bench.uri, neo4j.auth.basic(bench.user, bench.password), { logging: { level: 'error', logger: () => {} } });
try {
  const db = bench.db.bulk();
  const { cypher } = bench;
  const figures = new SegmentFigures(cypher);
  const started = performance.now();
  const rebuilt = await figures.rebuildIfStale(db);
  log(`size ${size}, load ${loadNow()}; figures rebuilt: ${rebuilt} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const gaps = new GapService(db, cypher);
  const chains = new ChainService(db, cypher, gaps);
  const subjects = await findSubjects(db, '轴承');
  const chainId = subjects.chainId;
  if (!chainId) throw new Error('the largest cluster follows no chain');

  const recorded: { statement: CypherStatement; params: Params }[] = [];
  const stop = db.onQuery((statement, params) => recorded.push({ statement, params }));
  const comparison = await chains.comparison({ chainId, scope }, actor);
  const report = await gaps.report({ clusterId: subjects.clusterId, scope, year: comparison.year }, actor);
  stop();
  const find = (name: string) => recorded.find((r) => r.statement.name === name);
  const supplyAfter = find('chains/comparison-supply')!;
  const keptAfter = find('aggregates/comparison-figures');
  const liveAfter = recorded.filter((r) => r.statement.name === 'chains/comparison-firms');
  const reportSupply = find('gaps/supply')!;
  const clusters = Object.values(supplyAfter.params.clusterOf as Record<string, ComparedCluster>);
  const segmentIds = supplyAfter.params.segmentIds as string[];
  log(
    `chainComparison ${chainId} ${scope}, year ${comparison.year}: ${clusters.length} clusters, ${segmentIds.length} segments; ` +
      `kept figures read: ${keptAfter ? 'yes' : 'no'}; live firm reads: ${liveAfter.map((r) => (r.params.segmentIds as string[]).length).join(', ') || 'none'} segments`,
  );

  const firmsStatement = cypher.pick('chains/comparison-firms')['chains/comparison-firms'];
  const firmsBefore = { statement: firmsStatement, params: liveFirmParams(clusters, segmentIds, scope) };
  const firmsAfter = () =>
    figures.comparisonRows(db, firmsStatement, { clusters, segmentIds, scope }, (c, s) => liveFirmParams(c, s, scope));
  const supplyBefore = {
    statement: before('comparison-supply'),
    params: { clusters, clusterIds: clusters.map((c) => c.clusterId), scope, supplyYear: supplyAfter.params.supplyYear, segmentIds },
  };
  const reportBefore = { statement: before('gaps-supply'), params: reportSupply.params };

  const planDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'profiles', size, 'comparison-16');
  fs.rmSync(planDir, { recursive: true, force: true });
  fs.mkdirSync(planDir, { recursive: true });
  const profile = async (r: { statement: CypherStatement; params: Params }) => {
    const { plan, ms } = await profileStatement(driver, r);
    if (!plan) return NaN;
    const hits = dbHits(plan);
    fs.writeFileSync(
      path.join(planDir, `${r.statement.name.replace(/\//g, '_')}.txt`),
      `// chainComparison ${chainId} ${scope} (${clusters.length} clusters, year ${comparison.year}), size ${size}: ${r.statement.name} (${ms.toFixed(0)} ms with PROFILE, load ${loadNow()})\n` +
        `// parameters: ${JSON.stringify(r.params).slice(0, 400)}\n// total db hits ${hits}\n\n${planText(plan)}\n`,
    );
    return hits;
  };
  const time = async (work: () => Promise<unknown>, into: number[]) => {
    const t = performance.now();
    await work();
    into.push(performance.now() - t);
  };
  const summary = (ms: number[]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    return `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, slowest ${sorted[sorted.length - 1]!.toFixed(0)} ms`;
  };
  const compare = async (
    name: string,
    old: { statement: CypherStatement; params: Params },
    now: { hits: number; run: () => Promise<object[]> },
  ) => {
    const oldHits = await profile(old);
    const oldRows = await db.read(old.statement, old.params);
    const newRows = await now.run();
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < runs; i++) {
      await time(() => db.read(old.statement, old.params), a);
      await time(now.run, b);
    }
    const difference = relativeDifference(stable(oldRows), stable(newRows));
    // the report's one row: column by column, lists also as sets (collect() of groups follows the order rows come in)
    const columns =
      difference === null && oldRows.length === 1 && newRows.length === 1
        ? Object.keys(oldRows[0]!).map((k) => {
            const [x, y] = [(oldRows[0] as Record<string, unknown>)[k], (newRows[0] as Record<string, unknown>)[k]];
            const d = relativeDifference(x, y);
            const asSet = relativeDifference(asSets(x), asSets(y));
            return `${k} ${d !== null ? `same (±${d.toExponential(1)})` : asSet !== null ? `the same items (±${asSet.toExponential(1)}) in another order` : 'DIFFERENT'}`;
          })
        : [];
    const same =
      difference === 0
        ? 'the same'
        : difference !== null
          ? `the same up to float rounding (largest relative difference ${difference.toExponential(1)})`
          : columns.length > 0
            ? `by column: ${columns.join('; ')}`
            : 'DIFFERENT';
    log(
      `${name}: before ${oldHits.toLocaleString('en')} db hits, ${summary(a)}; after ${now.hits.toLocaleString('en')} db hits, ${summary(b)}; ` +
        `${oldRows.length} / ${newRows.length} rows, ${same} (load ${loadNow()})`,
    );
  };
  const keptHits = (keptAfter ? await profile(keptAfter) : 0) + (await Promise.all(liveAfter.map(profile))).reduce((x, y) => x + y, 0);
  await compare('firm facts', firmsBefore, { hits: keptHits, run: firmsAfter });
  await compare('supply', supplyBefore, {
    hits: await profile(supplyAfter),
    run: () => db.read(supplyAfter.statement, supplyAfter.params),
  });
  await compare(`the report's gaps/supply (${subjects.clusterId})`, reportBefore, {
    hits: await profile(reportSupply),
    run: () => db.read(reportSupply.statement, reportSupply.params),
  });
  // the whole call now (frame, then firm facts and supply at once), answer cache off
  const whole: number[] = [];
  for (let i = 0; i < runs; i++) await time(() => chains.comparison({ chainId, scope }, actor), whole);
  log(
    `chainComparison (ChainService, in process): ${summary(whole)} (load ${loadNow()}); report ${subjects.clusterId}: ${report.segments.length} segments`,
  );
} finally {
  await driver.close();
  await bench.stop();
}
