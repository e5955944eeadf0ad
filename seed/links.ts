/**
 * Supply links (supply_links.csv) of one replica, streamed buyer by buyer. A firm operating in
 * segment t buys the products of t's input segments; `segment_id` is the segment the product
 * belongs to. Whether a purchase is local follows the segment's `localSupply`; suppliers are
 * drawn by size (bigger firms sell to more buyers), preferring the buyer's own cluster; a
 * `dominant` segment's largest local firm takes most of every purchase. 2023 and 2025 links
 * share most suppliers (2025 keeps ~88% of the 2023 ones).
 */
import type { SegmentTemplate } from './chains.js';
import { segmentId } from './chains.js';
import type { CsvWriter } from './csv.js';
import { exists, isLocal, round2, Y2023, Y2025, YEARS, type Firm } from './model.js';
import { WeightedPicker, type Rng } from './random.js';

/** How many suppliers a buyer has for one input: 1 (a 固链 risk) to 5. */
const SUPPLIER_COUNT_WEIGHTS = [0.55, 0.27, 0.1, 0.05, 0.03];
/** Minor inputs (a small share of revenue) are bought by about half of the buyers. */
const MINOR_INPUT_SHARE = 0.05;
const MINOR_INPUT_BUY_PROB = 0.5;
const KEEP_SUPPLIER_2025 = 0.88;
const SAME_CLUSTER_PREFERENCE = 0.5;
/** Buyers spend at most this share of revenue on all inputs together. */
const MAX_INPUT_SHARE = 0.85;

interface Pool {
  firms: Firm[];
  picker: WeightedPicker;
}

function pool(firms: Firm[], weight: (f: Firm, i: number) => number): Pool | undefined {
  if (firms.length === 0) return undefined;
  return { firms, picker: new WeightedPicker(firms.map(weight)) };
}

export interface LinkStats {
  rows: number;
}

export class LinkGenerator {
  private readonly local = new Map<string, Pool>();
  private readonly localByCluster = new Map<string, Pool>();
  private readonly outside = new Map<string, Pool>();
  private readonly dominant = new Map<string, Firm>();

  /** most suppliers a buyer keeps per input (5; more with a link factor) */
  private readonly maxSuppliers: number;

  /**
   * linkFactor (default 1): multiplies the suppliers a buyer has per input (and an outside
   * buyer's local suppliers), for benchmark data sets with ~10 links per firm. 1 draws exactly
   * the same random numbers as before, so the default data set does not change.
   */
  constructor(
    private readonly firms: readonly Firm[],
    private readonly rng: Rng,
    private readonly writer: Pick<CsvWriter, 'row'>,
    private readonly linkFactor = 1,
  ) {
    if (!(linkFactor >= 1)) throw new RangeError(`linkFactor must be >= 1, got ${linkFactor}`);
    this.maxSuppliers = linkFactor === 1 ? 5 : Math.ceil(5 * linkFactor);
    const localBySeg = new Map<string, Firm[]>();
    const localBySegCluster = new Map<string, Firm[]>();
    const outsideBySeg = new Map<string, Firm[]>();
    const push = (m: Map<string, Firm[]>, k: string, f: Firm) => {
      const list = m.get(k);
      if (list) list.push(f);
      else m.set(k, [f]);
    };
    for (const f of firms) {
      for (const s of f.segs) {
        const sid = segmentId(f.chain.id, s);
        if (isLocal(f)) {
          push(localBySeg, sid, f);
          for (const c of f.clusters) push(localBySegCluster, `${sid}|${c}`, f);
        } else push(outsideBySeg, sid, f);
      }
    }
    const size = (f: Firm) =>
      Math.pow(Math.max(f.rev[Y2023]!, f.rev[Y2025]!, 1), 0.6) * (f.leader ? 3 : 1) * (f.srdi[Y2025] === 'NONE' ? 1 : 1.5);
    for (const [k, list] of localBySeg) {
      this.local.set(k, pool(list, size)!);
      const order = Number(k.slice(k.lastIndexOf('-') + 1));
      if (list[0]!.chain.segments[order - 1]!.dominant) {
        let top = list[0]!;
        for (const f of list) if (f.rev[Y2023]! > top.rev[Y2023]!) top = f;
        this.dominant.set(k, top);
      }
    }
    for (const [k, list] of localBySegCluster) this.localByCluster.set(k, pool(list, size)!);
    // outside suppliers: a few take most of the business (Zipf by a shuffled rank)
    for (const [k, list] of outsideBySeg) {
      const ranks = rng.shuffle(list.map((_, i) => i));
      this.outside.set(
        k,
        pool(list, (_, i) => 1 / Math.pow(ranks[i]! + 1, 0.9))!,
      );
    }
  }

