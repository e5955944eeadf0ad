import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors.js';
import { decodeCursor, decodeOffsetCursor, encodeCursor, pageInfoOf } from '../../server/pagination.js';

const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'accepted';
  } catch (error) {
    return error instanceof AppError ? `${error.code} ${String(error.details.field)}` : String(error);
  }
};
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('cursors', () => {
  it('round-trip a position of their own list, and show no offset in the clear', () => {
    for (const offset of [0, 1, 19, 123456, 999_999_999]) expect(decodeOffsetCursor('search', encodeCursor('search', offset))).toBe(offset);
    expect(decodeCursor('audit', encodeCursor('audit', '["2026-01-01T00:00:00Z","a-b"]'))).toBe('["2026-01-01T00:00:00Z","a-b"]');
    expect(encodeCursor('search', 5)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encodeCursor('search', 5)).not.toContain('5');
  });

  it('refuse a garbled, forged or foreign cursor with BAD_INPUT on `after`', () => {
    const genuine = encodeCursor('search', 40);
    const [list, position, check] = JSON.parse(Buffer.from(genuine, 'base64url').toString('utf8')) as string[];
    const bad = [
      '',
      'abc',
      '!!!',
      'x'.repeat(400),
      genuine.slice(0, -2),
      b64('offset:40'), // the old, bare offset
      b64(JSON.stringify([list, '4000', check])), // a forged offset with the old check
      b64(JSON.stringify([list, position])), // no check
      b64(JSON.stringify(['importChanges', position, check])), // another list's name
      encodeCursor('importChanges', 40), // another list's genuine cursor
      b64('[1,2,3]'),
      b64('{"a":1}'),
    ];
    for (const cursor of bad) expect([cursor, codeOf(() => decodeOffsetCursor('search', cursor))]).toEqual([cursor, 'BAD_INPUT after']);
  });

  it('refuse a genuine cursor whose position is not an offset where one is expected', () => {
    expect(codeOf(() => decodeOffsetCursor('search', encodeCursor('search', '-1')))).toBe('BAD_INPUT after');
    expect(codeOf(() => decodeOffsetCursor('search', encodeCursor('search', '1e3')))).toBe('BAD_INPUT after');
  });
});

describe('page information', () => {
  it('has the start and end cursors of the page and says whether pages lie before and after it', () => {
    expect(pageInfoOf([{ cursor: 'a' }, { cursor: 'b' }, { cursor: 'c' }], { hasNextPage: true, hasPreviousPage: false })).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: 'a',
      endCursor: 'c',
    });
    expect(pageInfoOf([], { hasNextPage: false, hasPreviousPage: true })).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });
});
