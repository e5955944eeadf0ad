/**
 * ChainAtlas benchmarks (commands, not tests): see docs/benchmarks.md.
 *
 *   npm run bench                                 # size S (the default data set), all parts, quick
 *   npm run bench -- --scale M                    # a province: ~200k firms, ~2M supply links
 *   npm run bench -- --only import,queries --runs 50
 *
 * Flags: --scale S|M|L, --only import,queries,peer,start,browser,profile (default all but for M/L
 * start and browser, which do not depend on the size), --runs N (samples per query, default 30 at S;
 * the slow parts take fewer: see runCounts), --heap 4g --pagecache 4096 (the benchmark Neo4j's
 * memory), --no-docs (do not rewrite docs/benchmarks.md), --load-csv-http (serve LOAD CSV files
 * over a local HTTP server even when file:/// works), --import-mode default|staged|both (the importer
 * as npm start runs it, forced to commit batch by batch, or both), --note TEXT (recorded with the run),
 * --store DIR (keep the benchmark Neo4j's data in DIR and, when queries run without the import part,
 * reuse the graph loaded there by an earlier run of the same size), --bulk (load the data set into the
 * new store with the bulk loader — the importer's validation, then Neo4j's offline importer — before
 * Neo4j starts, timed; with --bulk the import part is that load: `--bulk --only import` loads and
 * measures nothing else).
 * Results go to bench/results/<size>.json and the figures table of docs/benchmarks.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserBenchmark } from './browser.js';
import { importBenchmark, runImporter, type ImporterMode } from './import.js';
import { SegmentFigures } from '../server/aggregates/segment-figures.js';
import { CypherLibrary } from '../server/cypher.js';
import { bulkLoadFolder, recordBulkLoad, type BulkLoadResult } from '../server/imports/bulk.js';
import { isLocalStoreEmpty } from '../server/neo4j-local/index.js';
import { ensureDataset, SIZES, type ScaleName } from './lib/dataset.js';
import { graphCounts, heapUsage, startBenchNeo4j } from './lib/neo4j.js';
import { folderBytes, machineInfo, procMemory, resetPeak } from './lib/proc.js';
import { peerBenchmark } from './peer.js';
import { profileQueries } from './profile.js';
import { findSubjects, queryBenchmark } from './queries.js';
import { sizeReport, writeReport } from './report.js';
import type { RunResult } from './result.js';
import { startBenchmark } from './start.js';

const PARTS = ['import', 'queries', 'peer', 'profile', 'start', 'browser'] as const;
type Part = (typeof PARTS)[number];

function parseArgs(argv: string[]) {
  let size: ScaleName = 'S';
  let only: Part[] | undefined;
  let runs: number | undefined;
  let heap: string | undefined;
  let pagecache: number | undefined;
  let docs = true;
  let loadCsvHttp = false;
  let note = '';
  let store: string | undefined;
  let importModes: ImporterMode[] = ['default'];
  let bulk = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--scale') {
      const v = value().toUpperCase();
      if (v !== 'S' && v !== 'M' && v !== 'L') throw new Error('--scale must be S, M or L');
      size = v;
    } else if (flag === '--only') {
      only = value()
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean) as Part[];
      for (const p of only) if (!PARTS.includes(p)) throw new Error(`--only: unknown part ${p} (parts: ${PARTS.join(', ')})`);
    } else if (flag === '--runs') {
      runs = Number(value());
      if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
    } else if (flag === '--heap') heap = value();
    else if (flag === '--pagecache') pagecache = Number(value());
    else if (flag === '--no-docs') docs = false;
    else if (flag === '--load-csv-http') loadCsvHttp = true;
    else if (flag === '--note') note = value();
    else if (flag === '--store') store = value();
    else if (flag === '--bulk') bulk = true;
    else if (flag === '--import-mode') {
      const v = value();
      if (v !== 'default' && v !== 'staged' && v !== 'both') throw new Error('--import-mode must be default, staged or both');
      importModes = v === 'both' ? ['staged', 'default'] : [v];
    } else if (flag === '--help' || flag === '-h') {
      console.log(
        'usage: npm run bench -- [--scale S|M|L] [--only import,queries,peer,profile,start,browser] [--runs N] [--heap 4g] [--pagecache MB] [--no-docs] [--load-csv-http] [--import-mode default|staged|both] [--store DIR] [--bulk] [--note TEXT]',
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  return { size, only, runs, heap, pagecache, docs, loadCsvHttp, note, importModes, store, bulk };
}

/** Samples per part: queries take `runs`; imports, starts and browser renders are slow, so fewer. */
function runCounts(size: ScaleName, runs: number | undefined) {
  const queries = runs ?? (size === 'S' ? 30 : size === 'M' ? 20 : 10);
  return {
    queries,
    import: size === 'S' ? Math.max(1, Math.min(5, Math.ceil(queries / 10))) : 1,
    start: 1,
    browser: Math.max(1, Math.min(8, Math.ceil(queries / 5))),
  };
}

