import cytoscape, {
  type Core,
  type ElementDefinition,
  type EventObjectEdge,
  type EventObjectNode,
  type LayoutOptions,
  type SingularElementArgument,
  type StylesheetJson,
} from 'cytoscape';
import { useEffect, useRef, type RefObject } from 'react';
import { layoutReady, loadSvgExport } from './extensions';
import { keepReadable, mergeElements, paddingOf, withFit } from './viewport';

/** Above this many elements, panning and zooming draw a cached bitmap without edges (Cytoscape's big-graph advice). */
const LEVEL_OF_DETAIL_FROM = 2000;

/** Level-of-detail settings read when the graph mounts (change them by remounting, e.g. with a `key`). */
export interface GraphLevelOfDetail {
  /** draw a cached bitmap while panning and zooming (default: more than LEVEL_OF_DETAIL_FROM elements) */
  textureOnViewport?: boolean;
  /** hide edges while panning and zooming (default: more than LEVEL_OF_DETAIL_FROM elements) */
  hideEdgesOnViewport?: boolean;
}

/** A node under the pointer: its id, data and where it is in the graph's box (px). */
export interface NodeHover {
  id: string;
  data: Record<string, unknown>;
  x: number;
  y: number;
  /** the graph box's width (a tooltip near the right edge opens to the left) */
  boxWidth: number;
}

export interface GraphHandlers {
  onNodeTap?: (id: string, data: Record<string, unknown>) => void;
  onNodeDoubleTap?: (id: string, data: Record<string, unknown>) => void;
  onEdgeTap?: (id: string, data: Record<string, unknown>) => void;
  onBackgroundTap?: () => void;
  /** the pointer entered a node (its hover), or left it or the view moved (null) */
  onNodeHover?: (hover: NodeHover | null) => void;
}

/** The props the instance reads when it is created or an update is applied. */
export interface GraphProps {
  elements: ElementDefinition[];
  stylesheet: StylesheetJson;
  layout: LayoutOptions;
  update: 'replace' | 'merge';
  fit: boolean;
  readableZoom?: number;
}

/** An element's data: @types/cytoscape types `data()` as `any`; it is the data object the element was given. */
const dataOf = (element: SingularElementArgument) => element.data() as Record<string, unknown>;

/**
 * Wires the instance's events to the latest handlers; `moved` is set once the user pans or zooms.
 * An event's `target` is typed `any` (it may be the core); a handler bound to 'node' or 'edge'
 * names the event type that says which element it is.
 */
function listen(cy: Core, handlers: RefObject<GraphHandlers>, moved: RefObject<boolean>): void {
  cy.on('tap', 'node', ({ target }: EventObjectNode) => handlers.current.onNodeTap?.(target.id(), dataOf(target)));
  cy.on('dbltap', 'node', ({ target }: EventObjectNode) => handlers.current.onNodeDoubleTap?.(target.id(), dataOf(target)));
  cy.on('tap', 'edge', ({ target }: EventObjectEdge) => handlers.current.onEdgeTap?.(target.id(), dataOf(target)));
  cy.on('tap', (event) => {
    if (event.target === cy) handlers.current.onBackgroundTap?.();
  });
  cy.on('mouseover', 'node', ({ target }: EventObjectNode) => {
    const at = target.renderedPosition();
    handlers.current.onNodeHover?.({ id: target.id(), data: dataOf(target), x: at.x, y: at.y, boxWidth: cy.width() });
  });
  cy.on('mouseout', 'node', () => handlers.current.onNodeHover?.(null));
  cy.on('viewport', () => handlers.current.onNodeHover?.(null));
  cy.on('dragpan scrollzoom pinchzoom', () => (moved.current = true));
}

/**
 * One Cytoscape instance per mount (created once its layout's extension has loaded), the
 * stylesheet and elements applied when they change, refitted when its box changes size.
 */
export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  props: GraphProps,
  handlers: GraphHandlers,
  levelOfDetail: GraphLevelOfDetail | undefined,
) {
  const cyRef = useRef<Core | null>(null);
  const handlersRef = useRef(handlers);
  const userMoved = useRef(false);
  // The props as of this render, read when the instance is created or an update is applied
  // (both may wait for a layout extension to load).
  const latest = useRef(props);
  useEffect(() => {
    handlersRef.current = handlers;
    latest.current = props;
  });
  // What the instance shows, so an effect never applies the same elements, layout or style twice.
  const applied = useRef<{ elements: ElementDefinition[]; layout: LayoutOptions; stylesheet: StylesheetJson } | null>(null);

  useEffect(() => {
    let cancelled = false;
    let resize: ResizeObserver | null = null;
    const create = () => {
      if (cancelled || !container.current) return;
      const first = latest.current;
      const big = first.elements.length > LEVEL_OF_DETAIL_FROM;
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
      listen(cy, handlersRef, userMoved);
      (window as unknown as { __cy?: Core }).__cy = cy; // for browser tests and benchmarks
      // The container can change size without the window doing so (a notice above it, a side
      // panel): Cytoscape must learn its new size, and a view the user has not moved is fitted again.
      // The observer's first call reports the size the instance was made with: nothing to do then.
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
      // (Safari has no requestIdleCallback)
      if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => void loadSvgExport());
      else window.setTimeout(() => void loadSvgExport(), 200);
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
    // Level-of-detail settings are read once (remount with a `key` to change them).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !applied.current || applied.current.stylesheet === props.stylesheet) return;
    applied.current.stylesheet = props.stylesheet;
    cy.style(props.stylesheet);
  }, [props.stylesheet]);

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
    const wait = layoutReady(props.layout);
    if (wait) void wait.then(apply);
    else apply();
    return () => {
      cancelled = true;
    };
    // `update` and `fit` are read with the elements; changing them alone redraws nothing.
  }, [props.elements, props.layout]);

  return { cyRef, latest, userMoved };
}
