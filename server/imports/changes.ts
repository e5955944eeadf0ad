import { GraphWrites } from '../graph-writes.js';
import { randomUUID } from 'node:crypto';
import { SegmentFigures } from '../aggregates/segment-figures.js';
import { requirePermission, type Actor } from '../auth/policy.js';
import type { CypherLibrary, CypherStatement } from '../cypher.js';
import type { Database, Tx } from '../db/index.js';
import { AppError, badInput, notFound } from '../errors.js';
import { firstArg } from '#shared/args.js';
import { decodeOffsetCursor, encodeCursor, pageInfoOf, type PageInfo } from '../pagination.js';
import { HOME_COUNTIES } from '#shared/facts.js';
import { FILE_NAMES, type FileName } from './spec.js';
import type { RowData } from './validate.js';
import { RESTORE_ORDER, rowKeys } from './journal.js';
import { batches } from './write.js';

/**
 * The per-row audit of imports and their undo. Around every batch an import writes, in the
 * batch's transaction, the importer takes an image of each row's entity before and after (its
 * properties and the links it owns, as JSON, from `cypher/imports/changes/image-*.cypher`) and
 * records one `(:ImportChange {importId, kind, key, file, row, op, keyFields, before, after})`
 * per row that the import created or changed; `importId` is the id of the import's audit entry.
 * Undoing an import (admins) puts every such row back in ONE transaction: refused with CONFLICT,
 * naming the rows, when a row is no longer as the import left it (its image differs from the
 * after-image: edited or re-imported since) or when something else now refers to a node the
 * import created; audited as its own entry (`import.undo`).
 */
export type ChangeKind =
  | 'chains'
  | 'segments'
  | 'clusters'
  | 'cluster-years'
  | 'enterprises'
  | 'enterprise-years'
  | 'institutes'
  | 'platforms'
  | 'supply-links'
  | 'collaborations';

// The search synonyms (an admin's dictionary, edited in the app with its own audit) have no per-row
// image yet: their rows are not recorded, and an undo leaves them as they are.
const KIND_OF_FILE: Partial<Record<FileName, ChangeKind>> = {
  chains: 'chains',
  segments: 'segments',
  clusters: 'clusters',
  cluster_years: 'cluster-years',
  enterprises: 'enterprises',
  enterprise_years: 'enterprise-years',
  institutes: 'institutes',
  platforms: 'platforms',
  supply_links: 'supply-links',
  collaborations: 'collaborations',
};
const KINDS = Object.values<ChangeKind>(KIND_OF_FILE);

/** Undo order: links first, then nodes from the most dependent, so a created node is deleted after what the import linked to it. */
const UNDO_ORDER: readonly ChangeKind[] = RESTORE_ORDER.filter((name): name is ChangeKind => KINDS.includes(name as ChangeKind));

/** One undo is one transaction: larger imports (staged ones) cannot be undone here (see README). */
const MAX_UNDO_ROWS = 150_000;
/** Rows named in full in a CONFLICT of an undo. */
const CONFLICTS_LISTED = 100;
const IMPORT_CHANGES_DEFAULT_PAGE = 50;
const IMPORT_CHANGES_MAX_PAGE = 500;

/** JSON text with object keys sorted, so two images compare equal when their values do (and 800 equals 800.0). */
function canonical(json: string | null): string | null {
  if (json === null) return null;
  const sort = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sort);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((k) => [k, sort((value as Record<string, unknown>)[k])]),
      );
    return value;
  };
  return JSON.stringify(sort(JSON.parse(json)));
}

/** Images of a batch's rows before it is written, by entity key. */
export type BeforeImages = Map<string, string | null>;

export interface ImportChangeRecord {
  file: FileName;
  /** spreadsheet row (the header is row 1) */
  row: number | null;
  kind: ChangeKind;
  key: string;
  op: 'created' | 'updated';
  /** JSON: properties and owned links before the import; null for a row it created */
  before: string | null;
  /** JSON: as the import left it */
  after: string | null;
}

