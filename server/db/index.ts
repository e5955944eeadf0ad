import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { CypherStatement } from '../cypher.js';
import { DatabaseAuthError, DatabaseUnavailableError, mapNeo4jError } from './errors.js';
import { currentScope, RequestSessions, runNested, Semaphore } from './sessions.js';
import { toPlain } from './values.js';

export * from './errors.js';
export { RequestSessions, runInRequest } from './sessions.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** A transaction handed to a unit of work: runs named statements, returns plain rows. */
export interface Tx {
  run<R extends Row = Row>(statement: CypherStatement, params?: Params): Promise<R[]>;
}

/**
 * How long database work may take before the caller gets DATABASE_UNAVAILABLE. Every unit of work
 * is bounded by a timer of our own too: a frozen Neo4j keeps its connections open and answers
 * nothing, so neither the driver's nor the server's timeouts would ever fire.
 */
export interface DatabaseTimeouts {
  /** waiting for a free session slot or pooled connection (and a new connection's handshake) */
  acquireMs: number;
  /** one read transaction (with its retries) */
  readMs: number;
  /** one write transaction (with its retries) */
  writeMs: number;
  /** one transaction of bulk work (imports, the seed, the schema): see bulk() */
  bulkMs: number;
}

/** How many sessions may be open at once. */
export interface DatabaseSessionLimits {
  /** in this process (the driver's pool has a few more, for health checks) */
  maxSessions: number;
  /** for one request: its other work waits its turn */
  perRequest: number;
}

/** The defaults of DB_* (server/config.ts): reads and writes answer within ~10 s, a client's usual patience. */
export const DEFAULT_DATABASE_TIMEOUTS: DatabaseTimeouts = { acquireMs: 2_000, readMs: 7_000, writeMs: 7_000, bulkMs: 30 * 60_000 };
export const DEFAULT_DATABASE_SESSIONS: DatabaseSessionLimits = { maxSessions: 64, perRequest: 4 };

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** how long to wait for a connection before answering DATABASE_UNAVAILABLE (= timeouts.acquireMs) */
  connectionTimeoutMs?: number;
  timeouts?: Partial<DatabaseTimeouts>;
  sessions?: Partial<DatabaseSessionLimits>;
}

/** Sessions now and the most one request held at once (for tests and monitoring). */
export interface SessionStats {
  active: number;
  waiting: number;
  maxSessions: number;
  perRequest: number;
  peakPerRequest: number;
}

/** One unit of work: abandoned once its caller was answered (past its time). */
interface UnitState {
  abandoned: boolean;
}

interface Shared {
  driver: Driver;
  listeners: Set<QueryListener>;
  gate: Semaphore;
  limits: DatabaseSessionLimits;
  peakPerRequest: number;
}

/** Observes every statement run (used by the request-count tests and logging). */
export type QueryListener = (statement: CypherStatement, params: Params) => void;

/**
 * The one owner of the Neo4j driver. Reads go through executeRead (routed to readers on a
 * cluster), writes through executeWrite; sessions are closed in finally; driver values are
 * converted to plain values and driver errors to typed errors here, nowhere else.
 */
export class Database {
  private constructor(
    private readonly shared: Shared,
    readonly database: string,
    readonly timeouts: DatabaseTimeouts,
  ) {}

  private get driver(): Driver {
    return this.shared.driver;
  }

  /** The same object for every view of this database (bulk() included): a key for per-process state such as the data version. */
  get identity(): object {
    return this.shared;
  }

