import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import type { SegmentChange } from '#shared/enums.js';
import { SEGMENT_CHANGE_LABELS } from '#shared/labels.js';
import { useGql } from '../../../api/client';
import type { LocalScope } from '../../../gql/graphql';
import type { CytoscapeGraphHandle } from '../../../graph/CytoscapeGraph';
import { pick } from '../../../i18n';
import { EVOLUTION_QUERY, type Evolution } from './queries';

/** A symbol per change, written on the card and in the legend (never colour alone). */
export const CHANGE_SYMBOLS: Record<SegmentChange, string> = {
  GAP_HEALED: '▲',
  GAP_NEW: '▼',
  GAP_PERSISTENT: '■',
  IMPROVED: '↑',
  DECLINED: '↓',
  UNCHANGED: '',
};
/** The card classes of the marked changes (chainElements' stylesheet draws them). */
const CHANGE_CLASSES: Partial<Record<SegmentChange, string>> = {
  GAP_HEALED: 'gap-healed',
  GAP_NEW: 'gap-new',
  GAP_PERSISTENT: 'gap-persistent',
};

/** chainEvolution from `fromYear` to `toYear` (the map's year) at the map's scope; off while fromYear is null. */
export function useEvolution(clusterId: string, fromYear: number | null, toYear: number | null, scope: LocalScope) {
  const enabled = fromYear !== null && toYear !== null && fromYear <= toYear;
  const query = useGql(EVOLUTION_QUERY, { clusterId, fromYear: fromYear ?? 0, toYear: toYear ?? 0, scope }, { enabled, retry: false });
  return { evolution: enabled ? (query.data?.chainEvolution ?? undefined) : undefined, error: enabled ? query.error : null };
}

/**
 * Marks the cards of a comparison on the graph as it is (no new layout: positions stay): a
 * class per healed / new / persistent gap and a line with the change's symbol and name under
 * the card's own label; everything is taken off again when the comparison ends.
 */
export function useEvolutionMarks(
  graph: RefObject<CytoscapeGraphHandle | null>,
  evolution: Evolution | undefined,
  elements: readonly ElementDefinition[],
): void {
  useEffect(() => {
    const cy: Core | null | undefined = graph.current?.cy();
    if (!cy) return;
    const changes = new Map((evolution?.segments ?? []).map((s) => [s.segmentId, s]));
    const labels = new Map(elements.map((e) => [String(e.data.id), String(e.data.label ?? '')]));
    cy.batch(() => {
      cy.nodes('[kind = "segment"]').forEach((node) => {
        node.removeClass('evo-marked gap-healed gap-new gap-persistent');
        const s = changes.get(node.id());
        const base = labels.get(node.id()) ?? String(node.data('label'));
        if (!s || s.change === 'UNCHANGED') {
          node.data('label', base);
          return;
        }
        node.data('label', `${base}\n${CHANGE_SYMBOLS[s.change]} ${pick(SEGMENT_CHANGE_LABELS[s.change])}（${evolution!.fromYear}）`);
        node.addClass(`evo-marked ${CHANGE_CLASSES[s.change] ?? ''}`.trim());
      });
    });
  }, [graph, evolution, elements]);
}
