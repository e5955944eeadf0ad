import { requirePermission, type Actor } from '../auth/policy.js';
import { badInput } from '../errors.js';
import { checkScope, type GapService } from '../gaps/service.js';
import type { LocalScope } from '#shared/regions.js';
import { yearArg } from '#shared/args.js';
import type { SegmentChange } from '#shared/enums.js';
import { compareSegments, type ComparedSegment } from './compare.js';
import { segmentChange } from './rules.js';
import { checkDataYear, namingCluster } from './years.js';

export interface EvolutionArgs {
  clusterId: string;
  fromYear: number;
  toYear: number;
  scope?: LocalScope | null;
}

type SegmentEvolution = ComparedSegment<'From', 'To'> & { change: SegmentChange };

export interface ChainEvolution {
  clusterId: string;
  scope: LocalScope;
  clusterName: string;
  chainId: string | null;
  chainName: string | null;
  fromYear: number;
  toYear: number;
  completenessFrom: number;
  completenessTo: number;
  segments: SegmentEvolution[];
  gapsHealed: number;
  gapsNew: number;
  gapsPersistent: number;
}

/**
 * The cluster's chain in two years, segment by segment: the two chain-gap reports (so each
 * year's figures are chainGapReport's) side by side, with how each segment moved.
 */
export async function chainEvolution(gaps: GapService, args: EvolutionArgs, actor: Actor | null): Promise<ChainEvolution> {
  requirePermission(actor, 'graph:read');
  const fromYear = yearArg(args.fromYear, 'fromYear');
  const toYear = yearArg(args.toYear, 'toYear');
  const scope = checkScope(args.scope);
  if (fromYear > toYear)
    throw badInput(`fromYear（${fromYear}）不能晚于 toYear（${toYear}） (fromYear must not be after toYear)`, {
      field: 'fromYear',
      fromYear,
      toYear,
    });
  const [from, to] = await namingCluster(
    args.clusterId,
    Promise.all([
      gaps.report({ clusterId: args.clusterId, year: fromYear, scope }, actor, { targetReasons: false }),
      gaps.report({ clusterId: args.clusterId, year: toYear, scope }, actor, { targetReasons: false }),
    ]),
  );
  checkDataYear('fromYear', fromYear, from.supplyYears);
  checkDataYear('toYear', toYear, to.supplyYears);
  const segments = compareSegments(from, to, ['From', 'To']).map((s): SegmentEvolution => ({
    ...s,
    change: segmentChange(s.statusFrom, s.statusTo),
  }));
  const count = (change: SegmentChange) => segments.filter((s) => s.change === change).length;
  return {
    clusterId: from.clusterId,
    scope,
    clusterName: from.clusterName,
    chainId: from.chainId,
    chainName: from.chainName,
    fromYear,
    toYear,
    completenessFrom: from.completeness,
    completenessTo: to.completeness,
    segments,
    gapsHealed: count('GAP_HEALED'),
    gapsNew: count('GAP_NEW'),
    gapsPersistent: count('GAP_PERSISTENT'),
  };
}
