import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CypherLibrary } from '../server/cypher.js';
import { adHoc, Database } from '../server/db/index.js';
import { applySchema } from '../server/db/schema.js';
import { ImportService } from '../server/imports/service.js';
import { freePort, startLocalNeo4j } from '../server/neo4j-local/index.js';
import { generateDataset } from '../seed/index.js';

/**
 * What the per-row audit of imports costs on the default data set (scale 1, ~134k rows), on a
 * temporary Neo4j (1 GiB heap, as `npm start`): the staged import into an empty database (what
 * the seed does) without and with the audit, then a single-transaction re-import of the same
 * files into the loaded database (every row unchanged: the images are taken, nothing recorded),
 * without and with. Runs alternate; the graph is wiped before each empty-database run.
 *   npx tsx bench/import-audit-cost.ts [runs]
 */
const runs = Number(process.argv[2] ?? 1);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chainatlas-audit-bench-'));
const dataDir = path.join(dir, 'data');
const password = `bench-${Math.random().toString(36).slice(2)}`;
const neo4j = await startLocalNeo4j({ dataDir: path.join(dir, 'neo4j'), port: await freePort(), password, heap: '1g', pagecacheMb: 256 });
const db = Database.create({ uri: neo4j.uri, user: 'neo4j', password, database: 'neo4j' });
const cypher = CypherLibrary.load();
try {
  await applySchema(db, cypher);
  await generateDataset({ outDir: dataDir, scale: 1 });
  const wipe = adHoc('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS', 'bench-wipe');
  const count = adHoc('MATCH (x:ImportChange) RETURN count(x) AS n', 'bench-count');
  const time = async (label: string, service: ImportService) => {
    const started = Date.now();
    const report = await service.importFolder(dataDir);
    const seconds = (Date.now() - started) / 1000;
    const rows = report.files.reduce((sum, f) => sum + f.rows, 0);
    const [changes] = await db.read<{ n: number }>(count);
    console.log(`${label}: ${rows} rows, ${report.mode}, ${seconds.toFixed(1)} s, ImportChange nodes now ${changes!.n}`);
    return seconds;
  };
  for (let run = 0; run < runs; run++) {
    for (const record of [false, true]) {
      await db.autoCommit(wipe);
      await time(
        `empty database, staged, per-row audit ${record ? 'on ' : 'off'}`,
        new ImportService(db, cypher, { singleTransactionMaxRows: 0, recordChanges: record }),
      );
      await time(
        `loaded database, one transaction, per-row audit ${record ? 'on ' : 'off'}`,
        new ImportService(db, cypher, { recordChanges: record }),
      );
    }
  }
} finally {
  await db.close();
  await neo4j.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
