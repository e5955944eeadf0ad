import { revenueFor } from '../auth/disclosure.js';
import { can, type Actor } from '../auth/policy.js';
import type { CypherStatement } from '../cypher.js';
import type { Database } from '../db/index.js';
import { badInput } from '../errors.js';
import { scopeParams, type GapService, type WhatIfFirm } from '../gaps/service.js';
import type { LocalScope } from '#shared/regions.js';
import { firstArg } from '#shared/args.js';
import type { SrdiLevel } from '#shared/enums.js';
import { LOCAL_SUBSTITUTES_DEFAULT, LOCAL_SUBSTITUTES_MAX } from '#shared/limits.js';
import { checkDataYear, namingCluster, yearAndScope } from './years.js';

export interface SubstitutesArgs {
  clusterId: string;
  segmentId: string;
  year?: number | null;
  first?: number | null;
  scope?: LocalScope | null;
}

export interface LocalSubstitute {
  enterprise: WhatIfFirm;
  suppliesCluster: boolean;
  /** null for roles that see no exact firm figures (viewer) */
  suppliedValue: number | null;
  clusterMember: boolean;
  revenue: number | null;
  revenueBand: string | null;
  srdiLevel: SrdiLevel | null;
}

type Row = Omit<LocalSubstitute, 'revenueBand'>;

/**
 * 本市可替代企业: the local firms of a segment of the cluster's chain present in the year (the
 * report's year: the one asked for, else the cluster's latest supply year), those not yet
 * supplying the cluster in it first. Revenue as the caller may see it.
 */
export async function localSubstitutes(
  db: Database,
  statement: CypherStatement,
  gaps: GapService,
  args: SubstitutesArgs,
  actor: Actor | null,
): Promise<LocalSubstitute[]> {
  const { year, scope } = yearAndScope(actor, args);
  const first = firstArg(args.first, 'top', { default: LOCAL_SUBSTITUTES_DEFAULT, max: LOCAL_SUBSTITUTES_MAX });
  const frame = await namingCluster(args.clusterId, gaps.frame(args.clusterId, year));
  checkDataYear('year', year, frame.supplyYears);
  if (!frame.segments.some((s) => s.id === args.segmentId)) {
    throw badInput(`segmentId：${args.segmentId} 不是该集群产业链的环节 (segmentId: not a segment of the cluster's chain)`, {
      field: 'segmentId',
      segmentId: args.segmentId,
    });
  }
  const rows = await db.read<Row & Record<string, unknown>>(statement, {
    clusterId: frame.clusterId,
    ...scopeParams(frame, scope),
    segmentId: args.segmentId,
    supplyYear: frame.supplyYear,
    figuresYear: frame.figuresYear,
    presentIn: frame.figuresYear,
    first,
  });
  const exact = can(actor, 'revenue:exact');
  return rows.map(({ revenue, suppliedValue, ...row }) => ({
    ...row,
    suppliedValue: exact ? suppliedValue : null,
    ...revenueFor(actor, revenue),
  }));
}
