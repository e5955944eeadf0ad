import type { ClusterLevel, GapStatus } from '../../../server/shared/domain';

/** Colours that carry meaning; every use also has a legend (and a shape where colour alone would not do). */
export const LEVEL_COLORS: Record<ClusterLevel, string> = {
  NATIONAL: '#c0392b',
  PROVINCIAL: '#e67e22',
  CITY: '#2e86c1',
};

export const STATUS_COLORS: Record<GapStatus, string> = {
  MISSING: '#c0392b',
  WEAK: '#e67e22',
  COVERED: '#5d8aa8',
  STRONG: '#27ae60',
};
