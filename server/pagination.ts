import { createHash } from 'node:crypto';
import { badInput } from './errors.js';

/**
 * Cursors and page information of every connection (searchEnterprises, auditLog,
 * importChanges); the rules are in docs/api-conventions.md.
 *
 * A cursor is opaque to clients: base64url of `[list, position, check]`, where `list` names the
 * connection, `position` is where the next page starts (an offset, or the audit log's keyset)
 * and `check` is a short hash of both. A cursor that was garbled, hand-edited (a forged offset)
 * or comes from another connection is BAD_INPUT, never silently another page. The check is
 * integrity, not secrecy: a cursor grants nothing (every page is authorised and limited on its
 * own), so it needs no server secret and works on every instance.
 */
export type CursorList = 'search' | 'audit' | 'importChanges';

const MAX_CURSOR_LENGTH = 300;

const checkOf = (list: CursorList, position: string) =>
  createHash('sha256').update(`${list}\n${position}`).digest('base64url').slice(0, 10);

export function encodeCursor(list: CursorList, position: string | number): string {
  const text = String(position);
  return Buffer.from(JSON.stringify([list, text, checkOf(list, text)]), 'utf8').toString('base64url');
}

/** The position a cursor of `list` stands for; BAD_INPUT (field `after`) when it is not one. */
export function decodeCursor(list: CursorList, cursor: string): string {
  const refuse = () =>
    badInput('after is not a cursor of this list: pass an endCursor or edge cursor from a previous page of the same list', {
      field: 'after',
    });
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (
    !Array.isArray(value) ||
    value.length !== 3 ||
    value[0] !== list ||
    typeof value[1] !== 'string' ||
    value[2] !== checkOf(list, value[1])
  )
    throw refuse();
  return value[1];
}

/** An offset cursor's position: a whole number below a billion. */
export function decodeOffsetCursor(list: CursorList, cursor: string): number {
  const position = decodeCursor(list, cursor);
  if (!/^\d{1,9}$/.test(position)) throw badInput('after is not a cursor of this list', { field: 'after' });
  return Number(position);
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/**
 * Relay page information of a page of edges. Pages go forward only (first/after):
 * hasPreviousPage says whether the page starts after the beginning of the list (an `after` was
 * given and it was not before the first item), as the Relay spec allows for forward paging.
 */
export function pageInfoOf(edges: readonly { cursor: string }[], page: { hasNextPage: boolean; hasPreviousPage: boolean }): PageInfo {
  return {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
}
