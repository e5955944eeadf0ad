/** The stable error codes of the API (GraphQL `extensions.code` and HTTP JSON `code`). */
export type ErrorCode =
  | 'BAD_INPUT'
  | 'NOT_FOUND'
  | 'DATABASE_UNAVAILABLE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'LIMIT_EXCEEDED'
  | 'IMPORT_INVALID'
  | 'INTERNAL';

/** The HTTP status of each code: REST answers, and GraphQL errors raised before any resolver runs. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  BAD_INPUT: 400,
  NOT_FOUND: 404,
  DATABASE_UNAVAILABLE: 503,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  LIMIT_EXCEEDED: 429,
  IMPORT_INVALID: 400,
  INTERNAL: 500,
};

/** An expected error: its message is safe to show to the user. Services throw these. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const badInput = (message: string, details: Record<string, unknown> = {}) => new AppError('BAD_INPUT', message, details);
export const notFound = (message: string, details: Record<string, unknown> = {}) => new AppError('NOT_FOUND', message, details);
