/**
 * The enterprises of one replica: cluster members (by cluster, in the cluster's segments),
 * local firms outside any cluster, and outside suppliers/customers in real Chinese cities.
 * Names and credit codes are invented; credit codes are unique across all replicas.
 */
import { HOME_CITY, HOME_COUNTIES } from '#shared/facts.js';
import { replicaCity, replicaDivision } from '#shared/regions.js';
import { feedsOf, segmentId, type ChainTemplate } from './chains.js';
import { creditCodeFor, type NameMaker } from './identity.js';
import { CLUSTERS, COUNTY_NAME_PREFIXES, MOVEMENT, OUTSIDE_CITIES } from './liaocheng.js';
import { newFirm, type ClusterRec, type Firm } from './model.js';
import type { Rng } from './random.js';

/** Running serial number for credit codes (shared by all replicas so codes stay unique). */
export interface Serial {
  next: number;
}

export interface FirmSet {
  firms: Firm[];
  /** revenue share of the cluster for chain leaders */
  leaderShare: Map<Firm, number>;
}

/** Largest-remainder apportionment of `total` over weighted keys. */
export function apportion(total: number, weights: ReadonlyMap<number, number>): Map<number, number> {
  const entries = [...weights.entries()];
  const sum = entries.reduce((a, [, w]) => a + w, 0);
  const exact = entries.map(([k, w]) => ({ k, x: (total * w) / sum }));
  const counts = new Map<number, number>(exact.map(({ k, x }) => [k, Math.floor(x)]));
  let left = total - [...counts.values()].reduce((a, b) => a + b, 0);
  const byRemainder = [...exact].sort((a, b) => b.x - Math.floor(b.x) - (a.x - Math.floor(a.x)) || a.k - b.k);
  for (const { k } of byRemainder) {
    if (left <= 0) break;
    counts.set(k, counts.get(k)! + 1);
    left--;
  }
  return counts;
}

function localPrefixes(rng: Rng, county: string): readonly string[] {
  const prefixes = COUNTY_NAME_PREFIXES[county];
  if (!prefixes) throw new RangeError(`no name prefixes for ${county}`);
  return rng.chance(0.15) ? ['山东'] : prefixes;
}

function wordsOf(chain: ChainTemplate, order: number): readonly string[] {
  const words = chain.segments[order - 1]!.words;
  if (words.length === 0) throw new RangeError(`${segmentId(chain.id, order)} has no local firms by design`);
  return words;
}

function pickFounded(rng: Rng, latest: number): number {
  return Math.max(1986, latest - Math.floor(rng.exponential() * 8));
}

/** Thin segments (weak by design) get no extra firms through second segments. */
const SECOND_SEGMENT_MIN_WEIGHT = 0.03;

/** Segments next to `order` (its inputs and the segments it feeds) that the cluster has. */
function neighbours(chain: ChainTemplate, order: number, weights: ReadonlyMap<number, number>): number[] {
  const near = [...chain.segments[order - 1]!.inputs, ...feedsOf(chain, order)];
  return [...new Set(near)].filter((o) => (weights.get(o) ?? 0) >= SECOND_SEGMENT_MIN_WEIGHT).sort((a, b) => a - b);
}

/** A local firm whose primary cluster is `c` (a leader or another member). */
function clusterMember(c: ClusterRec, name: string, segs: number[], founded: number, leader: boolean): Firm {
  return newFirm({
    name,
    kind: 'CLUSTER',
    county: c.county,
    divisionCode: c.divisionCode,
    city: HOME_CITY.zh,
    province: HOME_CITY.province,
    clusters: [c.index],
    chain: c.chain,
    segs,
    founded,
    leader,
  });
}

export function buildFirms(replica: number, clusters: readonly ClusterRec[], rng: Rng, names: NameMaker, serial: Serial): FirmSet {
  const leaderShare = new Map<Firm, number>();
  const members: Firm[] = [];
  if (replica === 0) for (const spec of CLUSTERS) for (const l of spec.leaders ?? []) names.reserve(l.name);

  for (const c of clusters) {
    const crng = rng.fork(`cluster-${c.index}`);
    const leaders = c.spec.leaders ?? [];
    for (const l of leaders) {
      const name =
        replica === 0 ? l.name : names.make(localPrefixes(crng, c.county), wordsOf(c.chain, l.segments[0]!), { group: crng.chance(0.5) });
      const firm = clusterMember(c, name, [...l.segments], crng.int(1993, 2008), true);
      leaderShare.set(firm, l.revenueShare);
      members.push(firm);
    }
    const counts = apportion(c.spec.firms - leaders.length, c.weights);
    const primaries: number[] = [];
    for (const [order, n] of counts) for (let i = 0; i < n; i++) primaries.push(order);
    crng.shuffle(primaries);
    for (const order of primaries) {
      const segs = [order];
      if (crng.chance(0.08)) {
        const near = neighbours(c.chain, order, c.weights);
        if (near.length > 0) segs.push(crng.pick(near));
        segs.sort((a, b) => a - b);
      }
      members.push(
        clusterMember(c, names.make(localPrefixes(crng, c.county), wordsOf(c.chain, order)), segs, pickFounded(crng, 2022), false),
      );
    }
  }

  // a few members are new: founded in 2024, present only in 2024 and 2025
  const mrng = rng.fork('membership');
  for (const f of mrng.sampleWeighted(members, (f) => (f.leader ? 0 : 1), MOVEMENT.foundedIn2024)) f.founded = 2024;
  // a few members belong to a second cluster of the same chain
  clusters.forEach((c) => {
    const also = c.spec.alsoMembersFrom;
    if (!also) return;
    const from = members.filter((f) => f.clusters.length === 1 && f.clusters[0] === also.cluster && !f.leader && f.founded <= 2022);
    for (const f of mrng.sampleWeighted(from, () => 1, also.count)) f.clusters.push(c.index);
  });

  const locals = buildNonClusterLocals(clusters, rng.fork('non-cluster'), names);
  const outside = buildOutside([...members, ...locals], rng.fork('outside'), names);
  const firms = [...members, ...locals, ...outside];
  // replicas past the first are the province's other cities: their own firms are there (region_code)
  if (replica > 0) {
    const city = replicaCity(replica);
    for (const f of [...members, ...locals]) {
      f.divisionCode = replicaDivision(f.divisionCode, replica);
      f.city = city.name;
    }
  }
  firms.forEach((f, i) => {
    f.idx = i;
    f.code = creditCodeFor(serial.next++, f.divisionCode, f.founded);
  });
  return { firms, leaderShare };
}

