import type { ElementDefinition, StylesheetJson } from 'cytoscape';

/** What the benchmark page exposes to Playwright. */
export interface BenchWindow {
  benchRender(count: number, options?: { webgl?: boolean }): Promise<BenchTiming>;
  benchReady: boolean;
}

export interface BenchTiming {
  /** data received (JSON parsed) → first frame with the elements drawn and the main thread free */
  ms: number;
  /** of which: creating the view (elements added, positioned) */
  buildMs: number;
  nodes: number;
  edges: number;
}

/** One stylesheet for both pages, like the app's graph views: labelled nodes, directed edges. */
export const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': '#2e86c1',
      label: 'data(label)',
      'font-size': 10,
      width: 14,
      height: 14,
      color: '#333',
      'text-valign': 'bottom',
      'min-zoomed-font-size': 8,
    },
  },
  { selector: 'node[?local]', style: { 'background-color': '#c0392b' } },
  {
    selector: 'edge',
    style: {
      width: 1,
      'line-color': '#aab',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#aab',
      'curve-style': 'haystack',
      opacity: 0.7,
    },
  },
];

export async function fetchElements(count: number): Promise<ElementDefinition[]> {
  const res = await fetch(`/elements/${count}.json`);
  return (await res.json()) as ElementDefinition[];
}

/** Resolves once a frame has been drawn after now and the main thread has run a task after it. */
export async function frameDrawnAndIdle(): Promise<void> {
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  await new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
