import { can, type Actor } from '../auth/policy.js';
import type { CypherStatement } from '../cypher.js';
import type { Database } from '../db/index.js';
import { badInput, notFound } from '../errors.js';
import { scopeParams, type GapService } from '../gaps/service.js';
import type { LocalScope } from '#shared/regions.js';
import { checkCreditCode } from '#shared/creditCode.js';
import { BASELINE_YEAR, CLUSTER_OUTPUT_OVER_100YI, CLUSTER_OUTPUT_OVER_50YI, type IndicatorKey, INDICATORS } from '#shared/indicators.js';
import { ATTRACT_MAX_FIRMS } from '#shared/limits.js';
import { SRDI_QUALIFIED_LEVELS } from '#shared/thresholds.js';
import { compareSegments, type ComparedSegment } from './compare.js';
import { checkDataYear, namingCluster, yearAndScope } from './years.js';

export interface AttractArgs {
  clusterId: string;
  attract: readonly string[];
  year?: number | null;
  scope?: LocalScope | null;
}

type AttractSegment = ComparedSegment<'Before', 'After'>;

interface IndicatorChange {
  key: IndicatorKey;
  label: string;
  labelEn: string;
  unit: string;
  unitEn: string;
  change: number;
  basis: string;
  basisEn: string;
}

export interface WhatIfAttractResult {
  clusterId: string;
  scope: LocalScope;
  year: number | null;
  figuresYear: number | null;
  attracted: { creditCode: string; name: string }[];
  completenessBefore: number;
  completenessAfter: number;
  segments: AttractSegment[];
  indicatorChanges: IndicatorChange[];
}

/** attract-firms' row per code */
interface FirmRow {
  code: string;
  clusterOutput: number | null;
  known: boolean;
  name: string | null;
  local: boolean;
  present: boolean;
  clusterFirm: boolean;
  revenue: number | null;
  aboveScale: boolean;
  srdi: boolean;
  baseSrdi: boolean;
  smartFactory: boolean;
  baseSmartFactory: boolean;
  greenList: boolean;
  digitalTransformation: boolean;
  greenDiagnosis: boolean;
}

/**
 * 若引进此企业: the chain-gap report of the cluster as it is and as if the named firms were local
 * members of the cluster (the same report code, with the firms treated as local), and the
 * dashboard indicators the firms' own figures would move. Reads only.
 */
export async function whatIfAttract(
  db: Database,
  statement: CypherStatement,
  gaps: GapService,
  args: AttractArgs,
  actor: Actor | null,
): Promise<WhatIfAttractResult> {
  const { year, scope } = yearAndScope(actor, args);
  const codes = [...new Set(args.attract.map(normaliseCode))].filter((code) => code !== '');
  if (codes.length === 0) throw badInput('attract：请至少指定一家企业 (attract: name at least one firm)', { field: 'attract' });
  if (codes.length > ATTRACT_MAX_FIRMS)
    throw badInput(
      `attract：一次最多${ATTRACT_MAX_FIRMS}家企业 (attract: at most ${ATTRACT_MAX_FIRMS} firms at once; got ${codes.length})`,
      { field: 'attract', count: codes.length },
    );
  const frame = await namingCluster(args.clusterId, gaps.frame(args.clusterId, year));
  checkDataYear('year', year, frame.supplyYears);
  const firms = await db.read<FirmRow & Record<string, unknown>>(statement, {
    clusterId: frame.clusterId,
    ...scopeParams(frame, scope),
    codes,
    figuresYear: frame.figuresYear,
    presentIn: frame.figuresYear,
    baselineYear: BASELINE_YEAR,
    srdiLevels: SRDI_QUALIFIED_LEVELS,
  });
  const unknown = firms.filter((f) => !f.known).map((f) => f.code);
  if (unknown.length > 0)
    throw notFound(`attract：未知企业 ${unknown.join(', ')} (attract: unknown credit codes)`, { field: 'attract', unknown });
  const local = firms.filter((f) => f.local).map((f) => f.code);
  if (local.length > 0)
    throw badInput(`attract：已是本地企业 ${local.join(', ')} (attract: already local firms)`, { field: 'attract', local });
  const absent = firms.filter((f) => !f.present).map((f) => f.code);
  if (absent.length > 0)
    throw badInput(
      `attract：${frame.figuresYear}年不存续的企业 ${absent.join(', ')} (attract: firms not present in ${frame.figuresYear})`,
      { field: 'attract', absent },
    );

  const [before, after] = await Promise.all([
    gaps.report({ clusterId: frame.clusterId, year, scope }, actor, { targetReasons: false }),
    gaps.report({ clusterId: frame.clusterId, year, scope }, actor, { attracted: codes, targetReasons: false }),
  ]);
  return {
    clusterId: before.clusterId,
    scope,
    year: before.year,
    figuresYear: before.figuresYear,
    attracted: firms.map((f) => ({ creditCode: f.code, name: f.name ?? f.code })),
    completenessBefore: before.completeness,
    completenessAfter: after.completeness,
    segments: compareSegments(before, after, ['Before', 'After']),
    indicatorChanges: indicatorChanges(firms, frame.figuresYear, can(actor, 'revenue:exact')),
  };
}

