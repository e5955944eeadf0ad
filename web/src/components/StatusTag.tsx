import type { GapStatus } from '#shared/enums.js';
import { GAP_STATUS_LABELS } from '#shared/labels.js';
import { STATUS_COLORS, STATUS_SYMBOLS } from '../graph/palette';
import { pick } from '../i18n';
import './widgets.css';

/** A segment's gap status as a tag: symbol, word and colour, so it never rests on colour alone. */
export function StatusTag({ status }: { status: GapStatus }) {
  return (
    <span className={`status-tag status-${status}`} style={{ borderColor: STATUS_COLORS[status], color: STATUS_COLORS[status] }}>
      {STATUS_SYMBOLS[status]} {pick(GAP_STATUS_LABELS[status])}
    </span>
  );
}
