import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type StylesheetJson } from 'cytoscape';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';

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
}

/**
 * A thin wrapper: one Cytoscape instance per mount, elements replaced in one batch when
 * they change (keyed by the database's stable ids), level-of-detail settings for big graphs.
 */
export const CytoscapeGraph = forwardRef<CytoscapeGraphHandle, Props>(function CytoscapeGraph(
  { elements, stylesheet, layout, onNodeTap, onNodeDoubleTap, className, ariaLabel },
  ref,
) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const handlers = useRef({ onNodeTap, onNodeDoubleTap });
  handlers.current = { onNodeTap, onNodeDoubleTap };

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: stylesheet,
      pixelRatio: 1,
      motionBlur: false,
      textureOnViewport: elements.length > 2000,
      hideEdgesOnViewport: elements.length > 2000,
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
    });
    cyRef.current = cy;
    cy.on('tap', 'node', (event) => handlers.current.onNodeTap?.(event.target.id(), event.target.data()));
    cy.on('dbltap', 'node', (event) => handlers.current.onNodeDoubleTap?.(event.target.id(), event.target.data()));
    (window as unknown as { __cy?: Core }).__cy = cy; // for browser tests and benchmarks
    return () => {
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
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    cy.layout(layout).run();
    cy.fit(undefined, 30);
  }, [elements, layout]);

  useImperativeHandle(ref, () => ({
    cy: () => cyRef.current,
    png: () => cyRef.current?.png({ full: true, scale: 2, bg: '#ffffff' }),
  }));

  return <div ref={container} className={className ?? 'graph'} role="img" aria-label={ariaLabel} data-testid="graph" />;
});
