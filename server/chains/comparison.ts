import type { ComparedCluster, SegmentFigures } from '../aggregates/segment-figures.js';
import type { Actor } from '../auth/policy.js';
import type { CypherStatement } from '../cypher.js';
import type { Database } from '../db/index.js';
import { notFound } from '../errors.js';
import { completeness, gapStatus, resolveThresholds, shareOfInflow } from '../gaps/rules.js';
import { scopeParams, storedRegion } from '../gaps/service.js';
import type { LocalScope, RegionCodes } from '#shared/regions.js';
import type { GapStatus, Stage } from '#shared/enums.js';
import { MAX_YEAR, MIN_YEAR } from '#shared/limits.js';
import { SRDI_QUALIFIED_LEVELS } from '#shared/thresholds.js';
import { peerSegments, type PeerSegment } from './rules.js';
import { checkDataYear, yearAndScope } from './years.js';

export interface ComparisonArgs {
  chainId: string;
  year?: number | null;
  scope?: LocalScope | null;
}

interface ClusterOnChain {
  clusterId: string;
  clusterName: string;
  county: string | null;
  completeness: number;
  segments: { segmentId: string; status: GapStatus; localSupplyRatio: number | null; clusterFirms: number; localFirms: number }[];
}

export interface ChainComparison {
  chainId: string;
  scope: LocalScope;
  chainName: string;
  year: number | null;
  years: number[];
  segments: { segmentId: string; name: string; stage: Stage; order: number }[];
  clusters: ClusterOnChain[];
  /**
   * per segment, the clusters STRONG in it and those lacking it (rules.ts peerSegments); the
   * deprecated pairs (peerStrengths) are expanded from these on request only (resolvers.ts)
   */
  peerSegments: (PeerSegment & { segmentName: string })[];
}

/**
 * What the comparison shows of one cluster, as its own chain-gap report gives it: the comparison
 * reads the same facts for all the clusters at once and must equal this, to the last digit
 * (test/chains, bench/comparison-equivalence.ts).
 */
export function comparedOfReport(
  report: Pick<ClusterOnChain, 'completeness' | 'segments'>,
): Pick<ClusterOnChain, 'completeness' | 'segments'> {
  return {
    completeness: report.completeness,
    segments: report.segments.map(({ segmentId, status, localSupplyRatio, clusterFirms, localFirms }) => ({
      segmentId,
      status,
      localSupplyRatio,
      clusterFirms,
      localFirms,
    })),
  };
}

/** chains/comparison-frame's one row */
interface FrameRow {
  [column: string]: unknown;
  chainId: string;
  chainName: string;
  years: number[];
  supplyYear: number | null;
  clusters: {
    id: string;
    name: string;
    county: string | null;
    region: Partial<RegionCodes> & { county: string | null };
    figuresYear: number | null;
  }[];
  segments: { id: string; name: string; stage: Stage; order: number }[];
}

/** chains/comparison-supply: per (cluster, segment) with inflow */
interface FlowRow {
  [column: string]: unknown;
  clusterId: string;
  segmentId: string;
  inflow: number;
  localInflow: number;
}

export interface ComparisonStatements {
  frame: CypherStatement;
  /** chains/comparison-firms, the live read of what the kept figures do not cover */
  firms: CypherStatement;
  supply: CypherStatement;
  figures: SegmentFigures;
}

/**
 * chains/comparison-firms' parameters for some clusters and segments: the distinct regions and
 * years, each cluster pointing at its own (the statement tests a firm once per value).
 */
export function liveFirmParams(clusters: readonly ComparedCluster[], segmentIds: readonly string[], scope: LocalScope) {
  const scopeRegions = [...new Set(clusters.map((c) => c.scopeRegion))];
  const figuresYears = [...new Set(clusters.map((c) => c.figuresYear))];
  return {
    clusters: clusters.map((c) => ({
      clusterId: c.clusterId,
      regionIndex: scopeRegions.indexOf(c.scopeRegion),
      yearIndex: figuresYears.indexOf(c.figuresYear),
    })),
    scopeRegions,
    figuresYears,
    clusterIds: clusters.map((c) => c.clusterId),
    scope,
    segmentIds,
    srdiLevels: SRDI_QUALIFIED_LEVELS,
  };
}

