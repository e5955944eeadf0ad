import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NS } from './messages';
import type { ClusterChoice } from './queries';

/** A checkbox per cluster: the clusters an editor may edit. */
export function ClusterPicks({
  clusters,
  chosen,
  onChange,
}: {
  clusters: ClusterChoice[];
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  return (
    <div className="cluster-picks">
      {clusters.map((c) => (
        <label key={c.id}>
          <input
            type="checkbox"
            checked={chosen.includes(c.id)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, c.id] : chosen.filter((id) => id !== c.id))}
          />
          {c.name}
        </label>
      ))}
    </div>
  );
}

/** Changes an editor's clusters in the users table: the picks, save and cancel. */
export function ClusterEditor({
  clusters,
  initial,
  onSave,
  onCancel,
}: {
  clusters: ClusterChoice[];
  initial: string[];
  onSave: (ids: string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(NS);
  const [chosen, setChosen] = useState(initial);
  return (
    <div>
      <ClusterPicks clusters={clusters} chosen={chosen} onChange={setChosen} />
      <div className="row-actions">
        <button type="button" className="primary" onClick={() => onSave(chosen)}>
          {t('users.saveClusters')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('users.cancel')}
        </button>
      </div>
    </div>
  );
}