const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const size = SIZES[args.size];
  const parts = new Set<Part>(args.only ?? (args.size === 'S' ? PARTS : PARTS.filter((p) => p !== 'start' && p !== 'browser')));
  const runs = runCounts(args.size, args.runs);
  const began = Date.now();
  const log = (line: string) => console.log(`[bench ${((Date.now() - began) / 1000).toFixed(0).padStart(5)} s] ${line}`);
  const result: RunResult = {
    size: args.size,
    sizeLabel: size.label,
    startedAt: new Date().toISOString(),
    machine: machineInfo(),
    note: args.note,
    args: process.argv.slice(2),
    runs,
    errors: [],
  };
  log(`size ${args.size}: ${size.label}; parts ${[...parts].join(', ')}; runs ${JSON.stringify(runs)}`);
  log(
    `machine: ${result.machine.nproc} cores (${result.machine.cpuModel}), ${(result.machine.memoryBytes / 1024 ** 3).toFixed(1)} GiB, load ${result.machine.loadAverage.join(' ')}`,
  );
  const attempt = async (part: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`${part} FAILED: ${message}`);
      result.errors.push({ part, message: message.split('\n').slice(0, 3).join(' | ') });
    }
  };

  const needsDb = ['import', 'queries', 'peer', 'profile'].some((p) => parts.has(p as Part));
  if (needsDb) {
    const dataset = await ensureDataset(args.size, log);
    const heap = args.heap ?? size.heap;
    const pagecacheMb = args.pagecache ?? size.pagecacheMb;
    const sizeMarker = args.store ? path.join(path.resolve(args.store), 'bench-size') : undefined;
    if (sizeMarker && fs.existsSync(sizeMarker) && fs.readFileSync(sizeMarker, 'utf8').trim() !== args.size) {
      throw new Error(
        `--store ${args.store} holds size ${fs.readFileSync(sizeMarker, 'utf8').trim()}, not ${args.size}: use another folder`,
      );
    }
    let bulkLoaded: BulkLoadResult | undefined;
    let bulkStarted = 0;
    const loadBulk = async (dir: string) => {
      if (!isLocalStoreEmpty(dir)) {
        log(`--bulk: ${dir} has a database already: not loaded again`);
        return;
      }
      log('--bulk: loading the data set with the bulk loader (validation, CSV, neo4j-admin database import full)...');
      bulkStarted = Date.now();
      bulkLoaded = await bulkLoadFolder(dataset.dir, { dataDir: dir, cypher: CypherLibrary.load(), heap, log: (line) => log(`  ${line}`) });
      if (!bulkLoaded.report.ok) throw new Error(`the data set did not validate: ${bulkLoaded.report.errorTotal} errors`);
    };
    const neo4j = await startBenchNeo4j({ heap, pagecacheMb, log, store: args.store, beforeStart: args.bulk ? loadBulk : undefined });
    const onSignal = (signal: string) => {
      log(`${signal}: stopping the benchmark Neo4j...`);
      void neo4j.stop().finally(() => process.exit(130));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const neo4jPid = neo4j.local?.pid;
    if (neo4jPid) resetPeak(neo4jPid);
    try {
      if (bulkLoaded) {
        const b: BulkLoadResult = bulkLoaded;
        await recordBulkLoad(neo4j.db, neo4j.cypher, b);
        const total = (Date.now() - bulkStarted) / 1000;
        const before = b.seconds.validate + b.seconds.csv + b.seconds.import;
        result.bulkLoad = {
          rows: b.report.files.reduce((sum, f) => sum + f.rows, 0),
          nodes: b.nodes,
          relationships: b.relationships,
          seconds: { ...b.seconds, startAndSchema: total - before, total },
        };
        log(
          `--bulk: ${result.bulkLoad.rows.toLocaleString('en')} rows loaded, schema online, in ${total.toFixed(1)} s (${JSON.stringify(result.bulkLoad.seconds)})`,
        );
      }
      if (parts.has('import') && !args.bulk) {
        await attempt('import', async () => {
          result.import = await importBenchmark(neo4j, dataset.dir, runs.import, {
            forceHttp: args.loadCsvHttp,
            modes: args.importModes,
            log,
          });
        });
      }
      const loadedBefore = (args.store || args.bulk) && !result.import ? await graphCounts(neo4j.db) : undefined;
      if (loadedBefore && (loadedBefore.Enterprise ?? 0) > 0) {
        log(
          `--store ${args.store}: reusing the graph already loaded there (${loadedBefore.Enterprise} firms, ${loadedBefore.SUPPLIES ?? 0} supply links)`,
        );
        // a store loaded before the kept figures existed (or left by a crash mid-import) has none:
        // rebuild them as npm start's start-up does, or the reports would all be read live
        const started = performance.now();
        const rebuilt = await new SegmentFigures(neo4j.cypher).rebuildIfStale(neo4j.db.bulk());
        const seconds = (performance.now() - started) / 1000;
        if (rebuilt) result.figuresRebuildSeconds = seconds;
        log(
          `  kept segment figures: ${rebuilt ? `rebuilt in ${seconds.toFixed(1)} s (load ${machineInfo().loadAverage[0]})` : 'up to date'}`,
        );
      } else if (!result.import) {
        log('loading the data set with the importer, staged mode (not timed as a benchmark)...');
        const loaded = await runImporter(neo4j.db, neo4j, dataset.dir, log, 'staged');
        log(`  loaded ${loaded.rows.toLocaleString('en')} rows in ${loaded.seconds.toFixed(1)} s`);
      }
      const counts = await graphCounts(neo4j.db);
      if (sizeMarker) fs.writeFileSync(sizeMarker, args.size);
      result.data = {
        scale: size.scale,
        linkFactor: size.linkFactor,
        rows: result.import?.rows ?? null,
        counts,
        storeBytes: neo4j.dir ? folderBytes(path.join(neo4j.dir, 'data')) : null,
        databaseBytes: neo4j.dir ? folderBytes(path.join(neo4j.dir, 'data', 'databases', 'neo4j')) : null,
        transactionLogBytes: neo4j.dir ? folderBytes(path.join(neo4j.dir, 'data', 'transactions')) : null,
        generatedSeconds: dataset.generatedSeconds,
      };
      log(
        `graph: ${counts.Enterprise ?? 0} firms, ${counts.SUPPLIES ?? 0} supply links; store ${((result.data.storeBytes ?? 0) / 1024 ** 2).toFixed(0)} MiB`,
      );
      const subjects = await findSubjects(neo4j.db, '轴承');
      result.subjects = subjects;
      log(
        `subjects: largest cluster ${subjects.clusterId} ${subjects.clusterName} (${subjects.clusterFirms} firms); best connected firm ${subjects.hubCode} ${subjects.hubName} (${subjects.hubDegree} links); 链主 ${subjects.leaderCode} ${subjects.leaderName}`,
      );
      resetPeak(process.pid);
      if (parts.has('queries')) {
        await attempt('queries', async () => {
          log(`queries: ${runs.queries} runs each, interleaved graphql / service / cypher`);
          result.queries = await queryBenchmark(neo4j, subjects, runs.queries, log);
        });
      }
      if (parts.has('peer')) {
        await attempt('peer', async () => {
          log(`peer: @neo4j/graphql beside ChainAtlas, ${runs.queries} runs each`);
          result.peer = await peerBenchmark(neo4j, subjects, runs.queries, log);
        });
      }
      result.benchProcessPeakRssBytes = procMemory(process.pid)?.peak ?? null;
      if (parts.has('profile')) {
        await attempt('profile', async () => {
          log('profile: PROFILE of the statements behind each query');
          result.profile = await profileQueries(neo4j, subjects, args.size, log);
        });
      }
      const heapNow = await heapUsage(neo4j.db);
      result.neo4j = {
        heap,
        pagecacheMb,
        heapUsedBytes: heapNow?.used ?? null,
        heapMaxBytes: heapNow?.max ?? null,
        peakRssBytes: neo4jPid ? (procMemory(neo4jPid)?.peak ?? null) : null,
      };
    } finally {
      await neo4j.stop();
    }
  }
  if (parts.has('start')) {
    await attempt('start', async () => {
      log('start: npm start, cold (empty database) then warm');
      result.start = await startBenchmark(runs.start, log);
    });
  }
  if (parts.has('browser')) {
    await attempt('browser', async () => {
      log(`browser: headless Chromium, ${runs.browser} run(s) per size`);
      result.browser = await browserBenchmark(runs.browser, log);
    });
  }
  result.finishedAt = new Date().toISOString();
  result.durationSeconds = Math.round((Date.now() - began) / 1000);
  result.loadAverageAfter = machineInfo().loadAverage;

  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${args.size}.json`);
  // keep the parts of an earlier run of this size that this run did not measure
  const previous = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<RunResult> & { parts?: Record<string, unknown> })
    : undefined;
  const merged = mergeWithPrevious(result, previous);
  fs.writeFileSync(file, JSON.stringify(merged, null, 2) + '\n');
  log(`results written to ${path.relative(process.cwd(), file)}`);
  const table = writeReport({ write: args.docs });
  console.log('\n' + sizeReport(args.size) + '\n\n' + table);
  if (result.errors.length > 0) {
    log(`${result.errors.length} part(s) failed: ${result.errors.map((e) => e.part).join(', ')}`);
    process.exitCode = 1;
  }
}

/** Parts not measured in this run keep their previous figures, marked with the run they came from. */
function mergeWithPrevious(
  result: RunResult,
  previous: (Partial<RunResult> & { from?: Record<string, string> }) | undefined,
): RunResult & { from: Record<string, string> } {
  const from: Record<string, string> = { ...(previous?.from ?? {}) };
  const out = { ...result, from } as RunResult & { from: Record<string, string> };
  for (const key of [
    'import',
    'bulkLoad',
    'queries',
    'peer',
    'profile',
    'start',
    'browser',
    'data',
    'neo4j',
    'subjects',
    'benchProcessPeakRssBytes',
  ] as const) {
    if (result[key] !== undefined) from[key] = result.startedAt;
    else if (previous?.[key] !== undefined) (out as unknown as Record<string, unknown>)[key] = previous[key];
  }
  return out;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
