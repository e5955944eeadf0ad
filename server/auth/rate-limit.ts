import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, type IncrementResponse, type Store } from 'express-rate-limit';
import type { SecurityConfig } from '../config.js';
import type { CypherLibrary } from '../cypher.js';
import { ConstraintViolationError, type Database } from '../db/index.js';
import { AppError } from '../errors.js';

/**
 * Rate limits.
 * - Requests (express-rate-limit, in memory per process): signed-in callers per user, anonymous
 *   ones per address. Generous: they stop floods, not people.
 * - Sign-in attempts: per address + user name, and per address, counted in Neo4j
 *   (`:RateLimit`) so that every server instance and a restart see the same count.
 */

/** An express-rate-limit store kept in Neo4j (fixed windows). */
class Neo4jRateLimitStore implements Store {
  private readonly q;
  readonly localKeys = false;
  prefix = '';

  constructor(
    private readonly db: Database,
    cypher: CypherLibrary,
    private windowMs: number,
    private readonly clock: () => number = Date.now,
  ) {
    this.q = cypher.pick('auth/rate-hit', 'auth/rate-get', 'auth/rate-decrement', 'auth/rate-reset');
  }

  init(options: { windowMs: number }): void {
    this.windowMs = options.windowMs;
  }

  async get(key: string): Promise<IncrementResponse | undefined> {
    const [row] = await this.db.read<{ count: number; resetAt: number }>(this.q['auth/rate-get'], {
      key: this.prefix + key,
      now: this.clock(),
    });
    return row ? { totalHits: row.count, resetTime: new Date(row.resetAt) } : undefined;
  }

  async increment(key: string): Promise<IncrementResponse> {
    const params = { key: this.prefix + key, now: this.clock(), windowMs: this.windowMs };
    let row: { count: number; resetAt: number } | undefined;
    try {
      [row] = await this.db.write<{ count: number; resetAt: number }>(this.q['auth/rate-hit'], params);
    } catch (error) {
      // Two first hits at once: the constraint refuses one MERGE; the node exists now.
      if (!(error instanceof ConstraintViolationError)) throw error;
      [row] = await this.db.write<{ count: number; resetAt: number }>(this.q['auth/rate-hit'], params);
    }
    return { totalHits: row!.count, resetTime: new Date(row!.resetAt) };
  }

  async decrement(key: string): Promise<void> {
    await this.db.write(this.q['auth/rate-decrement'], { key: this.prefix + key });
  }

  async resetKey(key: string): Promise<void> {
    await this.db.write(this.q['auth/rate-reset'], { key: this.prefix + key });
  }
}

/** Sign-in attempts: at most `attempts` per address and user name, and 10× that per address, per window. */
export class SignInLimiter {
  constructor(
    private readonly store: Store,
    private readonly attempts: number,
    private readonly windowMinutes: number,
  ) {}

  /** Counts an attempt; LIMIT_EXCEEDED when there were too many. */
  async hit(address: string, username: string): Promise<void> {
    const [pair, addressOnly] = await Promise.all([
      this.store.increment(`signin:${address}:${username}`),
      this.store.increment(`signin-address:${address}`),
    ]);
    if (pair.totalHits > this.attempts || addressOnly.totalHits > this.attempts * 10) {
      const resetTime = [pair, addressOnly].map((r) => r.resetTime?.getTime() ?? 0).reduce((a, b) => Math.max(a, b), 0);
      const minutes = Math.max(1, Math.ceil((resetTime - Date.now()) / 60_000));
      throw new AppError(
        'LIMIT_EXCEEDED',
        `登录尝试过多，请 ${minutes} 分钟后再试 (too many sign-in attempts: try again in ${minutes} minute(s); at most ${this.attempts} per ${this.windowMinutes} minutes)`,
        {
          retryAfterSeconds: minutes * 60,
        },
      );
    }
  }

