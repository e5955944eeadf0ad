import { useCallback, useEffect, useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '#shared/enums.js';
import { GAP_STATUS_LABELS, STAGE_LABELS } from '#shared/labels.js';
import type { CytoscapeGraphHandle } from '../../graph/CytoscapeGraph';
import { STATUS_SYMBOLS } from '../../graph/palette';
import { pick } from '../../i18n';
import { percent } from '../../lib/format';
import { chainElements } from './chainElements';
import type { Evolution } from './forward/queries';
import { useEvolutionMarks } from './forward/useEvolution';
import type { Segment } from './queries';

/** Width of the segment panel over the graph (px), kept in step with chain-map.css. */
const PANEL_WIDTH = 400;

/**
 * The chain map's graph: the cards and arrows of the segments, the chosen and what-if marks, the comparison's marks,
 * and the pan that keeps the chosen card beside the side panel.
 */
export function useChainGraph(
  graph: RefObject<CytoscapeGraphHandle | null>,
  segments: readonly Segment[],
  chosen: string | null,
  affected: ReadonlySet<string>,
  evolution: Evolution | undefined,
) {
  const { t, i18n } = useTranslation('chainMap');
  // FEEDS arrows between segments (the chain's own flow); the map falls back to stage columns without them
  const links = useMemo(() => segments.flatMap((s) => s.feeds.map((target) => ({ source: s.segmentId, target }))), [segments]);
  // laid out along the arrows there are no stage columns, so each card names its stage
  const withStage = links.length > 0;
  const nodeLabel = useCallback(
    (s: Segment) =>
      [
        // ⚠: a 固链 risk, by the rule the risks list marks (SegmentGap.singleSourceAtRisk)
        s.singleSourceAtRisk ? `${s.name} ⚠` : s.name,
        `${STATUS_SYMBOLS[s.status]} ${pick(GAP_STATUS_LABELS[s.status])}${withStage ? ` · ${pick(STAGE_LABELS[s.stage])}` : ''}`,
        t('node.firms', { local: s.localFirms, cluster: s.clusterFirms }),
        s.localSupplyRatio === null || s.localSupplyRatio === undefined
          ? t('node.noInflow')
          : t('node.ratio', { value: percent(s.localSupplyRatio) }),
      ].join('\n'),
    // the language is part of the label
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language, withStage],
  );
  const stageLabel = useCallback((stage: Stage, count: number) => t('stage', { stage: pick(STAGE_LABELS[stage]), count }), [t]);
  const { elements, layout } = useMemo(
    () => chainElements(segments, nodeLabel, stageLabel, links),
    [segments, nodeLabel, stageLabel, links],
  );
  useEvolutionMarks(graph, evolution, elements);

  useEffect(() => {
    const cy = graph.current?.cy();
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().removeClass('chosen affected dimmed');
      if (chosen) cy.getElementById(chosen).addClass('chosen');
      if (affected.size > 0) {
        cy.nodes('[kind = "segment"]').forEach((node) => {
          node.addClass(affected.has(node.id()) ? 'affected' : 'dimmed');
        });
      }
    });
  }, [graph, elements, chosen, affected]);

  // the side panel lies over the right of the graph: bring the chosen segment into view beside it
  useEffect(() => {
    const cy = graph.current?.cy();
    if (!cy || !chosen) return;
    const node = cy.getElementById(chosen);
    if (node.empty()) return;
    const visibleRight = cy.width() - PANEL_WIDTH - 24;
    const box = node.renderedBoundingBox();
    if (box.x2 > visibleRight) cy.animate({ panBy: { x: visibleRight - box.x2 - 16, y: 0 } }, { duration: 250 });
  }, [graph, elements, chosen]);

  return { elements, layout };
}