/**
 * The dashboard indicators the attracted firms would move as new cluster firms, by the
 * dashboard's own definitions applied to their figures (firms already in a cluster are counted
 * by the dashboard already). Output: the cluster's output would grow by their revenue (only for
 * roles that see exact revenue), which may lift it over 50亿 / 100亿.
 */
function indicatorChanges(firms: readonly FirmRow[], figuresYear: number | null, exactRevenue: boolean): IndicatorChange[] {
  if (figuresYear === null) return [];
  const fresh = firms.filter((f) => !f.clusterFirm);
  const afterBaseline = figuresYear > BASELINE_YEAR;
  const count = (test: (f: FirmRow) => boolean) => fresh.filter(test).length;
  const revenue = fresh.reduce((total, f) => total + (f.revenue ?? 0), 0);
  const output = firms[0]?.clusterOutput ?? null;
  const crosses = (threshold: number) => (output !== null && output < threshold && output + revenue >= threshold ? 1 : 0);
  const changes: [IndicatorKey, number, string, string][] = [
    ['above_scale_firms', count((f) => f.aboveScale), `${figuresYear}年规上`, `above scale in ${figuresYear}`],
    [
      'new_srdi_firms',
      afterBaseline ? count((f) => f.srdi && !f.baseSrdi) : 0,
      `${figuresYear}年为省级专精特新或小巨人、${BASELINE_YEAR}年不是`,
      `provincial SRDI or little giant in ${figuresYear}, not in ${BASELINE_YEAR}`,
    ],
    [
      'new_smart_factories',
      afterBaseline ? count((f) => f.smartFactory && !f.baseSmartFactory) : 0,
      `${figuresYear}年建有智能工厂/数字车间、${BASELINE_YEAR}年没有`,
      `a smart factory in ${figuresYear}, none in ${BASELINE_YEAR}`,
    ],
    [
      'digital_transformation_firms',
      afterBaseline ? count((f) => f.digitalTransformation) : 0,
      `${BASELINE_YEAR + 1}–${figuresYear}年实施智改数转`,
      `digital transformation in ${BASELINE_YEAR + 1}–${figuresYear}`,
    ],
    ['green_list_firms', count((f) => f.greenList), `${figuresYear}年列入绿色制造名单`, `on a green list in ${figuresYear}`],
    [
      'green_diagnosis_firms',
      afterBaseline ? count((f) => f.greenDiagnosis) : 0,
      `${BASELINE_YEAR + 1}–${figuresYear}年开展绿色诊断`,
      `a green diagnosis in ${BASELINE_YEAR + 1}–${figuresYear}`,
    ],
    ...(exactRevenue
      ? ([
          [
            'cluster_output_growth',
            revenue,
            `集群产值按引进企业${figuresYear}年营业收入增加`,
            `the cluster's output grows by the firms' ${figuresYear} revenue`,
          ],
          ['clusters_over_100yi', crosses(CLUSTER_OUTPUT_OVER_100YI), '集群产值因此达到100亿元', "the cluster's output reaches 10 bn yuan"],
          ['clusters_over_50yi', crosses(CLUSTER_OUTPUT_OVER_50YI), '集群产值因此达到50亿元', "the cluster's output reaches 5 bn yuan"],
        ] satisfies [IndicatorKey, number, string, string][])
      : []),
  ];
  const byKey = new Map(INDICATORS.map((i) => [i.key, i]));
  return changes
    .filter(([, change]) => change !== 0)
    .sort(([a], [b]) => INDICATORS.findIndex((i) => i.key === a) - INDICATORS.findIndex((i) => i.key === b))
    .map(([key, change, basis, basisEn]) => {
      const indicator = byKey.get(key)!;
      return {
        key,
        label: indicator.label.zh,
        labelEn: indicator.label.en,
        unit: indicator.unit.zh,
        unitEn: indicator.unit.en,
        change,
        basis,
        basisEn,
      };
    });
}

/** A well-formed credit code trimmed and upper-cased (as stored); anything else trimmed, to be looked up as given. */
function normaliseCode(raw: string): string {
  const checked = checkCreditCode(raw);
  return checked.ok ? checked.code : raw.trim();
}
