import cytoscape, { type LayoutOptions } from 'cytoscape';
import dagre from 'cytoscape-dagre';

let dagreRegistered = false;

/** Registers the dagre (layered) layout once per page; safe to call from every view that uses it. */
function registerDagre(): void {
  if (dagreRegistered) return;
  cytoscape.use(dagre);
  dagreRegistered = true;
}

/** A layered left-to-right layout: upstream on the left, downstream on the right. */
export function layeredLeftToRight(options: { nodeSep?: number; rankSep?: number } = {}): LayoutOptions {
  registerDagre();
  return {
    name: 'dagre',
    rankDir: 'LR',
    nodeSep: options.nodeSep ?? 28,
    rankSep: options.rankSep ?? 90,
    edgeSep: 12,
    fit: true,
    padding: 30,
    animate: false,
  } as LayoutOptions;
}