export interface ImportChangeConnection {
  edges: { cursor: string; node: ImportChangeRecord }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface ImportUndoResult {
  importId: string;
  /** rows put back to their values before the import */
  restored: number;
  /** rows the import had created, deleted */
  deleted: number;
  /** the id of the undo's audit entry */
  auditEntryId: string;
}

interface StoredChange extends ImportChangeRecord {
  keyFields: string;
}

export class ImportChanges {
  private readonly images: Record<ChangeKind, CypherStatement>;
  private readonly undos: Record<ChangeKind, CypherStatement>;
  private readonly q;
  private readonly writes: GraphWrites;
  /** an undo moves the kept local-firm figures (server/aggregates/) by the firms it puts back, in its transaction */
  private readonly figures: SegmentFigures;

  constructor(
    private readonly db: Database,
    cypher: CypherLibrary,
    private readonly batchSize = 5000,
  ) {
    this.images = cypher.pickEach('imports/changes/image-', KINDS);
    this.undos = cypher.pickEach('imports/changes/undo-', KINDS);
    this.q = cypher.pick(
      'imports/changes/record',
      'imports/changes/list',
      'imports/changes/count',
      'imports/changes/import-entry',
      'imports/changes/orphan-counties',
      'imports/write/products',
    );
    this.writes = new GraphWrites(db, cypher);
    this.figures = new SegmentFigures(cypher);
  }

  // ---- recording (inside the import's write transactions) ----

  /** Images of the rows of a batch about to be written. */
  async before(tx: Tx, file: FileName, rows: RowData[]): Promise<BeforeImages> {
    const kind = KIND_OF_FILE[file];
    if (!kind) return new Map();
    return this.imagesOf(
      tx,
      kind,
      rows.map((r) => rowKeys(file, r)),
    );
  }

  /** After the batch is written: records an ImportChange for every row whose image changed. Returns how many. */
  async record(tx: Tx, importId: string, file: FileName, rows: RowData[], before: BeforeImages): Promise<number> {
    const kind = KIND_OF_FILE[file];
    if (!kind) return 0;
    const items = rows.map((r) => rowKeys(file, r));
    const after = await this.imagesOf(tx, kind, items);
    const changes: Record<string, unknown>[] = [];
    items.forEach((item, i) => {
      const k = String(item.key);
      const was = before.get(k) ?? null;
      const now = after.get(k) ?? null;
      if (canonical(was) === canonical(now)) return;
      const row = rows[i]!._row;
      changes.push({
        kind,
        key: k,
        file,
        row: typeof row === 'number' ? row : null,
        keyFields: JSON.stringify(item),
        before: was,
        after: now,
      });
    });
    if (changes.length > 0) await tx.run(this.q['imports/changes/record'], { importId, changes });
    return changes.length;
  }

  private async imagesOf(tx: Tx, kind: ChangeKind, items: Record<string, unknown>[]): Promise<Map<string, string | null>> {
    const images = new Map<string, string | null>();
    if (items.length === 0) return images;
    for (const row of await tx.run<{ key: string; image: string | null }>(this.images[kind], { items })) images.set(row.key, row.image);
    return images;
  }

  // ---- reading ----

  /** An import's per-row changes, in file and row order, page by page (admins). */
  async list(
    actor: Actor | null,
    args: { importId: string; first?: number | null; after?: string | null },
  ): Promise<ImportChangeConnection> {
    requirePermission(actor, 'audit:read');
    const importId = importIdArg(args.importId);
    const first = firstArg(args.first, 'cursor', { default: IMPORT_CHANGES_DEFAULT_PAGE, max: IMPORT_CHANGES_MAX_PAGE });
    const skip = args.after === null || args.after === undefined ? 0 : decodeOffsetCursor('importChanges', args.after);
    return this.db.readTransaction(async (tx) => {
      const [count] = await tx.run<{ total: number }>(this.q['imports/changes/count'], { importId });
      const rows = await tx.run<StoredChange & Record<string, unknown>>(this.q['imports/changes/list'], {
        importId,
        files: FILE_NAMES,
        skip,
        limit: first,
      });
      const edges = rows.map((row, i) => ({ cursor: encodeCursor('importChanges', skip + i + 1), node: publicChange(row) }));
      const totalCount = count?.total ?? 0;
      return {
        edges,
        pageInfo: pageInfoOf(edges, { hasNextPage: skip + edges.length < totalCount, hasPreviousPage: skip > 0 }),
        totalCount,
      };
    });
  }

