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

/** A symbol per status, written in the card and in the legend. */
export const STATUS_SYMBOLS: Record<GapStatus, string> = { MISSING: '✕', WEAK: '◔', COVERED: '●', STRONG: '★' };
/** A light tint of each status colour for the card's fill (text stays dark and readable). */
export const STATUS_FILLS: Record<GapStatus, string> = { MISSING: '#fbe9e7', WEAK: '#fdf0e1', COVERED: '#eef3f7', STRONG: '#e6f5ec' };
