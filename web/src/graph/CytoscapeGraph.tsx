import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type StylesheetJson } from 'cytoscape';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { layoutReady, loadSvgExport } from './extensions';

/** Fitting padding when the layout names none (px). */
const FIT_PADDING = 30;
/** Above this many elements, panning and zooming draw a cached bitmap without edges (Cytoscape's big-graph advice). */
const LEVEL_OF_DETAIL_FROM = 2000;

/** Level-of-detail settings read when the graph mounts (change them by remounting, e.g. with a `key`). */
interface GraphLevelOfDetail {
  /** draw a cached bitmap while panning and zooming (default: more than LEVEL_OF_DETAIL_FROM elements) */
  textureOnViewport?: boolean;
  /** hide edges while panning and zooming (default: more than LEVEL_OF_DETAIL_FROM elements) */
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
  /**
   * The least zoom at which the labels stay readable (12 px on screen: 12 / the label font size).
   * Fitting never zooms out further: a graph wider than the screen is shown from its left (or
   * centred when it fits) and pans.
   */
  readableZoom?: number;
}

/** Pixels one arrow key pans the graph. */
const KEY_PAN = 80;

/**
 * A thin wrapper: one Cytoscape instance per mount, elements replaced in one batch when
 * they change (keyed by the database's stable ids), level-of-detail settings for big graphs.
 */
export const CytoscapeGraph = forwardRef<CytoscapeGraphHandle, Props>(function CytoscapeGraph(
  { elements, stylesheet, layout, onNodeTap, onNodeDoubleTap, className, ariaLabel, update = 'replace', fit = true, levelOfDetail, onEdgeTap, onBackgroundTap, readableZoom },
  ref,
) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const handlers = useRef({ onNodeTap, onNodeDoubleTap, onEdgeTap, onBackgroundTap });
  handlers.current = { onNodeTap, onNodeDoubleTap, onEdgeTap, onBackgroundTap };
  const userMoved = useRef(false);
  // The props as of this render, read when the instance is created or an update is applied
  // (both may wait for a layout extension to load).
  const latest = useRef({ elements, stylesheet, layout, update, fit, readableZoom, levelOfDetail });
  latest.current = { elements, stylesheet, layout, update, fit, readableZoom, levelOfDetail };
  // What the instance shows, so an effect never applies the same elements, layout or style twice.
  const applied = useRef<{ elements: ElementDefinition[]; layout: LayoutOptions; stylesheet: StylesheetJson } | null>(null);

  useEffect(() => {
    let cancelled = false;
    let resize: ResizeObserver | null = null;
    const create = () => {
      if (cancelled || !container.current) return;
      const first = latest.current;
      const big = first.elements.length > LEVEL_OF_DETAIL_FROM;
      const levelOfDetail = first.levelOfDetail;
      // The first elements, style and layout go to the constructor, like bare Cytoscape: one
      // pass adding, styling, laying out and fitting, with notifications off until it is done.
      const cy = cytoscape({
        container: container.current,
        elements: first.elements,
        style: first.stylesheet,
        layout: withFit(first.layout, first.fit),
        pixelRatio: 1,
        motionBlur: false,
        textureOnViewport: levelOfDetail?.textureOnViewport ?? big,
        hideEdgesOnViewport: levelOfDetail?.hideEdgesOnViewport ?? big,
        minZoom: 0.05,
        maxZoom: 4,
        wheelSensitivity: 0.3,
      });
      applied.current = { elements: first.elements, layout: first.layout, stylesheet: first.stylesheet };
      cyRef.current = cy;
      if (first.fit) keepReadable(cy, latest.current.readableZoom, paddingOf(first.layout));
      cy.on('layoutstop', () => {
        if (latest.current.fit && !userMoved.current) keepReadable(cy, latest.current.readableZoom, paddingOf(latest.current.layout));
      });
      // Cytoscape types an event's target as `any`: for these selectors it is the tapped element.
      const tapped = (event: cytoscape.EventObject) => event.target as cytoscape.SingularElementArgument;
      cy.on('tap', 'node', (event) => handlers.current.onNodeTap?.(tapped(event).id(), tapped(event).data() as Record<string, unknown>));
      cy.on('dbltap', 'node', (event) => handlers.current.onNodeDoubleTap?.(tapped(event).id(), tapped(event).data() as Record<string, unknown>));
      cy.on('tap', 'edge', (event) => handlers.current.onEdgeTap?.(tapped(event).id(), tapped(event).data() as Record<string, unknown>));
      cy.on('tap', (event) => {
        if (event.target === cy) handlers.current.onBackgroundTap?.();
      });
      (window as unknown as { __cy?: Core }).__cy = cy; // for browser tests and benchmarks
      // The container can change size without the window doing so (a notice above it, a side
      // panel): Cytoscape must learn its new size, and a view the user has not moved is fitted again.
      // The observer's first call reports the size the instance was made with: nothing to do then.
      cy.on('dragpan scrollzoom pinchzoom', () => (userMoved.current = true));
      let size = `${container.current.clientWidth}x${container.current.clientHeight}`;
      resize = new ResizeObserver(() => {
        if (cy.destroyed() || !container.current) return;
        const now = `${container.current.clientWidth}x${container.current.clientHeight}`;
        if (now === size) return;
        size = now;
        cy.resize();
        if (latest.current.fit && !userMoved.current && cy.elements().nonempty()) {
          cy.fit(undefined, paddingOf(latest.current.layout));
          keepReadable(cy, latest.current.readableZoom, paddingOf(latest.current.layout));
        }
      });
      resize.observe(container.current);
      // the SVG exporter, off the critical path: loaded once the page has nothing else to do
      const loadLater = () => void loadSvgExport();
      // (Safari has no requestIdleCallback, whatever the DOM types say)
      if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(loadLater);
      else window.setTimeout(loadLater, 200);
    };
    const wait = layoutReady(latest.current.layout);
    if (wait) void wait.then(create);
    else create();
    return () => {
      cancelled = true;
      resize?.disconnect();
      cyRef.current?.destroy();
      cyRef.current = null;
      applied.current = null;
    };
    // The instance lives as long as the component; later elements and style are applied below.
    // Level-of-detail settings are read once, from `latest` (remount with a `key` to change them).
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !applied.current || applied.current.stylesheet === stylesheet) return;
    applied.current.stylesheet = stylesheet;
    cy.style(stylesheet);
  }, [stylesheet]);

  useEffect(() => {
    let cancelled = false;
    const apply = () => {
      const cy = cyRef.current;
      const shown = applied.current;
      if (cancelled || !cy || !shown) return; // not created yet: the constructor takes the latest props
      const next = latest.current;
      if (shown.elements === next.elements && shown.layout === next.layout) return;
      if (next.update === 'merge') mergeElements(cy, next.elements);
      else
        cy.batch(() => {
          cy.elements().remove();
          cy.add(next.elements);
        });
      shown.elements = next.elements;
      shown.layout = next.layout;
      // the layout fits (once) when asked to: no second fit after it
      cy.layout(withFit(next.layout, next.fit)).run();
      if (next.fit) {
        userMoved.current = false;
        keepReadable(cy, next.readableZoom, paddingOf(next.layout));
      }
    };
    const wait = layoutReady(layout);
    if (wait) void wait.then(apply);
    else apply();
    return () => {
      cancelled = true;
    };
    // `update` and `fit` are read with the elements (from `latest`); changing them alone redraws nothing.
  }, [elements, layout]);

  useImperativeHandle(ref, () => ({
    cy: () => cyRef.current,
    png: () => cyRef.current?.png({ full: true, scale: 2, bg: '#ffffff' }),
  }));

  // Keyboard: the graph takes focus; arrows pan, + and − zoom, 0 fits it again.
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const cy = cyRef.current;
    if (!cy) return;
    const pans: Record<string, [number, number]> = { ArrowLeft: [KEY_PAN, 0], ArrowRight: [-KEY_PAN, 0], ArrowUp: [0, KEY_PAN], ArrowDown: [0, -KEY_PAN] };
    const pan = pans[event.key];
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    if (pan) cy.panBy({ x: pan[0], y: pan[1] });
    else if (event.key === '+' || event.key === '=') cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre });
    else if (event.key === '-' || event.key === '_') cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: centre });
    else if (event.key === '0') {
      cy.fit(undefined, paddingOf(latest.current.layout));
      keepReadable(cy, latest.current.readableZoom, paddingOf(latest.current.layout));
      userMoved.current = false;
      return event.preventDefault();
    } else return;
    userMoved.current = true;
    event.preventDefault();
  };

  return <div ref={container} className={className ?? 'graph'} role="img" aria-label={ariaLabel} aria-describedby={keysHintId} tabIndex={0} onKeyDown={onKeyDown} data-testid="graph" />;
});

