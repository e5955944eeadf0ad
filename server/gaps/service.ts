import { GraphService } from '../graph-service.js';
import { maySeeSupplier, revenueFor, revenueTotalFor, supplyValueFor } from '../auth/disclosure.js';
import { can, requirePermission, type Actor } from '../auth/policy.js';
import { SegmentFigures } from '../aggregates/segment-figures.js';
import type { AnswerCache } from '../cache/answers.js';
import type { CypherLibrary } from '../cypher.js';
import type { Database } from '../db/index.js';
import type { EnterpriseCore } from '../enterprises/types.js';
import { badInput, notFound } from '../errors.js';
import { firstArg, offsetArg, yearArg } from '#shared/args.js';
import { checkCreditCode } from '#shared/creditCode.js';
import type { GapStatus, SrdiLevel, Stage } from '#shared/enums.js';
import {
  MAX_YEAR,
  MIN_YEAR,
  SEGMENT_FIRMS_DEFAULT_PAGE,
  SEGMENT_FIRMS_MAX_PAGE,
  SINGLE_SOURCE_RISKS_DEFAULT_PAGE,
  SINGLE_SOURCE_RISKS_MAX_PAGE,
  WHAT_IF_MAX_REMOVED,
  WHAT_IF_MAX_WAVES,
} from '#shared/limits.js';
import { type GapThresholds, RISK_GROUP_TOP_SUPPLIERS, SRDI_QUALIFIED_LEVELS, TARGET_REASON_BUYERS_NAMED } from '#shared/thresholds.js';
import {
  completeness,
  gapStatus,
  resolveThresholds,
  shareOfInflow,
  singleSourceAtRisk,
  targetReason,
  targetReasonEn,
  type GapThresholdsArg,
  type TargetReasonFacts,
} from './rules.js';
import { clusterRegion, DEFAULT_LOCAL_SCOPE, LOCAL_SCOPES, scopeCode, type LocalScope, type RegionCodes } from '#shared/regions.js';

interface SegmentGap {
  segmentId: string;
  name: string;
  stage: Stage;
  order: number;
  status: GapStatus;
  localFirms: number;
  /** money as the caller may see it (server/auth/disclosure.ts): null when withheld */
  localRevenue: number | null;
  localRevenueBand: string | null;
  localSrdiFirms: number;
  localChainLeaders: number;
  clusterFirms: number;
  clusterRevenue: number | null;
  clusterRevenueBand: string | null;
  clusterSrdiFirms: number;
  clusterChainLeaders: number;
  inflow: number | null;
  inflowBand: string | null;
  localInflow: number | null;
  localInflowBand: string | null;
  localSupplyRatio: number | null;
  topSupplierShare: number | null;
  /** null also when the caller may not be told (an outside supplier, without 'targets:read') */
  topSupplierCode: string | null;
  topSupplierName: string | null;
  singlePoint: boolean;
  supplierCount: number;
  buyerCount: number;
  /** single-source risks in this segment */
  singleSourceRiskCount: number;
  /** their value (at stake) as the caller may see it */
  singleSourceRiskValue: number | null;
  singleSourceRiskValueBand: string | null;
  singleSourceShare: number | null;
  /** the 固链 ⚠ of the map and the grouped list (rules.singleSourceAtRisk) */
  singleSourceAtRisk: boolean;
  /** ids of the chain's segments this one feeds, in chain order */
  feeds: string[];
}

/** A 补链 target as the report holds it (its onLists mark is resolved per request: resolvers). */
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
  reasonEn: string;
}

interface SingleSourceSupplier {
  supplierCode: string | null;
  supplierName: string | null;
  supplierLocal: boolean;
  buyers: number;
  value: number | null;
  valueBand: string | null;
}

interface SingleSourceSegmentGroup {
  segmentId: string;
  segmentName: string;
  stage: Stage;
  risks: number;
  supplierCount: number;
  value: number | null;
  valueBand: string | null;
  share: number | null;
  atRisk: boolean;
  topSuppliers: SingleSourceSupplier[];
}

