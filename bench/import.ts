import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { adHoc, type Database } from '../server/db/index.js';
import { ImportService } from '../server/imports/service.js';
import { HOME_COUNTIES } from '#shared/facts.js';
import { graphCounts, heapUsage, wipe, type BenchNeo4j } from './lib/neo4j.js';
import { procMemory, resetPeak } from './lib/proc.js';
import { summarize, type Summary } from './lib/stats.js';

/**
 * Import throughput: the app's importer (ImportService, with all its validation) and Neo4j's
 * own LOAD CSV (bench/cypher/load-csv/*.cypher) over the same files into the same Neo4j,
 * interleaved run by run (the graph is wiped before each load), the importer last so that its
 * graph stays for the query benchmarks.
 */
const LOAD_CSV_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cypher/load-csv');
/** which file each LOAD CSV statement reads (09-products reads none) */
const LOAD_CSV_FILES: Record<string, string | null> = {
  '01-chains': 'chains',
  '02-segments': 'segments',
  '03-segment-feeds': 'segments',
  '04-clusters': 'clusters',
  '05-cluster-years': 'cluster_years',
  '06-enterprises': 'enterprises',
  '07-enterprise-years': 'enterprise_years',
  '08-supply-links': 'supply_links',
  '09-products': null,
  '10-institutes': 'institutes',
  '11-collaborations': 'collaborations',
  '12-platforms': 'platforms',
};
const COUNTY_CODES = Object.fromEntries(HOME_COUNTIES.map((c) => [c.name, c.divisionCode]));

export interface ImporterFigures {
  mode: string;
  seconds: Summary;
  rowsPerSecond: Summary;
  validateSeconds: Summary;
  writeSeconds: Summary;
}

export interface ImportResult {
  rows: number;
  csvBytes: number;
  mode: string;
  csvSource: string;
  /** the importer as npm start runs it */
  importer: ImporterFigures;
  /** the importer forced to commit batch by batch (measured with --import-mode both|staged) */
  importerStaged?: ImporterFigures & { ratio: number };
  loadCsv: { seconds: Summary; rowsPerSecond: Summary; statementSeconds: Record<string, number> };
  /** importer rows/s ÷ LOAD CSV rows/s, medians (goal: >= 1) */
  ratio: number;
  sameGraph: boolean;
  countsImporter: Record<string, number>;
  countsLoadCsv: Record<string, number>;
  importerPeakRssBytes: number | null;
  neo4jHeapUsedBytes: number | null;
  /** the first importer run: seconds per batch of 5,000 rows, by file */
  importerBatchSeconds: Record<string, number[]>;
}

/**
 * Makes the CSV files reachable by LOAD CSV: linked under the embedded Neo4j's import root and
 * read with file:/// (the first URL form that this Neo4j accepts), else served by a local HTTP
 * server on 127.0.0.1.
 */
