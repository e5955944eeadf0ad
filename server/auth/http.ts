import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { SecurityConfig } from '../config.js';
import { DatabaseUnavailableError } from '../db/index.js';
import { AppError, type ErrorCode } from '../errors.js';
import type { HttpExchange } from '../graphql/context.js';
import { requirePermission, requireSignedIn, type Permission } from './policy.js';
import { clientAddress } from './rate-limit.js';
import type { AuthService, SessionUser } from './service.js';

/** The caller of an HTTP request, resolved once from the session cookie. */
export interface RequestAuth {
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
export function sessionCookieName(security: Pick<SecurityConfig, 'cookieSecure'>): string {
  return security.cookieSecure ? '__Host-chainatlas_session' : 'chainatlas_session';
}

/** Reads the session cookie and resolves the user (null when none or expired); never rejects the request itself. */
export function sessionMiddleware(auth: AuthService, security: Pick<SecurityConfig, 'cookieSecure'>): RequestHandler {
  const name = sessionCookieName(security);
  return async (req, _res, next) => {
    const token = typeof req.cookies?.[name] === 'string' ? (req.cookies[name] as string) : undefined;
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

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { BAD_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, LIMIT_EXCEEDED: 429, DATABASE_UNAVAILABLE: 503 };

/** An error as the REST routes answer it: `{ code, message }` with the matching status. */
export function sendHttpError(res: Response, error: unknown): void {
  if (res.headersSent) return;
  if (error instanceof AppError) {
    res.status(HTTP_STATUS[error.code] ?? 400).json({ code: error.code, message: error.message, ...error.details });
  } else if (error instanceof DatabaseUnavailableError) {
    res.status(503).json({ code: 'DATABASE_UNAVAILABLE', message: '数据库暂时不可用，请稍后重试 (database unavailable)' });
  } else {
    console.error(error);
    res.status(500).json({ code: 'INTERNAL', message: 'Internal server error' });
  }
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
 * A request that changes something (not GET/HEAD) and says it comes from another site (Origin)
 * must come from this host or an allowed origin: a second line behind SameSite=Lax cookies.
 */
export function sameOriginWrites(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS' || !origin || allowed.has(origin)) return next();
    let sameHost = false;
    try {
      // req.host: the Host header, or X-Forwarded-Host through a trusted proxy (TRUST_PROXY).
      sameHost = new URL(origin).host === req.host;
    } catch {
      sameHost = false;
    }
    if (sameHost) return next();
    res.status(403).json({ code: 'FORBIDDEN', message: '跨站请求被拒绝 (a cross-site request was refused)' });
  };
}
