import { requirePermission, type Actor } from '../auth/policy.js';
import type { CypherStatement } from '../cypher.js';
import type { Database } from '../db/index.js';
import { notFound } from '../errors.js';
import { checkScope, type ChainGapReport, type GapService } from '../gaps/service.js';
import type { LocalScope } from '#shared/regions.js';
import { yearArg } from '#shared/args.js';
import type { GapStatus, Stage } from '#shared/enums.js';
import { peerStrengths, type PeerStrength } from './rules.js';
import { checkDataYear } from './years.js';

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
  peerStrengths: (PeerStrength & { segmentName: string })[];
}

interface ChainRow {
  chainId: string;
  chainName: string;
  clusters: { id: string; name: string; county: string | null }[];
}

/**
 * Every cluster on a chain in one year: one chain-gap report per cluster (run at once), so each
 * cluster's values are chainGapReport's. With no year, the latest year with supply links into
 * any of them; a cluster without links that year gets that year's (empty-inflow) report.
 */
export async function chainComparison(
  db: Database,
  chainClusters: CypherStatement,
  gaps: GapService,
  args: ComparisonArgs,
  actor: Actor | null,
): Promise<ChainComparison> {
  requirePermission(actor, 'graph:read');
  const year = yearArg(args.year, 'year');
  const scope = checkScope(args.scope);
  const [chain] = await db.read<ChainRow & Record<string, unknown>>(chainClusters, { chainId: args.chainId });
  if (!chain) throw notFound(`未知产业链 ${args.chainId} (unknown chain)`, { field: 'chainId', chainId: args.chainId });
  const reportsIn = (y: number | null) => Promise.all(chain.clusters.map((c) => gaps.report({ clusterId: c.id, year: y, scope }, actor)));
  let reports = await reportsIn(year);
  const years = [...new Set(reports.flatMap((r) => r.supplyYears))].sort((a, b) => b - a);
  checkDataYear('year', year, years);
  const chosen = year ?? years[0] ?? null;
  if (chosen !== null && reports.some((r) => r.year !== chosen)) {
    reports = await Promise.all(
      reports.map(async (r) => (r.year === chosen ? r : gaps.report({ clusterId: r.clusterId, year: chosen, scope }, actor))),
    );
  }
  const county = new Map(chain.clusters.map((c) => [c.id, c.county]));
  const clusters = reports
    .map((r) => onChain(r, county.get(r.clusterId) ?? null))
    .sort((a, b) => b.completeness - a.completeness || a.clusterId.localeCompare(b.clusterId));
  const segments = (reports[0]?.segments ?? []).map(({ segmentId, name, stage, order }) => ({ segmentId, name, stage, order }));
  const names = new Map(segments.map((s) => [s.segmentId, s.name]));
  const strengths = peerStrengths(
    segments.map((s) => s.segmentId),
    clusters.map((c) => ({
      clusterId: c.clusterId,
      clusterName: c.clusterName,
      statuses: new Map(c.segments.map((s) => [s.segmentId, s.status])),
    })),
  );
  return {
    chainId: chain.chainId,
    scope,
    chainName: chain.chainName,
    year: chosen,
    years,
    segments,
    clusters,
    peerStrengths: strengths.map((s) => ({ ...s, segmentName: names.get(s.segmentId) ?? s.segmentId })),
  };
}

function onChain(report: ChainGapReport, county: string | null): ClusterOnChain {
  return {
    clusterId: report.clusterId,
    clusterName: report.clusterName,
    county,
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
