import { randomUUID } from 'node:crypto';
import type { CypherLibrary } from '../cypher.js';
import type { Database, Tx } from '../db/index.js';
import { requirePermission, type Actor } from '../auth/policy.js';
import { badInput } from '../errors.js';
import { firstArg } from '#shared/args.js';
import { decodeCursor, encodeCursor, pageInfoOf, type PageInfo } from '../pagination.js';

/**
 * The audit log: every write records who, when, what, and the state before and after, as one
 * `(:AuditEntry)` written in the SAME transaction as the change (a change cannot be committed
 * without its entry, nor an entry without its change). Admins read it as a Relay connection.
 */
export interface AuditChange {
  /** what was done, e.g. `targetList.create`, `enterprise.update`, `user.disable`, `import` */
  action: string;
  /** the kind of thing changed: TargetList, TargetListEntry, Enterprise, SupplyLink, User, Session, Import */
  entity: string;
  /** which one (its id or key) */
  key: string;
  before?: unknown;
  after?: unknown;
  /** the credit codes of the enterprises it concerns (a firm's page lists its recent changes by them) */
  subjects?: readonly string[];
  /** the entry's id when others refer to it (an import's id is its entry's id); a new UUID otherwise */
  id?: string;
}

export interface AuditEntry {
  id: string;
  /** ISO 8601 instant (UTC) */
  at: string;
  userId: string;
  action: string;
  entity: string;
  key: string;
  /** JSON text; null when there was nothing (a creation's before, a deletion's after) */
  before: string | null;
  after: string | null;
}

export interface AuditConnection {
  edges: { cursor: string; node: AuditEntry }[];
  pageInfo: PageInfo;
}

const AUDIT_DEFAULT_PAGE_SIZE = 50;
const AUDIT_MAX_PAGE_SIZE = 200;
/** Before/after images longer than this are stored shortened (the entry still says what and who). */
const MAX_JSON_CHARS = 64 * 1024;

/** JSON text of a before/after image; null for nothing; a long one is shortened and marked. */
function auditJson(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = JSON.stringify(value);
  if (text.length <= MAX_JSON_CHARS) return text;
  return JSON.stringify({ truncated: true, length: text.length, start: text.slice(0, 4000) });
}

/** Writes audit entries inside a caller's transaction. Every service that writes holds one. */
export class AuditWriter {
  private readonly q;

  constructor(
    cypher: CypherLibrary,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.q = cypher.pick('audit/record');
  }

  async record(tx: Tx, actor: Pick<Actor, 'id'> | null, change: AuditChange): Promise<void> {
    await tx.run(this.q['audit/record'], {
      id: change.id ?? randomUUID(),
      at: this.clock().toISOString(),
      userId: actor?.id ?? 'anonymous',
      action: change.action,
      entity: change.entity,
      key: change.key.slice(0, 500),
      before: auditJson(change.before),
      after: auditJson(change.after),
      subjects: [...new Set(change.subjects ?? [])],
    });
  }
}

/** Reading the log: admins only. */
export class AuditService {
  private readonly q;

  constructor(
    private readonly db: Database,
    cypher: CypherLibrary,
  ) {
    this.q = cypher.pick('audit/list');
  }

  async list(
    actor: Actor | null,
    args: { first?: number | null; after?: string | null; userId?: string | null; entity?: string | null },
  ): Promise<AuditConnection> {
    requirePermission(actor, 'audit:read');
    const first = firstArg(args.first, 'cursor', { default: AUDIT_DEFAULT_PAGE_SIZE, max: AUDIT_MAX_PAGE_SIZE });
    const position = args.after === null || args.after === undefined ? null : decodeAuditCursor(args.after);
    const userId = shortText(args.userId, 'userId');
    const entity = shortText(args.entity, 'entity');
    const rows = await this.db.read<AuditEntry & Record<string, unknown>>(this.q['audit/list'], {
      userId,
      entity,
      afterAt: position?.at ?? null,
      afterId: position?.id ?? null,
      limit: first + 1,
    });
    const page = rows.slice(0, first);
    const edges = page.map((node) => ({ cursor: encodeAuditCursor(node), node }));
    return { edges, pageInfo: pageInfoOf(edges, { hasNextPage: rows.length > first, hasPreviousPage: position !== null }) };
  }
}

function shortText(raw: string | null | undefined, field: string): string | null {
  const text = raw?.trim() ?? '';
  if (text === '') return null;
  if (text.length > 100) throw badInput(`${field} is too long (100 characters at most)`, { field });
  return text;
}

/** The audit log's keyset: the time and id of the last entry of a page (newest first). */
function encodeAuditCursor(entry: Pick<AuditEntry, 'at' | 'id'>): string {
  return encodeCursor('audit', JSON.stringify([entry.at, entry.id]));
}

function decodeAuditCursor(cursor: string): { at: string; id: string } {
  let value: unknown = null;
  try {
    value = JSON.parse(decodeCursor('audit', cursor));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
  }
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string' &&
    value[0].length <= 40 &&
    value[1].length <= 40
  ) {
    return { at: value[0], id: value[1] };
  }
  throw badInput('after is not a cursor of the audit log', { field: 'after' });
}
