/**
 * Yearly figures of the firms (enterprise_years): revenue, R&D, above-scale, 专精特新 level,
 * patents, smart factory, 智改数转 and green status. Cluster members carry the policy's 2023
 * aggregates exactly (R&D intensity 5.90%, R&D growth 13.99%) and the dashboard movements of
 * MOVEMENT after 2023; local firms outside clusters and outside firms keep a steady state.
 */
import type { SrdiLevel } from '#shared/enums.js';
import { MOVEMENT, POLICY_2023 } from './liaocheng.js';
import { exists, round2, Y2022, Y2023, Y2024, Y2025, type ClusterRec, type Firm } from './model.js';
import { WeightedPicker, type Rng } from './random.js';

/** 规上工业企业: main business revenue of at least 2000万元. */
export const ABOVE_SCALE_REVENUE = 2000;
const MIN_REVENUE = 50;

function poisson(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.next();
  while (p > limit) {
    k++;
    p *= rng.next();
  }
  return k;
}

function scaleTo(firms: readonly Firm[], year: number, target: number): void {
  const sum = firms.reduce((a, f) => a + f.rev[year]!, 0);
  if (sum <= 0) return;
  const k = target / sum;
  for (const f of firms) f.rev[year] = f.rev[year]! * k;
}

function clusterRevenue(c: ClusterRec, members: readonly Firm[], leaderShare: ReadonlyMap<Firm, number>, rng: Rng): void {
  const target = c.output.map((o) => o * c.revenueRatio);
  const g = c.spec.growth;
  const existing = members.filter((f) => f.founded <= 2023);
  const newcomers = members.filter((f) => f.founded === 2024);
  const leaders = existing.filter((f) => leaderShare.has(f));
  const others = existing.filter((f) => !leaderShare.has(f));
  const leaderTotal = leaders.reduce((a, f) => a + leaderShare.get(f)!, 0);
  for (const f of leaders) f.rev[Y2023] = leaderShare.get(f)! * target[Y2023]!;
  const weights = others.map(() => Math.min(80, Math.max(0.03, rng.lognormal(1, 1.2))));
  const wSum = weights.reduce((a, b) => a + b, 0);
  others.forEach((f, i) => {
    f.rev[Y2023] = ((1 - leaderTotal) * target[Y2023]! * weights[i]!) / wSum;
  });
  for (const f of existing) {
    const r23 = f.rev[Y2023]!;
    f.rev[Y2022] = r23 / ((1 + g[1]) * Math.exp(0.07 * rng.normal()));
    f.rev[Y2024] = r23 * (1 + g[2]) * Math.exp(0.07 * rng.normal());
    f.rev[Y2025] = f.rev[Y2024] * (1 + g[3]) * Math.exp(0.07 * rng.normal());
  }
  for (const f of newcomers) {
    f.rev[Y2024] = Math.min(1500, Math.max(80, rng.lognormal(400, 0.6)));
    f.rev[Y2025] = Math.min(1950, f.rev[Y2024] * rng.range(1.3, 1.9));
  }
  const newIn = (y: number) => newcomers.reduce((a, f) => a + f.rev[y]!, 0);
  scaleTo(existing, Y2022, target[Y2022]!);
  scaleTo(existing, Y2024, target[Y2024]! - newIn(Y2024));
  scaleTo(existing, Y2025, target[Y2025]! - newIn(Y2025));
  for (const f of members) for (let y = Y2022; y <= Y2025; y++) f.rev[y] = exists(f, y) ? round2(Math.max(MIN_REVENUE, f.rev[y]!)) : 0;
}

/**
 * Above-scale (revenue >= 2000万元) status: baseline 2023 as the revenue says; by 2025 exactly
 * `aboveScaleNet2025` more members are above scale (a few drop out, more rise above).
 */
