import type { CypherLibrary, CypherStatement } from '../cypher.js';
import type { Database, Params, Tx } from '../db/index.js';
import { MAX_YEAR, MIN_YEAR } from '#shared/limits.js';
import { SRDI_QUALIFIED_LEVELS } from '#shared/thresholds.js';

/** Segments recomputed per transaction by a full rebuild (each holds its segments' locks until it commits). */
const REBUILD_BATCH = 25;

/** What a write changed, for the figures: the firms it wrote and the segments they were in before it. */
export interface TouchedFirms {
  /** credit codes of the firms whose properties, yearly figures or segments the write changed */
  codes?: readonly string[];
  /** segments to recompute besides the ones the firms are in now (the ones they left) */
  segmentIds?: readonly string[];
}

/** The parameters of gaps/segments the kept figures depend on. */
export interface FirmRowParams {
  clusterId: string;
  segmentIds: readonly string[];
  figuresYear: number | null;
  scope: string;
  scopeRegion: string | null;
  /** what-if-attract's firms: never from the kept figures */
  attracted: readonly string[];
}

/**
 * The local-firm figures of every segment per year, scope and region bucket (README.md here),
 * kept by every writer of graph data:
 * - a writer that changes a few firms (an edit, an import undo) calls `subtractFirms` before its
 *   write and `addFirms` after it, in the same transaction: the kept rows move by those firms'
 *   contribution (aggregates/firm-delta);
 * - an import calls `segmentsOf` before its write (the segments its firms are in) and `refresh`
 *   after it, in the same transaction: the segments of those firms, before and after, are
 *   recomputed (aggregates/recompute, one set-based statement);
 * - a writer that commits in many transactions (a staged import, its rollback) calls
 *   `invalidate` in each for the segments it touches, and `rebuild` of them once it is done:
 *   meanwhile reports read those segments' firms;
 * - the bulk loader calls `rebuild` after the load, before the app serves.
 */
export class SegmentFigures {
  private readonly q;

  constructor(cypher: CypherLibrary) {
    this.q = cypher.pick(
      'aggregates/lock',
      'aggregates/data-years',
      'aggregates/segments-of-firms',
      'aggregates/recompute',
      'aggregates/all-segments',
      'aggregates/invalidate',
      'aggregates/stale',
      'aggregates/segment-figures',
      'aggregates/firm-delta',
    );
  }

  /**
   * The rows of gaps/segments (`live`, with its parameters): the local figures of the segments
   * whose kept figures cover the report from them, with their cluster figures read live; the
   * rest, and any report they cannot answer (what-if-attract's firms, no figures year, a cluster
   * without a code at the scope), from `live` itself.
   */
  async firmRows<R extends { segmentId: string }>(db: Database, live: CypherStatement, params: Params & FirmRowParams): Promise<R[]> {
    if (params.attracted.length > 0 || params.figuresYear === null || params.scopeRegion === null) return db.read<R & Params>(live, params);
    const [kept] = await db.read<{ coveredIds: string[]; liveIds: string[]; local: R[]; cluster: R[] }>(
      this.q['aggregates/segment-figures'],
      params,
    );
    const rows = new Map<string, R>();
    for (const row of [...(kept?.local ?? []), ...(kept?.cluster ?? [])]) rows.set(row.segmentId, { ...rows.get(row.segmentId), ...row });
    const liveIds = kept?.liveIds ?? params.segmentIds;
    if (liveIds.length > 0)
      for (const row of await db.read<R & Params>(live, { ...params, segmentIds: liveIds })) rows.set(row.segmentId, row);
    return [...rows.values()];
  }

  /** The segments the firms `codes` are in now (inside the writer's transaction, before its write). */
  async segmentsOf(tx: Tx, codes: readonly string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const [row] = await tx.run<{ segmentIds: string[] }>(this.q['aggregates/segments-of-firms'], { codes: [...new Set(codes)] });
    return row?.segmentIds ?? [];
  }

