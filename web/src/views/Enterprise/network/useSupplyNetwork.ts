import { useQueries } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { gql, gqlKey, useGql } from '../../../api/client';
import { useResetState } from '../../../hooks/useResetState';
import { choosePath, NEIGHBORHOOD_QUERY, PATH_QUERY, type Direction } from '../queries';
import { HUB_GROUP_AT } from '#shared/limits.js';
import {
  collapse,
  groupHubs,
  isGroupId,
  layeredPositions,
  placeNewNodes,
  supplyElements,
  visibleGraph,
  type Expansion,
  type HubGroup,
  type VisibleGraph,
} from '../supplyGraph';
import type { NetworkChange, NetworkLayout } from '../useEnterpriseDetail';
import { FORCE_LAYOUT, PRESET_LAYOUT } from './styles';

/** What a tap picked: a firm or a supply link, with its Cytoscape data. */
export interface Selection {
  kind: 'node' | 'edge';
  data: Record<string, unknown>;
}

export interface SupplyNetworkSettings {
  creditCode: string;
  depth: number;
  direction: Direction;
  layout: NetworkLayout;
  pathTo: string | null;
  /** the firms expanded (from the address) */
  expanded: string[];
  /** the hub groups opened (from the address) */
  open: string[];
}

type Point = { x: number; y: number };

/**
 * The layered picture's positions, kept from one graph to the next of the same neighbourhood: an
 * expansion, a collapse or a path places only the firms that are new (the others stay where they
 * are, and the view is not refitted). Held in state as a mutable object: the same graph always
 * gives the same positions, so placing twice (StrictMode) changes nothing.
 */
class StablePlacer {
  private base: object | null = null;
  private graph: VisibleGraph | null = null;
  private positions = new Map<string, Point>();
  /** whether the last placement kept an earlier picture (no refit) */
  incremental = false;

  /** `base`: the neighbourhood the picture started from (a new one starts a new picture). */
  place(base: object, centre: string, graph: VisibleGraph): Map<string, Point> {
    if (graph === this.graph && base === this.base) return this.positions;
    const full = layeredPositions(centre, graph.nodes, graph.edges);
    this.incremental = base === this.base && this.positions.size > 0;
    this.positions = this.incremental ? placeNewNodes(this.positions, graph, full) : full;
    this.base = base;
    this.graph = graph;
    return this.positions;
  }

  /** another layout drew the graph: the next layered picture starts afresh */
  reset(): void {
    this.base = null;
    this.graph = null;
    this.positions = new Map();
  }
}

/**
 * The supply network's data and state: the centre's neighbourhood, the supply path, the firms
 * expanded (double-click: their neighbours in the chosen direction), the selection, and the
 * Cytoscape elements and layout drawn from them.
 */
export function useSupplyNetwork(
  { creditCode, depth, direction, layout, pathTo, expanded, open }: SupplyNetworkSettings,
  onChange: (change: NetworkChange) => void,
  groupLabel?: (group: HubGroup) => string,
) {
  const base = useGql(NEIGHBORHOOD_QUERY, { creditCode, depth, direction });
  const path = useGql(PATH_QUERY, { from: creditCode, to: pathTo ?? '' }, { enabled: Boolean(pathTo) && pathTo !== creditCode });
  // Each expanded firm's own neighbours, in the direction chosen for the whole graph (仅供应商: a
  // supplier's suppliers). React Query keeps the parts of what `combine` returns the same objects
  // while they are equal, so `expansions` changes only when an expansion does (the memos below hold).
  const { expansions, expanding, expandError, retryExpansion } = useQueries({
    queries: expanded.map((root) => {
      const variables = { creditCode: root, depth: 1, direction };
      return {
        queryKey: gqlKey(NEIGHBORHOOD_QUERY, variables),
        queryFn: ({ signal }: { signal: AbortSignal }) => gql(NEIGHBORHOOD_QUERY, variables, signal),
      };
    }),
    combine: (results) => {
      const failed = results.find((q) => q.error);
      return {
        expansions: expanded.flatMap((root, i): Expansion[] => {
          const graph = results[i]?.data?.supplyNeighborhood;
          return graph ? [{ root, graph }] : [];
        }),
        expanding: expanded.find((_, i) => results[i]?.isFetching && !results[i]?.data) ?? null,
        expandError: failed?.error ?? null,
        retryExpansion: () => void failed?.refetch(),
      };
    },
  });
  // A new centre, depth or direction starts from its own neighbourhood (the address drops the
  // expansions); with a new path target too, what was selected before no longer matters.
  const [selection, setSelection] = useResetState<Selection | null>(null, JSON.stringify([creditCode, depth, direction, pathTo]));
  const [placer] = useState(() => new StablePlacer());

  const baseGraph = base.data?.supplyNeighborhood ?? null;
  const pathGraph = useMemo(() => (pathTo ? choosePath(path.data) : null), [pathTo, path.data]);
  const visible = useMemo(() => (baseGraph ? visibleGraph(baseGraph, expansions, pathGraph) : null), [baseGraph, expansions, pathGraph]);
  // a hub's many neighbours drawn as groups until opened (the list below the graph has every firm)
  const openKey = open.join(',');
  const grouped = useMemo(() => {
    if (!visible) return null;
    const keep = new Set([creditCode, ...visible.active, ...(pathGraph?.nodes.map((n) => n.id) ?? [])]);
    return groupHubs(visible, { keep, open: new Set(openKey ? openKey.split(',') : []), threshold: HUB_GROUP_AT });
  }, [visible, creditCode, pathGraph, openKey]);
  const { elements, fit } = useMemo(() => {
    if (!grouped || !baseGraph) return { elements: [], fit: true };
    const drawn = grouped.graph;
    if (layout !== 'layered') placer.reset();
    // one picture per neighbourhood: the base graph changes with the centre, depth or direction
    const positions = layout === 'layered' ? placer.place(baseGraph, creditCode, drawn) : undefined;
    const fitView = layout !== 'layered' || !placer.incremental;
    return {
      elements: supplyElements(drawn, {
        centre: creditCode,
        expanded: drawn.active,
        path: pathGraph,
        positions,
        groups: grouped.groups,
        groupLabel,
      }),
      fit: fitView,
    };
  }, [grouped, layout, creditCode, baseGraph, pathGraph, placer, groupLabel]);

  const toggle = (id: string) => {
    if (!baseGraph || id === creditCode || expanding || isGroupId(id)) return;
    if (expanded.includes(id)) onChange({ expanded: collapse(baseGraph, expansions, id).map((e) => e.root) });
    else onChange({ expanded: [...expanded, id] });
  };

  const nodeName = (id: unknown) => (visible && typeof id === 'string' ? (visible.nodes.get(id)?.label ?? id) : '');
  return {
    base,
    baseGraph,
    path,
    pathGraph,
    visible,
    elements,
    fit,
    cyLayout: layout === 'layered' ? PRESET_LAYOUT : FORCE_LAYOUT,
    expanding,
    expandError,
    retryExpansion,
    collapseAll: () => onChange({ expanded: [] }),
    groups: grouped?.groups ?? [],
    openedGroups: grouped?.opened ?? [],
    openGroup: (id: string) => onChange({ open: [...open.filter((g) => g !== id), id] }),
    openAllGroups: () => onChange({ open: ['*'] }),
    regroup: () => onChange({ open: [] }),
    toggle,
    selection,
    setSelection,
    nodeName,
  };
}

export type SupplyNetworkState = ReturnType<typeof useSupplyNetwork>;
