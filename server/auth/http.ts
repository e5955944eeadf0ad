import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { SecurityConfig } from '../config.js';
import { DatabaseUnavailableError } from '../db/index.js';
import { AppError, HTTP_STATUS, type ErrorCode } from '../errors.js';
import type { HttpExchange } from '../graphql/context.js';
import { requirePermission, requireSignedIn, type Permission } from './policy.js';
import { clientAddress } from './rate-limit.js';
import type { AuthService, SessionUser } from './service.js';

/** The caller of an HTTP request, resolved once from the session cookie. */
interface RequestAuth {
  user: SessionUser | null;
  token: string | undefined;
  /** set when the session could not be looked up (Neo4j unavailable) */
  error?: unknown;
}

declare module 'express-serve-static-core' {
  interface Request {
    auth?: RequestAuth;
  }
}

/** The session cookie: `__Host-` prefixed when Secure (no Domain, Path=/, HTTPS only). */
function sessionCookieName(security: Pick<SecurityConfig, 'cookieSecure'>): string {
  return security.cookieSecure ? '__Host-chainatlas_session' : 'chainatlas_session';
}

/** Reads the session cookie and resolves the user (null when none or expired); never rejects the request itself. */
export function sessionMiddleware(auth: AuthService, security: Pick<SecurityConfig, 'cookieSecure'>): RequestHandler {
  const name = sessionCookieName(security);
  return async (req, _res, next) => {
    // cookie-parser types the parsed cookies as `any`
    const cookie: unknown = (req.cookies as Record<string, unknown> | undefined)?.[name];
    const token = typeof cookie === 'string' ? cookie : undefined;
    try {
      req.auth = { user: await auth.userForToken(token), token };
    } catch (error) {
      req.auth = { user: null, token, error };
    }
    next();
  };
}

/** What the GraphQL resolvers may do to the exchange: set and clear the session cookie. */
export function httpExchange(req: Request, res: Response, security: Pick<SecurityConfig, 'cookieSecure'>): HttpExchange {
  const name = sessionCookieName(security);
  const base = { httpOnly: true, sameSite: 'lax' as const, secure: security.cookieSecure, path: '/' };
  return {
    address: clientAddress(req),
    sessionToken: req.auth?.token,
    setSessionCookie: (token, expiresAt) => {
      res.cookie(name, token, { ...base, expires: expiresAt });
    },
    clearSessionCookie: () => {
      res.clearCookie(name, base);
    },
  };
}

/** An error as the REST routes answer it: `{ code, message }` with the matching status. */
export function sendHttpError(res: Response, error: unknown): void {
  if (res.headersSent) return;
  if (error instanceof AppError) {
    res.status(HTTP_STATUS[error.code]).json({ code: error.code, message: error.message, ...error.details });
  } else if (error instanceof DatabaseUnavailableError) {
    res.status(503).json({ code: 'DATABASE_UNAVAILABLE', message: '数据库暂时不可用，请稍后重试 (database unavailable)' });
  } else {
    console.error(error);
    res.status(500).json({ code: 'INTERNAL', message: 'Internal server error' });
  }
}

/** An error in the shape the path's clients read: GraphQL's `{ errors: [...] }` on /graphql, `{ code, message }` elsewhere. */
function sendApiError(req: Request, res: Response, status: number, code: ErrorCode, message: string): void {
  if (res.headersSent) return;
  if (req.originalUrl.startsWith('/graphql')) res.status(status).json({ errors: [{ message, extensions: { code } }] });
  else res.status(status).json({ code, message });
}

/** Body-parser failures (`err.type`) the client caused, as the API's codes. */
const BODY_ERRORS: Record<string, { status: number; code: ErrorCode; message: string }> = {
  'entity.parse.failed': { status: 400, code: 'BAD_INPUT', message: '请求内容不是有效的 JSON (the request body is not valid JSON)' },
  'entity.too.large': { status: 413, code: 'LIMIT_EXCEEDED', message: '请求内容过大 (the request body is too large)' },
  'parameters.too.many': { status: 413, code: 'LIMIT_EXCEEDED', message: '请求参数过多 (too many parameters)' },
  'encoding.unsupported': { status: 415, code: 'BAD_INPUT', message: '不支持的内容编码 (unsupported content encoding)' },
  'charset.unsupported': { status: 415, code: 'BAD_INPUT', message: '不支持的字符集 (unsupported charset)' },
};

