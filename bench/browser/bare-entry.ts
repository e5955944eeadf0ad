import cytoscape from 'cytoscape';
import { fetchElements, frameDrawnAndIdle, STYLE, type BenchTiming, type BenchWindow } from './common.js';

/** Bare Cytoscape.js: default settings, preset positions, the same elements and style, in the box the app's wrapper draws (.graph). */
const w = window as unknown as BenchWindow;
const box = document.getElementById('root')!.appendChild(document.createElement('div'));
box.className = 'graph';
w.benchRender = async (count, options = {}): Promise<BenchTiming> => {
  const elements = await fetchElements(count);
  const t0 = performance.now();
  const config: cytoscape.CytoscapeOptions & { renderer?: Record<string, unknown> } = {
    container: box,
    elements,
    style: STYLE,
    layout: { name: 'preset' },
  };
  // Cytoscape 3.31+: the canvas renderer draws with WebGL when asked
  if (options.webgl) config.renderer = { name: 'canvas', webgl: true };
  const cy = cytoscape(config);
  cy.fit(undefined, 30);
  const buildMs = performance.now() - t0;
  await frameDrawnAndIdle();
  return { ms: performance.now() - t0, buildMs, nodes: cy.nodes().length, edges: cy.edges().length };
};
w.benchReady = true;
