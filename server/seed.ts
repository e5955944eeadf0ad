import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateDataset } from '../seed/index.js';
import type { Connected } from './bootstrap.js';
import { ImportService } from './imports/service.js';

/**
 * Loads the default Liaocheng data set (synthetic) when the database has no clusters yet:
 * the deterministic generator writes the DATA-FORMAT files, and the same importer that staff
 * use loads them (so the default data passes every validation rule).
 */
export async function seedIfEmpty(connected: Connected, log: (line: string) => void): Promise<boolean> {
  const [row] = await connected.db.read<{ empty: boolean }>(connected.cypher.pick('system/is-empty')['system/is-empty']);
  if (!row?.empty) return false;
  const started = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chainatlas-seed-'));
  try {
    log('The database is empty: loading the default Liaocheng data set (synthetic)...');
    await generateDataset({ outDir: dir, scale: 1 });
    const report = await new ImportService(connected.db, connected.cypher).importFolder(dir);
    if (!report.ok) {
      const first = report.errors[0];
      throw new Error(`the default data set did not import: ${report.errorTotal} errors, first: ${first ? `${first.file} row ${first.row} ${first.column}: ${first.message.en}` : 'none'}`);
    }
    const rows = report.files.reduce((sum, f) => sum + f.rows, 0);
    log(`Default data set loaded: ${rows.toLocaleString('en')} rows in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return true;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
