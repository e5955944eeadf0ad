/**
 * The one source of truth for the domain's enums, labels and thresholds, shared by the
 * server, the importer, the seed generator and the web app. Pure: no Node or browser APIs.
 */
export const CLUSTER_LEVELS = ['CITY', 'PROVINCIAL', 'NATIONAL'] as const;
export type ClusterLevel = (typeof CLUSTER_LEVELS)[number];
export const CLUSTER_LEVEL_LABELS: Record<ClusterLevel, { zh: string; en: string }> = {
  CITY: { zh: '市级', en: 'City' },
  PROVINCIAL: { zh: '省级', en: 'Provincial' },
  NATIONAL: { zh: '国家级', en: 'National' },
};

export const STAGES = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, { zh: string; en: string }> = {
  UPSTREAM: { zh: '上游', en: 'Upstream' },
  MIDSTREAM: { zh: '中游', en: 'Midstream' },
  DOWNSTREAM: { zh: '下游', en: 'Downstream' },
};

export const SRDI_LEVELS = ['NONE', 'PROVINCIAL', 'LITTLE_GIANT'] as const;
export type SrdiLevel = (typeof SRDI_LEVELS)[number];
export const SRDI_LEVEL_LABELS: Record<SrdiLevel, { zh: string; en: string }> = {
  NONE: { zh: '无', en: 'None' },
  PROVINCIAL: { zh: '省级专精特新', en: 'Provincial SRDI' },
  LITTLE_GIANT: { zh: '专精特新小巨人', en: 'Little giant' },
};
/** The short labels of the firm page's yearly table (专精特新“小巨人” is often written just 小巨人). */
export const SRDI_LEVEL_SHORT_LABELS: Record<SrdiLevel, { zh: string; en: string }> = {
  NONE: { zh: '无', en: 'none' },
  PROVINCIAL: { zh: '省级', en: 'provincial' },
  LITTLE_GIANT: { zh: '小巨人', en: 'little giant' },
};

export const INSTITUTE_KINDS = ['UNIVERSITY', 'INSTITUTE', 'LAB'] as const;
export type InstituteKind = (typeof INSTITUTE_KINDS)[number];
export const INSTITUTE_KIND_LABELS: Record<InstituteKind, { zh: string; en: string }> = {
  UNIVERSITY: { zh: '高校', en: 'University' },
  INSTITUTE: { zh: '科研院所', en: 'Research institute' },
  LAB: { zh: '实验室', en: 'Laboratory' },
};

export const COLLABORATION_KINDS = ['JOINT_RD', 'CO_PATENT', 'TALENT'] as const;
export type CollaborationKind = (typeof COLLABORATION_KINDS)[number];
export const COLLABORATION_KIND_LABELS: Record<CollaborationKind, { zh: string; en: string }> = {
  JOINT_RD: { zh: '联合研发', en: 'Joint R&D' },
  CO_PATENT: { zh: '共同专利', en: 'Co-patent' },
  TALENT: { zh: '人才培养', en: 'Talent training' },
};

export const PLATFORM_KINDS = ['TESTING', 'TRAINING', 'MARKETING', 'TECHNOLOGY', 'POLICY', 'FINANCE', 'DIGITAL'] as const;
export type PlatformKind = (typeof PLATFORM_KINDS)[number];
export const PLATFORM_KIND_LABELS: Record<PlatformKind, { zh: string; en: string }> = {
  TESTING: { zh: '检测', en: 'Testing' },
  TRAINING: { zh: '培训', en: 'Training' },
  MARKETING: { zh: '营销', en: 'Marketing' },
  TECHNOLOGY: { zh: '技术', en: 'Technology' },
  POLICY: { zh: '政策', en: 'Policy' },
  FINANCE: { zh: '要素', en: 'Factors / finance' },
  DIGITAL: { zh: '数字化', en: 'Digital' },
};

export const GAP_STATUSES = ['MISSING', 'WEAK', 'COVERED', 'STRONG'] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];
export const GAP_STATUS_LABELS: Record<GapStatus, { zh: string; en: string }> = {
  MISSING: { zh: '缺失', en: 'Missing' },
  WEAK: { zh: '薄弱', en: 'Weak' },
  COVERED: { zh: '覆盖', en: 'Covered' },
  STRONG: { zh: '优势', en: 'Strong' },
};

/** Chain-gap thresholds (PRODUCT.md "Chain-gap analysis"): defaults, all configurable per request. */
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

/** Money is kept in 万元 (10k yuan); 1亿 = 10,000 万元. */
export const WAN_PER_YI = 10_000;
export const BASELINE_YEAR = 2023;
export const TARGET_YEAR = 2026;

