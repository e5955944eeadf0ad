/**
 * The domain's enums, defined once for the server, the importer, the seed generator and the web
 * app. Each array that the API exposes as a GraphQL enum lists exactly that enum's values in the
 * schema's order (test/shared/enums.test.ts checks it against the .graphql files). Pure.
 */
export const CLUSTER_LEVELS = ['CITY', 'PROVINCIAL', 'NATIONAL'] as const;
export type ClusterLevel = (typeof CLUSTER_LEVELS)[number];

export const STAGES = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'] as const;
export type Stage = (typeof STAGES)[number];

export const SRDI_LEVELS = ['NONE', 'PROVINCIAL', 'LITTLE_GIANT'] as const;
export type SrdiLevel = (typeof SRDI_LEVELS)[number];

export const GAP_STATUSES = ['MISSING', 'WEAK', 'COVERED', 'STRONG'] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];

/** How a 2026 target is stated (how `progress` follows from it: see indicators.ts). */
export const TARGET_KINDS = ['COUNT', 'RATIO', 'ANNUAL_GROWTH', 'DELTA', 'GROWTH'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Where a target firm stands in the investment-promotion (招商) pipeline (any status may follow any other). */
export const PIPELINE_STATUSES = ['IDENTIFIED', 'CONTACTED', 'NEGOTIATING', 'SIGNED', 'LANDED', 'DROPPED'] as const;
export type PipelineStatus = (typeof PIPELINE_STATUSES)[number];

/** How a segment moved between two years (chainEvolution); a gap is MISSING or WEAK. */
export const SEGMENT_CHANGES = ['GAP_HEALED', 'GAP_NEW', 'GAP_PERSISTENT', 'IMPROVED', 'DECLINED', 'UNCHANGED'] as const;
export type SegmentChange = (typeof SEGMENT_CHANGES)[number];

// The API shows the kinds below as plain strings (GraphQL `String` fields), not as enums.

export const INSTITUTE_KINDS = ['UNIVERSITY', 'INSTITUTE', 'LAB'] as const;
export type InstituteKind = (typeof INSTITUTE_KINDS)[number];

export const COLLABORATION_KINDS = ['JOINT_RD', 'CO_PATENT', 'TALENT'] as const;
export type CollaborationKind = (typeof COLLABORATION_KINDS)[number];

export const PLATFORM_KINDS = ['TESTING', 'TRAINING', 'MARKETING', 'TECHNOLOGY', 'POLICY', 'FINANCE', 'DIGITAL'] as const;
export type PlatformKind = (typeof PLATFORM_KINDS)[number];

/** Nodes and edges of the graph views (Cytoscape). */
export const GRAPH_NODE_KINDS = ['ENTERPRISE', 'INSTITUTE', 'PLATFORM', 'CLUSTER'] as const;
export type GraphNodeKind = (typeof GRAPH_NODE_KINDS)[number];
export const GRAPH_EDGE_KINDS = ['SUPPLIES', 'COLLABORATES_WITH', 'SERVES', 'HOSTED_BY'] as const;
export type GraphEdgeKind = (typeof GRAPH_EDGE_KINDS)[number];
