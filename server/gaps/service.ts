import { can, requirePermission, type Actor } from '../auth/policy.js';
import type { CypherLibrary } from '../cypher.js';
import type { Database } from '../db/index.js';
import { badInput, notFound } from '../errors.js';
import { checkCreditCode } from '../shared/creditCode.js';
import {
  MAX_YEAR,
  MIN_YEAR,
  SRDI_QUALIFIED_LEVELS,
  WHAT_IF_MAX_REMOVED,
  WHAT_IF_MAX_WAVES,
  type GapStatus,
  type GapThresholds,
  type Stage,
} from '../shared/domain.js';
import { checkYear, completeness, gapStatus, resolveThresholds, shareOfInflow, targetReason, type GapThresholdsArg } from './rules.js';

export interface SegmentGap {
  segmentId: string;
  name: string;
  stage: Stage;
  order: number;
  status: GapStatus;
  localFirms: number;
  localRevenue: number;
  localSrdiFirms: number;
  localChainLeaders: number;
  clusterFirms: number;
  clusterRevenue: number;
  clusterSrdiFirms: number;
  clusterChainLeaders: number;
  inflow: number;
  localInflow: number;
  localSupplyRatio: number | null;
  topSupplierShare: number | null;
  topSupplierCode: string | null;
  topSupplierName: string | null;
  singlePoint: boolean;
  supplierCount: number;
  buyerCount: number;
}

export interface InvestmentTarget {
  rank: number;
  creditCode: string;
  name: string;
  city: string | null;
  province: string | null;
  segmentId: string;
  segmentName: string;
  stage: Stage;
  segmentStatus: GapStatus;
  inflow: number;
  buyers: number;
  reason: string;
}

export interface SingleSourceRisk {
  buyerCode: string;
  buyerName: string;
  segmentId: string;
  segmentName: string;
  supplierCode: string;
  supplierName: string;
  value: number;
  supplierLocal: boolean;
}

export interface ChainGapReport {
  clusterId: string;
  clusterName: string;
  chainId: string | null;
  chainName: string | null;
  year: number | null;
  supplyYears: number[];
  figuresYear: number | null;
  thresholds: GapThresholds;
  completeness: number;
  segments: SegmentGap[];
  investmentTargets: InvestmentTarget[];
  /** the caller may not see investment targets (viewer): the list is empty */
  investmentTargetsHidden: boolean;
  extensionOpportunities: SegmentGap[];
  singleSourceRisks: SingleSourceRisk[];
}

/** A cut-off firm: the Enterprise node's own core properties (local and chainLeader never null). */
export interface WhatIfFirm {
  creditCode: string;
  name: string;
  local: boolean;
  county: string | null;
  city: string | null;
  province: string | null;
  chainLeader: boolean;
}

export interface WhatIfWave {
  depth: number;
  firms: WhatIfFirm[];
  revenue: number;
}

export interface WhatIfResult {
  clusterId: string;
  year: number | null;
  figuresYear: number | null;
  removed: string[];
  waves: WhatIfWave[];
  cutOffCount: number;
  affectedRevenue: number;
  truncated: boolean;
}

export interface ReportArgs {
  clusterId: string;
  year?: number | null;
  thresholds?: GapThresholdsArg | null;
}

export interface WhatIfArgs {
  clusterId: string;
  remove: readonly string[];
  year?: number | null;
}

interface FrameSegment {
  id: string;
  name: string;
  stage: Stage;
  order: number;
}

interface Frame {
  clusterId: string;
  clusterName: string;
  chainId: string | null;
  chainName: string | null;
  supplyYears: number[];
  supplyYear: number | null;
  figuresYear: number | null;
  segments: FrameSegment[];
}

interface SegmentRow {
  segmentId: string;
  localFirms: number;
  localRevenue: number;
  localSrdiFirms: number;
  localChainLeaders: number;
  localQualityFirms: number;
  clusterFirms: number;
  clusterRevenue: number;
  clusterSrdiFirms: number;
  clusterChainLeaders: number;
  inflow: number;
  localInflow: number;
  supplierCount: number;
  topSupplierCode: string | null;
  topSupplierName: string | null;
  topSupplierValue: number | null;
}

interface BuyerRow {
  [column: string]: unknown;
  buyerCounts: { segmentId: string; buyerCount: number }[];
  /** [buyerCode, buyerName, segmentId, supplierCode, supplierName, value, supplierLocal] */
  risks: [string, string, string, string, string, number, boolean][];
}

interface TargetRow {
  creditCode: string;
  name: string;
  city: string | null;
  province: string | null;
  segmentId: string;
  inflow: number;
  buyers: number;
}

