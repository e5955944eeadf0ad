import type { BoundingBoxOptions, Core, NodeSingular } from 'cytoscape';
import { hiddenLabels, separate, type Box } from './labelLayout';

/** Room between two community circles (with their labels), in model pixels. */
const COMMUNITY_GAP = 24;

// useCache false (Cytoscape reads it; its types leave it out): a label just shown (a class added)
// must not be measured from the cached box of before
const FRESH = { useCache: false } as BoundingBoxOptions;
const labelBox = (node: NodeSingular): Box => {
  const b = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, ...FRESH });
  return { id: node.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
};
const wholeBox = (node: NodeSingular): Box => {
  const b = node.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: true, ...FRESH });
  return { id: node.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
};

/**
 * After a layout: grouped by community, the circles (with their labels) are moved apart so that
 * none overlap (the force layout packs unconnected communities on top of one another); otherwise
 * the labels that would cover a more important one are hidden (shown on hover and selection).
 */
export function tidyGraph(cy: Core, aggregated: boolean): void {
  if (aggregated) {
    const circles = cy.nodes('.community');
    const moves = separate(circles.map(wholeBox), COMMUNITY_GAP);
    cy.batch(() => {
      circles.forEach((node) => {
        const move = moves.get(node.id());
        if (move && (move.dx !== 0 || move.dy !== 0)) node.position({ x: node.position('x') + move.dx, y: node.position('y') + move.dy });
      });
    });
    cy.fit(undefined, 40);
    return;
  }
  declutter(cy);
}

/** Hides the labels that overlap a more important one: the selection and its partners first, then the central actors, by centrality. */
function declutter(cy: Core): void {
  cy.batch(() => cy.nodes('.label-hidden').removeClass('label-hidden'));
  const fixed = cy.nodes('.partner, :selected');
  const candidates = cy
    .nodes('.labelled')
    .not(fixed)
    .sort(
      (a, b) =>
        Number(b.hasClass('top')) - Number(a.hasClass('top')) ||
        Number(b.data('centrality') ?? 0) - Number(a.data('centrality') ?? 0) ||
        (a.id() < b.id() ? -1 : 1),
    );
  const hidden = hiddenLabels(candidates.map(labelBox), fixed.map(labelBox));
  cy.batch(() => hidden.forEach((id) => cy.getElementById(id).addClass('label-hidden')));
}

/** Labels the neighbours of the selected actor (an institute's partner firms), then tidies the labels again. */
export function showNeighbours(cy: Core, selected: string | null): void {
  cy.batch(() => {
    cy.nodes('.partner').removeClass('partner');
    const node = selected ? cy.getElementById(selected) : null;
    if (node && node.nonempty()) node.neighborhood('node').addClass('partner');
  });
  declutter(cy);
}
