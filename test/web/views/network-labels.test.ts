import { describe, expect, it } from 'vitest';
import { hiddenLabels, overlaps, separate, type Box } from '../../../web/src/views/Network/labelLayout.js';

const box = (id: string, x: number, y: number, w = 100, h = 20): Box => ({ id, x1: x, y1: y, x2: x + w, y2: y + h });

describe('hiddenLabels (labels that would cover a more important one)', () => {
  it('keeps the first of two overlapping labels, every label that overlaps none, and hides those touching a fixed one', () => {
    const boxes = [box('a', 0, 0), box('b', 50, 10), box('c', 300, 0), box('d', 320, 100)];
    expect([...hiddenLabels(boxes)]).toEqual(['b']);
    // a selection's partner label at 300,90 takes the place of d and c stays
    expect([...hiddenLabels(boxes, [box('p', 300, 90)])].sort()).toEqual(['b', 'd']);
    // a label hidden does not hide others: e overlaps only the hidden b
    expect([...hiddenLabels([box('a', 0, 0), box('b', 90, 0), box('e', 185, 0)])]).toEqual(['b']);
  });
});

describe('separate (community circles apart)', () => {
  it('moves overlapping boxes until none overlap, with the gap between them, and leaves apart ones alone', () => {
    // three circles piled up at the origin (unconnected communities packed on one another), one far away
    const boxes = [box('c1', 0, 0, 120, 140), box('c2', 10, 20, 100, 120), box('c3', 40, 30, 80, 90), box('far', 1000, 1000, 50, 50)];
    const moves = separate(boxes, 24);
    const moved = boxes.map((b) => {
      const m = moves.get(b.id)!;
      return { ...b, x1: b.x1 + m.dx, x2: b.x2 + m.dx, y1: b.y1 + m.dy, y2: b.y2 + m.dy };
    });
    for (let i = 0; i < moved.length; i++)
      for (let j = i + 1; j < moved.length; j++) expect(overlaps(moved[i]!, moved[j]!, 23)).toBe(false);
    expect(moves.get('far')).toEqual({ dx: 0, dy: 0 });
    // the same answer every time
    expect(separate(boxes, 24)).toEqual(moves);
  });
});