function aboveScale(members: readonly Firm[], rng: Rng): void {
  const base = members.filter((f) => f.founded <= 2022);
  const up23 = base.filter((f) => f.rev[Y2023]! >= ABOVE_SCALE_REVENUE);
  const down23 = base.filter((f) => f.rev[Y2023]! < ABOVE_SCALE_REVENUE);
  const dropouts = new Set(rng.sampleWeighted(up23, (f) => (f.leader ? 0 : f.rev[Y2023]! < 3500 ? 1 : 0), MOVEMENT.aboveScaleDropouts2025));
  const risers = new Set(
    rng.sampleWeighted(
      down23,
      (f) => Math.pow(f.rev[Y2025]! / ABOVE_SCALE_REVENUE, 6),
      MOVEMENT.aboveScaleNet2025 + MOVEMENT.aboveScaleDropouts2025,
    ),
  );
  const below = (x: number) => Math.min(x, rng.range(1700, 1995));
  const above = (x: number) => Math.max(x, rng.range(2005, 2400));
  /** moves the firm's revenue of those years to one side of the threshold (in year order: each move draws a number) */
  const move = (f: Firm, side: (x: number) => number, years: readonly number[]) => {
    for (const y of years) f.rev[y] = round2(side(f.rev[y]!));
  };
  for (const f of up23) {
    if (dropouts.has(f)) move(f, below, [Y2025]);
    else move(f, above, [Y2024, Y2025]);
  }
  for (const f of down23) {
    if (risers.has(f)) move(f, above, [Y2025]);
    else move(f, below, [Y2024, Y2025]);
  }
  for (const f of members) {
    if (f.founded === 2024) move(f, below, [Y2024, Y2025]);
    for (let y = Y2022; y <= Y2025; y++) f.above[y] = exists(f, y) && f.rev[y]! >= ABOVE_SCALE_REVENUE;
  }
}

function setFrom<T>(items: readonly T[]): Set<T> {
  return new Set(items);
}

/** Nested sets s[0] ⊂ s[1] ⊂ ... with the given sizes, drawn by weight. */
function nested(rng: Rng, pool: readonly Firm[], weight: (f: Firm) => number, sizes: readonly number[]): Set<Firm>[] {
  const out = new Array<Set<Firm>>(sizes.length);
  let current: readonly Firm[] = pool;
  for (let i = sizes.length - 1; i >= 0; i--) {
    const chosen = rng.sampleWeighted(current, weight, sizes[i]!);
    out[i] = setFrom(chosen);
    current = chosen;
  }
  return out;
}

