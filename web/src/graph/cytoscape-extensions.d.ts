// Types for the two Cytoscape extensions that ship without them (registered in extensions.ts;
// the `cy.svg()` method they add is typed in image-export.ts).
declare module 'cytoscape-fcose' {
  const fcose: import('cytoscape').Ext;
  export default fcose;
}

declare module 'cytoscape-svg' {
  const svg: import('cytoscape').Ext;
  export default svg;
}
