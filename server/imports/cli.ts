import path from 'node:path';
import { parseArgs } from 'node:util';
import { connect, type Connected } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { CypherLibrary } from '../cypher.js';
import { isLocalStoreEmpty } from '../neo4j-local/index.js';
import { BulkLoadError, bulkLoadFolder, recordBulkLoad } from './bulk.js';
import { formatReport, progressLine } from './format.js';
import { recoverInterruptedImports } from './journal.js';
import { ImportService, type ImportProgress } from './service.js';

/**
 * npm run import -- <folder> [--dry-run] [--json] [--single-transaction-rows N] [--batch-size N] [--bulk]
 *
 * --bulk: into a NEW embedded database only (LOCAL_NEO4J_DIR without a database, NEO4J_URI unset):
 * validates as always, then writes the store with Neo4j's offline bulk importer before starting
 * Neo4j on it (imports/bulk.ts); much faster for large data sets.
 *
 * Uses the project's configuration (NEO4J_URI, or the embedded Neo4j, started unless it
 * already runs), applies the schema, rolls back any interrupted staged import, then imports.
 * Exit codes: 0 imported (or valid with --dry-run), 1 the data has errors, 2 could not run.
 */
const USAGE = 'Usage: npm run import -- <folder> [--dry-run] [--json] [--single-transaction-rows N] [--batch-size N] [--bulk]';

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { folder, dryRun, json, singleTransactionRows, batchSize, bulk } = args;
  const log = (line: string) => process.stderr.write(`${line}\n`);
  let connected: Connected | undefined;
  try {
    if (bulk) {
      const config = loadConfig();
      if (config.neo4jUri)
        throw new BulkLoadError(
          '--bulk writes a new embedded database: unset NEO4J_URI (an existing server is imported into without --bulk).',
        );
      if (!isLocalStoreEmpty(config.localNeo4j.dir))
        throw new BulkLoadError(
          `--bulk writes a new database only, and ${config.localNeo4j.dir} has one: import without --bulk, or set LOCAL_NEO4J_DIR to an empty folder.`,
        );
      const loaded = await bulkLoadFolder(folder, {
        dataDir: config.localNeo4j.dir,
        cypher: CypherLibrary.load(),
        heap: config.localNeo4j.heap,
        dryRun,
        log,
      });
      if (loaded.report.ok && !dryRun) {
        connected = await connect(config, log);
        await recordBulkLoad(connected.db, connected.cypher, loaded);
      }
      process.stdout.write(json ? JSON.stringify(loaded.report, null, 2) + '\n' : formatReport(loaded.report, folder));
      return loaded.report.ok ? 0 : 1;
    }
    connected = await connect(loadConfig(), log);
    const recovered = await recoverInterruptedImports(connected.db, connected.cypher, { log });
    if (recovered.rolledBack.length > 0) log(`Rolled back ${recovered.rolledBack.length} interrupted import(s).`);
    const tty = Boolean(process.stderr.isTTY) && !json;
    let last = 0;
    const onProgress = tty
      ? (progress: ImportProgress) => {
          const now = Date.now();
          if (now - last < 100 && progress.done < progress.total) return;
          last = now;
          process.stderr.write(`\r${progressLine(progress).slice(0, (process.stderr.columns ?? 100) - 1)}\u001b[K`);
        }
      : undefined;
    const service = new ImportService(connected.db, connected.cypher, { singleTransactionMaxRows: singleTransactionRows, batchSize });
    const report = await service.importFolder(folder, { dryRun, onProgress });
    if (tty) process.stderr.write('\r\u001b[K');
    process.stdout.write(json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report, folder));
    return report.ok ? 0 : 1;
  } catch (error) {
    const message = (error as Error).message;
    if (json) process.stdout.write(JSON.stringify({ ok: false, fatal: { name: (error as Error).name, message } }, null, 2) + '\n');
    log(`Import failed: ${message}`);
    log('Nothing was written (an interrupted write is rolled back).');
    return 2;
  } finally {
    await connected?.close().catch(() => {});
  }
}

function parse() {
  const { values, positionals } = parseArgs({
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'single-transaction-rows': { type: 'string' },
      'batch-size': { type: 'string' },
      bulk: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) throw new Error('ChainAtlas importer');
  if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'Give the folder to import.' : 'Give exactly one folder.');
  const int = (name: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number`);
    return n;
  };
  return {
    folder: path.resolve(positionals[0]!),
    dryRun: values['dry-run'],
    json: values.json,
    singleTransactionRows: int('single-transaction-rows', values['single-transaction-rows']),
    batchSize: int('batch-size', values['batch-size']),
    bulk: values.bulk,
  };
}

process.exitCode = await main();
