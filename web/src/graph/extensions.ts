import cytoscape, { type LayoutOptions } from 'cytoscape';

// Extensions are loaded when first needed, not with the page: the force layout (fcose with
// cose-base, the biggest part of the graph code) only for views laying out with it, the SVG
// exporter once a graph is on screen and the page is idle (or when someone exports first).
let fcoseLoad: Promise<void> | null = null;
let fcoseReady = false;
let svgLoad: Promise<void> | null = null;
let svgReady = false;

/** Loads and registers fcose once per page. */
function loadFcose(): Promise<void> {
  fcoseLoad ??= import('cytoscape-fcose').then(({ default: fcose }) => {
    cytoscape.use(fcose);
    fcoseReady = true;
  });
  return fcoseLoad;
}

/** null when the layout can run now; otherwise a promise that resolves once its extension is registered. */
export function layoutReady(layout: LayoutOptions): Promise<void> | null {
  if (layout.name !== 'fcose' || fcoseReady) return null;
  return loadFcose();
}

/** Registers the SVG exporter (cytoscape-svg) once per page, before `cy.svg()` is called. */
export function loadSvgExport(): Promise<void> {
  svgLoad ??= import('cytoscape-svg').then(({ default: svg }) => {
    cytoscape.use(svg);
    svgReady = true;
  });
  return svgLoad;
}

export const svgExportLoaded = (): boolean => svgReady;
