import { useTranslation } from 'react-i18next';
import { HOME_COUNTIES } from '#shared/facts.js';
import { SRDI_LEVEL_LABELS } from '#shared/labels.js';
import { pick } from '../../../i18n';
import { NS } from '../messages';
import { SRDI_FILTERS } from '../queries';
import { SEARCH_NS } from './messages';
import type { SearchPageState } from './useEnterpriseSearchPage';
import { Options } from '../../../components/Options';

/** 链主 only, 专精特新 level, local or outside, county: each kept in the address. */
export function SearchFilters({ filter }: { filter: SearchPageState['filter'] }) {
  const { t } = useTranslation(NS);
  const { t: ts } = useTranslation(SEARCH_NS);
  const { leaderChecked, setLeader, srdi, local, county, setFilter } = filter;
  return (
    <div className="ent-search-filters" data-testid="search-filters">
      <label>
        <input type="checkbox" checked={leaderChecked} data-testid="filter-leader" onChange={(event) => setLeader(event.target.checked)} />
        {t('filterLeader')}
      </label>
      <label>
        {t('filterSrdi')}
        <select
          value={srdi}
          data-testid="filter-srdi"
          onChange={(event) => setFilter('srdi', event.target.value === 'ANY' ? null : event.target.value)}
        >
          <Options
            items={SRDI_FILTERS}
            value={(f) => f}
            label={(f) => (f === 'ANY' || f === 'QUALIFIED' ? t(`srdiFilter.${f}`) : pick(SRDI_LEVEL_LABELS[f]))}
          />
        </select>
      </label>
      <label>
        {ts('filterLocal')}
        <select
          value={local}
          data-testid="filter-local"
          onChange={(event) => setFilter('local', event.target.value === 'any' ? null : event.target.value)}
        >
          <option value="any">{ts('localAny')}</option>
          <option value="1">{ts('localOnly')}</option>
          <option value="0">{ts('outsideOnly')}</option>
        </select>
      </label>
      <label>
        {ts('filterCounty')}
        <select value={county ?? ''} data-testid="filter-county" onChange={(event) => setFilter('county', event.target.value || null)}>
          <option value="">{ts('countyAny')}</option>
          <Options items={HOME_COUNTIES} value={(c) => c.name} />
        </select>
      </label>
    </div>
  );
}
