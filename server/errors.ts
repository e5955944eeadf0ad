import { GraphQLError } from 'graphql';

/** The stable error codes of the API (GraphQL `extensions.code` and HTTP JSON `code`). */
export const ERROR_CODES = [
  'BAD_INPUT',
  'NOT_FOUND',
  'DATABASE_UNAVAILABLE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'LIMIT_EXCEEDED',
  'IMPORT_INVALID',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Chinese first: what the web app shows for each code when the server sent no better message. */
export const ERROR_CODE_MESSAGES: Record<ErrorCode, { zh: string; en: string }> = {
  BAD_INPUT: { zh: '输入有误', en: 'Invalid input' },
  NOT_FOUND: { zh: '未找到', en: 'Not found' },
  DATABASE_UNAVAILABLE: { zh: '数据库暂时不可用，请稍后重试', en: 'The database is unavailable, try again shortly' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'Please sign in' },
  FORBIDDEN: { zh: '没有权限', en: 'Not allowed' },
  CONFLICT: { zh: '数据冲突', en: 'Conflict' },
  LIMIT_EXCEEDED: { zh: '超出限制', en: 'Limit exceeded' },
  IMPORT_INVALID: { zh: '导入数据有误', en: 'The import has errors' },
  INTERNAL: { zh: '服务器内部错误', en: 'Internal error' },
};

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

export function toGraphQLError(error: AppError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
}