  private supplierCount(): number {
    return this.scaled(this.rng.weightedIndex(SUPPLIER_COUNT_WEIGHTS) + 1);
  }

  /** count × linkFactor, the fraction rounded at random (no random draw at factor 1). */
  private scaled(count: number): number {
    if (this.linkFactor === 1) return count;
    const wanted = count * this.linkFactor;
    const whole = Math.floor(wanted);
    return whole + (this.rng.chance(wanted - whole) ? 1 : 0);
  }

  private pickOne(buyer: Firm, sid: string, seg: SegmentTemplate, year: number, taken: readonly Firm[]): Firm | undefined {
    const local = this.local.get(sid);
    const outside = this.outside.get(sid);
    for (let attempt = 0; attempt < 8; attempt++) {
      const useLocal = local !== undefined && (outside === undefined || this.rng.chance(seg.localSupply));
      let p: Pool | undefined = useLocal ? local : outside;
      if (useLocal && buyer.clusters.length > 0 && this.rng.chance(SAME_CLUSTER_PREFERENCE)) {
        p = this.localByCluster.get(`${sid}|${this.rng.pick(buyer.clusters)}`) ?? local;
      }
      if (!p) return undefined;
      const f = p.firms[p.picker.pick(this.rng)]!;
      if (f === buyer || taken.includes(f) || !exists(f, year)) continue;
      return f;
    }
    return undefined;
  }

  private choose(buyer: Firm, sid: string, seg: SegmentTemplate, year: number, count: number, start: Firm[] = []): Firm[] {
    const picks = [...start];
    const dom = this.dominant.get(sid);
    if (start.length === 0 && dom && dom !== buyer && exists(dom, year) && this.rng.chance(0.9)) picks.push(dom);
    let misses = 0;
    while (picks.length < count && misses < 3) {
      const f = this.pickOne(buyer, sid, seg, year, picks);
      if (f) picks.push(f);
      else misses++;
    }
    return picks;
  }

  private async write(
    buyer: Firm,
    sid: string,
    seg: SegmentTemplate,
    buyerSeg: number,
    suppliers: readonly Firm[],
    year: number,
    demand: number,
  ): Promise<number> {
    if (suppliers.length === 0) return 0;
    const dom = this.dominant.get(sid);
    const shares = suppliers.map(() => this.rng.exponential() + 0.05);
    const domIndex = dom ? suppliers.indexOf(dom) : -1;
    if (domIndex >= 0 && suppliers.length > 1) {
      const others = shares.reduce((a, s, i) => (i === domIndex ? a : a + s), 0);
      shares.forEach((s, i) => {
        shares[i] = i === domIndex ? 0.8 : (0.2 * s) / others;
      });
    } else {
      const sum = shares.reduce((a, b) => a + b, 0);
      shares.forEach((s, i) => {
        shares[i] = s / sum;
      });
    }
    const products = seg.productsFor?.[buyerSeg] ?? seg.products;
    for (let i = 0; i < suppliers.length; i++) {
      const value = Math.max(1, round2(demand * shares[i]!));
      await this.writer.row([suppliers[i]!.code, buyer.code, sid, value, this.rng.pick(products), YEARS[year]]);
    }
    return suppliers.length;
  }

