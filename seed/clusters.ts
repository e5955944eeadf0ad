/**
 * Clusters and their yearly figures. Replica 0 is the real set of 28 (outputs as in
 * liaocheng.ts); further replicas ("省内" copies for --scale) vary outputs by up to ±25%.
 * 2022 outputs are derived from each cluster's growth and scaled so the 2023 total grows 6.47%.
 */
import { HOME_COUNTIES } from '#shared/facts.js';
import { chainById, type ChainTemplate } from './chains.js';
import { CLUSTERS, POLICY_2023 } from './liaocheng.js';
import { Y2022, Y2023, Y2024, Y2025, type ClusterRec } from './model.js';
import type { Rng } from './random.js';

/** Tax share of the clusters in the city's total (%), by year; 2023 is the policy's 68.74. */
const TAX_SHARE_TOTALS = [67.95, POLICY_2023.taxShare, 69.2, 69.85];

export function replicaSuffix(replica: number): string {
  return replica === 0 ? '' : `（省内${replica + 1}）`;
}

export function clusterId(index: number, replica: number): string {
  const base = `C${String(index + 1).padStart(2, '0')}`;
  return replica === 0 ? base : `${base}-R${replica + 1}`;
}

function divisionCodeOf(county: string): string {
  const found = HOME_COUNTIES.find((c) => c.name === county);
  if (!found) throw new RangeError(`unknown county ${county}`);
  return found.divisionCode;
}

function segmentWeights(chain: ChainTemplate, overrides: Readonly<Record<number, number>> | undefined, name: string): Map<number, number> {
  const weights = new Map<number, number>();
  chain.segments.forEach((seg, i) => {
    const order = i + 1;
    const w = overrides ? (overrides[order] ?? 0) : seg.localWeight;
    if (w > 0 && seg.localWeight === 0) throw new RangeError(`${name}: segment ${chain.id}-${order} has no local firms by design`);
    if (w > 0) weights.set(order, w);
  });
  return weights;
}

/** Distributes integer cents so they add up exactly to `total` (largest gets the remainder). */
function splitCents(total: number, weights: readonly number[]): number[] {
  const totalCents = Math.round(total * 100);
  const sum = weights.reduce((a, b) => a + b, 0);
  const cents = weights.map((w) => Math.round((totalCents * w) / sum));
  let largest = 0;
  weights.forEach((w, i) => {
    if (w > weights[largest]!) largest = i;
  });
  cents[largest]! += totalCents - cents.reduce((a, b) => a + b, 0);
  return cents.map((c) => c / 100);
}

export function buildClusters(replica: number, rng: Rng): ClusterRec[] {
  const suffix = replicaSuffix(replica);
  const out23 = CLUSTERS.map((spec) =>
    replica === 0 ? spec.output2023 : Math.round((spec.output2023 * rng.range(0.75, 1.25)) / 100) * 100,
  );
  const total23 = out23.reduce((a, b) => a + b, 0);
  // 2022 from each cluster's own growth, scaled so total23 / total22 - 1 = 6.47%
  const total22 = Math.round(total23 / (1 + POLICY_2023.outputGrowth));
  const raw22 = CLUSTERS.map((spec, i) => out23[i]! / (1 + spec.growth[1]));
  const lambda = total22 / raw22.reduce((a, b) => a + b, 0);
  const out22 = raw22.map((x) => Math.round(x * lambda));
  out22[0]! += total22 - out22.reduce((a, b) => a + b, 0);

  const taxWeights = CLUSTERS.map((_, i) => Math.pow(out23[i]!, 0.9) * rng.range(0.8, 1.2));
  const taxByYear = TAX_SHARE_TOTALS.map((t) => splitCents(t, taxWeights));

  return CLUSTERS.map((spec, i) => {
    const chain = chainById(spec.chain);
    const o22 = out22[i]!;
    const o23 = out23[i]!;
    const o24 = Math.round(o23 * (1 + spec.growth[2]));
    const o25 = Math.round(o24 * (1 + spec.growth[3]));
    const output = [o22, o23, o24, o25];
    const pct = (a: number, b: number) => Math.round((a / b - 1) * 10000) / 100;
    const growth = [Math.round(spec.growth[0] * 10000) / 100, pct(o23, o22), pct(o24, o23), pct(o25, o24)];
    return {
      index: i,
      id: clusterId(i, replica),
      name: spec.name + suffix,
      county: spec.county,
      divisionCode: divisionCodeOf(spec.county),
      chain,
      level: spec.level,
      leadIndustry: spec.leadIndustry,
      spec,
      output,
      growth,
      taxShare: [Y2022, Y2023, Y2024, Y2025].map((y) => taxByYear[y]![i]!),
      revenueRatio: rng.range(0.9, 0.97),
      weights: segmentWeights(chain, spec.segmentWeights, spec.name),
    };
  });
}
