import type { ClusterLevel, GapStatus } from '#shared/enums.js';

/**
 * Colours that carry meaning; every use also has a legend (and a shape where colour alone would not do).
 * Each is also used as text (level tags, status tags) on white and light tints, so each has WCAG AA
 * contrast there (at least 4.5:1 on white, 4.3:1 on the palest tint).
 */
export const LEVEL_COLORS: Record<ClusterLevel, string> = {
  NATIONAL: '#c0392b',
  PROVINCIAL: '#a84f00',
  CITY: '#1f6fb2',
};

export const STATUS_COLORS: Record<GapStatus, string> = {
  MISSING: '#c0392b',
  WEAK: '#a84f00',
  COVERED: '#4a7390',
  STRONG: '#1e7a3f',
};
