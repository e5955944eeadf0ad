/**
 * The 2026 targets the dashboard tracks (policy section 二; PRODUCT.md "2026 targets the dashboard
 * tracks"): the baseline and target years, and the indicator table (indicators.json). Pure.
 */
import { TARGET_KINDS, type TargetKind } from './enums.js';
import { WAN_PER_YI } from './facts.js';
import indicatorData from './indicators.json' with { type: 'json' };
import type { Label } from './labels.js';

export const BASELINE_YEAR = 2023;
export const TARGET_YEAR = 2026;

/** Cluster output thresholds of the size targets, in 万元: 100亿 and 50亿 yuan. */
export const CLUSTER_OUTPUT_OVER_100YI = 100 * WAN_PER_YI;
export const CLUSTER_OUTPUT_OVER_50YI = 50 * WAN_PER_YI;

/** The dashboard's indicators, in the order of the policy text. Keys are stable (API, web, exports). */
export const INDICATOR_KEYS = [
  'national_clusters',
  'provincial_clusters',
  'city_clusters',
  'above_scale_firms',
  'cluster_output_growth',
  'clusters_over_100yi',
  'clusters_over_50yi',
  'rd_intensity',
  'high_value_patents_growth',
  'new_innovation_platforms',
  'new_srdi_firms',
  'digital_platforms',
  'new_smart_factories',
  'digital_transformation_firms',
  'green_list_firms',
  'green_diagnosis_firms',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export interface IndicatorDefinition {
  key: IndicatorKey;
  label: Label;
  unit: Label;
  /**
   * How a target is stated, and so how `progress` (0 = baseline or nothing, 1 = target reached,
   * above 1 = beyond it; never below 0) is computed:
   * - COUNT: a number to reach: target = the policy figure; progress = value / target.
   * - RATIO: a percentage to reach or keep: target = the figure (%); progress = value / target.
   * - ANNUAL_GROWTH: a yearly growth rate (%) to reach: target = the figure; progress = value / target.
   * - DELTA: an increase over the 2023 baseline: target = baseline + figure;
   *   progress = (value - baseline) / figure.
   * - GROWTH: a growth (%) over the 2023 baseline: target = baseline × (1 + figure / 100);
   *   progress = (value - baseline) / (baseline × figure / 100).
   * `met` is value >= target in every kind.
   */
  kind: TargetKind;
  /** The figure as the policy states it for 2026: the number (COUNT), the % (RATIO, ANNUAL_GROWTH), the increase (DELTA) or the growth in % (GROWTH). */
  policyTarget: number;
  /** How the value of a year Y is computed from the data. */
  description: Label;
}

type Phrase = keyof typeof indicatorData.phrases;

/** A description with its shared phrases (`{clusterFirms}`, `{existingClusters}` in indicators.json) written out. */
function withPhrases(text: string, lang: keyof Label): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in indicatorData.phrases)) throw new RangeError(`indicators.json: no phrase {${name}}`);
    return indicatorData.phrases[name as Phrase][lang];
  });
}

function indicator(row: (typeof indicatorData.indicators)[number], index: number): IndicatorDefinition {
  if (row.key !== INDICATOR_KEYS[index]) throw new RangeError(`indicators.json: ${row.key} where ${INDICATOR_KEYS[index]} belongs`);
  if (!(TARGET_KINDS as readonly string[]).includes(row.kind)) throw new RangeError(`indicators.json: ${row.key} has kind ${row.kind}`);
  return {
    ...row,
    key: INDICATOR_KEYS[index],
    kind: row.kind as TargetKind,
    description: { zh: withPhrases(row.description.zh, 'zh'), en: withPhrases(row.description.en, 'en') },
  };
}

/** The indicators (data: indicators.json), in the order of INDICATOR_KEYS. */
export const INDICATORS: readonly IndicatorDefinition[] = indicatorData.indicators.map(indicator);
if (INDICATORS.length !== INDICATOR_KEYS.length)
  throw new RangeError(`indicators.json: ${INDICATORS.length} indicators, wanted ${INDICATOR_KEYS.length}`);
