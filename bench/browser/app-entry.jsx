// The app's own Cytoscape wrapper (web/src/graph/CytoscapeGraph.tsx) in React, mounted as a view
// mounts it. Plain JSX (not type-checked with the server code: it imports the web app's sources).
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { CytoscapeGraph } from '../../web/src/graph/CytoscapeGraph';
import { fetchElements, frameDrawnAndIdle, STYLE } from './common';

const LAYOUT = { name: 'preset', fit: false };
window.benchRender = async (count) => {
  const elements = await fetchElements(count);
  const t0 = performance.now();
  const root = createRoot(document.getElementById('root'));
  flushSync(() => root.render(<CytoscapeGraph elements={elements} stylesheet={STYLE} layout={LAYOUT} ariaLabel="bench" />));
  // effects may run after the commit: wait until the wrapper has added the elements
  while (!window.__cy || window.__cy.elements().length < elements.length) await new Promise((r) => setTimeout(r, 0));
  const buildMs = performance.now() - t0;
  await frameDrawnAndIdle();
  return { ms: performance.now() - t0, buildMs, nodes: window.__cy.nodes().length, edges: window.__cy.edges().length };
};
window.benchReady = true;
