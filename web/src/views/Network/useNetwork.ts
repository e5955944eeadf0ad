import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useGql } from '../../api/client';
import type { CytoscapeGraphHandle, NodeHover } from '../../graph/CytoscapeGraph';
import { tidyGraph, showNeighbours } from './tidyGraph';
import { NS } from './messages';
import {
  aggregateElements,
  AGGREGATE_AT,
  communities as communityList,
  degrees,
  fullElements,
  topActorsOf,
  type Community,
  type LabelMode,
  type TopKind,
} from './networkGraph';
import { CLUSTERS_QUERY, NETWORK_QUERY, YEARS_QUERY } from './queries';

type Mode = 'auto' | 'all' | 'aggregate';
/** Rows of the top-10 table. */
const TOP_ROWS = 10;

/** The URL's filters (/network?cluster=&year=&community=&mode=), read leniently. */
function useNetworkParams() {
  const [params, setParams] = useSearchParams();
  const clusterId = params.get('cluster') || null;
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 1900 && yearParam <= 2100 ? yearParam : null;
  const communityParam = params.get('community');
  const focus =
    communityParam !== null && communityParam !== '' && Number.isInteger(Number(communityParam)) ? Number(communityParam) : null;
  const modeParam = params.get('mode');
  const mode: Mode = modeParam === 'all' || modeParam === 'aggregate' ? modeParam : 'auto';
  const setFilters = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };
  return { clusterId, year, focus, mode, setFilters };
}

/** The network page's data and state: filters, the network and what is derived from it, selection and display settings. */
export function useNetwork() {
  const { t } = useTranslation(NS);
  const { clusterId, year, focus, mode, setFilters } = useNetworkParams();
  const [labels, setLabels] = useState<LabelMode>('top');
  const [hideEdges, setHideEdges] = useState(true);
  const [selected, setSelected] = useState<string | null>(null);
  const [topKind, setTopKind] = useState<TopKind>('all');
  const [hover, setHover] = useState<NodeHover | null>(null);
  const graph = useRef<CytoscapeGraphHandle>(null);

  const update = (changes: Record<string, string | null>) => {
    setFilters(changes);
    setSelected(null);
  };

  const clusters = useGql(CLUSTERS_QUERY);
  const years = useGql(YEARS_QUERY);
  const { data, error, isLoading, isFetching, refetch } = useGql(NETWORK_QUERY, { clusterId, year });
  const network = data?.collaborationNetwork ?? undefined;

  const derived = useMemo(() => {
    if (!network) return null;
    const degree = degrees(network);
    const list = communityList(network, degree);
    const byId = new Map(network.nodes.map((n) => [n.id, n]));
    return { degree, list, byId, elementCount: network.nodes.length + network.edges.length };
  }, [network]);

  const aggregated =
    derived !== null && focus === null && (mode === 'aggregate' || (mode === 'auto' && derived.elementCount > AGGREGATE_AT));
  const communityName = (c: Community, i: number) => t('communityName', { n: i + 1, name: c.name });
  const communityOf = (node: { community?: number | null }) => derived?.list.find((c) => c.id === (node.community ?? -1));
  const nameOf = (c: Community) => communityName(c, derived?.list.indexOf(c) ?? 0);

  const elements = useMemo<ElementDefinition[]>(() => {
    if (!network || !derived) return [];
    if (aggregated)
      return aggregateElements(
        network,
        derived.list,
        (c, i) => `${t('communityName', { n: i + 1, name: c.name })}\n${t('communityMembers', { count: c.size })}`,
      );
    const topIds = new Set(network.topActors.map((a) => a.id));
    return fullElements(network, { communities: derived.list, topIds, labels, onlyCommunity: focus, degree: derived.degree });
  }, [network, derived, aggregated, labels, focus, t]);

  // The layout runs when the graph mounts or its elements change, and takes seconds for a large
  // network: say so until the instance shows these elements (checked once a frame).
  const [laidOut, setLaidOut] = useState<ElementDefinition[] | null>(null);
  useEffect(() => {
    if (elements.length === 0) return;
    let frame = 0;
    const check = () => {
      const cy = graph.current?.cy();
      if (cy && !cy.destroyed() && cy.nodes().nonempty()) {
        // community circles apart, labels clear of one another (model coordinates: once per layout)
        tidyGraph(cy, aggregated);
        setLaidOut(elements);
      } else frame = requestAnimationFrame(check);
    };
    frame = requestAnimationFrame(check);
    return () => cancelAnimationFrame(frame);
    // `aggregated` and `hideEdges` (a remount) come with new elements or a new instance
  }, [elements, aggregated, hideEdges]);
  const layingOut = elements.length > 0 && laidOut !== elements;

  // The selected actor's partners are labelled (an institute's firms were unlabelled dots).
  useEffect(() => {
    const cy = graph.current?.cy();
    if (!cy || cy.destroyed() || laidOut !== elements || aggregated) return;
    showNeighbours(cy, selected);
  }, [selected, laidOut, elements, aggregated]);

  // The most central actors: the server's top 10, or the most central of one kind.
  const topActors = useMemo(() => (network ? topActorsOf(network, topKind, TOP_ROWS) : []), [network, topKind]);

  const centreOn = (id: string) => {
    const cy: Core | null | undefined = graph.current?.cy();
    const node = cy?.getElementById(id);
    if (!cy || !node || node.empty()) return;
    cy.elements(':selected').unselect();
    node.select();
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 300 });
  };

  const pickActor = (id: string) => {
    setSelected(id);
    const node = derived?.byId.get(id);
    if (aggregated && node) {
      update({ community: String(node.community ?? -1) });
      setSelected(id);
      setTimeout(() => centreOn(id), 600);
    } else {
      centreOn(id);
    }
  };

  const focusCommunity = focus !== null ? derived?.list.find((c) => c.id === focus) : undefined;
  const clusterName = clusters.data?.clusters.find((c) => c.id === clusterId)?.name;
  const selectedNode = selected ? derived?.byId.get(selected) : undefined;

  return {
    clusterId,
    year,
    focus,
    mode,
    update,
    clusters,
    years,
    network,
    derived,
    error,
    isLoading,
    isFetching,
    refetch,
    labels,
    setLabels,
    hideEdges,
    setHideEdges,
    selected,
    setSelected,
    hover,
    setHover,
    topKind,
    setTopKind,
    topActors,
    graph,
    aggregated,
    elements,
    layingOut,
    communityName,
    communityOf,
    nameOf,
    pickActor,
    focusCommunity,
    clusterName,
    selectedNode,
  };
}

export type NetworkState = ReturnType<typeof useNetwork>;
