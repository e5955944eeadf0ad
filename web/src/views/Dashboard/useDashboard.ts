import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { INDICATORS } from '#shared/indicators.js';
import { useGql } from '../../api/client';
import { DASHBOARD_QUERY } from './queries';

export type MetFilter = 'all' | 'met' | 'notMet';

/** The dashboard's data and its state in the URL (?year=&show=met|notMet): the indicators, counted and filtered. */
export function useDashboard() {
  const [params, setParams] = useSearchParams();
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam > 0 ? yearParam : null;
  const show = params.get('show');
  const filter: MetFilter = show === 'met' || show === 'notMet' ? show : 'all';
  const query = useGql(DASHBOARD_QUERY, { year });
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next);
  };

  const dashboard = query.data?.targetDashboard;
  const byKey = useMemo(() => new Map((dashboard?.indicators ?? []).map((i) => [i.key, i])), [dashboard]);
  const indicators = dashboard?.indicators ?? [];
  const met = indicators.filter((i) => i.met === true).length;
  const notMet = indicators.filter((i) => i.met === false).length;
  // the indicators in the policy's order, with their data, as the filter allows
  const shown = INDICATORS.flatMap((def) => {
    const item = byKey.get(def.key);
    if (!item || (filter !== 'all' && item.met !== (filter === 'met'))) return [];
    return [{ def, item }];
  });

  return {
    query,
    dashboard,
    filter,
    counts: { met, notMet, unknown: indicators.length - met - notMet },
    shown,
    setYear: (value: string) => setParam('year', value),
    setFilter: (value: MetFilter) => setParam('show', value === 'all' ? null : value),
  };
}
