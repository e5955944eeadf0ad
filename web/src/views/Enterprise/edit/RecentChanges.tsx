import { useTranslation } from 'react-i18next';
import { EDIT_NS } from '../../../components/edit/messages';
import { dateTime } from '../../../lib/format';
import { plainText } from '../../../lib/text';
import type { ChangeEntry } from './queries';

const brief = (json: string | null, label: (key: string) => string): string => {
  if (json === null) return '—';
  try {
    const value = JSON.parse(json) as Record<string, unknown>;
    return Object.entries(value)
      .map(([key, v]) => `${label(key)}: ${v === null ? '—' : Array.isArray(v) ? v.join('、') : plainText(v)}`)
      .join('; ');
  } catch {
    return json;
  }
};

/** A firm's latest changes: when, who (display name), what, and the values before → after. */
export function RecentChanges({ changes }: { changes: ChangeEntry[] }) {
  const { t } = useTranslation(EDIT_NS);
  const label = (key: string) => String(t(`fields.${key}`, { defaultValue: key }));
  return (
    <section data-testid="recent-changes">
      <h3>{t('recent.heading')}</h3>
      {changes.length === 0 ? (
        <p className="muted">{t('recent.none')}</p>
      ) : (
        <ul className="edit-list recent-list">
          {changes.map((c) => (
            <li key={c.id} data-testid="recent-change">
              <span className="when">{dateTime(c.at)}</span> <strong data-testid="recent-user">{c.userName}</strong>{' '}
              {t(`recent.actions.${c.action.replace('.', '_')}`, { defaultValue: c.action })}
              <div className="diff">
                {brief(c.before, label)} → {brief(c.after, label)}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
