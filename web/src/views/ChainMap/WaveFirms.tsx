import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WaveFirm } from './queries';

const WAVE_SHOWN = 40;

/** A wave's firms: the first 40, the rest on request (a wave can hold hundreds). */
export function WaveFirms({ firms }: { firms: WaveFirm[] }) {
  const { t } = useTranslation('chainMap');
  const [all, setAll] = useState(false);
  const shown = all ? firms : firms.slice(0, WAVE_SHOWN);
  return (
    <ul className="wave-firms">
      {shown.map((f) => (
        <li key={f.creditCode}>
          <Link to={`/enterprise/${encodeURIComponent(f.creditCode)}`}>{f.name}</Link>
          {f.chainLeader && <span className="ca-chip leader">{t('firm.leader')}</span>}
          {f.county && <span className="muted"> {f.county}</span>}
        </li>
      ))}
      {firms.length > WAVE_SHOWN && (
        <li>
          <button type="button" className="link-button" onClick={() => setAll(!all)}>
            {all ? t('whatIf.fewer') : t('whatIf.more', { count: firms.length - WAVE_SHOWN })}
          </button>
        </li>
      )}
    </ul>
  );
}