/**
 * Chain-gap analysis (补链/延链/固链) and what-if of one cluster. The database computes every
 * aggregate (gaps/*.cypher); this class validates, applies the thresholds to one row per
 * segment and assembles the report. A report runs 4 statements whatever the chain's size.
 */
export class GapService {
  private readonly q;

  constructor(
    private readonly db: Database,
    cypher: CypherLibrary,
  ) {
    this.q = cypher.pick('gaps/context', 'gaps/segments', 'gaps/targets', 'gaps/single-source', 'gaps/known-enterprises', 'gaps/what-if-wave');
  }

  /** Investment targets only for roles that may read target lists (viewers get an empty list, flagged). */
  async report(args: ReportArgs, actor: Actor | null): Promise<ChainGapReport> {
    requirePermission(actor, 'graph:read');
    const showTargets = can(actor, 'targets:read');
    const thresholds = resolveThresholds(args.thresholds);
    const year = checkYear(args.year);
    const frame = await this.frame(args.clusterId, year);
    const segmentIds = frame.segments.map((s) => s.id);
    const params = {
      clusterId: frame.clusterId,
      supplyYear: frame.supplyYear,
      figuresYear: frame.figuresYear,
      srdiLevels: SRDI_QUALIFIED_LEVELS,
      segmentIds,
      segmentOrder: Object.fromEntries(frame.segments.map((s) => [s.id, s.order])),
    };

    // The single-source statement runs alongside the segments and then the targets (which need
    // the statuses); buyer counts are filled in once it is back.
    const buyersPromise: Promise<BuyerRow[]> = segmentIds.length === 0 ? Promise.resolve([]) : this.db.read<BuyerRow>(this.q['gaps/single-source'], params);
    // Settled at once so that a failure here never goes unhandled while the others run.
    buyersPromise.catch(() => {});
    const rows = segmentIds.length === 0 ? [] : await this.db.read<SegmentRow & Record<string, unknown>>(this.q['gaps/segments'], params);
    const facts = new Map(rows.map((row) => [row.segmentId, row]));
    const segments = frame.segments.map((segment) => toSegmentGap(segment, facts.get(segment.id), thresholds));
    const byId = new Map(segments.map((s) => [s.segmentId, s]));

    const gapIds = segments.filter((s) => s.status === 'MISSING' || s.status === 'WEAK').map((s) => s.segmentId);
    const targetRows = gapIds.length === 0 || !showTargets ? [] : await this.db.read<TargetRow & Record<string, unknown>>(this.q['gaps/targets'], { ...params, segmentIds: gapIds });
    const investmentTargets = targetRows.map((row, i): InvestmentTarget => {
      const segment = byId.get(row.segmentId)!;
      return {
        rank: i + 1,
        creditCode: row.creditCode,
        name: row.name,
        city: row.city,
        province: row.province,
        segmentId: row.segmentId,
        segmentName: segment.name,
        stage: segment.stage,
        segmentStatus: segment.status,
        inflow: row.inflow,
        buyers: row.buyers,
        reason: targetReason(segment.name, segment.status, segment.localSupplyRatio, row.inflow, row.buyers),
      };
    });

    const [buyers] = await buyersPromise;
    const buyerCounts = new Map((buyers?.buyerCounts ?? []).map((row) => [row.segmentId, row.buyerCount]));
    for (const segment of segments) segment.buyerCount = buyerCounts.get(segment.segmentId) ?? 0;
    const singleSourceRisks = (buyers?.risks ?? []).map(
      ([buyerCode, buyerName, segmentId, supplierCode, supplierName, value, supplierLocal]): SingleSourceRisk => ({
        buyerCode,
        buyerName,
        segmentId,
        segmentName: byId.get(segmentId)!.name,
        supplierCode,
        supplierName,
        value,
        supplierLocal,
      }),
    );

    return {
      clusterId: frame.clusterId,
      clusterName: frame.clusterName,
      chainId: frame.chainId,
      chainName: frame.chainName,
      year: frame.supplyYear,
      supplyYears: frame.supplyYears,
      figuresYear: frame.figuresYear,
      thresholds,
      completeness: completeness(segments.map((s) => s.status)),
      segments,
      investmentTargets,
      investmentTargetsHidden: !showTargets,
      extensionOpportunities: segments.filter((s) => s.stage === 'DOWNSTREAM' && s.status === 'MISSING'),
      singleSourceRisks,
    };
  }