  /**
   * Before a write that changes a few firms (an edit, an import undo), in its transaction: locks
   * the firms and the heads of their segments and of `joining` (segments a firm is about to join),
   * and takes the firms' contribution away from the figures of the segments they are in now. After
   * the write, `addFirms` with the same codes puts their new contribution back: the kept rows move
   * by these firms only, whatever the size of their segments (README.md: per-firm deltas).
   */
  async subtractFirms(tx: Tx, codes: readonly string[], joining: readonly string[] = []): Promise<void> {
    await this.firmDelta(tx, codes, -1, joining);
  }

  /** After the write that `subtractFirms` came before: adds the firms' contribution to the segments they are in now. */
  async addFirms(tx: Tx, codes: readonly string[]): Promise<void> {
    await this.firmDelta(tx, codes, 1, []);
  }

  private async firmDelta(tx: Tx, codes: readonly string[], sign: 1 | -1, joining: readonly string[]): Promise<void> {
    if (codes.length === 0) return;
    await tx.run(this.q['aggregates/firm-delta'], {
      codes: [...new Set(codes)].sort(),
      sign,
      segmentIds: [...new Set(joining)],
      srdiLevels: SRDI_QUALIFIED_LEVELS,
    });
  }

  /** Recomputes the figures of the segments the touched firms are in now, and of `segmentIds`, in the writer's transaction. */
  async refresh(tx: Tx, touched: TouchedFirms): Promise<void> {
    const now = await this.segmentsOf(tx, touched.codes ?? []);
    await this.recompute(tx, [...new Set([...now, ...(touched.segmentIds ?? [])])]);
  }

  /** Recomputes the figures of `segmentIds` (locked first) for every year the data has. */
  async recompute(tx: Tx, segmentIds: readonly string[]): Promise<void> {
    if (segmentIds.length === 0) return;
    const ids = [...new Set(segmentIds)].sort();
    await tx.run(this.q['aggregates/lock'], { segmentIds: ids });
    // read after the locks: a writer that recomputed these segments before has committed
    const years = await this.dataYears(tx);
    await tx.run(this.q['aggregates/recompute'], { segmentIds: ids, years, srdiLevels: SRDI_QUALIFIED_LEVELS });
  }

  /** Drops the heads of `segmentIds` (null: of every segment): reports read their firms until they are recomputed. */
  async invalidate(tx: Tx, segmentIds: readonly string[] | null): Promise<void> {
    if (segmentIds?.length === 0) return;
    await tx.run(this.q['aggregates/invalidate'], { segmentIds: segmentIds ? [...new Set(segmentIds)] : null });
  }

  /**
   * Recomputes `segmentIds` (default: every segment, and drops the figures of gone ones), a batch
   * of segments per transaction of `db` (use a bulk view).
   */
  async rebuild(db: Database, segmentIds?: readonly string[]): Promise<{ segments: number }> {
    const [row] = segmentIds
      ? [{ segmentIds: [...new Set(segmentIds)].sort(), goneIds: [] }]
      : await db.read<{ segmentIds: string[]; goneIds: string[] }>(this.q['aggregates/all-segments']);
    const all = row?.segmentIds ?? [];
    const gone = row?.goneIds ?? [];
    for (let i = 0; i < gone.length; i += REBUILD_BATCH)
      await db.writeTransaction((tx) => this.recompute(tx, gone.slice(i, i + REBUILD_BATCH)));
    for (let i = 0; i < all.length; i += REBUILD_BATCH)
      await db.writeTransaction((tx) => this.recompute(tx, all.slice(i, i + REBUILD_BATCH)));
    return { segments: all.length };
  }

  /** Rebuilds when some segment has no figures or lacks a year the data has (start-up: after a crash mid-import). */
  async rebuildIfStale(db: Database): Promise<boolean> {
    const stale = await db.readTransaction(async (tx) => {
      const years = await this.dataYears(tx);
      const [row] = await tx.run<{ staleSegments: number }>(this.q['aggregates/stale'], { years });
      return (row?.staleSegments ?? 0) > 0;
    });
    if (stale) await this.rebuild(db);
    return stale;
  }

  private async dataYears(tx: Tx): Promise<number[]> {
    const [row] = await tx.run<{ years: number[] }>(this.q['aggregates/data-years'], { minYear: MIN_YEAR, maxYear: MAX_YEAR });
    return row?.years ?? [];
  }
}