interface SingleSourceSupplierGroup {
  supplierCode: string | null;
  supplierName: string | null;
  supplierLocal: boolean;
  dependants: number;
  risks: number;
  value: number | null;
  valueBand: string | null;
  segmentIds: string[];
}

export interface SingleSourceRisk {
  buyerCode: string;
  buyerName: string;
  segmentId: string;
  segmentName: string;
  /** null when the caller may not be told (an outside supplier, without 'targets:read') */
  supplierCode: string | null;
  supplierName: string | null;
  /** null for roles that see bands */
  value: number | null;
  valueBand: string | null;
  supplierLocal: boolean;
}

export interface ChainGapReport {
  clusterId: string;
  /** where "local" was judged: the cluster's county, city or province */
  scope: LocalScope;
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
  /** every single-source risk, largest value first (the API pages through them: singleSourceRiskPage) */
  singleSourceRisks: SingleSourceRisk[];
  singleSourceRiskCount: number;
  /** 固链 grouped by segment and by supplier, ranked by the database (the API pages through them) */
  singleSourceRiskSegments: SingleSourceSegmentGroup[];
  singleSourceRiskSuppliers: SingleSourceSupplierGroup[];
  singleSourceRiskSupplierCount: number;
}

interface SegmentFirm {
  enterprise: WhatIfFirm;
  revenue: number | null;
  revenueBand: string | null;
  srdiLevel: SrdiLevel | null;
}

export interface SegmentFirmPage {
  totalCount: number;
  firms: SegmentFirm[];
}

export interface SegmentFirmsArgs {
  segmentId: string;
  first?: number | null;
  offset?: number | null;
}

export interface ChainLeader {
  enterprise: WhatIfFirm;
  segmentIds: string[];
  clusterMember: boolean;
  revenue: number | null;
  revenueBand: string | null;
}

export interface RiskPageArgs {
  first?: number | null;
  offset?: number | null;
  segmentId?: string | null;
}

/** A cut-off firm: the Enterprise node's own core properties. */
export type WhatIfFirm = EnterpriseCore;

interface WhatIfWave {
  depth: number;
  firms: WhatIfFirm[];
  /** as the caller may see it (server/auth/disclosure.ts): null when withheld */
  revenue: number | null;
  revenueBand: string | null;
}

export interface WhatIfResult {
  clusterId: string;
  year: number | null;
  figuresYear: number | null;
  removed: string[];
  waves: WhatIfWave[];
  cutOffCount: number;
  affectedRevenue: number | null;
  affectedRevenueBand: string | null;
  truncated: boolean;
}

export interface ReportArgs {
  clusterId: string;
  year?: number | null;
  /** where "local" is judged (default CITY) */
  scope?: LocalScope | null;
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
  feeds: string[];
}

export interface Frame {
  clusterId: string;
  clusterName: string;
  chainId: string | null;
  chainName: string | null;
  supplyYears: number[];
  supplyYear: number | null;
  figuresYear: number | null;
  segments: FrameSegment[];
  /** the cluster's region codes (stored, or from its county name for clusters written before regions) */
  region: RegionCodes;
}

/** gaps/segments: one row per segment with firms */
interface FirmRow {
  segmentId: string;
  localFirms: number;
  localRevenue: number;
  /** local firms with a revenue figure behind localRevenue */
  localRevenueFirms: number;
  localSrdiFirms: number;
  localChainLeaders: number;
  localQualityFirms: number;
  clusterFirms: number;
  clusterRevenue: number;
  clusterRevenueFirms: number;
  clusterSrdiFirms: number;
  clusterChainLeaders: number;
}

/** gaps/supply: per segment with inflow */
interface FlowRow {
  segmentId: string;
  inflow: number;
  localInflow: number;
  supplierCount: number;
  topSupplierCode: string | null;
  topSupplierName: string | null;
  topSupplierLocal: boolean | null;
  topSupplierValue: number | null;
}

