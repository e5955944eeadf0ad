import { GraphService } from '../graph-service.js';
import { requirePermission, type Actor } from '../auth/policy.js';
import { badInput } from '../errors.js';
import { yearArg } from '#shared/args.js';
import type { ClusterLevel, PlatformKind, SrdiLevel } from '#shared/enums.js';
import { HOME_CITY } from '#shared/facts.js';
import { BASELINE_YEAR, CLUSTER_OUTPUT_OVER_100YI, CLUSTER_OUTPUT_OVER_50YI, TARGET_YEAR } from '#shared/indicators.js';
import { computeIndicators, type TargetDashboardResult, type YearFigures } from './indicators.js';

export type { TargetDashboardResult } from './indicators.js';

const PROVINCIAL_OR_ABOVE: readonly ClusterLevel[] = ['PROVINCIAL', 'NATIONAL'];
const SRDI_PROVINCIAL_OR_ABOVE: readonly SrdiLevel[] = ['PROVINCIAL', 'LITTLE_GIANT'];
const DIGITAL_KIND: PlatformKind = 'DIGITAL';

const ZERO_CLUSTERS = { clusters: 0, provincialClusters: 0, nationalClusters: 0, output: 0, outputReported: 0, over100: 0, over50: 0 };
const ZERO_FIRMS = {
  firmsReported: 0,
  aboveScale: 0,
  revenue: 0,
  rdSpend: 0,
  rdReported: 0,
  patents: 0,
  patentsReported: 0,
  newSrdi: 0,
  newSmartFactories: 0,
  digitalTransformation: 0,
  greenList: 0,
  greenDiagnosis: 0,
};
const ZERO_PLATFORMS = { digitalPlatforms: 0, newInnovationPlatforms: 0 };

/**
 * The 2026 target dashboard (policy section 二): every indicator's 2023 baseline, its value in
 * year Y (the latest year with figures unless asked), the target, progress and whether it is met.
 * Four aggregate statements per request, whatever the number of years: years, then the cluster,
 * firm and platform figures of every year at once. The targets are the home city's plan, so its
 * clusters are counted (HOME_CITY; a cluster without a city code is the home city's), not every
 * city of a province's database.
 */
export class DashboardService extends GraphService(
  'dashboard/years',
  'dashboard/cluster-figures',
  'dashboard/firm-figures',
  'dashboard/platform-figures',
) {
  async targetDashboard(rawYear: number | null | undefined, actor: Actor | null): Promise<TargetDashboardResult> {
    requirePermission(actor, 'graph:read');
    // a year the data may hold at all (MIN_YEAR..MAX_YEAR); it must also have figures in the data
    const year = yearArg(rawYear);
    return this.answers.get('targetDashboard', actor, { year }, () => this.compute(year));
  }

  private compute(year: number | null): Promise<TargetDashboardResult> {
    return this.db.readTransaction(async (tx) => {
      const years = (await tx.run<{ year: number }>(this.q['dashboard/years'])).map((row) => row.year);
      if (year !== null && !years.includes(year)) {
        const known = years.length ? years.join(', ') : 'none';
        throw badInput(`no figures for ${year} in the data (years with figures: ${known}) (数据中没有${year}年的数据)`, { year, years });
      }
      const selected = year ?? years.at(-1) ?? BASELINE_YEAR;
      if (years.length === 0)
        return { year: selected, years, baselineYear: BASELINE_YEAR, targetYear: TARGET_YEAR, indicators: computeIndicators([], selected) };
      const params = {
        years,
        baselineYear: BASELINE_YEAR,
        provincialLevels: PROVINCIAL_OR_ABOVE,
        nationalLevel: 'NATIONAL' satisfies ClusterLevel,
        over100: CLUSTER_OUTPUT_OVER_100YI,
        over50: CLUSTER_OUTPUT_OVER_50YI,
        srdiLevels: SRDI_PROVINCIAL_OR_ABOVE,
        digitalKind: DIGITAL_KIND,
        homeCity: HOME_CITY.divisionCode,
      };
      const clusterRows = await tx.run<typeof ZERO_CLUSTERS & { year: number }>(this.q['dashboard/cluster-figures'], params);
      const firmRows = await tx.run<typeof ZERO_FIRMS & { year: number }>(this.q['dashboard/firm-figures'], params);
      const platformRows = await tx.run<typeof ZERO_PLATFORMS & { year: number }>(this.q['dashboard/platform-figures'], params);
      // No clusters or no cluster firms give no rows: those years' counts are zero.
      const figures: YearFigures[] = years.map((y) => ({
        ...ZERO_CLUSTERS,
        ...ZERO_FIRMS,
        ...ZERO_PLATFORMS,
        ...clusterRows.find((row) => row.year === y),
        ...firmRows.find((row) => row.year === y),
        ...platformRows.find((row) => row.year === y),
        year: y,
      }));
      return {
        year: selected,
        years,
        baselineYear: BASELINE_YEAR,
        targetYear: TARGET_YEAR,
        indicators: computeIndicators(figures, selected),
      };
    });
  }
}