function memberFlags(members: readonly Firm[], leaderShare: ReadonlyMap<Firm, number>, rng: Rng): void {
  const base = members.filter((f) => f.founded <= 2022);
  for (const f of members) {
    f.rdIntensity = Math.min(0.2, Math.max(0.004, rng.lognormal(0.042, 0.55))) * (f.leader ? 1.25 : 1);
  }
  const quality = (f: Firm) => Math.sqrt(f.rev[Y2023]!) * f.rdIntensity * (leaderShare.has(f) ? 6 : 1) * (f.above[Y2023] ? 2 : 0.5);

  // 专精特新: monotone (a level once reached is kept)
  const lg23 = setFrom(rng.sampleWeighted(base, (f) => Math.pow(quality(f), 1.5), MOVEMENT.littleGiants2023));
  const prov23 = setFrom(rng.sampleWeighted(base, (f) => (lg23.has(f) ? 0 : quality(f)), MOVEMENT.srdiProvincial2023));
  const newIn2023 = setFrom(rng.sampleWeighted([...prov23], () => 1, 55));
  const lgUpIn2023 = setFrom(rng.sampleWeighted([...lg23], () => 1, 5));
  const new24 = setFrom(rng.sampleWeighted(base, (f) => (lg23.has(f) || prov23.has(f) ? 0 : quality(f)), MOVEMENT.newSrdi2024));
  const up24 = setFrom(rng.sampleWeighted([...prov23], quality, 7));
  const new25 = setFrom(
    rng.sampleWeighted(base, (f) => (lg23.has(f) || prov23.has(f) || new24.has(f) ? 0 : quality(f)), MOVEMENT.newSrdi2025),
  );
  const up25 = setFrom(
    rng.sampleWeighted(
      [...prov23, ...new24].filter((f) => !up24.has(f)),
      quality,
      6,
    ),
  );
  for (const f of base) {
    const s23: SrdiLevel = lg23.has(f) ? 'LITTLE_GIANT' : prov23.has(f) ? 'PROVINCIAL' : 'NONE';
    const s22: SrdiLevel = newIn2023.has(f) ? 'NONE' : lgUpIn2023.has(f) ? 'PROVINCIAL' : s23;
    const s24: SrdiLevel = up24.has(f) ? 'LITTLE_GIANT' : new24.has(f) ? 'PROVINCIAL' : s23;
    const s25: SrdiLevel = up25.has(f) ? 'LITTLE_GIANT' : new25.has(f) ? 'PROVINCIAL' : s24;
    f.srdi = [s22, s23, s24, s25];
    if (s25 !== 'NONE') f.rdIntensity *= 1.4;
  }

  const size = (f: Firm) =>
    Math.sqrt(f.rev[Y2023]!) * (f.above[Y2023] ? 3 : 0.2) * (f.srdi[Y2025] === 'NONE' ? 1 : 2) * (leaderShare.has(f) ? 8 : 1);
  const smart = nested(rng, base, size, MOVEMENT.smartFactories);
  const green = nested(rng, base, size, MOVEMENT.greenList);

  const dtm = MOVEMENT.digitalTransformation;
  const doing = rng.sampleWeighted(base, (f) => Math.sqrt(size(f)) + 0.3, dtm.both + dtm.only2024 + dtm.only2025);
  rng.shuffle(doing);
  const dt24 = setFrom(doing.slice(0, dtm.both + dtm.only2024));
  const dt25 = setFrom([...doing.slice(0, dtm.both), ...doing.slice(dtm.both + dtm.only2024)]);
  const doingSet = setFrom(doing);
  const dt23 = setFrom([
    ...rng.sampleWeighted(doing, () => 1, dtm.y2023 - 120),
    ...rng.sampleWeighted(base, (f) => (doingSet.has(f) ? 0 : Math.sqrt(size(f)) + 0.3), 120),
  ]);
  const dt22 = setFrom([
    ...rng.sampleWeighted([...dt23], () => 1, dtm.y2022 - 80),
    ...rng.sampleWeighted(base, (f) => (dt23.has(f) ? 0 : 1), 80),
  ]);

  const gd = MOVEMENT.greenDiagnosis;
  const diagnosed = rng.sampleWeighted(base, (f) => size(f) + 0.1, gd.y2024 + gd.y2025 - gd.both);
  rng.shuffle(diagnosed);
  const d24 = setFrom(diagnosed.slice(0, gd.y2024));
  const d25 = setFrom(diagnosed.slice(gd.y2024 - gd.both));
  const d23 = setFrom(rng.sampleWeighted(base, (f) => size(f) + 0.1, gd.y2023));
  const d22 = setFrom(rng.sampleWeighted(base, (f) => size(f) + 0.1, gd.y2022));

  for (const f of base) {
    f.smart = smart.map((s) => s.has(f));
    f.green = green.map((s) => s.has(f));
    f.dt = [dt22.has(f), dt23.has(f), dt24.has(f), dt25.has(f)];
    f.diag = [d22.has(f), d23.has(f), d24.has(f), d25.has(f)];
  }

  // high-value invention patents: never decrease; the members' sum grows ~12% a year
  for (const f of base) {
    const s = f.srdi[Y2022];
    f.patents[Y2022] = leaderShare.has(f)
      ? 4 + poisson(rng, 10)
      : s === 'LITTLE_GIANT'
        ? 3 + poisson(rng, 5)
        : s === 'PROVINCIAL'
          ? poisson(rng, 2.2)
          : f.above[Y2022] && rng.chance(0.15)
            ? rng.int(1, 2)
            : rng.chance(0.03)
              ? 1
              : 0;
  }
  MOVEMENT.patentGrowth.forEach((growth, i) => {
    const y = Y2023 + i;
    const alive = members.filter((f) => exists(f, y));
    const previous = alive.reduce((a, f) => a + f.patents[y - 1]!, 0);
    for (const f of alive) f.patents[y] = f.patents[y - 1]!;
    const srdiBonus = (f: Firm) => (f.srdi[y] === 'LITTLE_GIANT' ? 6 : f.srdi[y] === 'PROVINCIAL' ? 3 : leaderShare.has(f) ? 6 : 0);
    const picker = new WeightedPicker(alive.map((f) => f.patents[y - 1]! + srdiBonus(f) + (f.above[y] ? 0.05 : 0.005)));
    const increments = Math.round(previous * growth);
    for (let k = 0; k < increments; k++) alive[picker.pick(rng)]!.patents[y]!++;
  });
}

