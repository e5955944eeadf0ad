import { useTranslation } from 'react-i18next';
import { LOCAL_SCOPE_LABELS, LOCAL_SCOPES } from '#shared/regions.js';
import type { LocalScope } from '../gql/graphql';
import { pick } from '../i18n';
import './ScopeSwitch.messages';

/**
 * Where a firm counts as local (本地) in the chain map and the peer comparison: the cluster's county (县域), city (市域,
 * the default) or province (省域). Each view keeps the choice in its link (?scope=county).
 */
export function ScopeSwitch({ scope, onChange }: { scope: LocalScope; onChange: (scope: LocalScope) => void }) {
  const { t } = useTranslation('scopeSwitch');
  return (
    <label className="year-select" title={t('hint')}>
      {t('label')}{' '}
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
