import type { TargetKind } from '#shared/enums.js';
import { BASELINE_YEAR, type IndicatorDefinition, type IndicatorKey, INDICATORS, TARGET_YEAR } from '#shared/indicators.js';

/**
 * The dashboard's arithmetic, pure: raw yearly figures (from the Cypher aggregates) in,
 * indicators with baseline, value, target, progress and met out.
 */

/** One year's raw figures, as the three aggregate statements return them (all counts and sums). */
export interface YearFigures {
  year: number;
  clusters: number;
  provincialClusters: number;
  nationalClusters: number;
  output: number;
  outputReported: number;
  over100: number;
  over50: number;
  firmsReported: number;
  aboveScale: number;
  revenue: number;
  rdSpend: number;
  rdReported: number;
  patents: number;
  patentsReported: number;
  newSrdi: number;
  newSmartFactories: number;
  digitalTransformation: number;
  greenList: number;
  greenDiagnosis: number;
  digitalPlatforms: number;
  newInnovationPlatforms: number;
}

interface IndicatorPoint {
  year: number;
  value: number | null;
}

export interface IndicatorResult {
  key: IndicatorKey;
  label: string;
  labelEn: string;
  unit: string;
  unitEn: string;
  targetKind: TargetKind;
  policyTarget: number;
  description: string;
  descriptionEn: string;
  baselineYear: number;
  targetYear: number;
  baseline: number | null;
  value: number | null;
  target: number | null;
  progress: number | null;
  met: boolean | null;
  trend: IndicatorPoint[];
}

export interface TargetDashboardResult {
  year: number;
  years: number[];
  baselineYear: number;
  targetYear: number;
  indicators: IndicatorResult[];
}

/** Indicators counting what is new since the baseline year have no value before it. */
const SINCE_BASELINE: ReadonlySet<IndicatorKey> = new Set([
  'new_innovation_platforms',
  'new_srdi_firms',
  'new_smart_factories',
  'digital_transformation_firms',
  'green_diagnosis_firms',
]);

/** The value of one indicator in one year; `byYear` holds every year with figures. */
function indicatorValue(key: IndicatorKey, year: number, byYear: ReadonlyMap<number, YearFigures>): number | null {
  const f = byYear.get(year);
  if (!f) return null;
  if (SINCE_BASELINE.has(key) && year < BASELINE_YEAR) return null;
  switch (key) {
    case 'national_clusters':
      return f.nationalClusters;
    case 'provincial_clusters':
      return f.provincialClusters;
    case 'city_clusters':
      return f.clusters;
    case 'above_scale_firms':
      return f.aboveScale;
    case 'cluster_output_growth':
      return f.outputReported > 0 ? f.output : null;
    case 'clusters_over_100yi':
      return f.over100;
    case 'clusters_over_50yi':
      return f.over50;
    case 'rd_intensity':
      return f.rdReported > 0 && f.revenue > 0 ? (100 * f.rdSpend) / f.revenue : null;
    case 'high_value_patents_growth':
      return patentGrowth(year, byYear);
    case 'new_innovation_platforms':
      return f.newInnovationPlatforms;
    case 'new_srdi_firms':
      return f.newSrdi;
    case 'digital_platforms':
      return f.digitalPlatforms;
    case 'new_smart_factories':
      return f.newSmartFactories;
    case 'digital_transformation_firms':
      return f.digitalTransformation;
    case 'green_list_firms':
      return f.greenList;
    case 'green_diagnosis_firms':
      return f.greenDiagnosis;
  }
}

/**
 * Year-on-year growth (%) of the patent total against the previous year with patent figures,
 * annualised when years lie between: ((this / previous)^(1 / gap) - 1) × 100.
 */
function patentGrowth(year: number, byYear: ReadonlyMap<number, YearFigures>): number | null {
  const current = byYear.get(year);
  if (!current || current.patentsReported === 0) return null;
  const previous = [...byYear.values()].filter((f) => f.year < year && f.patentsReported > 0).sort((a, b) => b.year - a.year)[0];
  if (!previous || previous.patents <= 0) return null;
  const gap = year - previous.year;
  return (Math.pow(current.patents / previous.patents, 1 / gap) - 1) * 100;
}

/** The value the 2026 target asks for, in the indicator's own unit (null when it needs a missing baseline). */
function targetValue(definition: IndicatorDefinition, baseline: number | null): number | null {
  switch (definition.kind) {
    case 'COUNT':
    case 'RATIO':
    case 'ANNUAL_GROWTH':
      return definition.policyTarget;
    case 'DELTA':
      return baseline === null ? null : baseline + definition.policyTarget;
    case 'GROWTH':
      return baseline === null ? null : (baseline * (100 + definition.policyTarget)) / 100;
  }
}

/** How far from the baseline to the target, 0 at or below the start, 1 at the target, more beyond it. */
function progressOf(definition: IndicatorDefinition, baseline: number | null, value: number | null): number | null {
  if (value === null) return null;
  let progress: number;
  switch (definition.kind) {
    case 'COUNT':
    case 'RATIO':
    case 'ANNUAL_GROWTH':
      progress = value / definition.policyTarget;
      break;
    case 'DELTA':
      if (baseline === null) return null;
      progress = (value - baseline) / definition.policyTarget;
      break;
    case 'GROWTH':
      if (baseline === null || baseline <= 0) return null;
      progress = (value - baseline) / ((baseline * definition.policyTarget) / 100);
      break;
  }
  return Math.max(0, progress);
}

/** value >= target, with a little room for floating-point sums (null when either is unknown). */
function isMet(target: number | null, value: number | null): boolean | null {
  if (target === null || value === null) return null;
  return value >= target - 1e-9 * Math.max(1, Math.abs(target));
}

/**
 * Every indicator for year `year`: baseline = the value of BASELINE_YEAR (null when the data
 * have no figures for it), trend = the value of every year with figures up to `year`.
 */
export function computeIndicators(figures: readonly YearFigures[], year: number): IndicatorResult[] {
  const byYear = new Map(figures.map((f) => [f.year, f]));
  const trendYears = [...byYear.keys()].filter((y) => y <= year).sort((a, b) => a - b);
  return INDICATORS.map((definition) => {
    const baseline = indicatorValue(definition.key, BASELINE_YEAR, byYear);
    const value = indicatorValue(definition.key, year, byYear);
    const target = targetValue(definition, baseline);
    return {
      key: definition.key,
      label: definition.label.zh,
      labelEn: definition.label.en,
      unit: definition.unit.zh,
      unitEn: definition.unit.en,
      targetKind: definition.kind,
      policyTarget: definition.policyTarget,
      description: definition.description.zh,
      descriptionEn: definition.description.en,
      baselineYear: BASELINE_YEAR,
      targetYear: TARGET_YEAR,
      baseline,
      value,
      target,
      progress: progressOf(definition, baseline, value),
      met: isMet(target, value),
      trend: trendYears.map((y) => ({ year: y, value: indicatorValue(definition.key, y, byYear) })),
    };
  });
}
