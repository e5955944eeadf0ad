/**
 * The 2026 targets the dashboard tracks (policy section 二; PRODUCT.md "2026 targets the dashboard
 * tracks"): the baseline and target years, and the indicator table. Pure.
 */
import type { TargetKind } from './enums.js';
import { WAN_PER_YI } from './facts.js';
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

const CLUSTER_FIRMS_ZH = '集群企业指属于任一集群（IN_CLUSTER）的企业，按企业去重';
const CLUSTER_FIRMS_EN = 'cluster firms are members of any cluster (IN_CLUSTER), each firm once';
const EXISTING_CLUSTERS_ZH =
  '集群自其最早有年度数据（ClusterYear）的年份起计入，无年度数据的集群每年都计入；级别按当前级别（数据不记录级别变化）';
const EXISTING_CLUSTERS_EN =
  'a cluster counts from the first year it has figures (ClusterYear), one without figures in every year; its level is its current level (the data keep no level history)';

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    key: 'national_clusters',
    label: { zh: '国家级特色产业集群', en: 'National-level clusters' },
    unit: { zh: '个', en: 'clusters' },
    kind: 'COUNT',
    policyTarget: 3,
    description: {
      zh: `级别为国家级（NATIONAL）的集群数。${EXISTING_CLUSTERS_ZH}。进度 = 当年值 ÷ 3。`,
      en: `Clusters at level NATIONAL; ${EXISTING_CLUSTERS_EN}. Progress = value / 3.`,
    },
  },
  {
    key: 'provincial_clusters',
    label: { zh: '省级及以上特色产业集群', en: 'Provincial-level clusters (national included)' },
    unit: { zh: '个', en: 'clusters' },
    kind: 'COUNT',
    policyTarget: 10,
    description: {
      zh: `级别为省级或国家级的集群数（政策口径累计计算：国家级集群同时计为省级）。${EXISTING_CLUSTERS_ZH}。进度 = 当年值 ÷ 10。`,
      en: `Clusters at level PROVINCIAL or NATIONAL (the policy counts cumulatively); ${EXISTING_CLUSTERS_EN}. Progress = value / 10.`,
    },
  },
  {
    key: 'city_clusters',
    label: { zh: '市级及以上特色产业集群', en: 'City-level clusters (all levels)' },
    unit: { zh: '个', en: 'clusters' },
    kind: 'COUNT',
    policyTarget: 30,
    description: {
      zh: `全部集群数（市级、省级、国家级）。${EXISTING_CLUSTERS_ZH}。进度 = 当年值 ÷ 30。`,
      en: `All clusters (CITY, PROVINCIAL, NATIONAL); ${EXISTING_CLUSTERS_EN}. Progress = value / 30.`,
    },
  },
  {
    key: 'above_scale_firms',
    label: { zh: '集群内规上企业', en: 'Above-scale firms in clusters' },
    unit: { zh: '家', en: 'firms' },
    kind: 'DELTA',
    policyTarget: 100,
    description: {
      zh: `当年规上（aboveScale 为是）的集群企业数；${CLUSTER_FIRMS_ZH}。目标 = 2023年基期值 + 100；进度 =（当年值 − 基期值）÷ 100。`,
      en: `Cluster firms that are above scale (aboveScale) in the year; ${CLUSTER_FIRMS_EN}. Target = the 2023 baseline + 100; progress = (value - baseline) / 100.`,
    },
  },
  {
    key: 'cluster_output_growth',
    label: { zh: '集群总产值', en: 'Cluster output' },
    unit: { zh: '万元', en: '10k yuan' },
    kind: 'GROWTH',
    policyTarget: 20,
    description: {
      zh: '全部集群当年产值（ClusterYear.output）之和；当年无任何产值数据时为空。目标 = 2023年基期值 × 1.2；进度 =（当年值 − 基期值）÷（基期值 × 20%）。',
      en: "Sum of the clusters' output (ClusterYear.output) in the year; empty when no cluster has output that year. Target = the 2023 baseline × 1.2; progress = (value - baseline) / (20% of the baseline).",
    },
  },
  {
    key: 'clusters_over_100yi',
    label: { zh: '产值100亿元以上集群', en: 'Clusters with output of 10 bn yuan or more' },
    unit: { zh: '个', en: 'clusters' },
    kind: 'COUNT',
    policyTarget: 10,
    description: {
      zh: '当年产值 ≥ 1,000,000 万元（100亿元）的集群数。进度 = 当年值 ÷ 10。',
      en: 'Clusters whose output in the year is at least 1,000,000 (10k yuan), i.e. 10 bn yuan. Progress = value / 10.',
    },
  },
  {
    key: 'clusters_over_50yi',
    label: { zh: '产值50亿元以上集群', en: 'Clusters with output of 5 bn yuan or more' },
    unit: { zh: '个', en: 'clusters' },
    kind: 'COUNT',
    policyTarget: 10,
    description: {
      zh: '当年产值 ≥ 500,000 万元（50亿元）的集群数（含100亿元以上的集群）。进度 = 当年值 ÷ 10。',
      en: 'Clusters whose output in the year is at least 500,000 (10k yuan), i.e. 5 bn yuan (those over 10 bn included). Progress = value / 10.',
    },
  },
  {
    key: 'rd_intensity',
    label: { zh: '集群企业研发投入强度', en: 'R&D intensity of cluster firms' },
    unit: { zh: '%', en: '%' },
    kind: 'RATIO',
    policyTarget: 5,
    description: {
      zh: `当年集群企业研发投入（rdSpend）之和 ÷ 营业收入（revenue）之和 × 100%，只计两项都有数据的企业；${CLUSTER_FIRMS_ZH}。进度 = 当年值 ÷ 5%。`,
      en: `Sum of rdSpend / sum of revenue × 100 over cluster firms with both figures in the year; ${CLUSTER_FIRMS_EN}. Progress = value / 5%.`,
    },
  },
  {
    key: 'high_value_patents_growth',
    label: { zh: '高价值发明专利年增长率', en: 'Yearly growth of high-value invention patents' },
    unit: { zh: '%', en: '%' },
    kind: 'ANNUAL_GROWTH',
    policyTarget: 10,
    description: {
      zh: `集群企业高价值发明专利数（highValuePatents）之和的同比增长率：与上一个有专利数据的年份相比，跨多年时按年均计算（(当年 ÷ 上年)^(1/间隔年数) − 1）；无上一年数据时为空。数据无从业人数，按总数而非“每万人”计算；${CLUSTER_FIRMS_ZH}。进度 = 当年值 ÷ 10%。`,
      en: `Year-on-year growth of the sum of highValuePatents of cluster firms, against the previous year with patent figures, annualised across gaps ((this / previous)^(1 / years between) - 1); empty without a previous year. The data have no head counts, so totals stand in for the policy's "per 10,000 people"; ${CLUSTER_FIRMS_EN}. Progress = value / 10%.`,
    },
  },
  {
    key: 'new_innovation_platforms',
    label: { zh: '新增市级以上创新平台', en: 'New innovation platforms (city level or above)' },
    unit: { zh: '个', en: 'platforms' },
    kind: 'COUNT',
    policyTarget: 50,
    description: {
      zh: '创新平台（innovationPlatform 为是）中设立年份晚于2023年且不晚于当年的平台数；2023年前的年份为空。进度 = 当年值 ÷ 50。',
      en: 'Platforms with innovationPlatform established after 2023 and no later than the year; empty for years before 2023. Progress = value / 50.',
    },
  },
  {
    key: 'new_srdi_firms',
    label: { zh: '新增省级专精特新等优质中小企业', en: 'New provincial SRDI or better SMEs' },
    unit: { zh: '家', en: 'firms' },
    kind: 'COUNT',
    policyTarget: 200,
    description: {
      zh: `当年专精特新等级为省级专精特新或小巨人、而2023年为“无”或无数据的集群企业数；${CLUSTER_FIRMS_ZH}；2023年前的年份为空。进度 = 当年值 ÷ 200。`,
      en: `Cluster firms at PROVINCIAL or LITTLE_GIANT in the year that were NONE or had no figure in 2023; ${CLUSTER_FIRMS_EN}; empty for years before 2023. Progress = value / 200.`,
    },
  },
  {
    key: 'digital_platforms',
    label: { zh: '数字化服务平台', en: 'Digital service platforms' },
    unit: { zh: '个', en: 'platforms' },
    kind: 'COUNT',
    policyTarget: 20,
    description: {
      zh: '类型为数字化（DIGITAL）、设立年份不晚于当年（或设立年份未知）的服务平台数。进度 = 当年值 ÷ 20。',
      en: 'Service platforms of kind DIGITAL established no later than the year (or with no established year). Progress = value / 20.',
    },
  },
  {
    key: 'new_smart_factories',
    label: { zh: '新增智能工厂、数字车间', en: 'New smart factories and digital workshops' },
    unit: { zh: '个', en: 'firms' },
    kind: 'COUNT',
    policyTarget: 40,
    description: {
      zh: `当年建有智能工厂/数字车间（smartFactory 为是）、而2023年没有（否或无数据）的集群企业数；${CLUSTER_FIRMS_ZH}；2023年前的年份为空。进度 = 当年值 ÷ 40。`,
      en: `Cluster firms with smartFactory in the year but not in 2023 (false or no figure); ${CLUSTER_FIRMS_EN}; empty for years before 2023. Progress = value / 40.`,
    },
  },
  {
    key: 'digital_transformation_firms',
    label: { zh: '实施智改数转企业', en: 'Firms doing smart and digital transformation' },
    unit: { zh: '家', en: 'firms' },
    kind: 'COUNT',
    policyTarget: 1000,
    description: {
      zh: `2024年至当年间任一年智改数转（digitalTransformation 为是）的集群企业数；${CLUSTER_FIRMS_ZH}；2023年前的年份为空。进度 = 当年值 ÷ 1000。`,
      en: `Cluster firms with digitalTransformation in any year after 2023 up to the year; ${CLUSTER_FIRMS_EN}; empty for years before 2023. Progress = value / 1000.`,
    },
  },
  {
    key: 'green_list_firms',
    label: { zh: '市级以上绿色制造名单企业', en: 'Firms on green manufacturing lists' },
    unit: { zh: '家', en: 'firms' },
    kind: 'COUNT',
    policyTarget: 70,
    description: {
      zh: `当年列入绿色制造名单（greenList 为是）的集群企业数；${CLUSTER_FIRMS_ZH}。进度 = 当年值 ÷ 70。`,
      en: `Cluster firms on a green manufacturing list (greenList) in the year; ${CLUSTER_FIRMS_EN}. Progress = value / 70.`,
    },
  },
  {
    key: 'green_diagnosis_firms',
    label: { zh: '开展绿色（节能）诊断企业', en: 'Firms with a green (energy) diagnosis' },
    unit: { zh: '家', en: 'firms' },
    kind: 'COUNT',
    policyTarget: 30,
    description: {
      zh: `2024年至当年间任一年开展绿色（节能）诊断（greenDiagnosis 为是）的集群企业数；${CLUSTER_FIRMS_ZH}；2023年前的年份为空。进度 = 当年值 ÷ 30。`,
      en: `Cluster firms with greenDiagnosis in any year after 2023 up to the year; ${CLUSTER_FIRMS_EN}; empty for years before 2023. Progress = value / 30.`,
    },
  },
];