/**
 * The last handler of the app: every error that reached Express (a body that is not JSON or too
 * large, anything thrown by a middleware) is answered as JSON with a stable code, never Express's
 * HTML page with its stack trace; the unexpected ones are logged here and answered INTERNAL.
 */
export function apiErrorHandler(): (error: unknown, req: Request, res: Response, next: NextFunction) => void {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const type = (error as { type?: unknown } | null)?.type;
    const known = typeof type === 'string' ? BODY_ERRORS[type] : undefined;
    if (known) return sendApiError(req, res, known.status, known.code, known.message);
    const status = (error as { status?: unknown; expose?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500 && (error as { expose?: unknown }).expose) {
      return sendApiError(req, res, status, status === 413 ? 'LIMIT_EXCEEDED' : 'BAD_INPUT', '请求有误 (bad request)');
    }
    if (error instanceof AppError) return sendApiError(req, res, HTTP_STATUS[error.code], error.code, error.message);
    if (error instanceof DatabaseUnavailableError)
      return sendApiError(req, res, 503, 'DATABASE_UNAVAILABLE', '数据库暂时不可用，请稍后重试 (database unavailable)');
    console.error(error);
    sendApiError(req, res, 500, 'INTERNAL', 'Internal server error');
  };
}

/** An API path that no route answers: JSON NOT_FOUND (not Express's HTML page). */
export function apiNotFound(): RequestHandler {
  return (req, res) =>
    sendApiError(req, res, 404, 'NOT_FOUND', `没有这个接口 (no such API route: ${req.method} ${req.baseUrl}${req.path})`);
}

/**
 * Guards a REST route: a signed-in caller (with `permission`, when given), before anything else
 * of the request is read (an upload is refused before it is received).
 */
export function requireHttp(permission?: Permission): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.auth?.error) return sendHttpError(res, req.auth.error);
    try {
      if (permission) requirePermission(req.auth?.user ?? null, permission);
      else requireSignedIn(req.auth?.user ?? null);
    } catch (error) {
      // The client may still be sending an upload: answer, then close the connection.
      if (req.method !== 'GET' && req.method !== 'HEAD') res.set('Connection', 'close');
      return sendHttpError(res, error);
    }
    next();
  };
}

/**
 * CORS, closed by default: only the configured origins get Access-Control-Allow-* headers
 * (with credentials); a preflight from any other origin is answered 403.
 */
export function cors(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && allowed.has(origin)) {
      res.vary('Origin');
      res.set({ 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' });
      if (req.method === 'OPTIONS') {
        res
          .set({
            'Access-Control-Allow-Methods': 'GET, POST',
            'Access-Control-Allow-Headers': 'content-type, apollo-require-preflight, x-apollo-operation-name',
            'Access-Control-Max-Age': '600',
          })
          .status(204)
          .end();
        return;
      }
    } else if (origin && req.method === 'OPTIONS') {
      res.status(403).end();
      return;
    }
    next();
  };
}

/**
 * A request that changes something (not GET/HEAD) and says it comes from another site (Origin,
 * or without one its Referer) must come from this host or an allowed origin: a second line
 * behind SameSite=Lax cookies. A request that says neither (curl, scripts) passes on to the
 * session check.
 */
export function sameOriginWrites(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    let origin = req.headers.origin;
    let from: string | undefined = origin;
    if (!origin && req.headers.referer) {
      from = req.headers.referer;
      try {
        origin = new URL(from).origin;
      } catch {
        origin = 'null';
      }
    }
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS' || !origin || allowed.has(origin)) return next();
    let sameHost: boolean;
    try {
      // req.host: the Host header, or X-Forwarded-Host through a trusted proxy (TRUST_PROXY).
      const url = new URL(from!);
      sameHost = ['http:', 'https:'].includes(url.protocol) && url.host === req.host;
    } catch {
      sameHost = false;
    }
    if (sameHost) return next();
    res.status(403).json({ code: 'FORBIDDEN', message: '跨站请求被拒绝 (a cross-site request was refused)' });
  };
}
