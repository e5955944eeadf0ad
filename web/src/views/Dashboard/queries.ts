import type { IndicatorDefinition } from '#shared/indicators.js';
import { graphql } from '../../gql';
import type { TargetDashboardQuery } from '../../gql/graphql';
import { bigMoney, bigMoneyUnit, count, decimal } from '../../lib/format';
import { pick } from '../../i18n';

/** The target dashboard's operation (server/dashboard/schema.graphql targetDashboard). */
export const DASHBOARD_QUERY = graphql(`
  query TargetDashboard($year: Int) {
    targetDashboard(year: $year) {
      year
      years
      baselineYear
      targetYear
      indicators {
        key
        targetKind
        policyTarget
        baseline
        value
        target
        progress
        met
        trend {
          year
          value
        }
      }
    }
  }
`);

export type Dashboard = NonNullable<TargetDashboardQuery['targetDashboard']>;
export type IndicatorData = Dashboard['indicators'][number];

/**
 * How an indicator's numbers are shown: output (万元 in the data) in 亿元 (billions in English: lib/format bigMoney)
 * with two decimals, percentages with two decimals, counts as whole numbers.
 */
export function formatterFor(def: IndicatorDefinition): { format: (value: number) => string; unit: string } {
  if (def.unit.zh === '万元') return { format: (v) => bigMoney(v), unit: bigMoneyUnit() };
  if (def.unit.zh === '%') return { format: (v) => decimal(v, 2), unit: '%' };
  return { format: count, unit: pick(def.unit) };
}

/** The policy figure as stated: "较基期增加 100 家", "比率达到 5 %". */
export function policyFigure(def: IndicatorDefinition): string {
  const unit = def.kind === 'GROWTH' || def.unit.zh === '%' ? '%' : ` ${pick(def.unit)}`;
  return `${def.policyTarget}${unit}`;
}
