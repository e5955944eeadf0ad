import { useTranslation } from 'react-i18next';
import { LOCAL_SCOPE_LABELS, LOCAL_SCOPES } from '#shared/regions.js';
import type { LocalScope } from '../../gql/graphql';
import { pick } from '../../i18n';
import './messages';

/**
 * Where a firm counts as local (本地) in the chain map: the cluster's county (县域), city (市域,
 * the default) or province (省域). The view keeps the choice in the link (?scope=county).
 */
export function ScopeSwitch({ scope, onChange }: { scope: LocalScope; onChange: (scope: LocalScope) => void }) {
  const { t } = useTranslation('chainMap');
  return (
    <label className="year-select" title={t('header.scopeHint')}>
      {t('header.scope')}{' '}
      <select value={scope} onChange={(e) => onChange(e.target.value as LocalScope)} data-testid="scope-select">
        {LOCAL_SCOPES.map((s) => (
          <option key={s} value={s}>
            {pick(LOCAL_SCOPE_LABELS[s])}
          </option>
        ))}
      </select>
    </label>
  );
}
