import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { LEVEL_COLORS } from '../../graph/palette';
import { bigMoneyUnit } from '../../lib/format';
import { amount, byCounty, type PanoramaCluster } from './queries';

/** The panorama graph: counties as boxes, their clusters as circles sized by output. */

/** Positions counties on a grid and their clusters inside them (preset: stable and readable). */
export function panoramaElements(clusters: readonly PanoramaCluster[], language: string): ElementDefinition[] {
  const counties = byCounty(clusters);
  const maxOutput = Math.max(1, ...clusters.map((c) => c.output ?? 0));
  // Shelf packing: counties left to right, wrapping at a row width that suits a wide screen.
  const cell = 150;
  const perRow = 3;
  const gap = 70;
  const rowWidth = 1700;
  const elements: ElementDefinition[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const county of counties) {
    const cols = Math.min(perRow, county.list.length);
    const width = cols * cell;
    const height = Math.ceil(county.list.length / perRow) * cell;
    if (x > 0 && x + width > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    const countyId = `county:${county.name}`;
    elements.push({ data: { id: countyId, label: `${county.name}（${county.list.length}）`, kind: 'county' } });
    county.list.forEach((c, i) => {
      const size = 34 + 66 * Math.sqrt((c.output ?? 0) / maxOutput);
      elements.push({
        data: {
          id: c.id,
          parent: countyId,
          kind: 'cluster',
          label: `${c.name}\n${amount(c.output, language)} ${bigMoneyUnit(true, language)}`,
          level: c.level,
          size,
          color: LEVEL_COLORS[c.level],
        },
        position: { x: x + (i % perRow) * cell + cell / 2, y: y + Math.floor(i / perRow) * cell + cell / 2 - 20 },
      });
    });
    x += width + gap;
    rowHeight = Math.max(rowHeight, height);
  }
  return elements;
}

export const panoramaStylesheet: StylesheetJson = [
  {
    selector: 'node[kind = "county"]',
    style: {
      'background-color': '#f4f6f8',
      'border-color': '#b8c2cc',
      'border-width': 1,
      label: 'data(label)',
      'text-valign': 'top',
      'text-halign': 'center',
      'font-size': 20,
      'font-weight': 'bold',
      color: '#34495e',
      padding: '18px',
      shape: 'round-rectangle',
    },
  },
  {
    selector: 'node[kind = "cluster"]',
    style: {
      width: 'data(size)',
      height: 'data(size)',
      'background-color': 'data(color)',
      'background-opacity': 0.9,
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-valign': 'bottom',
      'text-margin-y': 5,
      'font-size': 15,
      color: '#1f2d3d',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '2px',
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[kind = "cluster"]:selected', style: { 'border-color': '#1f2d3d', 'border-width': 3 } },
];