type SegmentFactsRow = Omit<FirmRow & FlowRow, 'segmentId'>;

/** gaps/supply's one row */
interface SupplyRow {
  [column: string]: unknown;
  flows: FlowRow[];
  /** [creditCode, name, city, province, segmentId, inflow, buyers], ranked */
  targets: [string, string, string | null, string | null, string, number, number][];
  buyerCounts: { segmentId: string; buyerCount: number; riskCount: number; riskValue: number }[];
  /** [buyerCode, buyerName, segmentId, supplierCode, supplierName, value, supplierLocal] */
  risks: [string, string, string, string, string, number, boolean][];
  /** ranked; topSuppliers as [creditCode, name, local, buyers, value] */
  riskSegments: { segmentId: string; value: number; supplierCount: number; topSuppliers: [string, string, boolean, number, number][] }[];
  /** [creditCode, name, local, dependants, risks, value, segmentIds], ranked */
  riskSuppliers: [string, string, boolean, number, number, number, string[]][];
}

/** gaps/target-facts: one row per target */
interface TargetFactsRow {
  [column: string]: unknown;
  creditCode: string;
  segmentId: string;
  founded: number | null;
  chainLeader: boolean;
  provinceCode: string | null;
  province: string | null;
  revenue: number | null;
  srdiLevel: SrdiLevel | null;
  /** [name, value] */
  topBuyers: [string, number][];
}

/**
 * Chain-gap analysis (补链/延链/固链) and what-if of one cluster. The database computes every
 * aggregate (gaps/*.cypher); this class validates, applies the thresholds to one row per
 * segment and assembles the report. A report runs 3 statements whatever the chain's size.
 */