  /** All purchases of one local buyer in 2023 and 2025. */
  async buyer(buyer: Firm): Promise<number> {
    const chain = buyer.chain;
    const inputs = new Map<number, number>(); // input segment -> the buyer segment that takes it
    for (const s of buyer.segs)
      for (const i of chain.segments[s - 1]!.inputs) if (!buyer.segs.includes(i) && !inputs.has(i)) inputs.set(i, s);
    const candidates = [...inputs.keys()].sort((a, b) => a - b);
    if (candidates.length === 0) return 0;
    const orders = candidates.filter((i) => {
      const seg = chain.segments[i - 1]!;
      return this.rng.chance(seg.buyProb ?? (seg.inputShare <= MINOR_INPUT_SHARE ? MINOR_INPUT_BUY_PROB : 1));
    });
    // every buyer buys at least its main input
    if (orders.length === 0) {
      let main = candidates[0]!;
      for (const i of candidates) if (chain.segments[i - 1]!.inputShare > chain.segments[main - 1]!.inputShare) main = i;
      orders.push(main);
    }
    const shareSum = orders.reduce((a, i) => a + chain.segments[i - 1]!.inputShare, 0);
    const scale = Math.min(1, MAX_INPUT_SHARE / shareSum);
    let rows = 0;
    for (const i of orders) {
      const seg = chain.segments[i - 1]!;
      const sid = segmentId(chain.id, i);
      const buyerSeg = inputs.get(i)!;
      const intensity = seg.inputShare * scale * this.rng.lognormal(1, 0.25);
      const count = this.supplierCount();
      let s23: Firm[] = [];
      if (exists(buyer, Y2023)) {
        s23 = this.choose(buyer, sid, seg, Y2023, count);
        rows += await this.write(buyer, sid, seg, buyerSeg, s23, Y2023, buyer.rev[Y2023]! * intensity);
      }
      let s25: Firm[];
      if (s23.length > 0) {
        const dom = this.dominant.get(sid);
        const kept = s23.filter((f) => f === dom || this.rng.chance(KEEP_SUPPLIER_2025));
        const target = Math.min(this.maxSuppliers, s23.length + (this.rng.chance(0.08) ? 1 : 0));
        s25 = this.choose(buyer, sid, seg, Y2025, target, kept.length > 0 ? kept : []);
      } else {
        s25 = this.choose(buyer, sid, seg, Y2025, count);
      }
      rows += await this.write(buyer, sid, seg, buyerSeg, s25, Y2025, buyer.rev[Y2025]! * intensity * this.rng.lognormal(1, 0.08));
    }
    return rows;
  }

  /** Purchases of an outside firm from local firms (products sold out of the city). */
  async outsideBuyer(buyer: Firm): Promise<number> {
    const seg = buyer.chain.segments[buyer.segs[0]! - 1]!;
    let rows = 0;
    for (const i of seg.outsideBuys ?? []) {
      const sid = segmentId(buyer.chain.id, i);
      const local = this.local.get(sid);
      if (!local) continue;
      const supplied = buyer.chain.segments[i - 1]!;
      const count = this.scaled(this.rng.int(1, 3));
      const pickLocal = (year: number, taken: Firm[]) => {
        const picks = [...taken];
        for (let a = 0; a < 8 && picks.length < count; a++) {
          const f = local.firms[local.picker.pick(this.rng)]!;
          if (!picks.includes(f) && exists(f, year)) picks.push(f);
        }
        return picks;
      };
      const demand = this.rng.lognormal(1500, 0.8);
      const s23 = pickLocal(Y2023, []);
      rows += await this.write(buyer, sid, supplied, buyer.segs[0]!, s23, Y2023, demand);
      const s25 = pickLocal(
        Y2025,
        s23.filter(() => this.rng.chance(KEEP_SUPPLIER_2025)),
      );
      rows += await this.write(buyer, sid, supplied, buyer.segs[0]!, s25, Y2025, demand * this.rng.lognormal(1.12, 0.1));
    }
    return rows;
  }
}
