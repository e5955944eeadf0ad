import { useTranslation } from 'react-i18next';
import { GAP_STATUS_LABELS, SEGMENT_CHANGE_LABELS } from '#shared/labels.js';
import type { ApiError } from '../../../api/client';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { pick } from '../../../i18n';
import { percent } from '../../../lib/format';
import type { Evolution } from './queries';
import { CHANGE_SYMBOLS, evolutionSummary } from './useEvolution';
import './messages';
import { STATUS_SYMBOLS } from '../../../graph/palette';
import { SelectField } from '../../../components/Select';
import { TableHead } from '../../../components/TableHead';

interface Props {
  /** the map's year and the earlier years with supply data (latest first) */
  toYear: number | null;
  years: number[];
  fromYear: number | null;
  onFrom: (year: number | null) => void;
  evolution: Evolution | undefined;
  error: ApiError | null;
}

/** "Since 2023": the summary, the year to compare with, and every segment then and now. */
export function EvolutionSummary({ evolution }: { evolution: Evolution }) {
  const { t } = useTranslation('chainForward');
  return (
    <p className="evolution-summary" data-testid="evolution-summary">
      {evolutionSummary(t, evolution)}
    </p>
  );
}

export function EvolutionTab({ toYear, years, fromYear, onFrom, evolution, error }: Props) {
  const { t } = useTranslation('chainForward');
  const earlier = years.filter((y) => toYear !== null && y < toYear).sort((a, b) => a - b);
  if (earlier.length === 0)
    return (
      <p className="muted" data-testid="evolution-tab">
        {t('evolution.noEarlier')}
      </p>
    );
  const status = (s: keyof typeof GAP_STATUS_LABELS) => `${STATUS_SYMBOLS[s]} ${pick(GAP_STATUS_LABELS[s])}`;
  return (
    <div className="evolution" data-testid="evolution-tab">
      <p className="muted">{t('evolution.intro')}</p>
      <div className="panel-actions">
        <SelectField
          label={t('evolution.from')}
          spaced
          value={fromYear ?? ''}
          onChange={(v) => onFrom(v ? Number(v) : null)}
          testId="evolution-from"
          items={earlier}
        />
        <span>{t('evolution.to', { year: toYear })}</span>
        <button type="button" onClick={() => onFrom(null)}>
          {t('evolution.off')}
        </button>
      </div>
      {error && <ErrorMessage error={error} />}
      {evolution && (
        <>
          <EvolutionSummary evolution={evolution} />
          <table className="ca-table" data-testid="evolution-table">
            <TableHead
              ns="chainForward"
              prefix="evolution."
              columns={['segment', 'status', 'localFirms', 'ratio', 'change']}
              numeric={['localFirms', 'ratio']}
            />
            <tbody>
              {evolution.segments.map((s) => (
                <tr key={s.segmentId} className={`change-${s.change.toLowerCase()}`}>
                  <td>{s.name}</td>
                  <td className="nowrap">
                    {status(s.statusFrom)} → {status(s.statusTo)}
                  </td>
                  <td className="num">
                    {s.localFirmsFrom} → {s.localFirmsTo}
                  </td>
                  <td className="num">
                    {percent(s.localSupplyRatioFrom)} → {percent(s.localSupplyRatioTo)}
                  </td>
                  <td className="nowrap" data-change={s.change}>
                    {CHANGE_SYMBOLS[s.change]} {pick(SEGMENT_CHANGE_LABELS[s.change])}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
