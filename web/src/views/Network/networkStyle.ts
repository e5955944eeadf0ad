import type { LayoutOptions, StylesheetJson } from 'cytoscape';

/** The network's look: shape = kind, colour = community, size = centrality (or members, grouped by community). */
export const stylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      shape: 'data(shape)' as never,
      width: 'data(size)',
      height: 'data(size)',
      'background-color': 'data(color)',
      'border-width': 1,
      'border-color': '#ffffff',
      label: '',
      'font-size': 10,
      'min-zoomed-font-size': 8,
      color: '#1f2d3d',
      'text-valign': 'bottom',
      'text-margin-y': 2,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.7,
      'text-background-padding': '1px',
    },
  },
  { selector: 'node.labelled', style: { label: 'data(label)' } },
  {
    selector: 'node.top',
    style: {
      'font-size': 16,
      'font-weight': 'bold',
      'min-zoomed-font-size': 3,
      'border-width': 2.5,
      'border-color': '#1f2d3d',
      'z-index': 10,
      'text-max-width': '200px',
    },
  },
  // the selected actor's partners: labelled, whatever the label setting (an institute's firms)
  {
    selector: 'node.partner',
    style: {
      label: 'data(label)',
      'font-size': 12,
      'min-zoomed-font-size': 0,
      'border-width': 2,
      'border-color': '#b03a2e',
      'text-background-opacity': 0.9,
      'z-index': 15,
    },
  },
  // a label that would cover a more important one (tidyGraph): shown on hover and selection
  { selector: 'node.label-hidden', style: { label: '' } },
  {
    selector: 'node:selected',
    style: { label: 'data(label)', 'min-zoomed-font-size': 0, 'border-width': 4, 'border-color': '#b03a2e', 'z-index': 20 },
  },
  {
    selector: 'node.community',
    style: {
      shape: 'ellipse',
      label: 'data(label)',
      'font-size': 14,
      'min-zoomed-font-size': 0,
      'text-wrap': 'wrap',
      'text-max-width': '180px',
      'background-opacity': 0.85,
      'border-width': 2,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 0.8,
      'line-color': '#b7c3cf',
      opacity: 0.55,
      'curve-style': 'haystack',
    },
  },
  { selector: 'edge[width]', style: { width: 'data(width)', opacity: 0.7, 'curve-style': 'bezier' } },
];

export const FORCE = {
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: false,
  nodeRepulsion: 6500,
  idealEdgeLength: 60,
  gravity: 0.3,
  numIter: 1500,
  padding: 30,
  fit: true,
} as unknown as LayoutOptions;
export const FORCE_AGGREGATE = {
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: false,
  nodeRepulsion: 40000,
  idealEdgeLength: 180,
  padding: 40,
  fit: true,
} as unknown as LayoutOptions;
