import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { gql, gqlKey, useGql, type ApiError } from '../../../api/client';
import { choosePath, NEIGHBORHOOD_QUERY, PATH_QUERY, type Direction } from '../queries';
import { collapse, layeredPositions, supplyElements, visibleGraph, type Expansion } from '../supplyGraph';
import type { NetworkLayout } from '../useEnterpriseDetail';
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
}

/**
 * The supply network's data and state: the centre's neighbourhood, the supply path, the firms
 * expanded (double-click: their neighbours in the chosen direction), the selection, and the
 * Cytoscape elements and layout drawn from them.
 */
export function useSupplyNetwork({ creditCode, depth, direction, layout, pathTo }: SupplyNetworkSettings) {
  const queryClient = useQueryClient();
  const base = useGql(NEIGHBORHOOD_QUERY, { creditCode, depth, direction });
  const path = useGql(PATH_QUERY, { from: creditCode, to: pathTo ?? '' }, { enabled: Boolean(pathTo) && pathTo !== creditCode });
  const [expansions, setExpansions] = useState<Expansion[]>([]);
  const [expanding, setExpanding] = useState<string | null>(null);
  const [expandError, setExpandError] = useState<ApiError | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);

  // A new path target: what was selected before no longer matters.
  useEffect(() => setSelection(null), [pathTo]);

  // A new centre, depth or direction starts from its own neighbourhood.
  useEffect(() => {
    setExpansions([]);
    setSelection(null);
    setExpandError(null);
  }, [creditCode, depth, direction]);

  const baseGraph = base.data?.supplyNeighborhood ?? null;
  const pathGraph = useMemo(() => (pathTo ? choosePath(path.data) : null), [pathTo, path.data]);
  const visible = useMemo(() => (baseGraph ? visibleGraph(baseGraph, expansions, pathGraph) : null), [baseGraph, expansions, pathGraph]);
  const elements = useMemo(() => {
    if (!visible) return [];
    const positions = layout === 'layered' ? layeredPositions(creditCode, visible.nodes, visible.edges) : undefined;
    return supplyElements(visible, { centre: creditCode, expanded: visible.active, path: pathGraph, positions });
  }, [visible, layout, creditCode, pathGraph]);

  const toggle = useCallback(
    async (id: string) => {
      if (!baseGraph || id === creditCode || expanding) return;
      if (expansions.some((e) => e.root === id)) {
        setExpansions((current) => collapse(baseGraph, current, id));
        return;
      }
      setExpanding(id);
      setExpandError(null);
      try {
        // in the direction chosen for the whole graph (仅供应商: a supplier's suppliers, not its customers)
        const variables = { creditCode: id, depth: 1, direction };
        const data = await queryClient.fetchQuery({ queryKey: gqlKey(NEIGHBORHOOD_QUERY, variables), queryFn: ({ signal }) => gql(NEIGHBORHOOD_QUERY, variables, signal) });
        setExpansions((current) => (current.some((e) => e.root === id) ? current : [...current, { root: id, graph: data.supplyNeighborhood }]));
      } catch (error) {
        setExpandError(error as ApiError);
      } finally {
        setExpanding(null);
      }
    },
    [baseGraph, creditCode, direction, expanding, expansions, queryClient],
  );

  const nodeName = (id: unknown) => (visible && typeof id === 'string' ? (visible.nodes.get(id)?.label ?? id) : '');
  return {
    base,
    baseGraph,
    path,
    pathGraph,
    visible,
    elements,
    cyLayout: layout === 'layered' ? PRESET_LAYOUT : FORCE_LAYOUT,
    expanding,
    expandError,
    clearExpandError: () => setExpandError(null),
    collapseAll: () => setExpansions([]),
    toggle,
    selection,
    setSelection,
    nodeName,
  };
}

export type SupplyNetworkState = ReturnType<typeof useSupplyNetwork>;
