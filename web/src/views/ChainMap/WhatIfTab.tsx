import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SearchBox } from '../../components/SearchBox';
import { figureOrBand, yi } from '../../lib/format';
import { ChainLeaders } from './ChainLeaders';
import { WaveFirms } from './WaveFirms';
import { whatIfExportUrl } from './exportLinks';
import type { ChainReport, Firm } from './queries';
import type { WhatIfState } from './useWhatIf';

interface Props {
  report: ChainReport;
  clusterId: string;
  /** the firms chosen for the next run, the result of the last run (the firms in the URL) and whether they differ */
  whatIf: WhatIfState;
  onClear: () => void;
  onRun: () => void;
  affectedNames: string[];
}

function FirmTags({ firm }: { firm: Firm }) {
  const { t } = useTranslation('chainMap');
  return (
    <>
      {firm.local !== null && (
        <span className={`ca-chip ${firm.local ? 'local' : 'outside'}`}>{firm.local ? t('firm.local') : t('firm.outside')}</span>
      )}
      {firm.chainLeader && <span className="ca-chip leader">{t('firm.leader')}</span>}
    </>
  );
}

/** 断链推演: choose firms to remove, run whatIf, and read the cut-offs wave by wave. */
export function WhatIfTab({ report, clusterId, whatIf, onClear, onRun, affectedNames }: Props) {
  const { t } = useTranslation('chainMap');
  const { picked, pick: onPick, unpick: onUnpick, result, running, error, stale } = whatIf;
  const [onlyCluster, setOnlyCluster] = useState(false);
  const year = result?.year ?? report.year;
  return (
    <div className="whatif" data-testid="whatif-tab">
      <p className="muted">{t('whatIf.intro')}</p>
      <div className="whatif-grid">
        <div className="whatif-pick">
          <h4>{t('whatIf.chosen')}</h4>
          {picked.length === 0 ? (
            <p className="muted">{t('whatIf.none')}</p>
          ) : (
            <ul className="chosen-firms" data-testid="whatif-chosen">
              {picked.map((f) => (
                <li key={f.creditCode}>
                  <span>{f.name}</span> <FirmTags firm={f} />
                  <button
                    type="button"
                    className="chip-remove"
                    aria-label={t('whatIf.remove', { name: f.name })}
                    onClick={() => onUnpick(f.creditCode)}
                  >
                    ✕
                  </button>
                </li>
              ))}
            </ul>
          )}
          <ChainLeaders report={report} picked={picked} onPick={onPick} />
          <div className="whatif-search">
            <SearchBox
              testId="whatif-search"
              placeholder={t('whatIf.search')}
              clusterId={onlyCluster ? clusterId : null}
              onPick={(hit) =>
                onPick({
                  creditCode: hit.creditCode,
                  name: hit.name,
                  local: hit.local,
                  chainLeader: hit.chainLeader,
                  county: hit.county,
                  city: hit.city,
                  province: hit.province,
                })
              }
            />
            <label className="only-cluster">
              <input type="checkbox" checked={onlyCluster} onChange={(e) => setOnlyCluster(e.target.checked)} /> {t('whatIf.onlyCluster')}
            </label>
          </div>
          <div className="panel-actions">
            <button type="button" className="primary" disabled={picked.length === 0 || running} onClick={onRun}>
              {running ? t('whatIf.running') : t('whatIf.run')}
            </button>
            <button type="button" disabled={picked.length === 0} onClick={onClear}>
              {t('whatIf.clear')}
            </button>
          </div>
        </div>
        <div className="whatif-result" aria-live="polite">
          {error && <ErrorMessage error={error} />}
          {stale && result && <p className="muted">{t('whatIf.changed')}</p>}
          {result && (
            <div data-testid="whatif-result">
              <p className="whatif-summary">
                {result.cutOffCount > 0
                  ? t('whatIf.result', {
                      removed: result.removed.length,
                      count: result.cutOffCount,
                      revenue: figureOrBand(result.affectedRevenue, result.affectedRevenueBand, (v) =>
                        t('panel.yiValue', { value: yi(v) }),
                      ),
                      year: result.figuresYear ?? year ?? '—',
                    })
                  : t('whatIf.resultNone', { removed: result.removed.length })}
              </p>
              {affectedNames.length > 0 && (
                <p className="affected-segments">{t('whatIf.affectedSegments', { segments: affectedNames.join('、') })}</p>
              )}
              {result.truncated && <p className="warning">{t('whatIf.truncated')}</p>}
              {result.removed.length > 0 && (
                <p className="panel-actions" data-testid="whatif-export">
                  <a className="button" href={whatIfExportUrl(clusterId, 'csv', result.removed, result.year)} download>
                    {t('whatIf.exportCsv')}
                  </a>
                  <a className="button" href={whatIfExportUrl(clusterId, 'xlsx', result.removed, result.year)} download>
                    {t('whatIf.exportXlsx')}
                  </a>
                </p>
              )}
              <ol className="waves">
                {result.waves.map((w) => (
                  <li key={w.depth} data-testid="whatif-wave">
                    <div className="wave-head">
                      <strong>{t('whatIf.wave', { depth: w.depth })}</strong>
                      <span>
                        {t('whatIf.waveSummary', {
                          count: w.firms.length,
                          revenue: figureOrBand(w.revenue, w.revenueBand, (v) => t('panel.yiValue', { value: yi(v) })),
                        })}
                      </span>
                    </div>
                    <WaveFirms firms={w.firms} />
                  </li>
                ))}
              </ol>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
