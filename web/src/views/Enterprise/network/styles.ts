import type { LayoutOptions, StylesheetJson } from 'cytoscape';

/** The supply network's colours (the legend and the exported image's legend use the same). */
export const LOCAL_COLOR = '#2874a6';
export const OUTSIDE_COLOR = '#d68910';
export const CENTRE_COLOR = '#b03a2e';
export const PATH_COLOR = '#7d3c98';
export const LEADER_COLOR = '#c9a227';
export const SRDI_COLOR = '#1e8449';

export const stylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 11,
      'min-zoomed-font-size': 7,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      color: '#1f2d3d',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.key', style: { 'font-size': 20, 'min-zoomed-font-size': 4, 'font-weight': 'bold', 'text-max-width': '260px' } },
  { selector: 'node.local', style: { shape: 'ellipse', 'background-color': LOCAL_COLOR } },
  { selector: 'node.outside', style: { shape: 'diamond', 'background-color': OUTSIDE_COLOR } },
  // before the centre's style: the centre keeps its red border even when it is a 链主
  { selector: 'node.leader', style: { 'border-width': 4, 'border-color': LEADER_COLOR } },
  {
    selector: 'node.centre',
    style: {
      'border-width': 5,
      'border-color': CENTRE_COLOR,
      'font-size': 26,
      'min-zoomed-font-size': 0,
      'font-weight': 'bold',
      'text-max-width': '360px',
      'text-wrap': 'wrap',
      'z-index': 10,
    },
  },
  {
    selector: 'node.srdi',
    style: { 'underlay-color': SRDI_COLOR, 'underlay-padding': 5, 'underlay-opacity': 0.35, 'underlay-shape': 'ellipse' },
  },
  // a hub's neighbours of one segment, until opened: a rounded box with a dashed border and its count
  {
    selector: 'node.group',
    style: {
      shape: 'round-rectangle',
      'border-width': 2.5,
      'border-style': 'dashed',
      'border-color': '#1f2d3d',
      'background-opacity': 0.55,
      'font-size': 13,
      'min-zoomed-font-size': 4,
      'font-weight': 'bold',
      'text-max-width': '220px',
    },
  },
  { selector: 'node.expanded', style: { 'border-width': 5, 'border-style': 'double', 'border-color': '#1f2d3d' } },
  { selector: 'node:selected', style: { 'overlay-color': '#1f2d3d', 'overlay-opacity': 0.15, 'overlay-padding': 6 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#9aa9b8',
      'target-arrow-color': '#9aa9b8',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      'curve-style': 'bezier',
      opacity: 0.8,
    },
  },
  { selector: 'edge:selected', style: { 'line-color': '#1f2d3d', 'target-arrow-color': '#1f2d3d', opacity: 1 } },
  { selector: '.dimmed', style: { opacity: 0.18 } },
  {
    selector: 'node.path',
    style: {
      'border-width': 5,
      'border-color': PATH_COLOR,
      'z-index': 20,
      'font-weight': 'bold',
      'font-size': 18,
      'min-zoomed-font-size': 0,
      color: '#4a235a',
      'text-background-opacity': 0.9,
      'text-max-width': '300px',
    },
  },
  {
    selector: 'edge.path',
    style: { 'line-color': PATH_COLOR, 'target-arrow-color': PATH_COLOR, opacity: 1, 'z-index': 20, width: 'mapData(width, 0, 10, 5, 10)' },
  },
];

export const FORCE_LAYOUT = {
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: false,
  nodeRepulsion: 9000,
  idealEdgeLength: 110,
  padding: 30,
  fit: true,
} as unknown as LayoutOptions;
export const PRESET_LAYOUT: LayoutOptions = { name: 'preset', padding: 30, fit: true };
