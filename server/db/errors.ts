import { Neo4jError } from 'neo4j-driver';

/** Typed database errors: the one place where Neo4j's error codes are interpreted. */
export class DatabaseError extends Error {
  override name = 'DatabaseError';
  constructor(
    message: string,
    readonly neo4jCode?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
/** Neo4j cannot be reached (stopped, restarting, network): callers answer DATABASE_UNAVAILABLE. */
export class DatabaseUnavailableError extends DatabaseError {
  override name = 'DatabaseUnavailableError';
}
export class DatabaseAuthError extends DatabaseError {
  override name = 'DatabaseAuthError';
}
/** A uniqueness or existence constraint refused a write. */
export class ConstraintViolationError extends DatabaseError {
  override name = 'ConstraintViolationError';
}
/** A statement that Neo4j rejected as invalid: a programming error, never user input. */
class StatementError extends DatabaseError {
  override name = 'StatementError';
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  // the transaction ran past its timeout (DB_READ_TIMEOUT_MS, ...): Neo4j rolled it back
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

export function mapNeo4jError(error: unknown): Error {
  if (error instanceof DatabaseError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code;
    if (
      UNAVAILABLE_CODES.has(code) ||
      code.startsWith('Neo.TransientError.General') ||
      (/ECONNREFUSED|ECONNRESET|connection|Pool is closed/i.test(error.message) && !code.startsWith('Neo.ClientError.Statement'))
    ) {
      return new DatabaseUnavailableError(`Neo4j is unavailable: ${error.message}`, code, { cause: error });
    }
    if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
      return new DatabaseAuthError('Neo4j refused the user name or password (check NEO4J_USER and NEO4J_PASSWORD)', code, { cause: error });
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new ConstraintViolationError(error.message, code, { cause: error });
    }
    if (code.startsWith('Neo.ClientError.Statement')) {
      return new StatementError(error.message, code, { cause: error });
    }
    return new DatabaseError(error.message, code, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}