  /** A successful sign-in clears the count of this address and user name. */
  async succeeded(address: string, username: string): Promise<void> {
    await this.store.resetKey(`signin:${address}:${username}`);
  }
}

export function signInLimiter(db: Database, cypher: CypherLibrary, limits: SecurityConfig['rateLimits']): SignInLimiter {
  const windowMs = limits.signInWindowMinutes * 60_000;
  return new SignInLimiter(new Neo4jRateLimitStore(db, cypher, windowMs), limits.signInAttempts, limits.signInWindowMinutes);
}

/** The client's address as Express sees it (X-Forwarded-For only through trusted proxies); IPv6 by /56. */
export function clientAddress(req: Request): string {
  return ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? 'unknown');
}

/**
 * Per-request limits: per user when signed in, per address otherwise. Answers 429 with the
 * API's JSON error shape (GraphQL clients get `errors[0].extensions.code = LIMIT_EXCEEDED`).
 */
export function requestLimiter(limits: SecurityConfig['rateLimits'], userOf: (req: Request) => { id: string } | null): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: (req) => (userOf(req) ? limits.userPerMinute : limits.anonymousPerMinute),
    keyGenerator: (req) => {
      const user = userOf(req);
      return user ? `user:${user.id}` : `address:${clientAddress(req)}`;
    },
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (req, res) => {
      const message = '请求过于频繁，请稍后再试 (too many requests: slow down and try again shortly)';
      if (req.baseUrl === '/graphql' || req.path === '/graphql')
        res.status(429).json({ errors: [{ message, extensions: { code: 'LIMIT_EXCEEDED' } }] });
      else res.status(429).json({ code: 'LIMIT_EXCEEDED', message });
    },
  });
}

/**
 * Admission control: at most `max` API requests of this process run at once, and at most
 * `perKey` of them for one caller (a user, or an address without a session), so that one
 * caller's burst never takes every place; the others wait their turn in arrival order, the
 * first waiting request whose caller has a free place going next (a request whose client goes
 * away leaves the queue). Under a burst the server keeps its throughput instead of running
 * hundreds of database transactions at once on a few cores; past `maxQueue` waiting requests,
 * new ones are answered 503 LIMIT_EXCEEDED.
 */
export function admission(options: { max: number; perKey?: number; keyOf?: (req: Request) => string; maxQueue?: number }): RequestHandler {
  const { max, maxQueue = 2000 } = options;
  const perKey = Math.min(options.perKey ?? max, max);
  const keyOf = options.keyOf ?? (() => '');
  let running = 0;
  const byKey = new Map<string, number>();
  const queue: { key: string; start: () => void }[] = [];
  const take = (key: string) => {
    running++;
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
  };
  const hasRoom = (key: string) => running < max && (byKey.get(key) ?? 0) < perKey;
  const next = () => {
    for (let i = 0; i < queue.length && running < max;) {
      const waiting = queue[i]!;
      if (!hasRoom(waiting.key)) {
        i++;
        continue;
      }
      queue.splice(i, 1);
      take(waiting.key);
      waiting.start();
    }
  };
  return (req, res, proceed) => {
    const key = keyOf(req);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      running--;
      const left = (byKey.get(key) ?? 1) - 1;
      if (left > 0) byKey.set(key, left);
      else byKey.delete(key);
      next();
    };
    const start = () => {
      if (res.writableEnded || req.destroyed) return release();
      res.once('finish', release);
      res.once('close', release);
      proceed();
    };
    // (whoever waits has no room: next() starts waiters as soon as they have)
    if (hasRoom(key)) {
      take(key);
      start();
      return;
    }
    if (queue.length >= maxQueue) {
      res.status(503).json({ code: 'LIMIT_EXCEEDED', message: '服务器繁忙，请稍后再试 (the server is busy: try again shortly)' });
      return;
    }
    const waiting = { key, start };
    queue.push(waiting);
    res.once('close', () => {
      const at = queue.indexOf(waiting);
      if (at >= 0) queue.splice(at, 1);
    });
  };
}
