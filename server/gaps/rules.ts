/**
 * The chain-gap rules of PRODUCT.md "Chain-gap analysis" that apply to the (small) per-segment
 * rows the database returns: thresholds, status, shares, completeness, target reasons. Pure.
 */
import { badInput } from '../errors.js';
import type { GapStatus, SrdiLevel } from '#shared/enums.js';
import { CHAIN_LEADER_LABEL, GAP_STATUS_LABELS, SRDI_LEVEL_LABELS, TARGET_REGION_LABELS } from '#shared/labels.js';
import { DEFAULT_GAP_THRESHOLDS, type GapThresholds } from '#shared/thresholds.js';

export type GapThresholdsArg = { [K in keyof GapThresholds]?: number | null };

const RATIO_KEYS = ['weakLocalSupplyRatio', 'strongLocalSupplyRatio', 'singlePointShare', 'singleSourceShare'] as const;

/** The defaults overlaid with what was given; BAD_INPUT unless ratios are in [0, 1] and min firms an integer >= 0. */
export function resolveThresholds(given: GapThresholdsArg | null | undefined): GapThresholds {
  const out: GapThresholds = { ...DEFAULT_GAP_THRESHOLDS };
  const problems: string[] = [];
  for (const key of RATIO_KEYS) {
    const value = given?.[key];
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value) || value < 0 || value > 1) problems.push(`${key} must be between 0 and 1 (got ${value})`);
    else out[key] = value;
  }
  const minFirms = given?.strongMinLocalFirms;
  if (minFirms !== null && minFirms !== undefined) {
    if (!Number.isInteger(minFirms) || minFirms < 0) problems.push(`strongMinLocalFirms must be a whole number >= 0 (got ${minFirms})`);
    else out.strongMinLocalFirms = minFirms;
  }
  if (problems.length > 0) throw badInput(`invalid thresholds: ${problems.join('; ')}`, { problems });
  return out;
}

/** What the status needs from a segment row. */
export interface SegmentFacts {
  localFirms: number;
  /** local firms in the segment that are 专精特新 (in the year) or 链主 */
  localQualityFirms: number;
  inflow: number;
  localInflow: number;
  topSupplierValue: number | null;
}

/** part / inflow, or null when there is no inflow. */
export function shareOfInflow(part: number | null, inflow: number): number | null {
  return inflow > 0 && part !== null ? part / inflow : null;
}

/**
 * MISSING when no local firm; else WEAK when the ratio is below the weak threshold; else STRONG
 * with enough local firms, a ratio at or above the strong threshold and a 专精特新/链主 among
 * the local firms; else COVERED. A null ratio (no inflow) is neither WEAK nor STRONG.
 */
export function gapStatus(facts: SegmentFacts, t: GapThresholds): GapStatus {
  if (facts.localFirms === 0) return 'MISSING';
  const ratio = shareOfInflow(facts.localInflow, facts.inflow);
  if (ratio !== null && ratio < t.weakLocalSupplyRatio) return 'WEAK';
  if (ratio !== null && facts.localFirms >= t.strongMinLocalFirms && ratio >= t.strongLocalSupplyRatio && facts.localQualityFirms > 0)
    return 'STRONG';
  return 'COVERED';
}

/** Segments not MISSING / all segments; 0 for a chain without segments. */
export function completeness(statuses: readonly GapStatus[]): number {
  if (statuses.length === 0) return 0;
  return statuses.filter((s) => s !== 'MISSING').length / statuses.length;
}

const money = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const pct = (ratio: number) => `${Math.round(ratio * 100)}%`;

/**
 * What sets one 补链 target apart, from its own figures (gaps/target-facts and the report's
 * rows). Money only as the caller may see it: revenue null when unknown or withheld.
 */
export interface TargetReasonFacts {
  segmentName: string;
  status: GapStatus;
  localSupplyRatio: number | null;
  /** its supply into the cluster's firms in the segment, 万元 */
  inflow: number;
  /** the segment's inflow (all suppliers), 万元 */
  segmentInflow: number;
  /** distinct cluster firms it supplies in the segment */
  buyers: number;
  /** the largest of them (TARGET_REASON_BUYERS_NAMED at most), value desc */
  topBuyers: readonly { name: string; value: number }[];
  /** its revenue in the figures year, 万元 */
  revenue: number | null;
  /** the average revenue of the segment's cluster firms with a figure (null: none) */
  segmentAverageRevenue: number | null;
  srdiLevel: SrdiLevel | null;
  chainLeader: boolean;
  /** in the cluster's province (null: unknown) */
  sameProvince: boolean | null;
  province: string | null;
  /** figures year minus its founding year (null: unknown) */
  yearsActive: number | null;
}

const segmentGapZh = (f: TargetReasonFacts) =>
  f.status === 'MISSING'
    ? `本地无企业（${GAP_STATUS_LABELS.MISSING.zh}）`
    : `本地配套率 ${f.localSupplyRatio === null ? '—' : pct(f.localSupplyRatio)}（${GAP_STATUS_LABELS[f.status].zh}）`;