export class GapService extends GraphService(
  'gaps/context',
  'gaps/segments',
  'gaps/supply',
  'gaps/segment-firms',
  'gaps/known-enterprises',
  'gaps/what-if-wave',
  'gaps/chain-leaders',
  'gaps/target-facts',
) {
  /** the local-firm figures kept per segment and year (server/aggregates/) */
  private readonly figures: SegmentFigures;

  constructor(db: Database, cypher: CypherLibrary, answers?: AnswerCache) {
    super(db, cypher, answers);
    this.figures = new SegmentFigures(cypher);
  }

  /**
   * Investment targets only for roles that may read target lists (viewers get an empty list, flagged).
   * Firms count when present in the report's figuresYear (founded/dissolved). `attracted`
   * (what-if-attract, chains/): credit codes treated as local members of the cluster.
   * `targetReasons: false`: callers that read only the segments (evolution, what-if-attract) skip
   * the statement behind each target's reason; its targets then carry the segment-level reason.
   */
  async report(
    args: ReportArgs,
    actor: Actor | null,
    options: { attracted?: readonly string[]; targetReasons?: boolean } = {},
  ): Promise<ChainGapReport> {
    requirePermission(actor, 'graph:read');
    const showTargets = can(actor, 'targets:read');
    const thresholds = resolveThresholds(args.thresholds);
    const year = yearArg(args.year);
    const scope = checkScope(args.scope);
    const attracted = [...new Set(options.attracted ?? [])].sort();
    const targetReasons = options.targetReasons ?? true;
    return this.answers.get('chainGapReport', actor, { clusterId: args.clusterId, year, thresholds, attracted, scope, targetReasons }, () =>
      this.build(args.clusterId, year, thresholds, attracted, showTargets, actor, scope, targetReasons),
    );
  }

  private async build(
    clusterId: string,
    year: number | null,
    thresholds: GapThresholds,
    attracted: readonly string[],
    showTargets: boolean,
    actor: Actor | null,
    scope: LocalScope,
    targetReasons: boolean,
  ): Promise<ChainGapReport> {
    const frame = await this.frame(clusterId, year);
    const segmentIds = frame.segments.map((s) => s.id);
    const params = {
      clusterId: frame.clusterId,
      ...scopeParams(frame, scope),
      supplyYear: frame.supplyYear,
      figuresYear: frame.figuresYear,
      presentIn: frame.figuresYear,
      attracted,
      srdiLevels: SRDI_QUALIFIED_LEVELS,
      segmentIds,
      segmentOrder: Object.fromEntries(frame.segments.map((s) => [s.id, s.order])),
      topSuppliers: RISK_GROUP_TOP_SUPPLIERS,
    };

    // Firm facts and supply facts are independent: both statements run at once.
    const [firmRows, supplyRows] =
      segmentIds.length === 0
        ? [[], []]
        : await Promise.all([
            this.figures.firmRows<FirmRow>(this.db, this.q['gaps/segments'], params),
            this.db.read<SupplyRow>(this.q['gaps/supply'], params),
          ]);
    const supply = supplyRows[0];
    const firms = new Map(firmRows.map((row) => [row.segmentId, row]));
    const flows = new Map((supply?.flows ?? []).map((row) => [row.segmentId, row]));
    const buyerCounts = new Map((supply?.buyerCounts ?? []).map((row) => [row.segmentId, row]));
    const segments = frame.segments.map((segment) =>
      toSegmentGap(
        segment,
        { ...NO_FACTS, ...firms.get(segment.id), ...flows.get(segment.id) },
        buyerCounts.get(segment.id),
        thresholds,
        actor,
      ),
    );
    const byId = new Map(segments.map((s) => [s.segmentId, s]));

    // 补链 targets: the outside suppliers of MISSING and WEAK segments (the statement ranks them all)
    const gapIds = new Set(segments.filter((s) => s.status === 'MISSING' || s.status === 'WEAK').map((s) => s.segmentId));
    const targetRows = showTargets ? (supply?.targets ?? []).filter((row) => gapIds.has(row[4])) : [];
    // what sets each target apart (its buyers, size, 专精特新/链主, region, age): one statement for all of them
    const factRows =
      targetRows.length === 0 || !targetReasons
        ? []
        : await this.db.read<TargetFactsRow>(this.q['gaps/target-facts'], {
            ...params,
            targets: targetRows.map((row) => [row[0], row[4]]),
            codes: [...new Set(targetRows.map((row) => row[0]))],
            buyersNamed: TARGET_REASON_BUYERS_NAMED,
          });
    const factsOf = new Map(factRows.map((row) => [`${row.creditCode}|${row.segmentId}`, row]));
    const exactRevenue = can(actor, 'revenue:exact');
    const investmentTargets = targetRows.map(([creditCode, name, city, province, segmentId, inflow, buyers], i): InvestmentTarget => {
      const segment = byId.get(segmentId)!;
      const facts = factsOf.get(`${creditCode}|${segmentId}`);
      const firmRow = firms.get(segmentId);
      const reasonFacts: TargetReasonFacts = {
        segmentName: segment.name,
        status: segment.status,
        localSupplyRatio: segment.localSupplyRatio,
        inflow,
        segmentInflow: flows.get(segmentId)?.inflow ?? 0,
        buyers,
        topBuyers: (facts?.topBuyers ?? []).map(([buyerName, value]) => ({ name: buyerName, value })),
        revenue: exactRevenue ? (facts?.revenue ?? null) : null,
        segmentAverageRevenue: firmRow && firmRow.clusterRevenueFirms > 0 ? firmRow.clusterRevenue / firmRow.clusterRevenueFirms : null,
        srdiLevel: facts?.srdiLevel ?? null,
        chainLeader: facts?.chainLeader ?? false,
        sameProvince: facts?.provinceCode && frame.region.provinceCode ? facts.provinceCode === frame.region.provinceCode : null,
        province: facts?.province ?? province,
        yearsActive: facts?.founded != null && frame.figuresYear !== null ? frame.figuresYear - facts.founded : null,
      };
      return {
        rank: i + 1,
        creditCode,
        name,
        city,
        province,
        segmentId,
        segmentName: segment.name,
        stage: segment.stage,
        segmentStatus: segment.status,
        inflow,
        buyers,
        reason: targetReason(reasonFacts),
        reasonEn: targetReasonEn(reasonFacts),
      };
    });

    const singleSourceRisks = (supply?.risks ?? []).map(
      ([buyerCode, buyerName, segmentId, supplierCode, supplierName, value, supplierLocal]): SingleSourceRisk => {
        const named = maySeeSupplier(actor, supplierLocal);
        const shown = supplyValueFor(actor, value);
        return {
          buyerCode,
          buyerName,
          segmentId,
          segmentName: byId.get(segmentId)!.name,
          supplierCode: named ? supplierCode : null,
          supplierName: named ? supplierName : null,
          value: shown.value,
          valueBand: shown.band,
          supplierLocal,
        };
      },
    );

    const supplierOf = (code: string, supplierName: string, local: boolean) =>
      maySeeSupplier(actor, local) ? { supplierCode: code, supplierName } : { supplierCode: null, supplierName: null };
    const singleSourceRiskSegments = (supply?.riskSegments ?? []).map((group): SingleSourceSegmentGroup => {
      const segment = byId.get(group.segmentId)!;
      const shown = supplyValueFor(actor, group.value);
      return {
        segmentId: group.segmentId,
        segmentName: segment.name,
        stage: segment.stage,
        risks: segment.singleSourceRiskCount,
        supplierCount: group.supplierCount,
        value: shown.value,
        valueBand: shown.band,
        share: segment.singleSourceShare,
        atRisk: segment.singleSourceAtRisk,
        topSuppliers: group.topSuppliers.map(([code, supplierName, local, buyers, value]) => {
          const v = supplyValueFor(actor, value);
          return { ...supplierOf(code, supplierName, local), supplierLocal: local, buyers, value: v.value, valueBand: v.band };
        }),
      };
    });
    const order = new Map(frame.segments.map((s, i) => [s.id, i]));
    const singleSourceRiskSuppliers = (supply?.riskSuppliers ?? []).map(
      ([code, supplierName, local, dependants, risks, value, ids]): SingleSourceSupplierGroup => {
        const v = supplyValueFor(actor, value);
        return {
          ...supplierOf(code, supplierName, local),
          supplierLocal: local,
          dependants,
          risks,
          value: v.value,
          valueBand: v.band,
          segmentIds: [...ids].sort((a, b) => order.get(a)! - order.get(b)!),
        };
      },
    );

    return {
      clusterId: frame.clusterId,
      scope,
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
      singleSourceRiskCount: singleSourceRisks.length,
      singleSourceRiskSegments,
      singleSourceRiskSuppliers,
      singleSourceRiskSupplierCount: singleSourceRiskSuppliers.length,
    };
  }

  /**
   * One page of the cluster's firms in one segment of a report's chain, with the figures of the
   * report's figuresYear; revenue as the caller may see it (viewers: the band only).
   */
  async segmentFirms(
    report: Pick<ChainGapReport, 'clusterId' | 'figuresYear' | 'segments'>,
    args: SegmentFirmsArgs,
    actor: Actor | null,
  ): Promise<SegmentFirmPage> {
    requirePermission(actor, 'graph:read');
    const first = firstArg(args.first, 'offset', { default: SEGMENT_FIRMS_DEFAULT_PAGE, max: SEGMENT_FIRMS_MAX_PAGE });
    const offset = offsetArg(args.offset);
    if (!report.segments.some((s) => s.segmentId === args.segmentId))
      throw badInput(`segment ${args.segmentId} is not in the cluster's chain`, { segmentId: args.segmentId });
    const [row] = await this.db.read<{
      totalCount: number;
      firms: (WhatIfFirm & { revenue: number | null; srdiLevel: SrdiLevel | null })[];
    }>(this.q['gaps/segment-firms'], {
      clusterId: report.clusterId,
      segmentId: args.segmentId,
      figuresYear: report.figuresYear,
      presentIn: report.figuresYear,
      first,
      offset,
    });
    return {
      totalCount: row?.totalCount ?? 0,
      firms: (row?.firms ?? []).map(({ revenue, srdiLevel, ...enterprise }) => ({ enterprise, srdiLevel, ...revenueFor(actor, revenue) })),
    };
  }

  /**
   * The chain's 链主 firms for a report's cluster (local or members, present in figuresYear), each with the
   * chain's segments it operates in; revenue of figuresYear as the caller may see it (viewers: the band only).
   */
  async chainLeaders(report: Pick<ChainGapReport, 'clusterId' | 'figuresYear' | 'segments'>, actor: Actor | null): Promise<ChainLeader[]> {
    requirePermission(actor, 'graph:read');
    if (report.segments.length === 0) return [];
    const rows = await this.db.read<{ enterprise: WhatIfFirm; segmentIds: string[]; clusterMember: boolean; revenue: number | null }>(
      this.q['gaps/chain-leaders'],
      {
        clusterId: report.clusterId,
        segmentIds: report.segments.map((s) => s.segmentId),
        figuresYear: report.figuresYear,
        presentIn: report.figuresYear,
      },
    );
    return rows.map(({ revenue, ...leader }) => ({ ...leader, ...revenueFor(actor, revenue) }));
  }

  /**
   * One page of a report's single-source risks (already in order): `first` (default
   * SINGLE_SOURCE_RISKS_DEFAULT_PAGE, at most SINGLE_SOURCE_RISKS_MAX_PAGE) from `offset`,
   * optionally of one segment only. BAD_INPUT for a page size or offset out of range.
   */
  singleSourceRiskPage(risks: readonly SingleSourceRisk[], args: RiskPageArgs, actor: Actor | null): SingleSourceRisk[] {
    requirePermission(actor, 'graph:read');
    const first = firstArg(args.first, 'offset', { default: SINGLE_SOURCE_RISKS_DEFAULT_PAGE, max: SINGLE_SOURCE_RISKS_MAX_PAGE });
    const offset = offsetArg(args.offset);
    const list = args.segmentId ? risks.filter((risk) => risk.segmentId === args.segmentId) : risks;
    return list.slice(offset, offset + first);
  }

  /** One page (first/offset as singleSourceRiskPage) of a report's ranked risk groups (by segment or by supplier). */
  riskGroupPage<T>(groups: readonly T[], args: Omit<RiskPageArgs, 'segmentId'>, actor: Actor | null): T[] {
    requirePermission(actor, 'graph:read');
    const first = firstArg(args.first, 'offset', { default: SINGLE_SOURCE_RISKS_DEFAULT_PAGE, max: SINGLE_SOURCE_RISKS_MAX_PAGE });
    const offset = offsetArg(args.offset);
    return groups.slice(offset, offset + first);
  }

  /**
   * Removes firms and follows the cut-offs wave by wave: one set-based query per wave, starting
   * from the firms that went in the wave before, until a wave is empty (the set of gone firms
   * only grows, so supply cycles end) or WHAT_IF_MAX_WAVES is reached.
   */
  async whatIf(args: WhatIfArgs, actor: Actor | null): Promise<WhatIfResult> {
    requirePermission(actor, 'graph:read');
    const year = yearArg(args.year);
    if (args.remove.length > WHAT_IF_MAX_REMOVED)
      throw badInput(`at most ${WHAT_IF_MAX_REMOVED} firms can be removed at once (got ${args.remove.length})`);
    const removed = [...new Set(args.remove.map(normaliseCode))];
    return this.answers.get('whatIf', actor, { clusterId: args.clusterId, removed, year }, () =>
      this.cutOff(args.clusterId, removed, year, actor),
    );
  }

  private async cutOff(clusterId: string, removed: string[], year: number | null, actor: Actor | null): Promise<WhatIfResult> {
    const [frame, known] = await Promise.all([
      this.frame(clusterId, year),
      this.db.read<{ creditCode: string }>(this.q['gaps/known-enterprises'], { codes: removed }),
    ]);
    const knownCodes = new Set(known.map((row) => row.creditCode));
    const unknown = removed.filter((code) => !knownCodes.has(code));
    if (unknown.length > 0) throw badInput(`unknown credit codes: ${unknown.join(', ')}`, { unknown });

    const gone = new Set(removed);
    // each wave's revenue sum and the firms with a figure behind it, from the wave's own rows
    const waves: (Omit<WhatIfWave, 'revenue' | 'revenueBand'> & { total: number; firmsWithRevenue: number })[] = [];
    let frontier = removed;
    while (frontier.length > 0 && frame.supplyYear !== null && waves.length < WHAT_IF_MAX_WAVES) {
      const rows = await this.db.read<{ firm: WhatIfFirm; revenue: number | null }>(this.q['gaps/what-if-wave'], {
        clusterId: frame.clusterId,
        supplyYear: frame.supplyYear,
        figuresYear: frame.figuresYear,
        presentIn: frame.figuresYear,
        frontier,
        gone: [...gone],
      });
      if (rows.length === 0) break;
      for (const row of rows) gone.add(row.firm.creditCode);
      const withRevenue = rows.filter((row) => row.revenue !== null);
      waves.push({
        depth: waves.length + 1,
        firms: rows.map((row) => row.firm),
        total: sum(withRevenue.map((row) => row.revenue!)),
        firmsWithRevenue: withRevenue.length,
      });
      frontier = rows.map((row) => row.firm.creditCode);
    }
    const affected = revenueTotalFor(actor, sum(waves.map((wave) => wave.total)), sum(waves.map((wave) => wave.firmsWithRevenue)));
    return {
      clusterId: frame.clusterId,
      year: frame.supplyYear,
      figuresYear: frame.figuresYear,
      removed,
      waves: waves.map(({ total, firmsWithRevenue, ...wave }) => {
        const shown = revenueTotalFor(actor, total, firmsWithRevenue);
        return { ...wave, revenue: shown.value, revenueBand: shown.band };
      }),
      cutOffCount: sum(waves.map((wave) => wave.firms.length)),
      affectedRevenue: affected.value,
      affectedRevenueBand: affected.band,
      truncated: waves.length === WHAT_IF_MAX_WAVES,
    };
  }

  /** The cluster, its chain's segments and the years (NOT_FOUND for an unknown cluster); chains/ uses it too. */
  async frame(clusterId: string, year: number | null): Promise<Frame> {
    const [row] = await this.db.read<
      Omit<Frame, 'region'> & { region: Partial<RegionCodes> & { county: string | null } } & Record<string, unknown>
    >(this.q['gaps/context'], {
      clusterId,
      year,
      minYear: MIN_YEAR,
      maxYear: MAX_YEAR,
    });
    if (!row) throw notFound(`unknown cluster ${clusterId}`, { clusterId });
    const { region, ...frame } = row;
    return { ...frame, region: storedRegion(region) };
  }
}