/** The city the default data set describes; `local = true` means located here. */
export const HOME_CITY = { zh: '聊城市', en: 'Liaocheng', province: '山东省', divisionCode: '371500' } as const;
export const HOME_COUNTIES = [
  { name: '东昌府区', divisionCode: '371502' },
  { name: '茌平区', divisionCode: '371503' },
  { name: '阳谷县', divisionCode: '371521' },
  { name: '莘县', divisionCode: '371522' },
  { name: '东阿县', divisionCode: '371524' },
  { name: '冠县', divisionCode: '371525' },
  { name: '高唐县', divisionCode: '371526' },
  { name: '临清市', divisionCode: '371581' },
  { name: '聊城经济技术开发区', divisionCode: '371571' },
  { name: '聊城高新技术产业开发区', divisionCode: '371572' },
  { name: '江北水城旅游度假区', divisionCode: '371573' },
] as const;

/** 专精特新 for the chain-gap analysis: a firm counts when its srdiLevel in the year is one of these. */
export const SRDI_QUALIFIED_LEVELS: readonly SrdiLevel[] = ['PROVINCIAL', 'LITTLE_GIANT'];

/** What-if limits: firms removed per request, and waves computed before stopping. */
export const WHAT_IF_MAX_REMOVED = 200;
export const WHAT_IF_MAX_WAVES = 100;

/**
 * Single-source risks (固链) of a chain-gap report come a page at a time, largest value first:
 * a large cluster has thousands, and the default answer should stay small. Exports page through all.
 */
export const SINGLE_SOURCE_RISKS_DEFAULT_PAGE = 50;
export const SINGLE_SOURCE_RISKS_MAX_PAGE = 1000;

/** The cluster's firms of one segment (the chain map's segment panel), a page at a time. */
export const SEGMENT_FIRMS_DEFAULT_PAGE = 20;
export const SEGMENT_FIRMS_MAX_PAGE = 100;

/** Years accepted by the analyses (report and what-if `year` arguments). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

// ---------------------------------------------------------------------------------------------
// 2026 targets (policy section 二; PRODUCT.md "2026 targets the dashboard tracks")
// ---------------------------------------------------------------------------------------------

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
export type TargetKind = 'COUNT' | 'RATIO' | 'ANNUAL_GROWTH' | 'DELTA' | 'GROWTH';
export const TARGET_KIND_LABELS: Record<TargetKind, { zh: string; en: string }> = {
  COUNT: { zh: '数量达到', en: 'Count to reach' },
  RATIO: { zh: '比率达到', en: 'Ratio to reach' },
  ANNUAL_GROWTH: { zh: '年增长率达到', en: 'Yearly growth to reach' },
  DELTA: { zh: '较基期增加', en: 'Increase over the baseline' },
  GROWTH: { zh: '较基期增长', en: 'Growth over the baseline' },
};

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
  label: { zh: string; en: string };
  unit: { zh: string; en: string };
  kind: TargetKind;
  /** The figure as the policy states it for 2026: the number (COUNT), the % (RATIO, ANNUAL_GROWTH), the increase (DELTA) or the growth in % (GROWTH). */
  policyTarget: number;
  /** How the value of a year Y is computed from the data. */
  description: { zh: string; en: string };
}

const CLUSTER_FIRMS_ZH = '集群企业指属于任一集群（IN_CLUSTER）的企业，按企业去重';
const CLUSTER_FIRMS_EN = 'cluster firms are members of any cluster (IN_CLUSTER), each firm once';
const EXISTING_CLUSTERS_ZH = '集群自其最早有年度数据（ClusterYear）的年份起计入，无年度数据的集群每年都计入；级别按当前级别（数据不记录级别变化）';
const EXISTING_CLUSTERS_EN = 'a cluster counts from the first year it has figures (ClusterYear), one without figures in every year; its level is its current level (the data keep no level history)';

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
      en:
        "Sum of the clusters' output (ClusterYear.output) in the year; empty when no cluster has output that year. " +
        'Target = the 2023 baseline × 1.2; progress = (value - baseline) / (20% of the baseline).',
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
      en:
        'Year-on-year growth of the sum of highValuePatents of cluster firms, against the previous year with patent figures, ' +
        'annualised across gaps ((this / previous)^(1 / years between) - 1); empty without a previous year. ' +
        `The data have no head counts, so totals stand in for the policy's "per 10,000 people"; ${CLUSTER_FIRMS_EN}. Progress = value / 10%.`,
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

