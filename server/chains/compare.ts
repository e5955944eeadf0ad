import type { ChainGapReport } from '../gaps/service.js';

type SegmentGap = ChainGapReport['segments'][number];
/** What a comparison of two reports shows of each segment: its gap status, local firms and local supply ratio in each. */
const MEASURES = ['status', 'localFirms', 'localSupplyRatio'] as const;
type Measures = Pick<SegmentGap, (typeof MEASURES)[number]>;

/** A segment in two gap reports of its chain: who it is, and each measure in the first (`<measure><A>`) and the second (`<measure><B>`). */
export type ComparedSegment<A extends string, B extends string> = Pick<SegmentGap, 'segmentId' | 'name' | 'stage' | 'order'> & {
  [M in keyof Measures as `${M}${A}`]: Measures[M];
} & { [M in keyof Measures as `${M}${B}`]: Measures[M] };

/**
 * The segments of two gap reports of one chain side by side (two years: chainEvolution; before and
 * after attracting firms: whatIfAttract), in the first report's order; both reports have the same segments.
 */
export function compareSegments<A extends string, B extends string>(
  first: ChainGapReport,
  second: ChainGapReport,
  [a, b]: readonly [A, B],
): ComparedSegment<A, B>[] {
  const other = new Map(second.segments.map((s) => [s.segmentId, s]));
  return first.segments.map((s) => {
    const t = other.get(s.segmentId)!;
    const measures = Object.fromEntries(
      MEASURES.flatMap((m) => [
        [`${m}${a}`, s[m]],
        [`${m}${b}`, t[m]],
      ]),
    );
    return { segmentId: s.segmentId, name: s.name, stage: s.stage, order: s.order, ...measures } as ComparedSegment<A, B>;
  });
}
