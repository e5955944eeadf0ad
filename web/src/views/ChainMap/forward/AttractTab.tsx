import { useTranslation } from 'react-i18next';
import type { GapStatus } from '#shared/enums.js';
import { GAP_STATUS_LABELS } from '#shared/labels.js';
import { useGql } from '../../../api/client';
import type { LocalScope } from '../../../gql/graphql';
import { ErrorMessage, Loading } from '../../../components/ErrorMessage';
import { pick } from '../../../i18n';
import { percent, wan } from '../../../lib/format';
import { ATTRACT_QUERY } from './queries';
import './messages';
import { STATUS_SYMBOLS } from '../../../graph/palette';

const status = (s: GapStatus) => `${STATUS_SYMBOLS[s]} ${pick(GAP_STATUS_LABELS[s])}`;

/** 若引进此企业: the chain before and after the firms in the URL set up locally (whatIfAttract at the map's scope; nothing is written). */
export function AttractTab({
  clusterId,
  year,
  scope,
  attract,
  onClear,
}: {
  clusterId: string;
  year: number | null;
  scope: LocalScope;
  attract: string[];
  onClear: () => void;
}) {
  const { t, i18n } = useTranslation('chainForward');
  const en = i18n.language === 'en';
  const { data, error, isLoading } = useGql(
    ATTRACT_QUERY,
    { clusterId, attract, year, scope },
    { enabled: attract.length > 0, retry: false },
  );
  if (attract.length === 0)
    return (
      <p className="muted" data-testid="attract-tab">
        {t('attract.none')}
      </p>
    );
  const r = data?.whatIfAttract;
  const changed = r?.segments.filter((s) => s.statusBefore !== s.statusAfter) ?? [];
  const moved = r?.segments.filter((s) => s.statusBefore === s.statusAfter && s.localSupplyRatioBefore !== s.localSupplyRatioAfter) ?? [];
  return (
    <div className="attract" data-testid="attract-tab" aria-live="polite">
      <p className="muted">{t('attract.intro')}</p>
      {error && <ErrorMessage error={error} />}
      {isLoading && <Loading />}
      {r && (
        <div data-testid="attract-result">
          <p>
            <strong>{t('attract.firms', { names: r.attracted.map((f) => f.name).join('、') })}</strong>{' '}
            <button type="button" className="link-button" onClick={onClear}>
              {t('attract.clear')}
            </button>
          </p>
          <p className="completeness" data-testid="attract-completeness">
            {t('attract.completeness', { before: percent(r.completenessBefore), after: percent(r.completenessAfter) })}
          </p>
          <h4>{t('attract.changed')}</h4>
          {changed.length === 0 ? (
            <p className="muted">{t('attract.noChange')}</p>
          ) : (
            <ul data-testid="attract-changed">
              {changed.map((s) => (
                <li key={s.segmentId}>
                  {s.name}：{status(s.statusBefore)} → {status(s.statusAfter)} · {percent(s.localSupplyRatioBefore)} →{' '}
                  {percent(s.localSupplyRatioAfter)}
                </li>
              ))}
            </ul>
          )}
          {moved.length > 0 && (
            <>
              <h4>{t('attract.ratioChanges')}</h4>
              <ul>
                {moved.map((s) => (
                  <li key={s.segmentId}>
                    {s.name}：{percent(s.localSupplyRatioBefore)} → {percent(s.localSupplyRatioAfter)} ({status(s.statusAfter)})
                  </li>
                ))}
              </ul>
            </>
          )}
          <h4>{t('attract.indicators')}</h4>
          {r.indicatorChanges.length === 0 ? (
            <p className="muted">{t('attract.noIndicators')}</p>
          ) : (
            <ul data-testid="attract-indicators">
              {r.indicatorChanges.map((i) => (
                <li key={i.key}>
                  {en ? i.labelEn : i.label}: +{wan(i.change, 0)} {en ? i.unitEn : i.unit}{' '}
                  <span className="muted">({en ? i.basisEn : i.basis})</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
