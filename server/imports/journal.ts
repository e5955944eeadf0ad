import fs from 'node:fs';
import os from 'node:os';
import { SegmentFigures } from '../aggregates/segment-figures.js';
import { DataVersion } from '../cache/data-version.js';
import type { CypherLibrary, CypherStatement } from '../cypher.js';
import type { Database, Tx } from '../db/index.js';
import type { FileName } from './spec.js';
import type { RowData } from './validate.js';

/**
 * The journal of a staged (large) import. Each batch runs in its own transaction which first
 * records a before-image of every entity the batch will write (`:ImportJournalEntry`: whether
 * it existed, its properties and the relationships it owns, as JSON; the first image per
 * import wins), then writes, then updates the heartbeat of the `:ImportJournal` node. Rolling
 * back deletes what the import created and restores what it changed, batch by batch, each
 * batch removing its journal entries in the same transaction, so a roll-back that is itself
 * interrupted simply continues later. See server/imports/README.md.
 */
type JournalStatus = 'RUNNING' | 'DONE' | 'ROLLING_BACK';

const SNAPSHOT_NAMES = [
  'chains',
  'segments',
  'counties',
  'clusters',
  'cluster-years',
  'enterprises',
  'enterprise-counties',
  'enterprise-years',
  'institutes',
  'platforms',
  'supply-links',
  'collaborations',
  'synonyms',
] as const;
type SnapshotName = (typeof SNAPSHOT_NAMES)[number];

/**
 * Restore order: relationships first, then nodes from the most dependent; any order is correct, this one does least
 * work. Undoing an import (changes.ts) deletes in this order too, where the order matters: a created node goes after
 * what the import linked to it.
 */
export const RESTORE_ORDER = [
  'synonyms',
  'supply-links',
  'collaborations',
  'platforms',
  'institutes',
  'enterprise-years',
  'enterprises',
  'cluster-years',
  'clusters',
  'counties',
  'segments',
  'chains',
] as const;

const INDEXES = [
  'imports/journal/index-journal',
  'imports/journal/index-entries',
  'imports/journal/index-entries-entity',
  'imports/journal/index-entries-import',
] as const;
const CONTROL = [
  'imports/journal/begin',
  'imports/journal/heartbeat',
  'imports/journal/set-status',
  'imports/journal/delete-entries',
  'imports/journal/delete',
  'imports/journal/list',
  'imports/changes/delete',
] as const;

const key = (...parts: unknown[]) => parts.map(String).join('|');

/** The entity key and key fields of a row, as the snapshot, image and undo statements take them. */
export function rowKeys(file: FileName, r: RowData): Record<string, unknown> {
  switch (file) {
    case 'cluster_years':
      return { key: key(r.clusterId, r.year), clusterId: r.clusterId, year: r.year };
    case 'enterprises':
      return { key: r.creditCode };
    case 'enterprise_years':
      return { key: key(r.creditCode, r.year), creditCode: r.creditCode, year: r.year };
    case 'supply_links':
      return {
        key: key(r.supplier, r.buyer, r.segmentId, r.year),
        supplier: r.supplier,
        buyer: r.buyer,
        segmentId: r.segmentId,
        year: r.year,
      };
    case 'collaborations':
      return {
        key: key(r.instituteId, r.creditCode, r.kind, r.year),
        instituteId: r.instituteId,
        creditCode: r.creditCode,
        kind: r.kind,
        year: r.year,
      };
    case 'synonyms':
      return { key: key(r.segmentId, r.term), segmentId: r.segmentId, term: r.term };
    default:
      return { key: r.id };
  }
}

/** The snapshot statements (and their items) that must run before a batch of a file is written. */
function snapshotsFor(file: FileName, rows: RowData[]): [SnapshotName, Record<string, unknown>[]][] {
  const items = rows.map((r) => rowKeys(file, r));
  switch (file) {
    case 'clusters':
      return [
        ['counties', [...new Set(rows.map((r) => r.county as string))].map((name) => ({ key: name }))],
        ['clusters', items],
      ];
    case 'enterprises':
      return [
        ['enterprise-counties', rows.map((r) => ({ creditCode: r.creditCode, county: r.county }))],
        ['enterprises', items],
      ];
    case 'cluster_years':
      return [['cluster-years', items]];
    case 'enterprise_years':
      return [['enterprise-years', items]];
    case 'supply_links':
      return [['supply-links', items]];
    default:
      // chains, segments, institutes, platforms, collaborations, synonyms: the snapshot has the file's name
      return [[file, items]];
  }
}

export interface JournalInfo {
  id: string;
  status: JournalStatus;
  host: string | null;
  pid: number | null;
  heartbeatAt: number;
  startedAt: number;
}

export class ImportJournal {
  private readonly snapshots: Record<SnapshotName, CypherStatement>;
  private readonly restores: Record<(typeof RESTORE_ORDER)[number], CypherStatement>;
  private readonly control: { readonly [K in (typeof CONTROL)[number]]: CypherStatement };
  private readonly indexes: CypherStatement[];
  private readonly versions: DataVersion;
  /** the kept local-firm figures (server/aggregates/): invalid while rows are put back, rebuilt after */
  private readonly figures: SegmentFigures;