/** A cluster's region codes: those stored, or from its county name for clusters written before regions. */
export function storedRegion(region: Partial<RegionCodes> & { county?: string | null }): RegionCodes {
  return region.regionCode ? (region as RegionCodes) : clusterRegion({ county: region.county });
}

/** A scope argument checked (default CITY): BAD_INPUT for anything else. */
export function checkScope(scope: string | null | undefined): LocalScope {
  if (scope === null || scope === undefined) return DEFAULT_LOCAL_SCOPE;
  if (!(LOCAL_SCOPES as readonly string[]).includes(scope))
    throw badInput(`scope 须为 ${LOCAL_SCOPES.join('/')} 之一 (scope must be one of ${LOCAL_SCOPES.join(', ')}; got ${scope})`, {
      field: 'scope',
    });
  return scope as LocalScope;
}

/** The parameters of the "local at scope" test of the gaps/ and chains/ statements. */
export function scopeParams(frame: Pick<Frame, 'region'>, scope: LocalScope): { scope: LocalScope; scopeRegion: string | null } {
  return { scope, scopeRegion: scopeCode(frame.region, scope) };
}

const NO_FACTS: SegmentFactsRow = {
  localFirms: 0,
  localRevenue: 0,
  localRevenueFirms: 0,
  localSrdiFirms: 0,
  localChainLeaders: 0,
  localQualityFirms: 0,
  clusterFirms: 0,
  clusterRevenue: 0,
  clusterRevenueFirms: 0,
  clusterSrdiFirms: 0,
  clusterChainLeaders: 0,
  inflow: 0,
  localInflow: 0,
  supplierCount: 0,
  topSupplierCode: null,
  topSupplierName: null,
  topSupplierLocal: null,
  topSupplierValue: null,
};

