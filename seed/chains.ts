/**
 * Chain templates (产业链模板) of the default data set (facts/chains.json), from liaocheng-facts.md "Chain templates",
 * segments in the real order, upstream to downstream. Besides the public shape, each segment
 * carries the knobs the generator uses to make the chain-gap analysis come out as it does in
 * Liaocheng: how many local firms operate there, how much of the cluster's purchase of the
 * segment's product is bought locally, and where outside suppliers sit.
 */
import { STAGES, type Stage } from '#shared/enums.js';
import { oneOf } from './facts.js';
import chainRows from './facts/chains.json' with { type: 'json' };

export interface SegmentTemplate {
  name: string;
  stage: Stage;
  /** order numbers (1-based) of the segments whose products firms of this segment buy */
  inputs: readonly number[];
  /** products of this segment: what its firms sell (a supply link names one of them) */
  products: readonly string[];
  /** products by buyer segment, when a buyer segment only takes some of them */
  productsFor?: Readonly<Record<number, readonly string[]>>;
  /** probability that a local buyer sources this segment's product from a local firm */
  localSupply: number;
  /** share of a buyer's revenue spent on this segment's product */
  inputShare: number;
  /** probability that a buyer whose segment takes this input buys it at all (default 1) */
  buyProb?: number;
  /** default weight of the segment among a cluster's firms; 0 = no local firm anywhere */
  localWeight: number;
  /** industry words for local firm names (empty when there is no local firm) */
  words: readonly string[];
  /** industry words for outside firm names (default: words) */
  outsideWords?: readonly string[];
  /** city keys (see liaocheng.ts OUTSIDE_CITIES) of outside firms (default: the chain's) */
  outsideCities?: readonly string[];
  /** typical revenue (万元) of outside firms in this segment */
  outsideRevenue?: number;
  /** the largest local firm takes most of every local buyer's purchase (a 固链 single point) */
  dominant?: boolean;
  /** inputs that outside firms of this segment buy from local firms (sales out of the city) */
  outsideBuys?: readonly number[];
}

export interface ChainTemplate {
  id: string;
  name: string;
  industry: string;
  /** default city keys of outside firms */
  outsideCities: readonly string[];
  /** default industry words for outside firm names */
  outsideWords: readonly string[];
  segments: readonly SegmentTemplate[];
}

export function segmentId(chainId: string, order: number): string {
  return `${chainId}-${String(order).padStart(2, '0')}`;
}

/** Segments that buy the given segment's product (`feeds` in segments.csv). */
export function feedsOf(chain: ChainTemplate, order: number): number[] {
  const out: number[] = [];
  chain.segments.forEach((s, i) => {
    if (s.inputs.includes(order)) out.push(i + 1);
  });
  return out;
}

/** A chain as facts/chains.json writes it: a stage is any string until it is checked. */
type ChainRow = Omit<ChainTemplate, 'segments'> & { segments: readonly (Omit<SegmentTemplate, 'stage'> & { stage: string })[] };

/** The templates are data (facts/chains.json); read once, with each stage checked against the enum. */
export const CHAINS: readonly ChainTemplate[] = (chainRows as readonly ChainRow[]).map((chain) => ({
  ...chain,
  segments: chain.segments.map((segment) => ({ ...segment, stage: oneOf(STAGES, segment.stage, `${chain.id} ${segment.name}`) })),
}));

export function chainById(id: string): ChainTemplate {
  const chain = CHAINS.find((c) => c.id === id);
  if (!chain) throw new RangeError(`unknown chain ${id}`);
  return chain;
}