async function csvSource(
  neo4j: BenchNeo4j,
  dataDir: string,
  forceHttp: boolean,
  log: (line: string) => void,
): Promise<{ url: (file: string) => string; kind: string; close(): Promise<void> }> {
  const works = async (url: string) => {
    try {
      await neo4j.db.autoCommit(adHoc('LOAD CSV FROM $url AS row RETURN count(*) AS n', 'bench/probe-load-csv'), { url });
      return true;
    } catch (error) {
      log(`  LOAD CSV cannot read ${url}: ${(error as Error).message.split('\n')[0]}`);
      return false;
    }
  };
  if (neo4j.dir && !forceHttp) {
    const rows = await neo4j.db
      .read<{ value: string }>(adHoc(`CALL dbms.listConfig('server.directories.import') YIELD value RETURN value`, 'bench/import-dir'))
      .catch(() => []);
    const root = rows[0]?.value || neo4j.dir;
    const target = path.join(root, 'bench-import');
    fs.mkdirSync(target, { recursive: true });
    for (const name of fs.readdirSync(dataDir)) {
      if (!name.endsWith('.csv')) continue;
      const to = path.join(target, name);
      fs.rmSync(to, { force: true });
      try {
        fs.linkSync(path.join(dataDir, name), to);
      } catch {
        fs.copyFileSync(path.join(dataDir, name), to);
      }
    }
    const close = async () => fs.rmSync(target, { recursive: true, force: true });
    for (const base of ['file:///bench-import', `file://${target}`]) {
      if (await works(`${base}/chains.csv`))
        return { url: (file) => `${base}/${file}.csv`, kind: `${base}/ (server.directories.import = ${root})`, close };
    }
    await close();
  }
  const server = http.createServer((req, res) => {
    const name = path.basename(decodeURIComponent(req.url ?? ''));
    const file = path.join(dataDir, name);
    if (!name.endsWith('.csv') || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const base = `http://127.0.0.1:${port}`;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  if (!(await works(`${base}/chains.csv`))) {
    await close();
    throw new Error('LOAD CSV can read neither file:/// URLs nor a local HTTP server here');
  }
  return { url: (file) => `${base}/${file}.csv`, kind: `${base}/ (a local HTTP server: file:/// URLs are not allowed here)`, close };
}

function dataRows(dataDir: string): { rows: number; bytes: number } {
  let rows = 0;
  let bytes = 0;
  for (const name of fs.readdirSync(dataDir)) {
    if (!name.endsWith('.csv')) continue;
    const buf = fs.readFileSync(path.join(dataDir, name));
    bytes += buf.length;
    let lines = 0;
    for (let i = 0; i < buf.length; i++) if (buf[i] === 10) lines++;
    if (buf.length > 0 && buf[buf.length - 1] !== 10) lines++;
    rows += Math.max(0, lines - 1); // header
  }
  return { rows, bytes };
}

export interface ImporterRun {
  seconds: number;
  validateSeconds: number;
  mode: string;
  rows: number;
  /** seconds per written batch, by file (how the write time grows within an import) */
  batchSeconds: Record<string, number[]>;
}

/** 'default': as npm start and the CLI run it (one transaction up to 300,000 rows); 'staged': forced to commit batch by batch under its journal. */
export type ImporterMode = 'default' | 'staged';

export async function runImporter(
  db: Database,
  neo4j: BenchNeo4j,
  dataDir: string,
  log: (line: string) => void,
  mode: ImporterMode = 'default',
): Promise<ImporterRun> {
  const started = performance.now();
  let firstWrite: number | undefined;
  let lastLogged = 0;
  let lastBatch = 0;
  const batchSeconds: Record<string, number[]> = {};
  const report = await new ImportService(db, neo4j.cypher, mode === 'staged' ? { singleTransactionMaxRows: 1 } : {}).importFolder(dataDir, {
    onProgress: (p) => {
      if (p.phase === 'write' && firstWrite === undefined) firstWrite = lastBatch = performance.now();
      const now = performance.now();
      if (p.phase === 'write') {
        (batchSeconds[p.file] ??= []).push(Math.round(now - lastBatch) / 1000);
        lastBatch = now;
      }
      if (now - lastLogged > 15_000) {
        lastLogged = now;
        log(`  importer: ${p.phase} ${p.file} ${p.done.toLocaleString('en')}/${p.total.toLocaleString('en')} ${p.unit}`);
      }
    },
  });
  const ended = performance.now();
  if (!report.ok) {
    const first = report.errors[0];
    throw new Error(
      `the importer refused the data set: ${report.errorTotal} errors, first: ${first ? `${first.file} row ${first.row} ${first.column}: ${first.message.en}` : '?'}`,
    );
  }
  return {
    seconds: (ended - started) / 1000,
    validateSeconds: ((firstWrite ?? ended) - started) / 1000,
    mode: report.mode,
    rows: report.files.reduce((s, f) => s + f.rows, 0),
    batchSeconds,
  };
}

async function runLoadCsv(db: Database, url: (file: string) => string, statementSeconds: Record<string, number[]>): Promise<number> {
  const started = performance.now();
  for (const [name, file] of Object.entries(LOAD_CSV_FILES)) {
    const text = fs.readFileSync(path.join(LOAD_CSV_DIR, `${name}.cypher`), 'utf8');
    const t = performance.now();
    await db.autoCommit(adHoc(text, `bench/load-csv/${name}`), { url: file ? url(file) : null, countyCodes: COUNTY_CODES });
    (statementSeconds[name] ??= []).push((performance.now() - t) / 1000);
  }
  return (performance.now() - started) / 1000;
}

export async function importBenchmark(
  neo4j: BenchNeo4j,
  dataDir: string,
  runs: number,
  options: { forceHttp?: boolean; modes?: ImporterMode[]; log: (line: string) => void },
): Promise<ImportResult> {
  const { log } = options;
  // the default mode last: its graph stays for the query benchmarks
  const modes: ImporterMode[] = [...new Set<ImporterMode>(options.modes ?? ['default'])].sort(
    (a, b) => (a === 'default' ? 1 : 0) - (b === 'default' ? 1 : 0),
  );
  const db = neo4j.db;
  const { rows, bytes } = dataRows(dataDir);
  const source = await csvSource(neo4j, dataDir, options.forceHttp ?? false, log);
  log(
    `import: ${rows.toLocaleString('en')} rows (${(bytes / 1e6).toFixed(1)} MB of CSV), ${runs} run(s) each of LOAD CSV and the importer (${modes.join(', ')}); LOAD CSV reads ${source.kind}`,
  );
  const imp: Record<ImporterMode, { mode: string; seconds: number[]; validate: number[]; write: number[] }> = {
    default: { mode: '', seconds: [], validate: [], write: [] },
    staged: { mode: '', seconds: [], validate: [], write: [] },
  };
  const lc: number[] = [];
  const statementSeconds: Record<string, number[]> = {};
  let countsImporter: Record<string, number> = {};
  let countsLoadCsv: Record<string, number> = {};
  let peak: number | null = null;
  let batchSeconds: Record<string, number[]> = {};
  try {
    for (let run = 1; run <= runs; run++) {
      await wipe(db);
      const seconds = await runLoadCsv(db, source.url, statementSeconds);
      lc.push(seconds);
      countsLoadCsv = await graphCounts(db);
      log(`  run ${run}/${runs}: LOAD CSV ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString('en')} rows/s)`);
      for (const mode of modes) {
        await wipe(db);
        resetPeak(process.pid);
        const result = await runImporter(db, neo4j, dataDir, log, mode);
        peak = Math.max(peak ?? 0, procMemory(process.pid)?.peak ?? 0);
        const figures = imp[mode];
        figures.mode = result.mode;
        if (run === 1 && mode === modes[modes.length - 1]) batchSeconds = result.batchSeconds;
        figures.seconds.push(result.seconds);
        figures.validate.push(result.validateSeconds);
        figures.write.push(result.seconds - result.validateSeconds);
        countsImporter = await graphCounts(db);
        log(
          `  run ${run}/${runs}: importer (${mode}) ${result.seconds.toFixed(1)} s (${Math.round(rows / result.seconds).toLocaleString('en')} rows/s; validate ${result.validateSeconds.toFixed(1)} s, ${result.mode})`,
        );
      }
    }
  } finally {
    await source.close();
  }
  const keys = new Set([...Object.keys(countsImporter), ...Object.keys(countsLoadCsv)]);
  // the importer's journal (staged imports), audit log and data version are not part of the data graph
  const dataKeys = [...keys].filter((k) => !/^(Import|Audit|DataVersion)/.test(k));
  const sameGraph = dataKeys.every((k) => countsImporter[k] === countsLoadCsv[k]);
  const lcRate = summarize(lc.map((s) => rows / s));
  const figuresOf = (mode: ImporterMode): ImporterFigures => ({
    mode: imp[mode].mode,
    seconds: summarize(imp[mode].seconds),
    rowsPerSecond: summarize(imp[mode].seconds.map((s) => rows / s)),
    validateSeconds: summarize(imp[mode].validate),
    writeSeconds: summarize(imp[mode].write),
  });
  const main = figuresOf(modes.includes('default') ? 'default' : 'staged');
  const staged = modes.includes('staged') && modes.includes('default') ? figuresOf('staged') : undefined;
  return {
    rows,
    csvBytes: bytes,
    mode: main.mode,
    csvSource: source.kind,
    importer: main,
    ...(staged ? { importerStaged: { ...staged, ratio: staged.rowsPerSecond.median / lcRate.median } } : {}),
    loadCsv: {
      seconds: summarize(lc),
      rowsPerSecond: lcRate,
      statementSeconds: Object.fromEntries(Object.entries(statementSeconds).map(([k, v]) => [k, summarize(v).median])),
    },
    ratio: main.rowsPerSecond.median / lcRate.median,
    sameGraph,
    countsImporter,
    countsLoadCsv,
    importerPeakRssBytes: peak,
    neo4jHeapUsedBytes: (await heapUsage(db))?.used ?? null,
    importerBatchSeconds: batchSeconds,
  };
}