/**
 * Every cluster on a chain in one year, each with the values chainGapReport gives for it: the
 * same facts (gaps/segments, gaps/supply) for all the chain's clusters at once, in three or four
 * statements whatever their number (the frame; the supply; the firm facts from the kept segment
 * figures, and live for what they do not cover), and the same rules (gaps/rules.ts, default thresholds). With
 * no year, the latest year with supply links into any of them; a cluster without links that
 * year gets that year's (empty-inflow) figures. Each cluster is judged at its own county, city
 * or province (scope).
 */
export async function chainComparison(
  db: Database,
  q: ComparisonStatements,
  args: ComparisonArgs,
  actor: Actor | null,
): Promise<ChainComparison> {
  const { year, scope } = yearAndScope(actor, args);
  const [frame] = await db.read<FrameRow>(q.frame, { chainId: args.chainId, year, minYear: MIN_YEAR, maxYear: MAX_YEAR });
  if (!frame) throw notFound(`未知产业链 ${args.chainId} (unknown chain)`, { field: 'chainId', chainId: args.chainId });
  checkDataYear('year', year, frame.years);
  const segmentIds = frame.segments.map((s) => s.id);
  const clusterParams = frame.clusters.map((c): ComparedCluster => ({
    clusterId: c.id,
    scopeRegion: scopeParams({ region: storedRegion(c.region) }, scope).scopeRegion,
    figuresYear: c.figuresYear,
  }));
  const supplyParams = {
    clusterOf: Object.fromEntries(clusterParams.map((c) => [c.clusterId, c])),
    clusterIds: clusterParams.map((c) => c.clusterId),
    scope,
    supplyYear: frame.supplyYear,
    segmentIds,
  };
  // firm facts and supply facts are independent: both read at once
  const [firmRows, flowRows] =
    segmentIds.length === 0 || clusterParams.length === 0
      ? [[], []]
      : await Promise.all([
          q.figures.comparisonRows(db, q.firms, { clusters: clusterParams, segmentIds, scope }, (clusters, ids) =>
            liveFirmParams(clusters, ids, scope),
          ),
          db.read<FlowRow>(q.supply, supplyParams),
        ]);
  const key = (clusterId: string, segmentId: string) => `${clusterId}\u0000${segmentId}`;
  const firms = new Map(firmRows.map((row) => [key(row.clusterId, row.segmentId), row]));
  const flows = new Map(flowRows.map((row) => [key(row.clusterId, row.segmentId), row]));
  const thresholds = resolveThresholds(null);
  const clusters = frame.clusters
    .map((c): ClusterOnChain => {
      const segments = segmentIds.map((segmentId) => {
        const f = firms.get(key(c.id, segmentId));
        const s = flows.get(key(c.id, segmentId));
        const facts = {
          localFirms: f?.localFirms ?? 0,
          localQualityFirms: f?.localQualityFirms ?? 0,
          inflow: s?.inflow ?? 0,
          localInflow: s?.localInflow ?? 0,
          topSupplierValue: null,
        };
        return {
          segmentId,
          status: gapStatus(facts, thresholds),
          localSupplyRatio: shareOfInflow(facts.localInflow, facts.inflow),
          clusterFirms: f?.clusterFirms ?? 0,
          localFirms: facts.localFirms,
        };
      });
      return {
        clusterId: c.id,
        clusterName: c.name,
        county: c.county,
        completeness: completeness(segments.map((s) => s.status)),
        segments,
      };
    })
    .sort((a, b) => b.completeness - a.completeness || a.clusterId.localeCompare(b.clusterId));
  const segments = frame.segments.map(({ id, name, stage, order }) => ({ segmentId: id, name, stage, order }));
  const names = new Map(segments.map((s) => [s.segmentId, s.name]));
  const peers = peerSegments(
    segmentIds,
    clusters.map((c) => ({
      clusterId: c.clusterId,
      clusterName: c.clusterName,
      statuses: new Map(c.segments.map((s) => [s.segmentId, s.status])),
    })),
  );
  return {
    chainId: frame.chainId,
    scope,
    chainName: frame.chainName,
    year: frame.supplyYear,
    years: frame.years,
    segments,
    clusters,
    peerSegments: peers.map((s) => ({ ...s, segmentName: names.get(s.segmentId) ?? s.segmentId })),
  };
}
