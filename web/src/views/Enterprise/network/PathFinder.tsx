import { useTranslation } from 'react-i18next';
import { SUPPLY_PATH_MAX_LENGTH } from '#shared/limits.js';
import type { ApiError } from '../../../api/client';
import { EnterpriseSearchBox } from '../../../components/EnterpriseSearchBox';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { NS } from '../messages';
import { isDirected, type SupplyGraph } from '../queries';

/** The path to another firm: pick it, see the chain of names with the real supply direction of each step. */
export function PathFinder({
  creditCode,
  pathTo,
  path,
  loading,
  error,
  onChange,
  names,
}: {
  creditCode: string;
  pathTo: string | null;
  path: SupplyGraph | null;
  loading: boolean;
  error: ApiError | null;
  onChange: (to: string | null) => void;
  names: (id: unknown) => string;
}) {
  const { t } = useTranslation(NS);
  // The path as a chain of names in path order; each arrow shows the real supply direction.
  const steps = path ? [...path.nodes].sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0)) : [];
  const undirected = path ? !isDirected(path) : false;
  const arrow = (i: number) => (path?.edges[i - 1]?.source === steps[i - 1]?.id ? ' → ' : ' ← ');
  return (
    <div className="path-finder" data-testid="path-finder">
      <span className="path-label">{t('network.pathHeading')}</span>
      <EnterpriseSearchBox
        placeholder={t('network.pathPlaceholder')}
        exclude={creditCode}
        testId="path-search"
        onSelect={(hit) => onChange(hit.creditCode)}
      />
      {pathTo && (
        <button type="button" onClick={() => onChange(null)} data-testid="path-clear">
          {t('network.pathClear')}
        </button>
      )}
      <span className="path-result" data-testid="path-result">
        {!pathTo && <span className="muted small">{t('network.pathHint', { max: SUPPLY_PATH_MAX_LENGTH })}</span>}
        {pathTo && loading && <span className="muted">{t('common.loading', { ns: 'translation' })}</span>}
        {pathTo && error && <ErrorMessage error={error} />}
        {pathTo && !loading && !error && !path && <span className="warn">{t('network.pathNone', { max: SUPPLY_PATH_MAX_LENGTH })}</span>}
        {path && (
          <>
            <strong>{t('network.pathFound', { steps: path.edges.length })}：</strong>
            {steps.map((node, i) => (
              <span key={node.id}>
                {i > 0 && <span className="arrow">{arrow(i)}</span>}
                <span className="path-node">{node.label || names(node.id)}</span>
              </span>
            ))}
            {undirected && <div className="muted small">{t('network.pathUndirected')}</div>}
          </>
        )}
      </span>
    </div>
  );
}
