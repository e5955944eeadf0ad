/**
 * The chain-gap rules of PRODUCT.md "Chain-gap analysis" that apply to the (small) per-segment
 * rows the database returns: thresholds, status, shares, completeness, target reasons. Pure.
 */
import { badInput } from '../errors.js';
import type { GapStatus } from '#shared/enums.js';
import { GAP_STATUS_LABELS } from '#shared/labels.js';
import { DEFAULT_GAP_THRESHOLDS, type GapThresholds } from '#shared/thresholds.js';

export type GapThresholdsArg = { [K in keyof GapThresholds]?: number | null };

const RATIO_KEYS = ['weakLocalSupplyRatio', 'strongLocalSupplyRatio', 'singlePointShare'] as const;

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

/** e.g. 「轴承钢」环节本地配套率 12%（薄弱），该企业年供货 8,500 万元，供应 6 家集群企业 */
export function targetReason(
  segmentName: string,
  status: GapStatus,
  localSupplyRatio: number | null,
  inflow: number,
  buyers: number,
): string {
  const gap =
    status === 'MISSING'
      ? `本地无企业（${GAP_STATUS_LABELS.MISSING.zh}）`
      : `本地配套率 ${localSupplyRatio === null ? '—' : `${Math.round(localSupplyRatio * 100)}%`}（${GAP_STATUS_LABELS[status].zh}）`;
  return `「${segmentName}」环节${gap}，该企业年供货 ${money.format(inflow)} 万元，供应 ${buyers} 家集群企业`;
}

/** The same reason in English, e.g. "轴承钢" segment: local supply 12% (weak); this firm supplies 8,500 (10k yuan) a year to 6 cluster firms */
export function targetReasonEn(
  segmentName: string,
  status: GapStatus,
  localSupplyRatio: number | null,
  inflow: number,
  buyers: number,
): string {
  const gap =
    status === 'MISSING'
      ? `no local firm (${GAP_STATUS_LABELS.MISSING.en.toLowerCase()})`
      : `local supply ${localSupplyRatio === null ? '—' : `${Math.round(localSupplyRatio * 100)}%`} (${GAP_STATUS_LABELS[status].en.toLowerCase()})`;
  return `"${segmentName}" segment: ${gap}; this firm supplies ${money.format(inflow)} (10k yuan) a year to ${buyers} cluster firm${buyers === 1 ? '' : 's'}`;
}
