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

/** A cluster of a chain comparison: its code at the comparison's scope and its figures year (null: none). */
export interface ComparedCluster {
  clusterId: string;
  scopeRegion: string | null;
  figuresYear: number | null;
}

/** chains/comparison-firms' row: the firm facts of one (cluster, segment). */
export interface ComparisonFirmRow {
  clusterId: string;
  segmentId: string;
  localFirms: number;
  localQualityFirms: number;
  clusterFirms: number;
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
      'aggregates/comparison-figures',
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

  /**
   * chainComparison's firm rows (chains/comparison-firms, `live`, whose parameters `liveParams`
   * makes for some of the clusters and segments), for every cluster and segment: a (cluster,
   * segment) whose segment's figures cover the cluster's figures year gets its local figures from
   * the kept rows of its region and '*' and its clusterFirms from its members (one statement for
   * all clusters, aggregates/comparison-figures); the others, and every segment of a cluster
   * without a figures year or a code at the scope, are read by `live`, as before. Rows only where
   * a count is not zero, like `live`'s.
   */
  async comparisonRows(
    db: Database,
    live: CypherStatement,
    args: { clusters: readonly ComparedCluster[]; segmentIds: readonly string[]; scope: string },
    liveParams: (clusters: readonly ComparedCluster[], segmentIds: readonly string[]) => Params,
  ): Promise<ComparisonFirmRow[]> {
    const keyed = args.clusters.filter((c) => c.scopeRegion !== null && c.figuresYear !== null);
    const pair = (...parts: (string | number | null)[]) => parts.join('\u0000');
    const kept =
      keyed.length === 0 || args.segmentIds.length === 0
        ? undefined
        : (
            await db.read<{
              covered: [string, number][];
              local: { segmentId: string; year: number; region: string; localFirms: number; localQualityFirms: number }[];
              cluster: { clusterId: string; segmentId: string; clusterFirms: number }[];
            }>(this.q['aggregates/comparison-figures'], {
              segmentIds: args.segmentIds,
              figuresYears: [...new Set(keyed.map((c) => c.figuresYear))],
              scopeRegions: [...new Set(keyed.map((c) => c.scopeRegion))],
              scope: args.scope,
              clusterIds: keyed.map((c) => c.clusterId),
              figuresYearOf: Object.fromEntries(keyed.map((c) => [c.clusterId, c.figuresYear])),
            })
          )[0];
    const covered = new Set((kept?.covered ?? []).map(([segmentId, year]) => pair(segmentId, year)));
    const local = new Map((kept?.local ?? []).map((row) => [pair(row.segmentId, row.year, row.region), row]));
    const members = new Map((kept?.cluster ?? []).map((row) => [pair(row.clusterId, row.segmentId), row.clusterFirms]));
    const isKept = (c: ComparedCluster, segmentId: string) =>
      c.scopeRegion !== null && c.figuresYear !== null && covered.has(pair(segmentId, c.figuresYear));
    const rows: ComparisonFirmRow[] = [];
    for (const c of args.clusters)
      for (const segmentId of args.segmentIds) {
        if (!isKept(c, segmentId)) continue;
        const l = local.get(pair(segmentId, c.figuresYear, c.scopeRegion));
        const row = {
          clusterId: c.clusterId,
          segmentId,
          localFirms: l?.localFirms ?? 0,
          localQualityFirms: l?.localQualityFirms ?? 0,
          clusterFirms: members.get(pair(c.clusterId, segmentId)) ?? 0,
        };
        if (row.localFirms > 0 || row.clusterFirms > 0) rows.push(row);
      }
    // the rest live: the clusters with a pair not kept, over the segments of such pairs (rows of kept pairs dropped)
    const liveClusters = args.clusters.filter((c) => args.segmentIds.some((s) => !isKept(c, s)));
    const liveSegments = args.segmentIds.filter((s) => liveClusters.some((c) => !isKept(c, s)));
    if (liveClusters.length > 0) {
      const byId = new Map(liveClusters.map((c) => [c.clusterId, c]));
      for (const row of await db.read<ComparisonFirmRow & Params>(live, liveParams(liveClusters, liveSegments)))
        if (!isKept(byId.get(row.clusterId)!, row.segmentId)) rows.push(row);
    }
    return rows;
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
