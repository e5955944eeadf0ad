import type { Connected } from './bootstrap.js';

/** Loads the default Liaocheng data set when the database has no clusters yet. */
export async function seedIfEmpty(connected: Connected, log: (line: string) => void): Promise<boolean> {
  const [row] = await connected.db.read<{ empty: boolean }>(connected.cypher.pick('system/is-empty')['system/is-empty']);
  if (!row?.empty) return false;
  log('The database is empty: the default data set will be loaded once the importer is in place.');
  return false;
}
