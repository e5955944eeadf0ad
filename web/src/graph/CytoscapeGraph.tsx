import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type StylesheetJson } from 'cytoscape';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { registerGraphExtensions } from './extensions';

registerGraphExtensions();

/** Level-of-detail settings read when the graph mounts (change them by remounting, e.g. with a `key`). */
export interface GraphLevelOfDetail {
  /** draw a cached bitmap while panning and zooming (default: more than 2,000 elements) */
  textureOnViewport?: boolean;
  /** hide edges while panning and zooming (default: more than 2,000 elements) */
  hideEdgesOnViewport?: boolean;
}

export interface CytoscapeGraphHandle {
  cy(): Core | null;
  png(): string | undefined;
}

interface Props {
  elements: ElementDefinition[];
  stylesheet: StylesheetJson;
  layout: LayoutOptions;
  onNodeTap?: (id: string, data: Record<string, unknown>) => void;
  onNodeDoubleTap?: (id: string, data: Record<string, unknown>) => void;
  className?: string;
  ariaLabel: string;
  /**
   * How a new `elements` array is applied: `replace` (default) removes everything and adds the
   * new set; `merge` keeps elements whose id is still present (updating their data, classes and
   * preset position), removes the others and adds the new ones, so selection and positions survive.
   */
  update?: 'replace' | 'merge';
  /** fit the graph into view after each layout (default true) */
  fit?: boolean;
  /** level-of-detail settings (see GraphLevelOfDetail) */
  levelOfDetail?: GraphLevelOfDetail;
  onEdgeTap?: (id: string, data: Record<string, unknown>) => void;
  /** a tap on the empty background */
  onBackgroundTap?: () => void;
}

/**
 * A thin wrapper: one Cytoscape instance per mount, elements replaced in one batch when
 * they change (keyed by the database's stable ids), level-of-detail settings for big graphs.
 */
export const CytoscapeGraph = forwardRef<CytoscapeGraphHandle, Props>(function CytoscapeGraph(
  { elements, stylesheet, layout, onNodeTap, onNodeDoubleTap, className, ariaLabel, update = 'replace', fit = true, levelOfDetail, onEdgeTap, onBackgroundTap },
  ref,
) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const handlers = useRef({ onNodeTap, onNodeDoubleTap, onEdgeTap, onBackgroundTap });
  handlers.current = { onNodeTap, onNodeDoubleTap, onEdgeTap, onBackgroundTap };
  const userMoved = useRef(false);
  const fitRef = useRef(fit);
  fitRef.current = fit;

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: stylesheet,
      pixelRatio: 1,
      motionBlur: false,
      textureOnViewport: levelOfDetail?.textureOnViewport ?? elements.length > 2000,
      hideEdgesOnViewport: levelOfDetail?.hideEdgesOnViewport ?? elements.length > 2000,
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
    });
    cyRef.current = cy;
    cy.on('tap', 'node', (event) => handlers.current.onNodeTap?.(event.target.id(), event.target.data()));
    cy.on('dbltap', 'node', (event) => handlers.current.onNodeDoubleTap?.(event.target.id(), event.target.data()));
    cy.on('tap', 'edge', (event) => handlers.current.onEdgeTap?.(event.target.id(), event.target.data()));
    cy.on('tap', (event) => {
      if (event.target === cy) handlers.current.onBackgroundTap?.();
    });
    (window as unknown as { __cy?: Core }).__cy = cy; // for browser tests and benchmarks
    // The container can change size without the window doing so (a notice above it, a side
    // panel): Cytoscape must learn its new size, and a view the user has not moved is fitted again.
    cy.on('dragpan scrollzoom pinchzoom', () => (userMoved.current = true));
    const resize = new ResizeObserver(() => {
      if (cy.destroyed()) return;
      cy.resize();
      if (fitRef.current && !userMoved.current && cy.elements().nonempty()) cy.fit(undefined, 30);
    });
    resize.observe(container.current!);
    return () => {
      resize.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
    // The instance lives as long as the component; elements and style are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    cyRef.current?.style(stylesheet);
  }, [stylesheet]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    if (update === 'merge') mergeElements(cy, elements);
    else
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements);
      });
    cy.layout(fit ? layout : ({ ...layout, fit: false } as LayoutOptions)).run();
    if (fit) {
      cy.fit(undefined, 30);
      userMoved.current = false;
    }
    // `update` and `fit` are read with the elements; changing them alone redraws nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [elements, layout]);

  useImperativeHandle(ref, () => ({
    cy: () => cyRef.current,
    png: () => cyRef.current?.png({ full: true, scale: 2, bg: '#ffffff' }),
  }));

  return <div ref={container} className={className ?? 'graph'} role="img" aria-label={ariaLabel} data-testid="graph" />;
});

/** Applies a new element set by id: keeps what stays (data, classes, preset position updated), removes the rest, adds the new. */
function mergeElements(cy: Core, elements: ElementDefinition[]): void {
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
