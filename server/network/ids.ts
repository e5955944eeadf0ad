/**
 * Stable ids of graph elements, built from the database's keys (Cytoscape keeps elements by id,
 * so the same firm or link has the same id in every view). Pure.
 * Credit codes never contain ':' or '>', so the prefixed ids below cannot collide with them.
 */

/** An enterprise node: its credit code. */
export const enterpriseNodeId = (creditCode: string): string => creditCode;
export const instituteNodeId = (id: string): string => `institute:${id}`;
export const platformNodeId = (id: string): string => `platform:${id}`;
export const clusterNodeId = (id: string): string => `cluster:${id}`;

/** One supply link (its full key, year included): the id of a SupplyLink. */
export const supplyLinkId = (supplier: string, buyer: string, segmentId: string, year: number): string =>
  `SUPPLIES:${supplier}>${buyer}:${segmentId}:${year}`;

/** A supply edge of a graph view: the links of every year between the pair in the segment, as one. */
export const supplyEdgeId = (supplier: string, buyer: string, segmentId: string): string => `SUPPLIES:${supplier}>${buyer}:${segmentId}`;

export const collaborationEdgeId = (instituteId: string, creditCode: string, kind: string, year: number): string =>
  `COLLABORATES_WITH:${instituteId}>${creditCode}:${kind}:${year}`;

/** targetNodeId: the served cluster's or enterprise's node id (SERVES may point at either). */
export const servesEdgeId = (platformId: string, targetNodeId: string): string => `SERVES:${platformId}>${targetNodeId}`;

export const hostedByEdgeId = (platformId: string, creditCode: string): string => `HOSTED_BY:${platformId}>${creditCode}`;
