/**
 * What the app, the exports and the importer call each enum value, Chinese and English. Pure.
 * The words are data (labels.json, one table per enum; regions.ts reads its local scopes' there);
 * each table is typed here by its enum, so a value without a label does not compile.
 */
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
import labels from './labels.json' with { type: 'json' };

export interface Label {
  zh: string;
  en: string;
}

export const CLUSTER_LEVEL_LABELS: Record<ClusterLevel, Label> = labels.clusterLevel;
export const STAGE_LABELS: Record<Stage, Label> = labels.stage;
export const SRDI_LEVEL_LABELS: Record<SrdiLevel, Label> = labels.srdiLevel;
/** The short labels of the firm page's yearly table (专精特新“小巨人” is often written just 小巨人). */
export const SRDI_LEVEL_SHORT_LABELS: Record<SrdiLevel, Label> = labels.srdiLevelShort;
export const INSTITUTE_KIND_LABELS: Record<InstituteKind, Label> = labels.instituteKind;
export const COLLABORATION_KIND_LABELS: Record<CollaborationKind, Label> = labels.collaborationKind;
/** The actors and ties of the graph views (network exports; the network page has the same words in its messages). */
export const GRAPH_NODE_KIND_LABELS: Record<GraphNodeKind, Label> = labels.graphNodeKind;
export const GRAPH_EDGE_KIND_LABELS: Record<GraphEdgeKind, Label> = labels.graphEdgeKind;
export const PLATFORM_KIND_LABELS: Record<PlatformKind, Label> = labels.platformKind;
export const GAP_STATUS_LABELS: Record<GapStatus, Label> = labels.gapStatus;
export const TARGET_KIND_LABELS: Record<TargetKind, Label> = labels.targetKind;
export const PIPELINE_STATUS_LABELS: Record<PipelineStatus, Label> = labels.pipelineStatus;
export const SEGMENT_CHANGE_LABELS: Record<SegmentChange, Label> = labels.segmentChange;

/** A 链主 (chain leader firm), in 招商理由 (target reasons). */
export const CHAIN_LEADER_LABEL: Label = labels.chainLeader;
/** Where a target is, seen from the cluster's province. */
export const TARGET_REGION_LABELS: Record<'same' | 'other', Label> = labels.targetRegion;