  constructor(
    private readonly db: Database,
    cypher: CypherLibrary,
    private readonly batchSize = 5000,
  ) {
    this.versions = DataVersion.of(db, cypher);
    this.figures = new SegmentFigures(cypher);
    this.snapshots = cypher.pickEach('imports/journal/snapshot-', SNAPSHOT_NAMES);
    this.restores = cypher.pickEach('imports/journal/restore-', RESTORE_ORDER);
    this.control = cypher.pick(...CONTROL);
    const picked = cypher.pick(...INDEXES);
    this.indexes = INDEXES.map((n) => picked[n]);
  }

  /** Creates the journal's indexes (idempotent; schema changes run in their own transactions). */
  async ensureIndexes(): Promise<void> {
    for (const statement of this.indexes) await this.db.write(statement);
  }

  async begin(importId: string, files: string[]): Promise<void> {
    await this.db.write(this.control['imports/journal/begin'], { importId, host: os.hostname(), pid: process.pid, files });
  }

  /** Records before-images of what a batch of `file` will write (inside the batch's transaction). */
  async snapshot(tx: Tx, importId: string, file: FileName, rows: RowData[]): Promise<void> {
    for (const [name, items] of snapshotsFor(file, rows)) {
      if (items.length > 0) await tx.run(this.snapshots[name], { importId, items });
    }
  }

  /** Records before-images of enterprises whose `products` will be recomputed. */
  async snapshotEnterprises(tx: Tx, importId: string, codes: string[]): Promise<void> {
    await tx.run(this.snapshots.enterprises, { importId, items: codes.map((code) => ({ key: code })) });
  }

  async heartbeat(tx: Tx, importId: string, step: string): Promise<void> {
    const rows = await tx.run(this.control['imports/journal/heartbeat'], { importId, step });
    if (rows.length === 0) throw new Error(`the journal of import ${importId} is gone (rolled back by another process?)`);
  }

  /** The import succeeded: mark it DONE (with `onDone`, e.g. its audit entry, in the same transaction), then drop its journal in batches. */
  async finish(importId: string, onDone?: (tx: Tx) => Promise<void>): Promise<void> {
    await this.db.writeTransaction(async (tx) => {
      await tx.run(this.control['imports/journal/set-status'], { importId, status: 'DONE' });
      await onDone?.(tx);
    });
    await this.dropEntries(importId);
  }

  /**
   * Undoes everything the import wrote, batch by batch, then drops its journal. `segmentIds`: the
   * segments whose kept figures the import touched (server/aggregates/), when known (else all).
   */
  async rollback(importId: string, segmentIds?: readonly string[]): Promise<void> {
    await this.db.write(this.control['imports/journal/set-status'], { importId, status: 'ROLLING_BACK' });
    for (const name of RESTORE_ORDER) {
      for (;;) {
        // putting rows back changes graph data: each batch bumps the data version
        const [result] = await this.versions.write(this.db, async (tx) => {
          await this.figures.invalidate(tx, segmentIds ?? null);
          return tx.run<{ rows: number }>(this.restores[name], { importId, limit: this.batchSize });
        });
        if (!result || result.rows === 0) break;
      }
    }
    await this.figures.rebuild(this.db, segmentIds);
    // The per-row audit of the batches that were committed describes changes that no longer exist.
    for (;;) {
      const [result] = await this.db.write<{ rows: number }>(this.control['imports/changes/delete'], { importId, limit: this.batchSize });
      if (!result || result.rows === 0) break;
    }
    await this.dropEntries(importId);
  }

  async list(): Promise<JournalInfo[]> {
    return this.db.read<JournalInfo & Record<string, unknown>>(this.control['imports/journal/list']);
  }

  private async dropEntries(importId: string): Promise<void> {
    for (;;) {
      const [result] = await this.db.write<{ rows: number }>(this.control['imports/journal/delete-entries'], {
        importId,
        limit: this.batchSize,
      });
      if (!result || result.rows === 0) break;
    }
    await this.db.write(this.control['imports/journal/delete'], { importId });
  }
}

/** Whether a process of this host still runs (a zombie, killed but not yet reaped, does not). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return true;
  }
}

export interface RecoveryResult {
  /** interrupted imports that were rolled back */
  rolledBack: string[];
  /** imports that had finished writing and whose journal was cleaned up */
  finished: string[];
  /** imports left alone because their process still runs */
  running: string[];
}

/**
 * Run at start-up (the CLI and the server): rolls back staged imports whose process died
 * (same host and its pid is gone, or no heartbeat for `staleAfterMs`), and finishes the
 * clean-up of imports that had completed. Safe to run at any time and more than once.
 */
export async function recoverInterruptedImports(
  db: Database,
  cypher: CypherLibrary,
  options: { staleAfterMs?: number; log?: (line: string) => void } = {},
): Promise<RecoveryResult> {
  // rolling back a staged import is bulk work
  const journal = new ImportJournal(db.bulk(), cypher);
  const staleAfterMs = options.staleAfterMs ?? 10 * 60_000;
  const result: RecoveryResult = { rolledBack: [], finished: [], running: [] };
  for (const info of await journal.list()) {
    if (info.status === 'DONE') {
      await journal.finish(info.id);
      result.finished.push(info.id);
      continue;
    }
    const sameHost = info.host === os.hostname();
    const dead = sameHost && info.pid !== null && info.pid !== process.pid && !processAlive(info.pid);
    const stale = Date.now() - info.heartbeatAt > staleAfterMs;
    if (dead || stale) {
      options.log?.(`Rolling back the interrupted import ${info.id} (started ${new Date(info.startedAt).toISOString()})...`);
      await journal.rollback(info.id);
      result.rolledBack.push(info.id);
    } else {
      result.running.push(info.id);
    }
  }
  return result;
}
