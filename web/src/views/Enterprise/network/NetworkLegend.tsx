import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { NS } from '../messages';
import { CENTRE_COLOR, LEADER_COLOR, LOCAL_COLOR, OUTSIDE_COLOR, PATH_COLOR, SRDI_COLOR } from './styles';

/** The keys of the firms and the path: a swatch's shape and style, its text (network.<label>), a test id for some. */
const KEYS: { shape: 'circle' | 'diamond' | 'square' | 'line'; style: CSSProperties; label: string; testId?: string }[] = [
  { shape: 'circle', style: { background: LOCAL_COLOR, outline: `3px solid ${CENTRE_COLOR}` }, label: 'legendCentre' },
  { shape: 'circle', style: { background: LOCAL_COLOR }, label: 'legendLocal' },
  { shape: 'diamond', style: { background: OUTSIDE_COLOR }, label: 'legendOutside' },
  {
    shape: 'circle',
    style: { background: LOCAL_COLOR, outline: `3px solid ${LEADER_COLOR}` },
    label: 'legendLeader',
    testId: 'legend-leader',
  },
  {
    shape: 'circle',
    style: { background: LOCAL_COLOR, boxShadow: `0 0 0 4px ${SRDI_COLOR}59` },
    label: 'legendSrdi',
    testId: 'legend-srdi',
  },
  { shape: 'circle', style: { background: '#bbb', border: '3px double #1f2d3d' }, label: 'legendExpanded' },
  {
    shape: 'square',
    style: { background: LOCAL_COLOR, opacity: 0.7, border: '2px dashed #1f2d3d', borderRadius: 4 },
    label: 'legendGroup',
  },
  { shape: 'line', style: { background: PATH_COLOR }, label: 'legendPath' },
];

/** What the shapes, colours, borders and line widths mean; how many firms are expanded. */
export function NetworkLegend({ expandedCount }: { expandedCount: number }) {
  const { t } = useTranslation(NS);
  return (
    <aside className="legend-strip" aria-label={t('common.legend', { ns: 'translation' })}>
      {KEYS.map((key) => (
        <div key={key.label} className="legend-row" data-testid={key.testId}>
          <span className={`swatch ${key.shape}`} style={key.style} />
          {t(`network.${key.label}`)}
        </div>
      ))}
      <div className="legend-row muted">
        <span className="edge-widths" aria-hidden>
          <i style={{ height: 1 }} />
          <i style={{ height: 3 }} />
          <i style={{ height: 6 }} />
        </span>
        {t('network.legendEdge')}
      </div>
      {expandedCount > 0 && <div className="legend-row muted">{t('network.expanded', { count: expandedCount })}</div>}
    </aside>
  );
}