function buildNonClusterLocals(clusters: readonly ClusterRec[], rng: Rng, names: NameMaker): Firm[] {
  const chains: ChainTemplate[] = [];
  const chainFirms = new Map<string, number>();
  for (const c of clusters) {
    if (!chainFirms.has(c.chain.id)) chains.push(c.chain);
    chainFirms.set(c.chain.id, (chainFirms.get(c.chain.id) ?? 0) + c.spec.firms);
  }
  const chainWeights = chains.map((ch) => Math.pow(chainFirms.get(ch.id)!, 0.7));
  const out: Firm[] = [];
  for (let i = 0; i < MOVEMENT.nonClusterLocalFirms; i++) {
    const chain = chains[rng.weightedIndex(chainWeights)]!;
    const order = rng.weightedIndex(chain.segments.map((s) => s.localWeight)) + 1;
    const homes = clusters.filter((c) => c.chain.id === chain.id);
    const county = rng.chance(0.7) ? rng.pick(homes).county : rng.pick(HOME_COUNTIES).name;
    const division = HOME_COUNTIES.find((h) => h.name === county)!.divisionCode;
    out.push(
      newFirm({
        name: names.make(localPrefixes(rng, county), wordsOf(chain, order)),
        kind: 'LOCAL',
        county,
        divisionCode: division,
        city: HOME_CITY.zh,
        province: HOME_CITY.province,
        clusters: [],
        chain,
        segs: [order],
        founded: pickFounded(rng, 2021),
        leader: false,
      }),
    );
  }
  return out;
}

/**
 * Outside firms per segment, in proportion to the square root of the purchases local firms
 * make outside the city in that segment (so weak segments get a few big outside suppliers with
 * many buyers each), plus outside customers of segments that sell out of the city.
 */
function buildOutside(localFirms: readonly Firm[], rng: Rng, names: NameMaker): Firm[] {
  const demand = new Map<string, { chain: ChainTemplate; order: number; value: number; buyers: boolean }>();
  const key = (chain: ChainTemplate, order: number) => segmentId(chain.id, order);
  const touch = (chain: ChainTemplate, order: number) => {
    const k = key(chain, order);
    let d = demand.get(k);
    if (!d) {
      d = { chain, order, value: 0, buyers: false };
      demand.set(k, d);
    }
    return d;
  };
  // deterministic order: chains and segments as declared
  const chainsSeen: ChainTemplate[] = [];
  for (const f of localFirms) {
    if (!chainsSeen.includes(f.chain)) chainsSeen.push(f.chain);
    const bought = new Set<number>();
    for (const s of f.segs) for (const i of f.chain.segments[s - 1]!.inputs) if (!f.segs.includes(i)) bought.add(i);
    for (const i of bought) {
      const seg = f.chain.segments[i - 1]!;
      touch(f.chain, i).value += (1 - seg.localSupply) * (seg.buyProb ?? 1);
    }
  }
  for (const chain of chainsSeen) {
    chain.segments.forEach((seg, i) => {
      if (seg.outsideBuys) touch(chain, i + 1).buyers = true;
    });
  }
  const entries = [...demand.values()].sort((a, b) =>
    a.chain.id === b.chain.id ? a.order - b.order : chainsSeen.indexOf(a.chain) - chainsSeen.indexOf(b.chain),
  );
  const sqrtSum = entries.reduce((a, e) => a + Math.sqrt(e.value), 0);
  const alpha = (MOVEMENT.outsideFirms * 0.93) / sqrtSum;
  const out: Firm[] = [];
  for (const e of entries) {
    let n = e.value > 0 ? Math.max(3, Math.round(alpha * Math.sqrt(e.value))) : 0;
    if (e.buyers) n = Math.max(n, 12);
    const seg = e.chain.segments[e.order - 1]!;
    const cityKeys = seg.outsideCities ?? e.chain.outsideCities;
    const words = seg.outsideWords ?? (seg.words.length > 0 ? seg.words : e.chain.outsideWords);
    for (let i = 0; i < n; i++) {
      const place = OUTSIDE_CITIES[rng.pick(cityKeys)];
      if (!place) throw new RangeError(`unknown outside city in ${key(e.chain, e.order)}`);
      out.push(
        newFirm({
          name: names.make([place.short], words, { group: rng.chance(0.08) }),
          kind: 'OUTSIDE',
          county: null,
          divisionCode: place.code,
          city: place.city,
          province: place.province,
          clusters: [],
          chain: e.chain,
          segs: [e.order],
          founded: rng.int(1990, 2018),
          leader: false,
        }),
      );
    }
  }
  return out;
}
