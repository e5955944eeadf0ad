import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { admission } from '../../server/auth/rate-limit.js';
import { currentScope, RequestSessions, runInRequest, runNested, Semaphore } from '../../server/db/sessions.js';

/** The session budgets (server/db/sessions.ts) and the per-user share of admission control. */
describe('Semaphore', () => {
  it('grants at most max at once, in arrival order, and gives up after the timeout', async () => {
    const gate = new Semaphore(2);
    const first = await gate.acquire();
    await gate.acquire();
    const order: string[] = [];
    const third = gate.acquire().then((release) => (order.push('third'), release));
    const fourth = gate.acquire().then((release) => (order.push('fourth'), release));
    const late = gate.acquire(20, () => new Error('no slot'));
    expect(gate.inUse).toBe(2);
    await expect(late).rejects.toThrow('no slot');
    first();
    first(); // releasing twice frees one slot only
    (await third)();
    await fourth;
    expect(order).toEqual(['third', 'fourth']);
    expect(gate.inUse).toBe(2);
    expect(gate.queued).toBe(0);
  });
});

describe('request scopes', () => {
  it('follow the request through awaits, and mark work inside a transaction as nested', async () => {
    const request = new RequestSessions(4);
    await runInRequest(request, async () => {
      await new Promise((r) => setTimeout(r, 1));
      expect(currentScope()?.request).toBe(request);
      expect(currentScope()?.nested).toBe(false);
      await runNested(async () => {
        await Promise.resolve();
        expect(currentScope()).toEqual({ request, nested: true });
      });
    });
    expect(currentScope()).toBeUndefined();
  });
});

describe('admission with a per-user share', () => {
  const fakeExchange = (user: string) => {
    const res = Object.assign(new EventEmitter(), { writableEnded: false, status: () => res, json: () => res }) as unknown as Response &
      EventEmitter;
    return { req: { user, destroyed: false } as unknown as Request, res };
  };

  it("starts another user's request while one user's burst waits for its own share", () => {
    const admit = admission({ max: 4, perKey: 2, keyOf: (req) => (req as unknown as { user: string }).user });
    const started: string[] = [];
    const exchanges = ['a1', 'a2', 'a3', 'a4', 'a5', 'b1'].map((name) => ({ name, ...fakeExchange(name[0]!) }));
    for (const { name, req, res } of exchanges) admit(req, res, () => started.push(name));
    // a's third to fifth wait: a holds its share (2) although the process has room (4)
    expect(started).toEqual(['a1', 'a2', 'b1']);
    exchanges[0]!.res.emit('finish');
    expect(started).toEqual(['a1', 'a2', 'b1', 'a3']);
    exchanges[5]!.res.emit('finish');
    exchanges[1]!.res.emit('finish');
    expect(started).toEqual(['a1', 'a2', 'b1', 'a3', 'a4']);
  });
});
