/**
 * The 2023 → 2025 story of the default data set (liaocheng-facts.md, "Corrections and additions"):
 * - a few local suppliers outside the clusters close or move away, and a few outside suppliers
 *   are dissolved, in 2025 (`dissolved`); their 2025 figures and supply links are not written;
 * - a local fruit and vegetable processor founded in 2025 begins supplying the 莘县 food
 *   cluster, so its 果蔬加工 gap narrows (MISSING in 2023, WEAK in 2025) rather than staying.
 * Cluster members are never touched and nothing before 2025 changes, so every policy figure
 * (2023 and the dashboard's later ones, which count cluster members) stays as it was. The
 * story draws from its own random stream, so the rest of the data set does not shift.
 */
import type { CsvValue, CsvWriter } from './csv.js';
import { segmentId } from './chains.js';
import { creditCodeFor } from './identity.js';
import { newFirm, YEARS, type ClusterRec, type Firm } from './model.js';
import type { Rng } from './random.js';
import type { Serial } from './firms.js';

export const STORY = {
  year: 2025,
  /** local firms outside the clusters closing or moving away in 2025 (not of the bearing chain, whose e2e story is fixed) */
  closedLocals: 8,
  /** outside suppliers dissolved in 2025 */
  dissolvedOutside: 6,
  processor: { name: '莘县鲜丰果蔬食品有限公司', cluster: '莘县绿色食品加工', chain: 'FOOD', segment: 9, revenue: 18_600 },
  /** of the cluster's 2025 buyers of 果蔬加工, the share the processor supplies, and its value as a share of each one's purchase */
  buyerShare: 0.5,
  valueShare: 0.3,
  /** suppliers per (buyer, segment) in the data set */
  maxSuppliers: 5,
} as const;

/** Marks the firms that close in STORY.year (firm.dissolved). */
export function dissolveFirms(firms: readonly Firm[], rng: Rng): void {
  const locals = firms.filter((f) => f.kind === 'LOCAL' && f.chain.id !== 'BRG');
  const outside = firms.filter((f) => f.kind === 'OUTSIDE' && f.chain.id !== 'BRG');
  for (const f of rng.sampleWeighted(locals, () => 1, STORY.closedLocals)) f.dissolved = STORY.year;
  for (const f of rng.sampleWeighted(outside, () => 1, STORY.dissolvedOutside)) f.dissolved = STORY.year;
}

/** A firm present in a year: founded by then and not dissolved by then. */
export function presentIn(f: Firm, year: number): boolean {
  return f.founded <= year && (f.dissolved === undefined || f.dissolved > year);
}

/** The processor founded in 2025 (a local firm outside the clusters), with its 2025 figures. */
export function newProcessor(clusters: readonly ClusterRec[], serial: Serial): Firm | null {
  const cluster = clusters.find((c) => c.name === STORY.processor.cluster);
  if (!cluster) return null;
  const f = newFirm({
    name: STORY.processor.name,
    kind: 'LOCAL',
    county: cluster.county,
    divisionCode: cluster.divisionCode,
    city: '聊城市',
    province: '山东省',
    clusters: [],
    chain: cluster.chain,
    segs: [STORY.processor.segment],
    founded: STORY.year,
    leader: false,
  });
  const y = YEARS.indexOf(STORY.year);
  f.rev[y] = STORY.processor.revenue;
  f.rd[y] = Math.round(STORY.processor.revenue * 0.021 * 100) / 100;
  f.above[y] = true;
  f.code = creditCodeFor(serial.next++, f.divisionCode, f.founded);
  return f;
}

/**
 * The supply-link writer of the story: drops links of a firm in or after the year it closed,
 * and notes the cluster's 2025 purchases of the processor's segment (for processorLinks).
 */
export class StoryLinkWriter {
  /** the cluster's 2025 buyers of the processor's segment: their purchase and suppliers */
  readonly purchases = new Map<string, { value: number; suppliers: number }>();
  private readonly closed: Map<string, number>;
  private readonly buyers: Set<string>;
  private readonly segment: string;

  constructor(
    private readonly writer: CsvWriter,
    firms: readonly Firm[],
    cluster: ClusterRec | undefined,
  ) {
    this.closed = new Map(firms.filter((f) => f.dissolved !== undefined).map((f) => [f.code, f.dissolved!]));
    this.buyers = new Set(cluster ? firms.filter((f) => f.clusters.includes(cluster.index)).map((f) => f.code) : []);
    this.segment = segmentId(STORY.processor.chain, STORY.processor.segment);
  }

  row(values: readonly CsvValue[]): Promise<void> | undefined {
    const [supplier, buyer, segment, value, , year] = values as [string, string, string, number, string, number];
    const gone = (code: string) => (this.closed.get(code) ?? Infinity) <= year;
    if (gone(supplier) || gone(buyer)) return undefined;
    if (year === STORY.year && segment === this.segment && this.buyers.has(buyer)) {
      const p = this.purchases.get(buyer) ?? { value: 0, suppliers: 0 };
      this.purchases.set(buyer, { value: p.value + value, suppliers: p.suppliers + 1 });
    }
    return this.writer.row(values);
  }
}

/** The processor's 2025 links: to half of the cluster's buyers of its segment with room for one more supplier (at most 5), a share of their purchase. */
export async function processorLinks(processor: Firm, story: StoryLinkWriter, writer: CsvWriter, rng: Rng): Promise<number> {
  const buyers = [...story.purchases.entries()]
    .filter(([, p]) => p.suppliers < STORY.maxSuppliers)
    .map(([code]) => code)
    .sort();
  const chosen = rng.sampleWeighted(buyers, () => 1, Math.round(buyers.length * STORY.buyerShare));
  const products = processor.chain.segments[STORY.processor.segment - 1]!.products;
  for (const buyer of chosen.sort()) {
    await writer.row([
      processor.code,
      buyer,
      segmentId(processor.chain.id, STORY.processor.segment),
      Math.round(story.purchases.get(buyer)!.value * STORY.valueShare * 100) / 100,
      rng.pick(products),
      STORY.year,
    ]);
  }
  return chosen.length;
}
