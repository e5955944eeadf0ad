import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SrdiLevel } from '#shared/enums.js';
import { SRDI_LEVEL_LABELS } from '#shared/labels.js';
import { pick } from '../../../i18n';
import { wan } from '../../../lib/format';
import { NS } from '../messages';
import type { NodeHover } from '../../../graph/CytoscapeGraph';
import type { SupplyNetworkState } from './useSupplyNetwork';

/** The firm tapped: place, tags, revenue, distance from the centre; open, expand or collapse, path to it. */
export function NodeDetail({
  selected,
  centre,
  network,
  onPathTo,
}: {
  selected: Record<string, unknown>;
  centre: string;
  network: SupplyNetworkState;
  onPathTo: (creditCode: string) => void;
}) {
  const { t } = useTranslation(NS);
  const { visible, toggle } = network;
  const creditCode = selected.creditCode;
  return (
    <div className="graph-detail" data-testid="node-detail">
      <strong>{String(selected.label)}</strong>
      <div className="muted small">
        {selected.local ? t('profile.local') : t('profile.outside')} · {String(selected.creditCode)}
      </div>
      {(selected.chainLeader === true || typeof selected.srdiLevel === 'string') && (
        <div className="small">
          {selected.chainLeader === true && <span className="tag tag-leader">{t('profile.chainLeader')}</span>}
          {typeof selected.srdiLevel === 'string' && selected.srdiLevel !== 'NONE' && (
            <span className="tag tag-srdi">{pick(SRDI_LEVEL_LABELS[selected.srdiLevel as SrdiLevel])}</span>
          )}
        </div>
      )}
      <div className="small">
        {t('network.revenue')}：
        {typeof selected.revenue !== 'number' && typeof selected.revenueBand === 'string' && selected.revenueBand
          ? selected.revenueBand
          : `${money(selected.revenue)} ${t('common.wan', { ns: 'translation' })}`}
      </div>
      {typeof selected.depth === 'number' && selected.depth > 0 && (
        <div className="small muted">{t('network.depthFromCentre', { depth: selected.depth })}</div>
      )}
      {creditCode !== centre && (
        <div className="detail-actions">
          <Link to={`/enterprise/${encodeURIComponent(String(selected.creditCode))}`}>{t('network.openFirm')}</Link>
          <button type="button" onClick={() => void toggle(String(selected.creditCode))}>
            {visible?.active.includes(String(selected.creditCode)) ? t('network.collapse') : t('network.expand')}
          </button>
          <button type="button" onClick={() => onPathTo(String(creditCode))}>
            {t('network.pathTo')}
          </button>
        </div>
      )}
    </div>
  );
}

/** The supply link tapped: supplier → buyer, value (or its band), product, year. */
export function EdgeDetail({ selectedEdge, nodeName }: { selectedEdge: Record<string, unknown>; nodeName: (id: unknown) => string }) {
  const { t } = useTranslation(NS);
  return (
    <div className="graph-detail" data-testid="edge-detail">
      <strong>{t('network.edgeDetail', { supplier: nodeName(selectedEdge.source), buyer: nodeName(selectedEdge.target) })}</strong>
      <div className="small">
        {typeof selectedEdge.value !== 'number' && typeof selectedEdge.valueBand === 'string' && selectedEdge.valueBand
          ? t('network.edgeBand', { band: selectedEdge.valueBand })
          : t('network.edgeValue', { value: money(selectedEdge.value) })}
      </div>
      {typeof selectedEdge.product === 'string' && selectedEdge.product ? (
        <div className="small">{t('network.edgeProduct', { product: selectedEdge.product })}</div>
      ) : null}
      {typeof selectedEdge.year === 'number' && selectedEdge.year > 0 && (
        <div className="small muted">{t('network.edgeYear', { year: selectedEdge.year })}</div>
      )}
    </div>
  );
}

/** A figure from Cytoscape data (unknown type) in 万元, or — */
const money = (value: unknown) => (typeof value === 'number' ? wan(value) : '—');

/** The firm under the pointer: its full name (labels are cut short or hidden when zoomed out), place and 链主. */
export function NodeTooltip({ hover }: { hover: NodeHover }) {
  const { t } = useTranslation(NS);
  const { data } = hover;
  // beside the pointer, on the side with room
  const side = hover.x > hover.boxWidth / 2 ? { right: hover.boxWidth - hover.x + 14 } : { left: hover.x + 14 };
  return (
    <div className="graph-tooltip" role="tooltip" data-testid="node-tooltip" style={{ ...side, top: hover.y + 14 }}>
      <strong>{String(data.label)}</strong>
      <span>
        {data.local ? t('profile.local') : t('profile.outside')}
        {data.chainLeader === true && ` · ${t('profile.chainLeader')}`}
      </span>
    </div>
  );
}
