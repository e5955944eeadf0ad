import { LRUCache } from 'lru-cache';
import { disclosureClass } from '../auth/disclosure.js';
import type { Actor } from '../auth/policy.js';
import { DEFAULT_DATA_VERSION_CHECK_MS, type DataVersion } from './data-version.js';

/** ANSWER_CACHE_ENTRIES and DATA_VERSION_CHECK_MS (server/config.ts). */
export interface AnswerCacheConfig {
  /** answers kept at most (least recently used go first); 0 turns the cache off */
  maxEntries: number;
  /** and at most this many MiB of them (measured as their JSON text) */
  maxMegabytes: number;
  /** how often this process reads the data version at most (another process's write is seen within it) */
  versionCheckMs: number;
}

export const DEFAULT_ANSWER_CACHE: AnswerCacheConfig = {
  maxEntries: 5000,
  maxMegabytes: 64,
  versionCheckMs: DEFAULT_DATA_VERSION_CHECK_MS,
};

/** Counters for tests and monitoring. */
export interface AnswerCacheStats {
  hits: number;
  misses: number;
  /** callers that waited for an identical computation already running (single-flight) */
  joined: number;
  entries: number;
  /** their size as JSON text, in characters */
  size: number;
}

/**
 * Analyses' answers reused until the data changes: an in-process LRU cache of what a service
 * returns, keyed by (data version, the caller's disclosure class, the operation, its normalised
 * arguments). Analyses are read far more often than the data changes, and their answers are the
 * same for every caller who may see the same things (server/auth/disclosure.ts
 * disclosureClass), so one computation serves them all until the next write bumps the version
 * (data-version.ts). Identical misses at the same time share one computation (single-flight).
 * Errors are never kept. Answers are frozen: a caller changing one would change it for everyone.
 *
 * Callers without 'graph:read' (no class) are never served from it: the service's own check
 * refuses them. Arguments must be normalised by the service first (trimmed ids, defaults
 * applied) and must hold everything the answer depends on besides the data and the class.
 */
export class AnswerCache {
  private readonly entries: LRUCache<string, { value: unknown; size: number }> | null;
  private readonly running = new Map<string, Promise<unknown>>();
  private readonly counters = { hits: 0, misses: 0, joined: 0 };
  private lastVersion: string | null = null;

  constructor(
    private readonly versions: DataVersion | null,
    config: AnswerCacheConfig = DEFAULT_ANSWER_CACHE,
  ) {
    this.entries =
      versions && config.maxEntries > 0 && config.maxMegabytes > 0
        ? new LRUCache<string, { value: unknown; size: number }>({
            max: config.maxEntries,
            maxSize: config.maxMegabytes * 1024 * 1024,
            sizeCalculation: (entry) => entry.size,
          })
        : null;
    if (versions) versions.checkMs = config.versionCheckMs;
  }

  /** A cache that keeps nothing (tests that change data behind the services' back, tools). */
  static off(): AnswerCache {
    return new AnswerCache(null, { maxEntries: 0, maxMegabytes: 0, versionCheckMs: 0 });
  }

  get enabled(): boolean {
    return this.entries !== null;
  }

  stats(): AnswerCacheStats {
    return { ...this.counters, entries: this.entries?.size ?? 0, size: this.entries?.calculatedSize ?? 0 };
  }

  /** The answer of `operation` for these arguments as `actor` may see it: reused, joined or computed by `compute`. */
  get<T>(operation: string, actor: Actor | null, args: unknown, compute: () => Promise<T>): Promise<T> {
    return this.lookup(operation, disclosureClass(actor), args, compute);
  }

  /**
   * An answer that is the same for every caller who may ask (firms' own properties, search
   * hits): shared by all classes. Only after the service has checked the caller's permission.
   */
  shared<T>(operation: string, args: unknown, compute: () => Promise<T>): Promise<T> {
    return this.lookup(operation, 'all', args, compute);
  }

  private async lookup<T>(operation: string, disclosure: string | null, args: unknown, compute: () => Promise<T>): Promise<T> {
    if (!this.entries || !this.versions || disclosure === null) return compute();
    const version = await this.versions.current();
    if (version !== this.lastVersion) {
      // answers of older versions are never asked for again: free them now rather than by age
      if (this.lastVersion !== null) this.entries.clear();
      this.lastVersion = version;
    }
    const key = `${version}\u0000${disclosure}\u0000${operation}\u0000${stableJson(args)}`;
    const found = this.entries.get(key);
    if (found) {
      this.counters.hits++;
      return found.value as T;
    }
    const pending = this.running.get(key);
    if (pending) {
      this.counters.joined++;
      return pending as Promise<T>;
    }
    this.counters.misses++;
    const promise = compute().then((value) => {
      deepFreeze(value);
      // kept under the version read before computing: an answer that already saw a later write
      // is only ever newer than its key says, never older
      if (this.lastVersion === version) this.entries!.set(key, { value, size: key.length + (JSON.stringify(value)?.length ?? 1) });
      return value;
    });
    this.running.set(key, promise);
    try {
      return await promise;
    } finally {
      this.running.delete(key);
    }
  }
}

/** JSON with object keys sorted and undefined left out: equal arguments give equal keys. */
export function stableJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v,
    ) ?? 'undefined'
  );
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
}