/** A segment's facts with its money and its top supplier as the caller may see them (server/auth/disclosure.ts). */
function toSegmentGap(
  segment: FrameSegment,
  row: SegmentFactsRow,
  buyers: { buyerCount: number; riskCount: number; riskValue: number } | undefined,
  thresholds: GapThresholds,
  actor: Actor | null,
): SegmentGap {
  const topSupplierShare = shareOfInflow(row.topSupplierValue, row.inflow);
  const localRevenue = revenueTotalFor(actor, row.localRevenue, row.localRevenueFirms);
  const clusterRevenue = revenueTotalFor(actor, row.clusterRevenue, row.clusterRevenueFirms);
  const inflow = supplyValueFor(actor, row.inflow);
  const localInflow = supplyValueFor(actor, row.localInflow);
  const riskValue = buyers?.riskValue ?? 0;
  const risk = supplyValueFor(actor, riskValue);
  const topNamed = row.topSupplierCode !== null && maySeeSupplier(actor, row.topSupplierLocal ?? false);
  return {
    segmentId: segment.id,
    name: segment.name,
    stage: segment.stage,
    order: segment.order,
    status: gapStatus(row, thresholds),
    localFirms: row.localFirms,
    localRevenue: localRevenue.value,
    localRevenueBand: localRevenue.band,
    localSrdiFirms: row.localSrdiFirms,
    localChainLeaders: row.localChainLeaders,
    clusterFirms: row.clusterFirms,
    clusterRevenue: clusterRevenue.value,
    clusterRevenueBand: clusterRevenue.band,
    clusterSrdiFirms: row.clusterSrdiFirms,
    clusterChainLeaders: row.clusterChainLeaders,
    inflow: inflow.value,
    inflowBand: inflow.band,
    localInflow: localInflow.value,
    localInflowBand: localInflow.band,
    localSupplyRatio: shareOfInflow(row.localInflow, row.inflow),
    topSupplierShare,
    topSupplierCode: topNamed ? row.topSupplierCode : null,
    topSupplierName: topNamed ? row.topSupplierName : null,
    singlePoint: topSupplierShare !== null && topSupplierShare >= thresholds.singlePointShare,
    supplierCount: row.supplierCount,
    buyerCount: buyers?.buyerCount ?? 0,
    singleSourceRiskCount: buyers?.riskCount ?? 0,
    singleSourceRiskValue: buyers ? risk.value : null,
    singleSourceRiskValueBand: buyers?.riskCount ? risk.band : null,
    singleSourceShare: shareOfInflow(riskValue, row.inflow),
    singleSourceAtRisk: singleSourceAtRisk(buyers?.riskCount ?? 0, riskValue, row.inflow, thresholds),
    feeds: segment.feeds ?? [],
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
