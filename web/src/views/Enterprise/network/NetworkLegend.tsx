import { useTranslation } from 'react-i18next';
import { NS } from '../messages';
import { CENTRE_COLOR, LEADER_COLOR, LOCAL_COLOR, OUTSIDE_COLOR, PATH_COLOR, SRDI_COLOR } from './styles';

/** What the shapes, colours, borders and line widths mean; how many firms are expanded. */
export function NetworkLegend({ expandedCount }: { expandedCount: number }) {
  const { t } = useTranslation(NS);
  return (
    <aside className="legend-strip" aria-label={t('common.legend', { ns: 'translation' })}>
      <div className="legend-row">
        <span className="swatch circle" style={{ background: LOCAL_COLOR, outline: `3px solid ${CENTRE_COLOR}` }} />
        {t('network.legendCentre')}
      </div>
      <div className="legend-row">
        <span className="swatch circle" style={{ background: LOCAL_COLOR }} />
        {t('network.legendLocal')}
      </div>
      <div className="legend-row">
        <span className="swatch diamond" style={{ background: OUTSIDE_COLOR }} />
        {t('network.legendOutside')}
      </div>
      <div className="legend-row" data-testid="legend-leader">
        <span className="swatch circle" style={{ background: LOCAL_COLOR, outline: `3px solid ${LEADER_COLOR}` }} />
        {t('network.legendLeader')}
      </div>
      <div className="legend-row" data-testid="legend-srdi">
        <span className="swatch circle" style={{ background: LOCAL_COLOR, boxShadow: `0 0 0 4px ${SRDI_COLOR}59` }} />
        {t('network.legendSrdi')}
      </div>
      <div className="legend-row">
        <span className="swatch circle" style={{ background: '#bbb', border: '3px double #1f2d3d' }} />
        {t('network.legendExpanded')}
      </div>
      <div className="legend-row">
        <span className="swatch square" style={{ background: LOCAL_COLOR, opacity: 0.7, border: '2px dashed #1f2d3d', borderRadius: 4 }} />
        {t('network.legendGroup')}
      </div>
      <div className="legend-row">
        <span className="swatch line" style={{ background: PATH_COLOR }} />
        {t('network.legendPath')}
      </div>
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