/** Sets R&D so that the members' sum over revenue is exactly `target` (to the cent). */
function calibrateRd(members: readonly Firm[], year: number, raw: Map<Firm, number>, targetTotal: number): void {
  const alive = members.filter((f) => exists(f, year));
  const rawSum = alive.reduce((a, f) => a + raw.get(f)!, 0);
  const targetCents = Math.round(targetTotal * 100);
  let cents = 0;
  let largest: Firm | undefined;
  for (const f of alive) {
    const c = Math.round((raw.get(f)! * targetCents) / rawSum);
    f.rd[year] = c;
    cents += c;
    if (!largest || c > largest.rd[year]!) largest = f;
  }
  largest!.rd[year]! += targetCents - cents;
  for (const f of alive) f.rd[year] = f.rd[year]! / 100;
}

function memberRd(members: readonly Firm[], rng: Rng): void {
  const rawByYear = [Y2022, Y2023, Y2024, Y2025].map(() => new Map<Firm, number>());
  for (const f of members) {
    for (let y = Y2022; y <= Y2025; y++) {
      if (!exists(f, y)) continue;
      const drift = (y === Y2022 ? 0.95 : 1) * Math.exp(0.06 * rng.normal());
      rawByYear[y]!.set(f, f.rev[y]! * f.rdIntensity * drift);
    }
  }
  const revenue = (y: number) => members.reduce((a, f) => a + (exists(f, y) ? f.rev[y]! : 0), 0);
  const rd23 = round2(POLICY_2023.rdIntensity * revenue(Y2023));
  calibrateRd(members, Y2023, rawByYear[Y2023]!, rd23);
  calibrateRd(members, Y2022, rawByYear[Y2022]!, round2(rd23 / (1 + POLICY_2023.rdGrowth)));
  calibrateRd(members, Y2024, rawByYear[Y2024]!, round2(MOVEMENT.rdIntensity2024 * revenue(Y2024)));
  calibrateRd(members, Y2025, rawByYear[Y2025]!, round2(MOVEMENT.rdIntensity2025 * revenue(Y2025)));
}

/** Local firms outside clusters and outside firms: steady figures, no policy movements. */
function steadyFigures(f: Firm, rng: Rng): void {
  const outside = f.kind === 'OUTSIDE';
  const seg = f.chain.segments[f.segs[0]! - 1]!;
  const r23 = outside
    ? Math.max(2500, rng.lognormal(seg.outsideRevenue ?? 60000, 0.8))
    : Math.min(200000, Math.max(100, rng.lognormal(3000, 1.0)));
  const growth = rng.range(-0.02, 0.1);
  f.rev = [r23 / (1 + growth), r23, r23 * (1 + growth), r23 * (1 + growth) ** 2].map((x) => round2(x));
  f.rdIntensity = Math.min(0.08, Math.max(0.002, rng.lognormal(outside ? 0.025 : 0.02, 0.5)));
  f.rd = f.rev.map((x) => round2(x * f.rdIntensity));
  const r = rng.next();
  const level: SrdiLevel = outside ? (r < 0.04 ? 'LITTLE_GIANT' : r < 0.16 ? 'PROVINCIAL' : 'NONE') : r < 0.05 ? 'PROVINCIAL' : 'NONE';
  f.srdi = [level, level, level, level];
  const patents = level === 'NONE' ? (rng.chance(0.2) ? rng.int(1, 3) : 0) : rng.int(3, 25);
  f.patents = [patents, patents, patents, patents];
  for (let y = Y2022; y <= Y2025; y++) f.above[y] = f.rev[y]! >= ABOVE_SCALE_REVENUE;
}

export function assignYearly(
  firms: readonly Firm[],
  clusters: readonly ClusterRec[],
  leaderShare: ReadonlyMap<Firm, number>,
  rng: Rng,
): void {
  const members = firms.filter((f) => f.kind === 'CLUSTER');
  for (const c of clusters) {
    clusterRevenue(
      c,
      members.filter((f) => f.clusters[0] === c.index),
      leaderShare,
      rng.fork(`revenue-${c.index}`),
    );
  }
  aboveScale(members, rng.fork('above-scale'));
  memberFlags(members, leaderShare, rng.fork('flags'));
  memberRd(members, rng.fork('rd'));
  const srng = rng.fork('steady');
  for (const f of firms) if (f.kind !== 'CLUSTER') steadyFigures(f, srng);
}
