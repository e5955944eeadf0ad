import type { ElementDefinition, LayoutOptions, StylesheetJson } from 'cytoscape';
import { GAP_STATUSES, type GapStatus, type Stage, STAGES } from '#shared/enums.js';
import { layeredLeftToRight } from '../../graph/layouts';
import { STATUS_COLORS, STATUS_FILLS } from '../../graph/palette';
import type { Segment } from './queries';

/**
 * The chain map's Cytoscape elements: one card per segment, upstream on the left. Status is
 * shown by colour AND by the border (MISSING dashed with ✕, WEAK dotted, COVERED thin solid,
 * STRONG thick double) and a symbol in the label, so it never rests on colour alone.
 */

export const STATUS_BORDERS: Record<GapStatus, { style: 'dashed' | 'dotted' | 'solid' | 'double'; width: number }> = {
  MISSING: { style: 'dashed', width: 3 },
  WEAK: { style: 'dotted', width: 4 },
  COVERED: { style: 'solid', width: 2 },
  STRONG: { style: 'double', width: 7 },
};
export const AFFECTED_COLOR = '#7d3c98';
export const SELECTED_COLOR = '#1f6fb2';
/** Comparison marks (chainEvolution): healed, new and persistent gaps; the card also names the change. */
export const CHANGE_COLORS = { healed: '#1e8449', fresh: '#c0392b', persistent: '#b9770e' } as const;

/** A FEEDS link between two segments of the chain (supplier segment → buyer segment). */
export interface SegmentLink {
  source: string;
  target: string;
}

// narrow enough that a chain of 7 ranks fits a laptop screen at a readable zoom
const CARD = { width: 184, height: 104 };
const ROW = 128;
const SUBCOLUMN = 232;
const STAGE_GAP = 96;
/** A stage column with more segments than this is split into side-by-side sub-columns. */
const MAX_PER_COLUMN = 4;

function stageNodeId(stage: Stage): string {
  return `stage:${stage}`;
}

/**
 * Elements and layout. With FEEDS links (when the API provides them) the segments are laid out
 * by dagre, left to right along the links; without them, in stage columns (上游 → 中游 → 下游)
 * in chain order, with arrows between the stages.
 */
export function chainElements(
  segments: readonly Segment[],
  label: (segment: Segment) => string,
  stageLabel: (stage: Stage, count: number) => string,
  links: readonly SegmentLink[] = [],
): { elements: ElementDefinition[]; layout: LayoutOptions } {
  const elements: ElementDefinition[] = [];
  const segmentData = (s: Segment) => ({
    id: s.segmentId,
    kind: 'segment',
    label: label(s),
    status: s.status,
    singlePoint: s.singlePoint,
    atRisk: s.singleSourceAtRisk,
    stage: s.stage,
  });
  if (links.length > 0) {
    for (const s of segments) elements.push({ data: segmentData(s) });
    const ids = new Set(segments.map((s) => s.segmentId));
    for (const link of links) {
      if (ids.has(link.source) && ids.has(link.target))
        elements.push({ data: { id: `feeds:${link.source}>${link.target}`, source: link.source, target: link.target, kind: 'feeds' } });
    }
    return { elements, layout: layeredLeftToRight({ nodeSep: 22, rankSep: 44 }) };
  }

  let x = 0;
  const present: Stage[] = [];
  for (const stage of STAGES) {
    const list = segments.filter((s) => s.stage === stage).sort((a, b) => a.order - b.order);
    if (list.length === 0) continue;
    present.push(stage);
    elements.push({ data: { id: stageNodeId(stage), kind: 'stage', label: stageLabel(stage, list.length) } });
    const columns = Math.ceil(list.length / MAX_PER_COLUMN);
    const perColumn = Math.ceil(list.length / columns);
    list.forEach((s, i) => {
      const column = Math.floor(i / perColumn);
      const row = i % perColumn;
      // centre shorter columns vertically against the tallest one of the stage
      const inColumn = Math.min(perColumn, list.length - column * perColumn);
      elements.push({
        data: { ...segmentData(s), parent: stageNodeId(stage) },
        position: { x: x + column * SUBCOLUMN, y: (row - (inColumn - 1) / 2) * ROW },
      });
    });
    x += columns * SUBCOLUMN + STAGE_GAP;
  }
  for (let i = 1; i < present.length; i++) {
    elements.push({
      data: {
        id: `flow:${present[i - 1]}>${present[i]}`,
        source: stageNodeId(present[i - 1]!),
        target: stageNodeId(present[i]!),
        kind: 'flow',
      },
    });
  }
  return { elements, layout: { name: 'preset', fit: true, padding: 24 } };
}

/**
 * A legend row placed under the chain (for exported pictures, where the page's legend is not
 * drawn): one key per status in the cards' own style, then texts such as the single-point rule.
 */
