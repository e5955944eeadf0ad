import type { Core, ElementDefinition, LayoutOptions } from 'cytoscape';

/** Fitting padding when the layout names none (px). */
const FIT_PADDING = 30;
/** Pixels one arrow key pans the graph. */
const KEY_PAN = 80;

/**
 * After fitting: no smaller than the readable zoom. A graph that is then wider (or taller) than
 * its box starts at its left (top) edge and pans; one that fits is centred.
 */
export function keepReadable(cy: Core, readableZoom: number | undefined, padding: number): void {
  if (!readableZoom || cy.elements().empty() || cy.zoom() >= readableZoom) return;
  cy.zoom(readableZoom);
  const box = cy.elements().boundingBox();
  const x =
    box.w * readableZoom + 2 * padding > cy.width()
      ? padding - box.x1 * readableZoom
      : (cy.width() - box.w * readableZoom) / 2 - box.x1 * readableZoom;
  const y =
    box.h * readableZoom + 2 * padding > cy.height()
      ? padding - box.y1 * readableZoom
      : (cy.height() - box.h * readableZoom) / 2 - box.y1 * readableZoom;
  cy.pan({ x, y });
}

/** The layout with fitting on or off as the `fit` prop says, with the default padding. */
export function withFit(layout: LayoutOptions, fit: boolean): LayoutOptions {
  return { ...layout, fit, padding: paddingOf(layout) } as LayoutOptions;
}

export const paddingOf = (layout: LayoutOptions) => (layout as { padding?: number }).padding ?? FIT_PADDING;

/** Applies a new element set by id: keeps what stays (data, classes, preset position updated), removes the rest, adds the new. */
export function mergeElements(cy: Core, elements: ElementDefinition[]): void {
  const wanted = new Map<string, ElementDefinition>();
  for (const element of elements) if (element.data.id) wanted.set(element.data.id, element);
  cy.batch(() => {
    cy.elements()
      .filter((element) => !wanted.has(element.id()))
      .remove();
    const added: ElementDefinition[] = [];
    // nodes before edges, so a new edge finds its new endpoints
    for (const element of [...wanted.values()].sort((a, b) => Number('source' in a.data) - Number('source' in b.data))) {
      const existing = cy.getElementById(element.data.id!);
      if (existing.empty()) {
        added.push(element);
        continue;
      }
      existing.data(element.data);
      existing.classes(element.classes ?? []);
      if (element.position && existing.isNode()) existing.position(element.position);
    }
    cy.add(added);
  });
}

/**
 * Keyboard: arrows pan, + and − zoom, 0 fits again. Returns what the key did ('moved': the user
 * moved the view; 'fitted': back to the fitted view), or null for any other key.
 */
export function keyMove(cy: Core, key: string, layout: LayoutOptions, readableZoom: number | undefined): 'moved' | 'fitted' | null {
  const pans: Record<string, [number, number]> = {
    ArrowLeft: [KEY_PAN, 0],
    ArrowRight: [-KEY_PAN, 0],
    ArrowUp: [0, KEY_PAN],
    ArrowDown: [0, -KEY_PAN],
  };
  const pan = pans[key];
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  if (pan) cy.panBy({ x: pan[0], y: pan[1] });
  else if (key === '+' || key === '=') cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre });
  else if (key === '-' || key === '_') cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: centre });
  else if (key === '0') {
    cy.fit(undefined, paddingOf(layout));
    keepReadable(cy, readableZoom, paddingOf(layout));
    return 'fitted';
  } else return null;
  return 'moved';
}