  // ---- undo ----

  /** Puts back every row an import created or changed, in one transaction (admins); see the class comment. */
  async undo(actor: Actor | null, rawImportId: string): Promise<ImportUndoResult> {
    const admin = requirePermission(actor, 'imports:undo');
    const importId = importIdArg(rawImportId);
    return this.writes.run(async (tx) => {
      const [entry] = await tx.run<{ id: string; userId: string; after: string | null; undoneBy: string | null; undoneAt: string | null }>(
        this.q['imports/changes/import-entry'],
        { importId },
      );
      if (!entry) throw notFound(`没有这次导入 (no import ${importId} in the audit log)`, { field: 'importId' });
      if (entry.undoneBy)
        throw new AppError('CONFLICT', `这次导入已于 ${entry.undoneAt} 撤销 (import ${importId} was already undone at ${entry.undoneAt})`, {
          reason: 'UNDONE',
          undoneBy: entry.undoneBy,
          undoneAt: entry.undoneAt,
        });
      const summary = entry.after ? (JSON.parse(entry.after) as { perRowAudit?: boolean }) : {};
      if (summary.perRowAudit === false)
        throw new AppError(
          'CONFLICT',
          `这次导入没有逐行记录，无法撤销 (import ${importId} was written without a per-row audit and cannot be undone)`,
        );
      const [count] = await tx.run<{ total: number }>(this.q['imports/changes/count'], { importId });
      const total = count?.total ?? 0;
      if (total > MAX_UNDO_ROWS) {
        throw new AppError(
          'LIMIT_EXCEEDED',
          `这次导入修改了 ${total} 行，超过一次撤销的上限 ${MAX_UNDO_ROWS} 行 (the import changed ${total} rows; one undo handles at most ${MAX_UNDO_ROWS})`,
          { total, limit: MAX_UNDO_ROWS },
        );
      }
      const changes: StoredChange[] = [];
      for (let skip = 0; skip < total; skip += this.batchSize) {
        changes.push(
          ...(await tx.run<StoredChange & Record<string, unknown>>(this.q['imports/changes/list'], {
            importId,
            files: FILE_NAMES,
            skip,
            limit: this.batchSize,
          })),
        );
      }
      const byKind = new Map<ChangeKind, StoredChange[]>();
      for (const change of changes) {
        let list = byKind.get(change.kind);
        if (!list) byKind.set(change.kind, (list = []));
        list.push(change);
      }

      // 1. Every row must still be as the import left it.
      const conflicts: { file: string; row: number | null; key: string }[] = [];
      for (const [kind, list] of byKind) {
        for (const batch of batches(list, this.batchSize)) {
          const now = await this.imagesOf(
            tx,
            kind,
            batch.map((c) => JSON.parse(c.keyFields) as Record<string, unknown>),
          );
          for (const change of batch)
            if (canonical(now.get(change.key) ?? null) !== canonical(change.after))
              conflicts.push({ file: change.file, row: change.row, key: change.key });
        }
      }
      if (conflicts.length > 0) throw undoConflict(importId, 'CHANGED', conflicts, '导入之后又被修改', 'changed again after the import');

      // The firms whose local figures the undo changes: their contribution leaves the kept figures now and comes back
      // once they are put back (the segments their old images name are locked now with the others); the segments
      // of its segments rows are recomputed whole.
      const touchedCodes = [
        ...(byKind.get('enterprises') ?? []).map((c) => c.key),
        ...(byKind.get('enterprise-years') ?? []).map((c) => String((JSON.parse(c.keyFields) as { creditCode: string }).creditCode)),
      ];
      const touchedSegments = (byKind.get('segments') ?? []).map((c) => c.key);
      const joining = (byKind.get('enterprises') ?? []).flatMap((c) =>
        c.before ? ((JSON.parse(c.before) as { segments?: string[] }).segments ?? []) : [],
      );
      await this.figures.subtractFirms(tx, touchedCodes, [...joining, ...touchedSegments]);

      // 2. Put everything back, links first; a created node something else now refers to blocks the undo.
      let deleted = 0;
      const blocked: { file: string; row: number | null; key: string }[] = [];
      const deleting = (byKind.get('segments') ?? []).filter((c) => c.before === null).map((c) => c.key);
      for (const kind of UNDO_ORDER) {
        const list = byKind.get(kind) ?? [];
        for (const batch of batches(list, this.batchSize)) {
          const items = batch.map((c) => ({ ...(JSON.parse(c.keyFields) as Record<string, unknown>), before: c.before }));
          const [result] = await tx.run<{ deleted: number; blocked: string[] }>(this.undos[kind], { items, deleting });
          deleted += result?.deleted ?? 0;
          const keys = new Set(result?.blocked ?? []);
          for (const change of batch) if (keys.has(change.key)) blocked.push({ file: change.file, row: change.row, key: change.key });
        }
      }
      if (blocked.length > 0)
        throw undoConflict(
          importId,
          'REFERENCED',
          blocked,
          '是这次导入新建的，但之后已被其他数据引用',
          'were created by the import but other data now refers to them',
        );

      // 3. Derived data: the products text of the firms involved, and counties nothing refers to any more.
      const firms = new Set<string>();
      for (const change of byKind.get('supply-links') ?? [])
        firms.add(String((JSON.parse(change.keyFields) as { supplier: string }).supplier));
      for (const change of byKind.get('enterprises') ?? []) firms.add(change.key);
      for (const batch of batches([...firms], this.batchSize)) await tx.run(this.q['imports/write/products'], { codes: batch });
      const counties = new Set<string>();
      for (const change of [...(byKind.get('enterprises') ?? []), ...(byKind.get('clusters') ?? [])]) {
        for (const image of [change.before, change.after]) {
          const county = image ? (JSON.parse(image) as { props?: { county?: unknown } }).props?.county : null;
          if (typeof county === 'string') counties.add(county);
        }
      }
      if (counties.size > 0)
        await tx.run(this.q['imports/changes/orphan-counties'], { names: [...counties], homeCounties: HOME_COUNTIES.map((c) => c.name) });

      await this.figures.addFirms(tx, touchedCodes);
      await this.figures.recompute(tx, touchedSegments);

      const restored = changes.length - deleted;
      const auditEntryId = randomUUID();
      await this.writes.record(tx, admin, {
        id: auditEntryId,
        action: 'import.undo',
        entity: 'Import',
        key: importId,
        before: { importId, importedBy: entry.userId, changes: changes.length },
        after: { restored, deleted },
      });
      return { importId, restored, deleted, auditEntryId };
    });
  }
}

function publicChange(row: StoredChange): ImportChangeRecord {
  return { file: row.file, row: row.row, kind: row.kind, key: row.key, op: row.op, before: row.before, after: row.after };
}

/** `reason` tells the web page which sentence to show: CHANGED (edited or re-imported since), REFERENCED (a created node other data now uses). */
function undoConflict(
  importId: string,
  reason: 'CHANGED' | 'REFERENCED',
  rows: { file: string; row: number | null; key: string }[],
  zh: string,
  en: string,
): AppError {
  const named = rows.slice(0, 5).map((r) => `${r.file} 第${r.row}行（${r.key}）`);
  const namedEn = rows.slice(0, 5).map((r) => `${r.file} row ${r.row} (${r.key})`);
  const more = rows.length > named.length ? ` 等 ${rows.length} 行` : '';
  const moreEn = rows.length > named.length ? ` and ${rows.length - named.length} more` : '';
  return new AppError(
    'CONFLICT',
    `无法撤销：${named.join('；')}${more}${zh}，未做任何修改 (cannot undo import ${importId}: ${namedEn.join('; ')}${moreEn} ${en}; nothing was changed)`,
    {
      reason,
      rows: rows.slice(0, CONFLICTS_LISTED),
      rowTotal: rows.length,
    },
  );
}

function importIdArg(raw: string): string {
  const id = String(raw ?? '').trim();
  if (!/^[A-Za-z0-9-]{1,64}$/.test(id)) throw badInput('importId is not the id of an import', { field: 'importId' });
  return id;
}
