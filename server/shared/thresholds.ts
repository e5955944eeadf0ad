/** The chain-gap analysis's thresholds and what counts as a gap or as 专精特新 (PRODUCT.md "Chain-gap analysis"). Pure. */
import type { GapStatus, SrdiLevel } from './enums.js';

/** Chain-gap thresholds: defaults, all configurable per request. */
export interface GapThresholds {
  /** below this local supply ratio a covered segment is WEAK */
  weakLocalSupplyRatio: number;
  /** at or above this ratio (with enough firms and a quality firm) a segment is STRONG */
  strongLocalSupplyRatio: number;
  /** minimum local firms for STRONG */
  strongMinLocalFirms: number;
  /** topSupplierShare at or above this marks a single point of failure */
  singlePointShare: number;
  /**
   * a segment is a 固链 risk (⚠ on the chain map, ⚠ in the grouped risks list) when the cluster
   * buys at least this share of the segment's inflow from single sources (buyers with one supplier)
   */
  singleSourceShare: number;
}
export const DEFAULT_GAP_THRESHOLDS: GapThresholds = {
  weakLocalSupplyRatio: 0.3,
  strongLocalSupplyRatio: 0.7,
  strongMinLocalFirms: 5,
  singlePointShare: 0.6,
  singleSourceShare: 0.5,
};

/** 专精特新 for the chain-gap analysis: a firm counts when its srdiLevel in the year is one of these. */
export const SRDI_QUALIFIED_LEVELS: readonly SrdiLevel[] = ['PROVINCIAL', 'LITTLE_GIANT'];

/** A gap is a segment MISSING or WEAK. */
export const GAP_STATUSES_OF_GAP: readonly GapStatus[] = ['MISSING', 'WEAK'];

/** 固链 grouped view: the suppliers named per segment group (largest value at stake first). */
export const RISK_GROUP_TOP_SUPPLIERS = 3;

/** 招商理由: the cluster buyers a target's reason names (largest supply first); the rest are counted. */
export const TARGET_REASON_BUYERS_NAMED = 2;
