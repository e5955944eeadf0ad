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
}
export const DEFAULT_GAP_THRESHOLDS: GapThresholds = {
  weakLocalSupplyRatio: 0.3,
  strongLocalSupplyRatio: 0.7,
  strongMinLocalFirms: 5,
  singlePointShare: 0.6,
};

/** 专精特新 for the chain-gap analysis: a firm counts when its srdiLevel in the year is one of these. */
export const SRDI_QUALIFIED_LEVELS: readonly SrdiLevel[] = ['PROVINCIAL', 'LITTLE_GIANT'];

/** A gap is a segment MISSING or WEAK. */
export const GAP_STATUSES_OF_GAP: readonly GapStatus[] = ['MISSING', 'WEAK'];
