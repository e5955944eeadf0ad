import type { LocalScope } from '../../gql/graphql';
import { scopeParam } from '../../lib/links';

/**
 * Server downloads of the chain map's lists (server/gaps/http.ts): the same session cookie, so a
 * plain link downloads the file with the name the server gives it.
 */
const query = (params: Record<string, string | number | null | undefined>) =>
  Object.entries(params)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');

/** scope: where "local" is judged, as the chain map's ?scope= (the default, CITY, is left out). */
export function risksExportUrl(
  clusterId: string,
  format: 'csv' | 'xlsx',
  year: number | null,
  scope: LocalScope,
  segmentId?: string | null,
): string {
  return `/api/clusters/${encodeURIComponent(clusterId)}/single-source-risks/export?${query({ format, year, scope: scopeParam(scope), segmentId })}`;
}

export function whatIfExportUrl(clusterId: string, format: 'csv' | 'xlsx', remove: readonly string[], year: number | null): string {
  return `/api/clusters/${encodeURIComponent(clusterId)}/what-if/export?${query({ format, remove: remove.join(','), year })}`;
}
