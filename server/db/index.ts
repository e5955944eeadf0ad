import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { CypherStatement } from '../cypher.js';
import { DatabaseAuthError, DatabaseUnavailableError, mapNeo4jError } from './errors.js';
import { toPlain } from './values.js';

export * from './errors.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** A transaction handed to a unit of work: runs named statements, returns plain rows. */
export interface Tx {
  run<R extends Row = Row>(statement: CypherStatement, params?: Params): Promise<R[]>;
}

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** how long to wait for a connection before answering DATABASE_UNAVAILABLE */
  connectionTimeoutMs?: number;
}

/** Observes every statement run (used by the request-count tests and logging). */
export type QueryListener = (statement: CypherStatement, params: Params) => void;

/**
 * The one owner of the Neo4j driver. Reads go through executeRead (routed to readers on a
 * cluster), writes through executeWrite; sessions are closed in finally; driver values are
 * converted to plain values and driver errors to typed errors here, nowhere else.
 */
export class Database {
  private readonly listeners = new Set<QueryListener>();

  private constructor(
    private readonly driver: Driver,
    readonly database: string,
  ) {}

  static create(options: DatabaseOptions): Database {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      userAgent: 'chainatlas/0.1',
      connectionAcquisitionTimeout: options.connectionTimeoutMs ?? 10_000,
      connectionTimeout: options.connectionTimeoutMs ?? 10_000,
      maxTransactionRetryTime: 5_000,
      disableLosslessIntegers: false,
      logging: { level: 'error', logger: () => {} },
    });
    return new Database(driver, options.database);
  }

  /** Checks that Neo4j answers with these credentials; throws a typed error otherwise. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyAuthentication({ database: this.database });
      await this.driver.executeQuery('RETURN 1', {}, { database: this.database });
    } catch (error) {
      const mapped = mapNeo4jError(error);
      if (mapped instanceof DatabaseAuthError) throw mapped;
      throw mapped instanceof DatabaseUnavailableError ? mapped : new DatabaseUnavailableError(`Neo4j does not answer: ${mapped.message}`, undefined, { cause: error });
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
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
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
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      for (const listener of this.listeners) listener(statement, params);
      const result = await session.run(statement.text, params, { metadata: { app: 'chainatlas' } });
      return result.records.map((record) => toPlain(record.toObject()) as R);
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    const config = { metadata: { app: 'chainatlas' }, ...(timeoutMs ? { timeout: timeoutMs } : {}) };
    try {
      const run = (tx: ManagedTransaction) => work(this.wrap(tx));
      return mode === 'READ' ? await session.executeRead(run, config) : await session.executeWrite(run, config);
    } catch (error) {
      throw mapNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  private wrap(tx: ManagedTransaction): Tx {
    return {
      run: async <R extends Row>(statement: CypherStatement, params: Params = {}) => {
        for (const listener of this.listeners) listener(statement, params);
        const result = await tx.run(statement.text, params);
        return result.records.map((record) => toPlain(record.toObject()) as R);
      },
    };
  }
}

/** Wraps a literal statement that is not user-facing (tests, EXPLAIN checks). */
export function adHoc(text: string, name = 'ad-hoc'): CypherStatement {
  return { name, text };
}
