/**
 * What the app, the exports and the importer call each enum value, Chinese and English. Pure.
 * The words are data: labels.json, one table per enum (regions.ts reads its local scopes'
 * there), each typed by its keys; test/shared/labels.test.ts checks that every enum with a
 * table has a label for each of its values and no other. Besides the enums' tables:
 * SRDI_LEVEL_SHORT_LABELS, the short words of the firm page's yearly table (专精特新“小巨人” is
 * often written just 小巨人); GRAPH_NODE_KIND_LABELS and GRAPH_EDGE_KIND_LABELS, the actors and
 * ties of the graph views (network exports; the network page has the same words in its
 * messages); CHAIN_LEADER_LABEL, a 链主 in 招商理由 (target reasons); TARGET_REGION_LABELS,
 * where a target is, seen from the cluster's province.
 */
import labels from './labels.json' with { type: 'json' };

export interface Label {
  zh: string;
  en: string;
}

export const {
  CLUSTER_LEVEL_LABELS,
  STAGE_LABELS,
  SRDI_LEVEL_LABELS,
  SRDI_LEVEL_SHORT_LABELS,
  INSTITUTE_KIND_LABELS,
  COLLABORATION_KIND_LABELS,
  GRAPH_NODE_KIND_LABELS,
  GRAPH_EDGE_KIND_LABELS,
  PLATFORM_KIND_LABELS,
  GAP_STATUS_LABELS,
  TARGET_KIND_LABELS,
  PIPELINE_STATUS_LABELS,
  SEGMENT_CHANGE_LABELS,
  CHAIN_LEADER_LABEL,
  TARGET_REGION_LABELS,
} = labels;
