import type { CypherLibrary, CypherStatement } from '../cypher.js';
import type { Database, Params, Row, Tx } from '../db/index.js';

/** The defaults of DATA_VERSION_CHECK_MS (server/config.ts). */
export const DEFAULT_DATA_VERSION_CHECK_MS = 250;

/**
 * The data version: one value that every writer of graph data bumps in the same transaction as
 * its write (`(:DataVersion {id: 'graph'})`, cypher/system/bump-data-version.cypher), so that
 * several app processes against one Neo4j agree on it. Cached answers (answers.ts) are keyed by
 * it. Session, rate-limit, audit-only and target-list writes do not bump it: no cached answer
 * reads them.
 *
 * This process reads the version at most once per `checkMs` (one tiny read, shared by every
 * caller asking meanwhile), and at once after a write of its own has committed: a write in this
 * process is never followed by an answer from before it; a write in another process is seen
 * within `checkMs`.
 *
 * One per database (per driver: `db.bulk()` shares it), so that the importer, the edits and the
 * answer cache of one process see the same one: `DataVersion.of(db, cypher)`.
 */
export class DataVersion {
  private static readonly byDatabase = new WeakMap<object, DataVersion>();

  static of(db: Database, cypher: CypherLibrary): DataVersion {
    let found = DataVersion.byDatabase.get(db.identity);
    if (!found) DataVersion.byDatabase.set(db.identity, (found = new DataVersion(db, cypher)));
    return found;
  }

  private readonly q;
  /** how long a version read stays good (set by the answer cache from the configuration) */
  checkMs = DEFAULT_DATA_VERSION_CHECK_MS;
  private known: { version: string; at: number; generation: number } | null = null;
  private reading: { promise: Promise<string>; generation: number } | null = null;
  /** bumped after each local write (committed or not): reads started before it are not kept */
  private generation = 0;
  /** version reads that went to Neo4j (tests and monitoring) */
  reads = 0;

  private constructor(
    private readonly db: Database,
    cypher: CypherLibrary,
    private readonly clock: () => number = Date.now,
  ) {
    this.q = cypher.pick('system/data-version', 'system/bump-data-version');
  }

  /** The data version now (at most `checkMs` old; never older than this process's last write). */
  current(): Promise<string> {
    const now = this.clock();
    if (this.known && this.known.generation === this.generation && now - this.known.at < this.checkMs)
      return Promise.resolve(this.known.version);
    if (this.reading && this.reading.generation === this.generation) return this.reading.promise;
    const generation = this.generation;
    this.reads++;
    const promise = this.db
      .read<{ version: string }>(this.q['system/data-version'])
      .then(([row]) => {
        const version = row?.version ?? 'none';
        // a read that started before a local write committed may have seen the data before it
        if (generation === this.generation) this.known = { version, at: now, generation };
        return version;
      })
      .finally(() => {
        if (this.reading?.promise === promise) this.reading = null;
      });
    this.reading = { promise, generation };
    return promise;
  }

  /**
   * Runs `work` in one write transaction of `db` (the caller's view: bulk or not) and bumps the
   * data version as its last statement; this process reads the version again afterwards,
   * whether the transaction committed or not (a timeout leaves that unknown).
   */
  async write<T>(db: Database, work: (tx: Tx) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
    try {
      return await db.writeTransaction(async (tx) => {
        const result = await work(tx);
        await this.bump(tx);
        return result;
      }, options);
    } finally {
      this.expire();
    }
  }

  /** One statement in a write transaction that bumps the data version (see write). */
  writeOne<R extends Row = Row>(db: Database, statement: CypherStatement, params: Params = {}): Promise<R[]> {
    return this.write(db, (tx) => tx.run<R>(statement, params));
  }

  /** Bumps the version inside a transaction the caller runs; the caller calls expire() once it ended. */
  async bump(tx: Tx): Promise<void> {
    this.expire();
    await tx.run(this.q['system/bump-data-version']);
  }

  /** Forget the version this process knows: the next current() reads it again. */
  expire(): void {
    this.generation++;
    this.known = null;
  }
}