const segmentGapEn = (f: TargetReasonFacts) =>
  f.status === 'MISSING'
    ? `no local firm (${GAP_STATUS_LABELS.MISSING.en.toLowerCase()})`
    : `local supply ${f.localSupplyRatio === null ? '—' : pct(f.localSupplyRatio)} (${GAP_STATUS_LABELS[f.status].en.toLowerCase()})`;

/** revenue / the segment's average, e.g. 3.1; null when either is unknown */
function scaleOf(f: TargetReasonFacts): string | null {
  if (f.revenue === null || f.segmentAverageRevenue === null || !(f.segmentAverageRevenue > 0)) return null;
  const scale = f.revenue / f.segmentAverageRevenue;
  return scale >= 10 ? whole.format(scale) : scale.toFixed(1);
}

const qualified = (f: TargetReasonFacts) => (f.srdiLevel === 'PROVINCIAL' || f.srdiLevel === 'LITTLE_GIANT' ? f.srdiLevel : null);

/**
 * 招商理由 of one target, e.g. 「轴承钢」环节本地配套率 11%（薄弱）；年供货 400 万元，占本环节集群采购 44%；
 * 供应集群企业 甲（200 万元）、乙（200 万元）；营收 5,000 万元，为本环节集群企业平均的 2.5 倍；专精特新小巨人；链主；省外（江苏省）；成立 12 年
 */
export function targetReason(f: TargetReasonFacts): string {
  const parts = [`「${f.segmentName}」环节${segmentGapZh(f)}`];
  const share = shareOfInflow(f.inflow, f.segmentInflow);
  parts.push(`年供货 ${money.format(f.inflow)} 万元${share === null ? '' : `，占本环节集群采购 ${pct(share)}`}`);
  const named = f.topBuyers.map((b) => `${b.name}（${whole.format(b.value)} 万元）`).join('、');
  parts.push(f.buyers > f.topBuyers.length ? `供应集群企业 ${named}等 ${f.buyers} 家` : `供应集群企业 ${named}`);
  if (f.revenue !== null) {
    const scale = scaleOf(f);
    parts.push(`营收 ${whole.format(f.revenue)} 万元${scale === null ? '' : `，为本环节集群企业平均的 ${scale} 倍`}`);
  }
  const srdi = qualified(f);
  if (srdi) parts.push(SRDI_LEVEL_LABELS[srdi].zh);
  if (f.chainLeader) parts.push(CHAIN_LEADER_LABEL.zh);
  if (f.sameProvince !== null)
    parts.push(`${TARGET_REGION_LABELS[f.sameProvince ? 'same' : 'other'].zh}${f.province ? `（${f.province}）` : ''}`);
  if (f.yearsActive !== null && f.yearsActive >= 1) parts.push(`成立 ${f.yearsActive} 年`);
  return parts.join('；');
}

/** The same reason in English (firm, segment and province names stay as recorded). */
export function targetReasonEn(f: TargetReasonFacts): string {
  const parts = [`"${f.segmentName}" segment: ${segmentGapEn(f)}`];
  const share = shareOfInflow(f.inflow, f.segmentInflow);
  parts.push(
    `supplies ${money.format(f.inflow)} (10k yuan) a year${share === null ? '' : `, ${pct(share)} of the segment's cluster purchases`}`,
  );
  const named = f.topBuyers.map((b) => `${b.name} (${whole.format(b.value)})`).join(', ');
  const more = f.buyers - f.topBuyers.length;
  parts.push(`to cluster firms ${named}${more > 0 ? ` and ${more} more` : ''}`);
  if (f.revenue !== null) {
    const scale = scaleOf(f);
    parts.push(`revenue ${whole.format(f.revenue)} (10k yuan)${scale === null ? '' : `, ${scale}× the segment's cluster average`}`);
  }
  const srdi = qualified(f);
  if (srdi) parts.push(SRDI_LEVEL_LABELS[srdi].en.toLowerCase());
  if (f.chainLeader) parts.push(CHAIN_LEADER_LABEL.en);
  if (f.sameProvince !== null)
    parts.push(`${TARGET_REGION_LABELS[f.sameProvince ? 'same' : 'other'].en}${f.province ? ` (${f.province})` : ''}`);
  if (f.yearsActive !== null && f.yearsActive >= 1) parts.push(`${f.yearsActive} year${f.yearsActive === 1 ? '' : 's'} active`);
  return parts.join('; ');
}

/**
 * A segment is a 固链 risk (⚠ on the chain map and in the grouped risks list: one rule for both)
 * when it has single-source risks and their value is at least singleSourceShare of its inflow.
 */
export function singleSourceAtRisk(riskCount: number, riskValue: number, inflow: number, t: GapThresholds): boolean {
  const share = shareOfInflow(riskValue, inflow);
  return riskCount > 0 && share !== null && share >= t.singleSourceShare;
}
