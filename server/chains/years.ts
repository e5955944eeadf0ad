import { requirePermission, type Actor } from '../auth/policy.js';
import { AppError, badInput, notFound } from '../errors.js';
import { checkScope } from '../gaps/service.js';
import { yearArg } from '#shared/args.js';
import type { LocalScope } from '#shared/regions.js';

/** What an analysis of one year starts from: the caller may read the graph; the year (null: the latest) and the local scope, checked. */
export function yearAndScope(
  actor: Actor | null,
  args: { year?: number | null; scope?: string | null },
): { year: number | null; scope: LocalScope } {
  requirePermission(actor, 'graph:read');
  return { year: yearArg(args.year, 'year'), scope: checkScope(args.scope) };
}

/** BAD_INPUT naming the field unless the year is one of the years with supply links (dataYears). */
export function checkDataYear(field: string, year: number | null, dataYears: readonly number[]): void {
  if (year === null || dataYears.includes(year)) return;
  const known = dataYears.filter((y) => y > 0);
  const list = known.length > 0 ? known.join(', ') : '—';
  throw badInput(
    `${field}：数据中没有${year}年的供应关系（有数据的年份：${list}） (${field}: no supply links in ${year}; years in the data: ${list})`,
    { field, year, years: known },
  );
}

/** The work's NOT_FOUND for the cluster, named as the clusterId argument (Chinese first). */
export async function namingCluster<T>(clusterId: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND' && error.details.clusterId === clusterId) {
      throw notFound(`clusterId：未知集群 ${clusterId} (clusterId: unknown cluster)`, { field: 'clusterId', clusterId });
    }
    throw error;
  }
}