  /**
   * Removes firms and follows the cut-offs wave by wave: one set-based query per wave, starting
   * from the firms that went in the wave before, until a wave is empty (the set of gone firms
   * only grows, so supply cycles end) or WHAT_IF_MAX_WAVES is reached.
   */
  async whatIf(args: WhatIfArgs, actor: Actor | null): Promise<WhatIfResult> {
    requirePermission(actor, 'graph:read');
    const year = checkYear(args.year);
    if (args.remove.length > WHAT_IF_MAX_REMOVED) throw badInput(`at most ${WHAT_IF_MAX_REMOVED} firms can be removed at once (got ${args.remove.length})`);
    const removed = [...new Set(args.remove.map(normaliseCode))];
    const [frame, known] = await Promise.all([
      this.frame(args.clusterId, year),
      this.db.read<{ creditCode: string }>(this.q['gaps/known-enterprises'], { codes: removed }),
    ]);
    const knownCodes = new Set(known.map((row) => row.creditCode));
    const unknown = removed.filter((code) => !knownCodes.has(code));
    if (unknown.length > 0) throw badInput(`unknown credit codes: ${unknown.join(', ')}`, { unknown });

    const gone = new Set(removed);
    const waves: WhatIfWave[] = [];
    let frontier = removed;
    while (frontier.length > 0 && frame.supplyYear !== null && waves.length < WHAT_IF_MAX_WAVES) {
      const rows = await this.db.read<{ firm: WhatIfFirm; revenue: number | null }>(this.q['gaps/what-if-wave'], {
        clusterId: frame.clusterId,
        supplyYear: frame.supplyYear,
        figuresYear: frame.figuresYear,
        frontier,
        gone: [...gone],
      });
      if (rows.length === 0) break;
      for (const row of rows) gone.add(row.firm.creditCode);
      waves.push({ depth: waves.length + 1, firms: rows.map((row) => row.firm), revenue: sum(rows.map((row) => row.revenue ?? 0)) });
      frontier = rows.map((row) => row.firm.creditCode);
    }
    return {
      clusterId: frame.clusterId,
      year: frame.supplyYear,
      figuresYear: frame.figuresYear,
      removed,
      waves,
      cutOffCount: sum(waves.map((wave) => wave.firms.length)),
      affectedRevenue: sum(waves.map((wave) => wave.revenue)),
      truncated: waves.length === WHAT_IF_MAX_WAVES,
    };
  }

  private async frame(clusterId: string, year: number | null): Promise<Frame> {
    const [frame] = await this.db.read<Frame & Record<string, unknown>>(this.q['gaps/context'], { clusterId, year, minYear: MIN_YEAR, maxYear: MAX_YEAR });
    if (!frame) throw notFound(`unknown cluster ${clusterId}`, { clusterId });
    return frame;
  }
}

const NO_FACTS: SegmentRow = {
  segmentId: '',
  localFirms: 0,
  localRevenue: 0,
  localSrdiFirms: 0,
  localChainLeaders: 0,
  localQualityFirms: 0,
  clusterFirms: 0,
  clusterRevenue: 0,
  clusterSrdiFirms: 0,
  clusterChainLeaders: 0,
  inflow: 0,
  localInflow: 0,
  supplierCount: 0,
  topSupplierCode: null,
  topSupplierName: null,
  topSupplierValue: null,
};

function toSegmentGap(segment: FrameSegment, row: SegmentRow = NO_FACTS, thresholds: GapThresholds): SegmentGap {
  const topSupplierShare = shareOfInflow(row.topSupplierValue, row.inflow);
  return {
    segmentId: segment.id,
    name: segment.name,
    stage: segment.stage,
    order: segment.order,
    status: gapStatus(row, thresholds),
    localFirms: row.localFirms,
    localRevenue: row.localRevenue,
    localSrdiFirms: row.localSrdiFirms,
    localChainLeaders: row.localChainLeaders,
    clusterFirms: row.clusterFirms,
    clusterRevenue: row.clusterRevenue,
    clusterSrdiFirms: row.clusterSrdiFirms,
    clusterChainLeaders: row.clusterChainLeaders,
    inflow: row.inflow,
    localInflow: row.localInflow,
    localSupplyRatio: shareOfInflow(row.localInflow, row.inflow),
    topSupplierShare,
    topSupplierCode: row.topSupplierCode,
    topSupplierName: row.topSupplierName,
    singlePoint: topSupplierShare !== null && topSupplierShare >= thresholds.singlePointShare,
    supplierCount: row.supplierCount,
    buyerCount: 0, // filled in from gaps/single-source
  };
}

/** A well-formed credit code trimmed and upper-cased (as stored); anything else trimmed, to be looked up as given. */
function normaliseCode(raw: string): string {
  const checked = checkCreditCode(raw);
  return checked.ok ? checked.code : raw.trim();
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
