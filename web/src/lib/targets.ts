import type { GapStatus } from '#shared/enums.js';
import { GAP_STATUS_LABELS } from '#shared/labels.js';
import { asText, type ExportCell } from '#shared/spreadsheet.js';
import { pick } from '../i18n';
import { place } from './format';

/** What a CSV row of an investment target (InvestmentTarget in the schema) is written from. */
interface TargetFigures {
  rank: number;
  name: string;
  creditCode: string;
  city: string | null;
  province: string | null;
  segmentName: string;
  segmentStatus: GapStatus;
  inflow: number;
  buyers: number;
}

/**
 * A target's cells from its rank to its buyers, as both target exports write them (the chain map's targets tab and
 * the ranked targets across clusters): rank, firm, credit code (kept as text), place, segment, status, inflow, buyers.
 */
export function targetCells(x: TargetFigures): ExportCell[] {
  return [
    x.rank,
    x.name,
    asText(x.creditCode),
    place(x.city, x.province),
    x.segmentName,
    pick(GAP_STATUS_LABELS[x.segmentStatus]),
    x.inflow,
    x.buyers,
  ];
}
