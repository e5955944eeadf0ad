import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';

let registered = false;

/** Registers the force layout (fcose) and SVG export once per page; call before a graph mounts. */
export function registerGraphExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(svg);
  registered = true;
}
