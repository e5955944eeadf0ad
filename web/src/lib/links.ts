import { DEFAULT_LOCAL_SCOPE, LOCAL_SCOPES, type LocalScope } from '#shared/regions.js';

/**
 * Links between the chain views that keep the reader's choices (year, region scope): the chain
 * map (/chain/:clusterId) and the peer comparison (/compare/:chainId) read the same ?year= and ?scope=.
 */

/** The ?scope= value of a link: county / province, nothing for the default (city). */
export function scopeParam(scope: LocalScope): string | null {
  return scope === DEFAULT_LOCAL_SCOPE ? null : scope.toLowerCase();
}

/** ?scope= as a link writes it (any case); anything else is the default (city). */
export function scopeFromParam(text: string | null | undefined): LocalScope {
  const upper = text?.toUpperCase();
  return (LOCAL_SCOPES as readonly string[]).includes(upper ?? '') ? (upper as LocalScope) : DEFAULT_LOCAL_SCOPE;
}

function withQuery(path: string, params: Record<string, string | number | null | undefined>): string {
  const query = Object.entries(params)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}

export function chainMapLink(clusterId: string, o: { year?: number | null; scope?: LocalScope; seg?: string | null } = {}): string {
  return withQuery(`/chain/${encodeURIComponent(clusterId)}`, {
    year: o.year,
    seg: o.seg,
    scope: o.scope ? scopeParam(o.scope) : null,
  });
}

export function compareLink(chainId: string, o: { year?: number | null; scope?: LocalScope } = {}): string {
  return withQuery(`/compare/${encodeURIComponent(chainId)}`, { year: o.year, scope: o.scope ? scopeParam(o.scope) : null });
}