// ---------------------------------------------------------------------------------------------
// 招商 target lists
// ---------------------------------------------------------------------------------------------

/** Where a target firm stands in the investment-promotion pipeline (any status may follow any other). */
export const PIPELINE_STATUSES = ['IDENTIFIED', 'CONTACTED', 'NEGOTIATING', 'SIGNED', 'LANDED', 'DROPPED'] as const;
export type PipelineStatus = (typeof PIPELINE_STATUSES)[number];
export const PIPELINE_STATUS_LABELS: Record<PipelineStatus, { zh: string; en: string }> = {
  IDENTIFIED: { zh: '已识别', en: 'Identified' },
  CONTACTED: { zh: '已接洽', en: 'Contacted' },
  NEGOTIATING: { zh: '洽谈中', en: 'Negotiating' },
  SIGNED: { zh: '已签约', en: 'Signed' },
  LANDED: { zh: '已落地', en: 'Landed' },
  DROPPED: { zh: '已放弃', en: 'Dropped' },
};

/** Input limits of target lists, in characters. */
export const TARGET_LIST_LIMITS = { nameMax: 100, noteMax: 2000, reasonMax: 2000 } as const;

// ---------------------------------------------------------------------------------------------
// Enterprises and graph views (search, supply neighbourhood and path, collaboration network)
// ---------------------------------------------------------------------------------------------
/** Enterprise search (searchEnterprises): page sizes and the longest query accepted. */
export const SEARCH_DEFAULT_PAGE_SIZE = 20;
export const SEARCH_MAX_PAGE_SIZE = 100;
export const SEARCH_MAX_QUERY_LENGTH = 100;
/**
 * Search counts its matches up to this many and then says "1,000+" (totalCapped): the exact count
 * of a single character's 60,000 matches at scale M costs more than the page itself, and nobody
 * reads past the first pages (the peer does not count at all).
 */
export const SEARCH_TOTAL_CAP = 1000;
/** An export of search results holds at most this many rows (the first, in result order). */
export const SEARCH_EXPORT_MAX_ROWS = 5000;
/** Segment (环节) hits listed beside the firms. */
export const SEARCH_SEGMENT_HITS_MAX = 8;
/** A synonym (同义词) or its canonical product word: letters, digits, spaces and · - . ／ only, this long at most. */
export const SYNONYM_TERM_MAX_LENGTH = 30;
/** A query of this many credit-code characters or more is also matched as a credit-code prefix. */
export const CREDIT_CODE_PREFIX_MIN_LENGTH = 4;

/** Graph views (Cytoscape): supply neighbourhood depth and the node cap of a view. */
export const SUPPLY_NEIGHBORHOOD_MAX_DEPTH = 3;
export const GRAPH_VIEW_MAX_NODES = 500;
export type GraphNodeKind = 'ENTERPRISE' | 'INSTITUTE' | 'PLATFORM' | 'CLUSTER';
export type GraphEdgeKind = 'SUPPLIES' | 'COLLABORATES_WITH' | 'SERVES' | 'HOSTED_BY';

// ---------------------------------------------------------------------------------------------
// Chains over time, side by side and forward (chains/: evolution, comparison, substitutes, attract)
// ---------------------------------------------------------------------------------------------

/** A gap is a segment MISSING or WEAK. */
export const GAP_STATUSES_OF_GAP: readonly GapStatus[] = ['MISSING', 'WEAK'];

/** How a segment moved between two years (chainEvolution); a gap is MISSING or WEAK. */
export type SegmentChange = 'GAP_HEALED' | 'GAP_NEW' | 'GAP_PERSISTENT' | 'IMPROVED' | 'DECLINED' | 'UNCHANGED';
export const SEGMENT_CHANGE_LABELS: Record<SegmentChange, { zh: string; en: string }> = {
  GAP_HEALED: { zh: '缺口已补', en: 'Gap healed' },
  GAP_NEW: { zh: '新增缺口', en: 'New gap' },
  GAP_PERSISTENT: { zh: '缺口持续', en: 'Persistent gap' },
  IMPROVED: { zh: '提升', en: 'Improved' },
  DECLINED: { zh: '下降', en: 'Declined' },
  UNCHANGED: { zh: '不变', en: 'Unchanged' },
};

/** 本市可替代企业 (localSubstitutes): the list's default and largest length. */
export const LOCAL_SUBSTITUTES_DEFAULT = 10;
export const LOCAL_SUBSTITUTES_MAX = 100;

/** 若引进此企业 (whatIfAttract): firms per request. */
export const ATTRACT_MAX_FIRMS = 20;
