import { describe, expect, it } from 'vitest';
import { disclosureClass } from '../../server/auth/disclosure.js';
import type { Actor } from '../../server/auth/policy.js';
import { AnswerCache, stableJson } from '../../server/cache/answers.js';
import type { DataVersion } from '../../server/cache/data-version.js';

const VIEWER: Actor = { id: 'v', role: 'viewer', name: 'v' };
const ANALYST: Actor = { id: 'a', role: 'analyst', name: 'a' };
const EDITOR: Actor = { id: 'e', role: 'editor', name: 'e', clusterIds: ['K1'] };
const ADMIN: Actor = { id: 'x', role: 'admin', name: 'x' };

/** A data version of the test's own: `now` is what current() answers. */
function versionSource(now = 'e:1') {
  const source = { now, reads: 0, checkMs: 0, current: async () => (source.reads++, source.now) };
  return source;
}
const cacheWith = (source: ReturnType<typeof versionSource>, maxEntries = 10) =>
  new AnswerCache(source as unknown as DataVersion, { maxEntries, maxMegabytes: 1, versionCheckMs: 0 });

describe('disclosure classes', () => {
  it('puts roles that see the same things together, and nobody without graph:read in any', () => {
    expect(disclosureClass(VIEWER)).toBe('bands/no-targets');
    expect(disclosureClass(ANALYST)).toBe('exact/targets');
    expect(disclosureClass(EDITOR)).toBe(disclosureClass(ANALYST));
    expect(disclosureClass(ADMIN)).toBe(disclosureClass(ANALYST));
    expect(disclosureClass(null)).toBeNull();
    expect(disclosureClass(undefined)).toBeNull();
  });
});

describe('stableJson', () => {
  it('gives equal keys for equal arguments whatever the order of their fields; undefined is left out', () => {
    expect(stableJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      stableJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1, e: undefined }),
    );
    expect(stableJson({ year: null })).not.toBe(stableJson({}));
    expect(stableJson(['a', 'b'])).not.toBe(stableJson(['b', 'a']));
  });
});

describe('AnswerCache', () => {
  it('computes once per (version, class, operation, arguments)', async () => {
    const source = versionSource();
    const cache = cacheWith(source);
    let runs = 0;
    const compute = async () => ({ run: ++runs });
    expect(await cache.get('op', ANALYST, { id: 1 }, compute)).toEqual({ run: 1 });
    expect(await cache.get('op', ADMIN, { id: 1 }, compute)).toEqual({ run: 1 });
    expect(await cache.get('op', VIEWER, { id: 1 }, compute)).toEqual({ run: 2 });
    expect(await cache.get('op', ANALYST, { id: 2 }, compute)).toEqual({ run: 3 });
    expect(await cache.get('other', ANALYST, { id: 1 }, compute)).toEqual({ run: 4 });
    source.now = 'e:2';
    expect(await cache.get('op', ANALYST, { id: 1 }, compute)).toEqual({ run: 5 });
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 5 });
  });

  it('shares one computation between identical questions asked at the same time', async () => {
    const cache = cacheWith(versionSource());
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const compute = async () => {
      runs++;
      await gate;
      return [runs];
    };
    const answers = Promise.all([1, 2, 3, 4].map(() => cache.get('op', ANALYST, {}, compute)));
    await new Promise((r) => setTimeout(r, 10));
    release();
    expect(await answers).toEqual([[1], [1], [1], [1]]);
    expect(runs).toBe(1);
    expect(cache.stats()).toMatchObject({ misses: 1, joined: 3 });
  });

  it('never keeps an error', async () => {
    const cache = cacheWith(versionSource());
    let runs = 0;
    const failing = async () => {
      runs++;
      throw new Error('database unavailable');
    };
    await expect(cache.get('op', ANALYST, {}, failing)).rejects.toThrow(/unavailable/);
    await expect(cache.get('op', ANALYST, {}, failing)).rejects.toThrow(/unavailable/);
    expect(runs).toBe(2);
  });

  it('serves nothing from the cache to a caller without a class (not signed in): the service decides', async () => {
    const cache = cacheWith(versionSource());
    await cache.get('op', ANALYST, {}, async () => 'secret');
    await expect(cache.get('op', null, {}, async () => Promise.reject(new Error('UNAUTHENTICATED')))).rejects.toThrow(/UNAUTHENTICATED/);
  });

  it('freezes answers: one caller cannot change what the next one gets', async () => {
    const cache = cacheWith(versionSource());
    const answer = await cache.get('op', ANALYST, {}, async () => ({ list: [{ value: 1 }] }));
    expect(() => answer.list.push({ value: 2 })).toThrow(TypeError);
    expect(() => {
      answer.list[0]!.value = 3;
    }).toThrow(TypeError);
  });

  it('keeps at most maxEntries answers, and none when off', async () => {
    const cache = cacheWith(versionSource(), 2);
    for (const id of [1, 2, 3]) await cache.get('op', ANALYST, { id }, async () => id);
    expect(cache.stats().entries).toBe(2);
    // and at most maxMegabytes of them
    const small = cacheWith(versionSource(), 100);
    const big = 'x'.repeat(400 * 1024);
    for (const id of [1, 2, 3]) await small.get('op', ANALYST, { id }, async () => big);
    expect(small.stats().entries).toBe(2);
    expect(small.stats().size).toBeLessThanOrEqual(1024 * 1024);
    const off = AnswerCache.off();
    let runs = 0;
    await off.get('op', ANALYST, {}, async () => ++runs);
    await off.get('op', ANALYST, {}, async () => ++runs);
    expect(runs).toBe(2);
    expect(off.enabled).toBe(false);
  });
});
