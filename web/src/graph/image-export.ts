// The `cy.svg()` method that cytoscape-svg adds (loaded by loadSvgExport in extensions.ts), and saving a file.
declare module 'cytoscape' {
  interface Core {
    /** cytoscape-svg: the graph as an SVG document */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}

/** Saves a Blob as a download with the given file name. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
