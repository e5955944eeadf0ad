import { useTranslation } from 'react-i18next';
import { NS } from './messages';
import { COMMUNITY_COLORS, KIND_SHAPES, OTHER_COMMUNITY_COLOR } from './networkGraph';
import type { NetworkState } from './useNetwork';

const KINDS = ['ENTERPRISE', 'INSTITUTE', 'PLATFORM', 'CLUSTER'] as const;
const SWATCH: Record<string, string> = { triangle: 'triangle', ellipse: 'circle', hexagon: 'hexagon' };

/** The coloured communities (a click opens one), the small ones counted, the kinds' shapes and what size means. */
export function CommunityLegend({ state }: { state: NetworkState }) {
  const { t } = useTranslation(NS);
  const { derived, focus } = state;
  if (!derived) return null;
  const shown = COMMUNITY_COLORS.length;
  return (
    <div className="network-legend" aria-label={t('common.legend', { ns: 'translation' })} data-testid="community-legend">
      <strong>{t('communities')}</strong>
      {derived.list.slice(0, shown).map((c, i) => (
        <button
          type="button"
          key={c.id}
          className={focus === c.id ? 'legend-row legend-button active' : 'legend-row legend-button'}
          title={t('communityMembers', { count: c.size })}
          onClick={() => state.update({ community: focus === c.id ? null : String(c.id) })}
        >
          <span className="swatch circle" style={{ background: c.color }} />
          <span className="legend-name">{state.communityName(c, i)}</span>
          <span className="count">{c.size}</span>
        </button>
      ))}
      {derived.list.length > shown && (
        <div className="legend-row muted">
          <span className="swatch circle" style={{ background: OTHER_COMMUNITY_COLOR }} />
          {t('otherCommunities', { count: derived.list.length - shown })}
        </div>
      )}
      <strong className="legend-sub">{t('kinds')}</strong>
      {KINDS.map((kind) => (
        <div className="legend-row" key={kind}>
          <span
            className={`swatch ${SWATCH[KIND_SHAPES[kind] ?? ''] ?? 'square'}`}
            style={{ background: '#7f8c8d', ['--swatch' as string]: '#7f8c8d' }}
          />
          {t(`kind.${kind}`)}
        </div>
      ))}
      <div className="legend-row muted">{state.aggregated ? t('sizeLegendMembers') : t('sizeLegend')}</div>
    </div>
  );
}