  static create(options: DatabaseOptions): Database {
    const timeouts = {
      ...DEFAULT_DATABASE_TIMEOUTS,
      ...(options.connectionTimeoutMs ? { acquireMs: options.connectionTimeoutMs } : {}),
      ...options.timeouts,
    };
    const limits = { ...DEFAULT_DATABASE_SESSIONS, ...options.sessions };
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      userAgent: 'chainatlas/0.1',
      // our own session budget (maxSessions) stays below the pool: the driver never makes us wait
      maxConnectionPoolSize: limits.maxSessions + 8,
      // a new connection's handshake may take a while on a busy machine: the driver may take as
      // long as a transaction may; our own timers (bounded) are the ones that answer the caller
      connectionAcquisitionTimeout: Math.max(timeouts.acquireMs, timeouts.readMs, timeouts.writeMs),
      connectionTimeout: Math.max(timeouts.acquireMs, timeouts.readMs, timeouts.writeMs),
      maxTransactionRetryTime: Math.min(5_000, timeouts.readMs),
      disableLosslessIntegers: false,
      logging: { level: 'error', logger: () => {} },
    });
    return new Database(
      { driver, listeners: new Set(), gate: new Semaphore(limits.maxSessions), limits, peakPerRequest: 0 },
      options.database,
      timeouts,
    );
  }

  /**
   * The same database for bulk work (imports, the seed, the schema): its transactions may run
   * DB_BULK_TIMEOUT_MS; it shares the driver, the session budget and the listeners.
   */
  bulk(): Database {
    return new Database(this.shared, this.database, { ...this.timeouts, readMs: this.timeouts.bulkMs, writeMs: this.timeouts.bulkMs });
  }

  /** The session budget of one request (run the request's work with runInRequest). */
  requestSessions(): RequestSessions {
    return new RequestSessions(this.shared.limits.perRequest);
  }

  sessionStats(): SessionStats {
    const { gate, limits, peakPerRequest } = this.shared;
    return { active: gate.inUse, waiting: gate.queued, maxSessions: limits.maxSessions, perRequest: limits.perRequest, peakPerRequest };
  }

  /** Checks that Neo4j answers with these credentials; throws a typed error otherwise. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyAuthentication({ database: this.database });
      await this.driver.executeQuery('RETURN 1', {}, { database: this.database });
    } catch (error) {
      const mapped = mapNeo4jError(error);
      if (mapped instanceof DatabaseAuthError) throw mapped;
      throw mapped instanceof DatabaseUnavailableError
        ? mapped
        : new DatabaseUnavailableError(`Neo4j does not answer: ${mapped.message}`, undefined, { cause: error });
    }
  }

  /** true when Neo4j answers a trivial query now. */
  async ping(): Promise<boolean> {
    try {
      await this.driver.executeQuery('RETURN 1', {}, { database: this.database, routing: neo4j.routing.READ });
      return true;
    } catch {
      return false;
    }
  }

  onQuery(listener: QueryListener): () => void {
    this.shared.listeners.add(listener);
    return () => this.shared.listeners.delete(listener);
  }

  read<R extends Row = Row>(statement: CypherStatement, params: Params = {}): Promise<R[]> {
    return this.readTransaction((tx) => tx.run<R>(statement, params));
  }

  write<R extends Row = Row>(statement: CypherStatement, params: Params = {}): Promise<R[]> {
    return this.writeTransaction((tx) => tx.run<R>(statement, params));
  }

  readTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  /** One unit of work in one transaction: all of it is committed or none of it. */
  writeTransaction<T>(work: (tx: Tx) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
    return this.transaction('WRITE', work, options.timeoutMs);
  }

  /**
   * Runs one statement in an auto-commit transaction: needed for CALL { } IN TRANSACTIONS
   * and LOAD CSV batches, which cannot run inside a managed transaction.
   */
  async autoCommit<R extends Row = Row>(statement: CypherStatement, params: Params = {}): Promise<R[]> {
    return this.bounded(this.timeouts.writeMs, async () => {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        for (const listener of this.shared.listeners) listener(statement, params);
        const result = await session.run(statement.text, params, { metadata: { app: 'chainatlas' } });
        return result.records.map((record) => toPlain(record.toObject()) as R);
      } finally {
        await session.close().catch(() => {});
      }
    });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    const limitMs = timeoutMs ?? (mode === 'READ' ? this.timeouts.readMs : this.timeouts.writeMs);
    return this.bounded(limitMs, async (unit) => {
      const session = this.driver.session({
        database: this.database,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      });
      // Neo4j ends the transaction itself at the same time (its rollback, not a half-done write).
      const config = { metadata: { app: 'chainatlas' }, timeout: limitMs };
      try {
        const run = (tx: ManagedTransaction) => runNested(() => work(this.wrap(tx, unit)));
        return mode === 'READ' ? await session.executeRead(run, config) : await session.executeWrite(run, config);
      } finally {
        await session.close().catch(() => {});
      }
    });
  }

  /**
   * Runs one unit of work in a session slot (the request's, then the process's) within limitMs:
   * past it the caller gets DatabaseUnavailableError while the work ends in the background (a
   * frozen Neo4j answers when it resumes); its process slot stays taken until then, as its
   * connection does, and waiting for a slot is bounded by acquireMs.
   */
  private async bounded<T>(limitMs: number, unit: (state: UnitState) => Promise<T>): Promise<T> {
    const scope = currentScope();
    let releaseRequest: (() => void) | undefined;
    if (scope && !scope.nested) {
      // the request's own work waits for its own earlier work (each of it bounded): no timeout here
      releaseRequest = await scope.request.slots.acquire();
      scope.request.peak = Math.max(scope.request.peak, scope.request.slots.inUse);
      this.shared.peakPerRequest = Math.max(this.shared.peakPerRequest, scope.request.peak);
    }
    let releaseProcess: () => void;
    try {
      releaseProcess = await this.shared.gate.acquire(
        this.timeouts.acquireMs,
        () =>
          new DatabaseUnavailableError(
            `no database session became free within ${this.timeouts.acquireMs} ms (Neo4j is slow or not answering)`,
            'ChainAtlas.SessionTimeout',
          ),
      );
    } catch (error) {
      releaseRequest?.();
      throw error;
    }
    const state: UnitState = { abandoned: false };
    const work = unit(state).finally(() => {
      releaseProcess();
      releaseRequest?.();
    });
    work.catch(() => {});
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // the caller is told it failed: the work must not commit later (a frozen Neo4j resuming)
        state.abandoned = true;
        releaseRequest?.();
        reject(new DatabaseUnavailableError(`Neo4j did not answer within ${limitMs} ms`, 'ChainAtlas.Timeout'));
      }, limitMs);
    });
    try {
      return await Promise.race([work, deadline]);
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      clearTimeout(timer);
    }
  }

  private wrap(tx: ManagedTransaction, unit: UnitState): Tx {
    const check = () => {
      if (unit.abandoned) throw new DatabaseUnavailableError('the transaction ran past its time and was rolled back', 'ChainAtlas.Timeout');
    };
    return {
      run: async <R extends Row>(statement: CypherStatement, params: Params = {}) => {
        check();
        for (const listener of this.shared.listeners) listener(statement, params);
        const result = await tx.run(statement.text, params);
        check();
        return result.records.map((record) => toPlain(record.toObject()) as R);
      },
    };
  }
}

/** Wraps a literal statement that is not user-facing (tests, EXPLAIN checks). */
export function adHoc(text: string, name = 'ad-hoc'): CypherStatement {
  return { name, text };
}
