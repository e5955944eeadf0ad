import type { Core, ElementDefinition, LayoutOptions, StylesheetJson } from 'cytoscape';
import { forwardRef, useImperativeHandle, useRef } from 'react';
import { useCytoscape, type GraphHandlers, type GraphLevelOfDetail } from './useCytoscape';
import { keyMove } from './viewport';

export type { NodeHover } from './useCytoscape';

export interface CytoscapeGraphHandle {
  cy(): Core | null;
  png(): string | undefined;
}

interface Props extends GraphHandlers {
  elements: ElementDefinition[];
  stylesheet: StylesheetJson;
  layout: LayoutOptions;
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
  /**
   * The least zoom at which the labels stay readable (12 px on screen: 12 / the label font size).
   * Fitting never zooms out further: a graph wider than the screen is shown from its left (or
   * centred when it fits) and pans.
   */
  readableZoom?: number;
}

/**
 * A thin wrapper: one Cytoscape instance per mount, elements replaced in one batch when
 * they change (keyed by the database's stable ids), level-of-detail settings for big graphs.
 */
export const CytoscapeGraph = forwardRef<CytoscapeGraphHandle, Props>(function CytoscapeGraph(
  { elements, stylesheet, layout, className, ariaLabel, update = 'replace', fit = true, levelOfDetail, readableZoom, ...handlers },
  ref,
) {
  const container = useRef<HTMLDivElement>(null);
  const { cyRef, latest, userMoved } = useCytoscape(
    container,
    { elements, stylesheet, layout, update, fit, readableZoom },
    handlers,
    levelOfDetail,
  );

  useImperativeHandle(ref, () => ({
    cy: () => cyRef.current,
    png: () => cyRef.current?.png({ full: true, scale: 2, bg: '#ffffff' }),
  }));

  // Keyboard: the graph takes focus; arrows pan, + and − zoom, 0 fits it again.
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const cy = cyRef.current;
    if (!cy) return;
    const moved = keyMove(cy, event.key, latest.current.layout, latest.current.readableZoom);
    if (!moved) return;
    userMoved.current = moved === 'moved';
    event.preventDefault();
  };

  return (
    <div
      ref={container}
      className={className ?? 'graph'}
      role="img"
      aria-label={ariaLabel}
      aria-describedby={keysHintId}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="graph"
    />
  );
});

/** The id of the hidden sentence that tells how to move a graph from the keyboard (GraphKeysHint renders it once). */
export const keysHintId = 'graph-keys-hint';
