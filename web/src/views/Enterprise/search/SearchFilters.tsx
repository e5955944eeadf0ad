import { useTranslation } from 'react-i18next';
import { HOME_COUNTIES } from '#shared/facts.js';
import { SRDI_LEVEL_LABELS } from '#shared/labels.js';
import { pick } from '../../../i18n';
import { NS } from '../messages';
import { SRDI_FILTERS } from '../queries';
import { SEARCH_NS } from './messages';
import type { FilterKey, SearchPageState } from './useEnterpriseSearchPage';
import { SelectField, type Choice } from '../../../components/Select';

/** The local filter's choices (`local` in the address): any firm, local ones, outside ones. */
const LOCAL_FILTERS = [
  { value: 'any', label: 'localAny' },
  { value: '1', label: 'localOnly' },
  { value: '0', label: 'outsideOnly' },
] as const;

/** 链主 only, 专精特新 level, local or outside, county: each kept in the address. */
export function SearchFilters({ filter }: { filter: SearchPageState['filter'] }) {
  const { t } = useTranslation(NS);
  const { t: ts } = useTranslation(SEARCH_NS);
  const { leaderChecked, setLeader, srdi, local, county, setFilter } = filter;
  // each select's key in the address, its text, its value and the value that clears it
  const selects: { key: FilterKey; label: string; value: string; any: string; items: Choice[] }[] = [
    {
      key: 'srdi',
      label: t('filterSrdi'),
      value: srdi,
      any: 'ANY',
      items: SRDI_FILTERS.map((f) => ({
        value: f,
        label: f === 'ANY' || f === 'QUALIFIED' ? t(`srdiFilter.${f}`) : pick(SRDI_LEVEL_LABELS[f]),
      })),
    },
    { key: 'local', label: ts('filterLocal'), value: local, any: 'any', items: LOCAL_FILTERS.map((f) => ({ ...f, label: ts(f.label) })) },
    {
      key: 'county',
      label: ts('filterCounty'),
      value: county ?? '',
      any: '',
      items: [{ value: '', label: ts('countyAny') }, ...HOME_COUNTIES.map((c) => ({ value: c.name, label: c.name }))],
    },
  ];
  return (
    <div className="ent-search-filters" data-testid="search-filters">
      <label>
        <input type="checkbox" checked={leaderChecked} data-testid="filter-leader" onChange={(event) => setLeader(event.target.checked)} />
        {t('filterLeader')}
      </label>
      {selects.map(({ key, any, ...select }) => (
        <SelectField key={key} testId={`filter-${key}`} onChange={(v) => setFilter(key, v === any ? null : v)} {...select} />
      ))}
    </div>
  );
}
