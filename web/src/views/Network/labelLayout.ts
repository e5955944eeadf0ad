/**
 * Where the collaboration network's labels and community circles may go without covering one
 * another (issue 18 item 10). Boxes are in the graph's model coordinates: labels scale with the
 * zoom as the nodes do, so what overlaps at one zoom overlaps at every zoom, and one pass after
 * the layout is enough. Pure.
 */
export interface Box {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const overlaps = (a: Box, b: Box, gap = 0) => a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/**
 * The labels to hide so that none of those shown overlap: `boxes` in order of importance (the
 * first always shows), `fixed` labels shown whatever happens (they only take room). Greedy.
 */
export function hiddenLabels(boxes: readonly Box[], fixed: readonly Box[] = []): Set<string> {
  const shown: Box[] = [...fixed];
  const hidden = new Set<string>();
  for (const box of boxes) {
    if (shown.some((other) => overlaps(box, other))) hidden.add(box.id);
    else shown.push(box);
  }
  return hidden;
}

/**
 * How far to move each box so that no two overlap (with `gap` between them): repeatedly pushes
 * the two boxes of an overlapping pair apart along the axis where they overlap least, half each,
 * until none overlap (or `rounds` passes). Deterministic: pairs are taken in the boxes' order.
 */
export function separate(boxes: readonly Box[], gap: number, rounds = 200): Map<string, { dx: number; dy: number }> {
  const moved = boxes.map((b) => ({ ...b }));
  for (let round = 0; round < rounds; round++) {
    let any = false;
    for (let i = 0; i < moved.length; i++) {
      for (let j = i + 1; j < moved.length; j++) {
        const a = moved[i]!;
        const b = moved[j]!;
        if (!overlaps(a, b, gap)) continue;
        any = true;
        // the overlap along each axis, and which way b goes from a
        const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
        const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
        const sx = a.x1 + a.x2 <= b.x1 + b.x2 ? 1 : -1;
        const sy = a.y1 + a.y2 <= b.y1 + b.y2 ? 1 : -1;
        const [dx, dy] = ox <= oy ? [sx * (ox / 2 + 0.5), 0] : [0, sy * (oy / 2 + 0.5)];
        for (const [box, sign] of [
          [a, -1],
          [b, 1],
        ] as const) {
          box.x1 += sign * dx;
          box.x2 += sign * dx;
          box.y1 += sign * dy;
          box.y2 += sign * dy;
        }
      }
    }
    if (!any) break;
  }
  return new Map(moved.map((b, i) => [b.id, { dx: b.x1 - boxes[i]!.x1, dy: b.y1 - boxes[i]!.y1 }]));
}
