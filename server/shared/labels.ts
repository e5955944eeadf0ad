/** What the app, the exports and the importer call each enum value, Chinese and English. Pure. */
import type {
  ClusterLevel,
  CollaborationKind,
  GapStatus,
  GraphEdgeKind,
  GraphNodeKind,
  InstituteKind,
  PipelineStatus,
  PlatformKind,
  SegmentChange,
  SrdiLevel,
  Stage,
  TargetKind,
} from './enums.js';

export interface Label {
  zh: string;
  en: string;
}

export const CLUSTER_LEVEL_LABELS: Record<ClusterLevel, Label> = {
  CITY: { zh: '市级', en: 'City' },
  PROVINCIAL: { zh: '省级', en: 'Provincial' },
  NATIONAL: { zh: '国家级', en: 'National' },
};

export const STAGE_LABELS: Record<Stage, Label> = {
  UPSTREAM: { zh: '上游', en: 'Upstream' },
  MIDSTREAM: { zh: '中游', en: 'Midstream' },
  DOWNSTREAM: { zh: '下游', en: 'Downstream' },
};

export const SRDI_LEVEL_LABELS: Record<SrdiLevel, Label> = {
  NONE: { zh: '无', en: 'None' },
  PROVINCIAL: { zh: '省级专精特新', en: 'Provincial SRDI' },
  LITTLE_GIANT: { zh: '专精特新小巨人', en: 'Little giant' },
};
/** The short labels of the firm page's yearly table (专精特新“小巨人” is often written just 小巨人). */
export const SRDI_LEVEL_SHORT_LABELS: Record<SrdiLevel, Label> = {
  NONE: { zh: '无', en: 'none' },
  PROVINCIAL: { zh: '省级', en: 'provincial' },
  LITTLE_GIANT: { zh: '小巨人', en: 'little giant' },
};

export const INSTITUTE_KIND_LABELS: Record<InstituteKind, Label> = {
  UNIVERSITY: { zh: '高校', en: 'University' },
  INSTITUTE: { zh: '科研院所', en: 'Research institute' },
  LAB: { zh: '实验室', en: 'Laboratory' },
};

export const COLLABORATION_KIND_LABELS: Record<CollaborationKind, Label> = {
  JOINT_RD: { zh: '联合研发', en: 'Joint R&D' },
  CO_PATENT: { zh: '共同专利', en: 'Co-patent' },
  TALENT: { zh: '人才培养', en: 'Talent training' },
};

/** The actors and ties of the graph views (network exports; the network page has the same words in its messages). */
export const GRAPH_NODE_KIND_LABELS: Record<GraphNodeKind, Label> = {
  ENTERPRISE: { zh: '企业', en: 'Firm' },
  INSTITUTE: { zh: '高校院所', en: 'University/institute' },
  PLATFORM: { zh: '服务平台', en: 'Service platform' },
  CLUSTER: { zh: '产业集群', en: 'Cluster' },
};

export const GRAPH_EDGE_KIND_LABELS: Record<GraphEdgeKind, Label> = {
  SUPPLIES: { zh: '供应', en: 'Supply' },
  COLLABORATES_WITH: { zh: '产学研合作', en: 'Collaboration' },
  SERVES: { zh: '平台服务', en: 'Platform service' },
  HOSTED_BY: { zh: '平台依托企业', en: 'Platform host' },
};

export const PLATFORM_KIND_LABELS: Record<PlatformKind, Label> = {
  TESTING: { zh: '检测', en: 'Testing' },
  TRAINING: { zh: '培训', en: 'Training' },
  MARKETING: { zh: '营销', en: 'Marketing' },
  TECHNOLOGY: { zh: '技术', en: 'Technology' },
  POLICY: { zh: '政策', en: 'Policy' },
  FINANCE: { zh: '要素', en: 'Factors / finance' },
  DIGITAL: { zh: '数字化', en: 'Digital' },
};

export const GAP_STATUS_LABELS: Record<GapStatus, Label> = {
  MISSING: { zh: '缺失', en: 'Missing' },
  WEAK: { zh: '薄弱', en: 'Weak' },
  COVERED: { zh: '覆盖', en: 'Covered' },
  STRONG: { zh: '优势', en: 'Strong' },
};

export const TARGET_KIND_LABELS: Record<TargetKind, Label> = {
  COUNT: { zh: '数量达到', en: 'Count to reach' },
  RATIO: { zh: '比率达到', en: 'Ratio to reach' },
  ANNUAL_GROWTH: { zh: '年增长率达到', en: 'Yearly growth to reach' },
  DELTA: { zh: '较基期增加', en: 'Increase over the baseline' },
  GROWTH: { zh: '较基期增长', en: 'Growth over the baseline' },
};

export const PIPELINE_STATUS_LABELS: Record<PipelineStatus, Label> = {
  IDENTIFIED: { zh: '已识别', en: 'Identified' },
  CONTACTED: { zh: '已接洽', en: 'Contacted' },
  NEGOTIATING: { zh: '洽谈中', en: 'Negotiating' },
  SIGNED: { zh: '已签约', en: 'Signed' },
  LANDED: { zh: '已落地', en: 'Landed' },
  DROPPED: { zh: '已放弃', en: 'Dropped' },
};

export const SEGMENT_CHANGE_LABELS: Record<SegmentChange, Label> = {
  GAP_HEALED: { zh: '缺口已补', en: 'Gap healed' },
  GAP_NEW: { zh: '新增缺口', en: 'New gap' },
  GAP_PERSISTENT: { zh: '缺口持续', en: 'Persistent gap' },
  IMPROVED: { zh: '提升', en: 'Improved' },
  DECLINED: { zh: '下降', en: 'Declined' },
  UNCHANGED: { zh: '不变', en: 'Unchanged' },
};

/** A 链主 (chain leader firm), in 招商理由 (target reasons). */
export const CHAIN_LEADER_LABEL: Label = { zh: '链主', en: 'chain leader' };
/** Where a target is, seen from the cluster's province. */
export const TARGET_REGION_LABELS: Record<'same' | 'other', Label> = {
  same: { zh: '省内', en: 'in the province' },
  other: { zh: '省外', en: 'outside the province' },
};
