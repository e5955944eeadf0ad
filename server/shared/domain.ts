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