/** The id of the hidden sentence that tells how to move a graph from the keyboard (GraphKeysHint renders it once). */
export const keysHintId = 'graph-keys-hint';

/**
 * After fitting: no smaller than the readable zoom. A graph that is then wider (or taller) than
 * its box starts at its left (top) edge and pans; one that fits is centred.
 */
function keepReadable(cy: Core, readableZoom: number | undefined, padding: number): void {
  if (!readableZoom || cy.elements().empty() || cy.zoom() >= readableZoom) return;
  cy.zoom(readableZoom);
  const box = cy.elements().boundingBox();
  const x = box.w * readableZoom + 2 * padding > cy.width() ? padding - box.x1 * readableZoom : (cy.width() - box.w * readableZoom) / 2 - box.x1 * readableZoom;
  const y = box.h * readableZoom + 2 * padding > cy.height() ? padding - box.y1 * readableZoom : (cy.height() - box.h * readableZoom) / 2 - box.y1 * readableZoom;
  cy.pan({ x, y });
}

/** The layout with fitting on or off as the `fit` prop says, with the default padding. */
function withFit(layout: LayoutOptions, fit: boolean): LayoutOptions {
  return { ...layout, fit, padding: paddingOf(layout) } as LayoutOptions;
}

const paddingOf = (layout: LayoutOptions) => (layout as { padding?: number }).padding ?? FIT_PADDING;

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
