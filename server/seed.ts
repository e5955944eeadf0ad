import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDataset } from '../seed/index.js';
import type { Connected } from './bootstrap.js';
import type { AppConfig } from './config.js';
import { CypherLibrary } from './cypher.js';
import { bulkLoadFolder, type BulkLoadResult } from './imports/bulk.js';
import type { ImportReport } from './imports/service.js';
import { ImportService } from './imports/service.js';

/**
 * The default data set's files (DATA-FORMAT CSVs from the deterministic generator) in a
 * temporary folder. Generating them needs no database, so `npm start` can begin before Neo4j
 * is up (see `prepareSeed`).
 */
export class DefaultDataset {
  readonly dir: string;
  /** resolves when every file is written; rejects when the generator failed */
  readonly ready: Promise<void>;

  constructor() {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chainatlas-seed-'));
    this.ready = generateDataset({ outDir: this.dir, scale: 1 }).then(() => undefined);
    // Awaited later (or not at all, when the database is not empty): never an unhandled rejection meanwhile.
    this.ready.catch(() => {});
  }

  /** Waits for the generator to stop writing, then removes the folder. */
  async dispose(): Promise<void> {
    await this.ready.catch(() => {});
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Starts generating the default data set at once when the database is certain to be empty: the
 * embedded Neo4j's folder holds no database yet (a first `npm start`). Those files are then
 * bulk-loaded before Neo4j starts (`bulkLoadDefaultDataset`). Null otherwise: an existing or
 * external database is rarely empty, and `seedIfEmpty` generates the files itself when it is
 * (and loads them through transactions).
 */
export function prepareSeed(config: Pick<AppConfig, 'seed' | 'neo4jUri' | 'localNeo4j'>): DefaultDataset | null {
  if (config.seed !== 'default' || config.neo4jUri) return null;
  if (fs.existsSync(path.join(config.localNeo4j.dir, 'data', 'databases'))) return null;
  return new DefaultDataset();
}

/**
 * The first start of the embedded database (`prepareSeed` gave the files): the default data set
 * is validated by the importer, then written by Neo4j's own bulk importer BEFORE Neo4j starts on
 * the folder (imports/bulk.ts; measured in docs/benchmarks.md, "Bulk loading an empty database"). The caller
 * starts Neo4j (which applies the schema) and records the load (`recordBulkLoad`). The files are
 * always removed.
 */
export async function bulkLoadDefaultDataset(
  prepared: DefaultDataset,
  config: Pick<AppConfig, 'localNeo4j'>,
  log: (line: string) => void,
): Promise<BulkLoadResult> {
  try {
    const started = Date.now();
    log("A new database: loading the default Liaocheng data set (synthetic) with Neo4j's bulk importer...");
    await prepared.ready;
    const result = await bulkLoadFolder(prepared.dir, {
      dataDir: config.localNeo4j.dir,
      cypher: CypherLibrary.load(),
      heap: config.localNeo4j.heap,
      log,
    });
    if (!result.report.ok) throw new Error(notImported(result.report));
    const rows = result.report.files.reduce((sum, f) => sum + f.rows, 0);
    log(
      `Default data set loaded: ${rows.toLocaleString('en')} rows in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
        `(validated ${result.seconds.validate.toFixed(1)} s, CSV ${result.seconds.csv.toFixed(1)} s, Neo4j bulk import ${result.seconds.import.toFixed(1)} s).`,
    );
    return result;
  } finally {
    await prepared.dispose();
  }
}

function notImported(report: ImportReport): string {
  const first = report.errors[0];
  return `the default data set did not import: ${report.errorTotal} errors, first: ${first ? `${first.file} row ${first.row} ${first.column}: ${first.message.en}` : 'none'}`;
}

/**
 * Loads the default Liaocheng data set (synthetic) when the database has no clusters yet:
 * the deterministic generator writes the DATA-FORMAT files, and the same importer that staff
 * use loads them (so the default data passes every validation rule). `prepared` (from
 * `prepareSeed`) is used when given, and always removed.
 */
export async function seedIfEmpty(
  connected: Connected,
  log: (line: string) => void,
  prepared: DefaultDataset | null = null,
): Promise<boolean> {
  try {
    const [row] = await connected.db.read<{ empty: boolean }>(connected.cypher.pick('system/is-empty')['system/is-empty']);
    if (!row?.empty) return false;
    const started = Date.now();
    log('The database is empty: loading the default Liaocheng data set (synthetic)...');
    prepared ??= new DefaultDataset();
    await prepared.ready;
    // Staged (committed batch by batch under the journal, rolled back at the next start if killed).
    // Into an EMPTY database one transaction is the slow mode: its statements are planned with the
    // empty database's statistics, which do not change until the commit, so each batch of the one
    // transaction runs plans made for no data: 227 s for the default data set on a fresh Neo4j,
    // against 32 s staged (whose commits refresh the statistics), quiet machine, 2026-11-29.
    // No per-row audit: the seed fills an EMPTY database, so every row's before-image is "absent"
    // and undoing it would mean emptying the database; recording it would add one ImportChange
    // node per row (134k) to every fresh start. The import's own audit entry is still written.
    const report = await new ImportService(connected.db, connected.cypher, {
      singleTransactionMaxRows: 0,
      recordChanges: false,
    }).importFolder(prepared.dir);
    if (!report.ok) throw new Error(notImported(report));
    const rows = report.files.reduce((sum, f) => sum + f.rows, 0);
    log(`Default data set loaded: ${rows.toLocaleString('en')} rows in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return true;
  } finally {
    await prepared?.dispose();
  }
}
