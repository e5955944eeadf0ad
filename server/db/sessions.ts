import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who may hold a database session, and how many at once. Services do not know requests: the
 * HTTP layer runs each request inside a RequestSessions scope (AsyncLocalStorage), and
 * Database.transaction() takes a slot of the request's own small budget, then one of the
 * process-wide budget (well below the driver's pool), before it opens a session. So one request
 * with many analyses runs a few at a time, and other users always find a connection.
 */

/** A counting semaphore with a FIFO queue; a waiter may give up after a timeout. */
export class Semaphore {
  private active = 0;
  private readonly waiting: { grant: () => void }[] = [];

  constructor(readonly max: number) {}

  get inUse(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Resolves with the release function once a slot is free; rejects with onTimeout() after timeoutMs. */
  acquire(timeoutMs?: number, onTimeout?: () => Error): Promise<() => void> {
    const release = () => {
      let released = false;
      return () => {
        if (released) return;
        released = true;
        this.active--;
        const next = this.waiting.shift();
        if (next) next.grant();
      };
    };
    if (this.active < this.max) {
      this.active++;
      return Promise.resolve(release());
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        grant: () => {
          if (timer) clearTimeout(timer);
          this.active++;
          resolve(release());
        },
      };
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              const at = this.waiting.indexOf(waiter);
              if (at >= 0) this.waiting.splice(at, 1);
              reject(onTimeout ? onTimeout() : new Error('timed out waiting for a slot'));
            }, timeoutMs);
      this.waiting.push(waiter);
    });
  }
}

/** The database sessions of one request: at most `max` at once (the others wait their turn). */
export class RequestSessions {
  readonly slots: Semaphore;
  /** the most sessions this request held at once */
  peak = 0;

  constructor(max: number) {
    this.slots = new Semaphore(max);
  }
}

interface Scope {
  request: RequestSessions;
  /** inside a transaction of this request: a nested one must not wait for the request's own slots */
  nested: boolean;
}

const storage = new AsyncLocalStorage<Scope>();

/** Runs `fn` (and everything it starts) as part of `request`. */
export function runInRequest<T>(request: RequestSessions, fn: () => T): T {
  return storage.run({ request, nested: false }, fn);
}

/** The scope of the running code, if it is part of a request. */
export function currentScope(): Scope | undefined {
  return storage.getStore();
}

/** Runs `fn` marked as inside a transaction of the current request (if any). */
export function runNested<T>(fn: () => T): T {
  const scope = storage.getStore();
  return scope ? storage.run({ ...scope, nested: true }, fn) : fn();
}
