import { AuditWriter, type AuditChange } from './audit/service.js';
import type { Actor } from './auth/policy.js';
import { DataVersion } from './cache/data-version.js';
import type { CypherLibrary } from './cypher.js';
import type { Database, Tx } from './db/index.js';

/**
 * How a service changes graph data: each change runs in one write transaction that bumps the
 * data version (so no cached answer from before it is reused) and records its audit entry there.
 */
export class GraphWrites {
  private readonly versions: DataVersion;
  private readonly audit: AuditWriter;

  constructor(
    private readonly db: Database,
    cypher: CypherLibrary,
    clock?: () => Date,
  ) {
    this.versions = DataVersion.of(db, cypher);
    this.audit = new AuditWriter(cypher, clock);
  }

  /** Runs `work` in one write transaction that bumps the data version as its last statement. */
  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.versions.write(this.db, work);
  }

  /** The change's audit entry, inside its transaction. */
  record(tx: Tx, actor: Pick<Actor, 'id'> | null, change: AuditChange): Promise<void> {
    return this.audit.record(tx, actor, change);
  }
}
