import { can, type Actor } from './policy.js';

/**
 * What of a money figure a caller may see: the one place that decides it, for every service and
 * export. Roles with 'revenue:exact' (analyst and up) see every figure exactly; the others
 * (viewer) see money only as size bands, so that no firm's business figures can be read off:
 *   - a firm's revenue: its band;
 *   - a total of revenue (or R&D spend) over firms: withheld (null, band null) when fewer than
 *     MIN_FIRMS_FOR_TOTAL firms with a figure are behind it (a total of one or two firms gives
 *     their figures back, alone or with one firm's band), else its band only: exact totals could
 *     be subtracted from one another (a segment's local firms minus its cluster firms, one
 *     what-if minus another) to give one firm's figure back;
 *   - a firm's R&D spend: withheld (R&D intensity is shown instead: with the exact spend it
 *     would give revenue back, with the revenue band it gives only a range);
 *   - a supply value (one link, or the sum of links into a segment): its band.
 * Who may see investment targets may also see every supplier named in a gap report; for the
 * others an outside (non-local) supplier is not named there (outside suppliers of the cluster's
 * weak and missing segments are exactly what the target list holds).
 */

/** Totals over fewer firms than this (with a figure) are withheld from roles that see bands. */
export const MIN_FIRMS_FOR_TOTAL = 3;

/** Bands of money figures (revenue, totals, supply values) in 万元, lower bound inclusive. */
const REVENUE_BANDS: readonly { min: number; label: string }[] = [
  { min: 0, label: '2000万以下' },
  { min: 2_000, label: '2000万–1亿' },
  { min: 10_000, label: '1–5亿' },
  { min: 50_000, label: '5–10亿' },
  { min: 100_000, label: '10–50亿' },
  { min: 500_000, label: '50亿以上' },
];

/** A money figure as a caller may see it: the figure (null: withheld or unknown) and its band. */
export interface Disclosed {
  value: number | null;
  band: string | null;
}

const seesExact = (actor: Actor | null | undefined) => can(actor, 'revenue:exact');

/** The size band of a money figure (万元); null when unknown. */
function revenueBand(value: number | null | undefined): string | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  let label = REVENUE_BANDS[0]!.label;
  for (const band of REVENUE_BANDS) if (value >= band.min) label = band.label;
  return label;
}

/** One firm's revenue as the caller may see it: the figure (or null for band roles) and its band. */
export function revenueFor(
  actor: Actor | null | undefined,
  revenue: number | null,
): { revenue: number | null; revenueBand: string | null } {
  return { revenue: seesExact(actor) ? revenue : null, revenueBand: revenueBand(revenue) };
}

/**
 * A total of revenue (or R&D spend) over firms as the caller may see it. `firmCount`: the firms
 * with a figure behind the total, counted by the statement that computes the total.
 */
export function revenueTotalFor(actor: Actor | null | undefined, total: number, firmCount: number): Disclosed {
  if (seesExact(actor)) return { value: total, band: firmCount > 0 ? revenueBand(total) : null };
  if (firmCount < MIN_FIRMS_FOR_TOTAL) return { value: null, band: null };
  return { value: null, band: revenueBand(total) };
}

/** A firm's R&D spend: exact for roles that see exact figures, withheld for the others. */
export function rdSpendFor(actor: Actor | null | undefined, rdSpend: number | null): number | null {
  return seesExact(actor) ? rdSpend : null;
}

/** R&D intensity in % (R&D spend / revenue × 100), for every role; null without both figures or with no revenue. */
export function rdIntensity(rdSpend: number | null, revenue: number | null): number | null {
  if (rdSpend === null || revenue === null || !(revenue > 0)) return null;
  return (100 * rdSpend) / revenue;
}

/** A supply value (one link or a sum of links), 万元: exact, or the band only for band roles. */
export function supplyValueFor(actor: Actor | null | undefined, value: number | null): Disclosed {
  return { value: seesExact(actor) ? value : null, band: revenueBand(value) };
}

/** May the caller be told who a supplier is in a gap report? Not an outside one without 'targets:read'. */
export function maySeeSupplier(actor: Actor | null | undefined, supplierLocal: boolean): boolean {
  return supplierLocal || can(actor, 'targets:read');
}

/**
 * What the caller may see of an analysis, as one word: every caller of one class gets the same
 * answer to the same question (each rule above depends on 'revenue:exact' or 'targets:read' only),
 * so cached answers (server/cache/answers.ts) are shared within a class and never across classes.
 * null: the caller may not read the graph at all (nothing is served from a cache).
 */
export function disclosureClass(actor: Actor | null | undefined): string | null {
  if (!can(actor, 'graph:read')) return null;
  return `${seesExact(actor) ? 'exact' : 'bands'}/${can(actor, 'targets:read') ? 'targets' : 'no-targets'}`;
}