export function legendElements(
  below: { x1: number; y2: number },
  keys: { status: GapStatus; label: string }[],
  texts: string[],
): ElementDefinition[] {
  const y = below.y2 + 56;
  const out: ElementDefinition[] = keys.map((key, i) => ({
    data: { id: `legend:${key.status}`, kind: 'legend', status: key.status, label: key.label },
    position: { x: below.x1 + 56 + i * 128, y },
    classes: 'legend',
  }));
  texts.forEach((text, i) => {
    out.push({
      data: { id: `legend:text:${i}`, kind: 'legend-text', label: text },
      position: { x: below.x1 + keys.length * 128 + 16 + i * 360, y },
      classes: 'legend',
    });
  });
  return out;
}

export const chainStylesheet: StylesheetJson = [
  {
    selector: 'node[kind = "segment"]',
    style: {
      shape: 'round-rectangle',
      width: CARD.width,
      height: CARD.height,
      'background-color': '#ffffff',
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-max-width': `${CARD.width - 12}px`,
      'text-valign': 'center',
      'text-halign': 'center',
      'line-height': 1.45,
      'font-size': 13,
      color: '#1f2d3d',
      'border-width': 2,
      'border-color': '#5d8aa8',
      'min-zoomed-font-size': 6,
    },
  },
  {
    // the legend drawn into exported pictures (see legendElements): keys styled like the cards
    selector: 'node[kind = "legend"]',
    style: {
      shape: 'round-rectangle',
      width: 112,
      height: 34,
      'background-color': '#ffffff',
      label: 'data(label)',
      'text-valign': 'center',
      'text-halign': 'center',
      'font-size': 14,
      color: '#1f2d3d',
      'border-width': 2,
    },
  },
  {
    selector: 'node[kind = "legend-text"]',
    style: {
      width: 1,
      height: 1,
      'background-opacity': 0,
      'border-width': 0,
      label: 'data(label)',
      'text-valign': 'center',
      'text-halign': 'right',
      'font-size': 14,
      color: '#1f2d3d',
    },
  },
  ...GAP_STATUSES.map((status) => ({
    selector: `node[status = "${status}"]`,
    style: {
      'background-color': STATUS_FILLS[status],
      'border-color': STATUS_COLORS[status],
      'border-style': STATUS_BORDERS[status].style,
      'border-width': STATUS_BORDERS[status].width,
    },
  })),
  {
    selector: 'node[kind = "stage"]',
    style: {
      shape: 'round-rectangle',
      'background-color': '#f5f7fa',
      'background-opacity': 1,
      'border-color': '#d5dde5',
      'border-width': 1,
      label: 'data(label)',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -6,
      'font-size': 15,
      'font-weight': 'bold',
      color: '#4a5a6a',
      padding: '18px',
      events: 'no',
    },
  },
  {
    selector: 'edge[kind = "flow"]',
    style: {
      width: 5,
      'line-color': '#b8c2cc',
      'target-arrow-color': '#b8c2cc',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 1.3,
      'curve-style': 'straight',
      events: 'no',
    },
  },
  {
    selector: 'edge[kind = "feeds"]',
    style: {
      width: 2,
      'line-color': '#9aa8b6',
      'target-arrow-color': '#9aa8b6',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
    },
  },
  {
    selector: 'node.chosen',
    style: { 'underlay-color': SELECTED_COLOR, 'underlay-opacity': 0.28, 'underlay-padding': 9, 'underlay-shape': 'round-rectangle' },
  },
  { selector: 'node.dimmed', style: { opacity: 0.4 } },
  {
    selector: 'node.affected',
    style: { 'underlay-color': AFFECTED_COLOR, 'underlay-opacity': 0.4, 'underlay-padding': 10, 'underlay-shape': 'round-rectangle' },
  },
  { selector: 'node.affected.chosen', style: { 'underlay-color': SELECTED_COLOR } },
  { selector: 'node:selected', style: { 'overlay-opacity': 0 } },
  // comparison marks (chainEvolution): the card names its change on one more line, so it grows
  { selector: 'node.evo-marked', style: { height: CARD.height + 20 } },
  {
    selector: 'node.gap-healed',
    style: { 'underlay-color': CHANGE_COLORS.healed, 'underlay-opacity': 0.35, 'underlay-padding': 8, 'underlay-shape': 'round-rectangle' },
  },
  {
    selector: 'node.gap-new',
    style: { 'underlay-color': CHANGE_COLORS.fresh, 'underlay-opacity': 0.35, 'underlay-padding': 8, 'underlay-shape': 'round-rectangle' },
  },
  {
    selector: 'node.gap-persistent',
    style: {
      'underlay-color': CHANGE_COLORS.persistent,
      'underlay-opacity': 0.25,
      'underlay-padding': 8,
      'underlay-shape': 'round-rectangle',
    },
  },
];
