import { useTranslation } from 'react-i18next';
import { AttractTab } from './forward/AttractTab';
import { EvolutionTab } from './forward/EvolutionTab';
import { ExtensionTab } from './ExtensionTab';
import type { ChainReport } from './queries';
import { RisksTab } from './RisksTab';
import { TargetsTab } from './TargetsTab';
import type { ChainMapState } from './useChainMap';
import type { ChainTab } from './useChainParams';
import { WhatIfTab } from './WhatIfTab';

/** The lists under the map of `report` (the map's, once loaded), one tab at a time (the tab and its filters live in the URL). */
export function ChainTabs({ state, report }: { state: ChainMapState; report: ChainReport }) {
  const { t } = useTranslation('chainMap');
  const { clusterId, params, update, whatIf, setDialog: onAddToList } = state;
  const onAttract = (creditCode: string) => update({ tab: 'attract', attract: creditCode });
  const tabCounts: Record<ChainTab, number | null> = {
    targets: report.investmentTargetsHidden ? null : report.investmentTargets.length,
    extension: report.extensionOpportunities.length,
    risks: report.singleSourceRiskCount,
    whatif: null,
    evolution: null,
    attract: params.attract.length > 0 ? params.attract.length : null,
  };
  const tabLabels: Record<ChainTab, string> = {
    targets: t('tabs.targets'),
    extension: t('tabs.extension'),
    risks: t('tabs.risks'),
    whatif: t('tabs.whatIf'),
    evolution: t('tabs.evolution'),
    attract: t('tabs.attract'),
  };
  const affected = whatIf.affected;
  return (
    <section className="chain-lists">
      <div role="tablist" className="ca-tabs" aria-label={t('heading')}>
        {params.tabs.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            aria-selected={params.tab === tab}
            className={params.tab === tab ? 'active' : undefined}
            onClick={() => update({ tab })}
            data-testid={`tab-${tab}`}
          >
            {tabLabels[tab]}
            {tabCounts[tab] !== null && <span className="tab-count">{tabCounts[tab]}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="tab-panel">
        {params.tab === 'targets' && (
          <TargetsTab
            report={report}
            segmentFilter={params.tseg}
            onSegmentFilter={(tseg) => update({ tseg })}
            onAddToList={onAddToList}
            onAttract={onAttract}
          />
        )}
        {params.tab === 'evolution' && (
          <EvolutionTab
            toYear={report.year}
            years={state.years}
            fromYear={state.fromYear}
            onFrom={(from) => update(from === null ? { from: null, tab: 'targets' } : { from })}
            evolution={state.evolution}
            error={state.evolutionError}
          />
        )}
        {params.tab === 'attract' && (
          <AttractTab
            clusterId={clusterId}
            year={params.year}
            scope={params.scope}
            attract={params.attract}
            onClear={() => update({ attract: null })}
          />
        )}
        {params.tab === 'extension' && (
          <ExtensionTab report={report} onShowTargets={(segmentId) => update({ tab: 'targets', tseg: segmentId })} />
        )}
        {params.tab === 'risks' && <RisksTab report={report} segmentFilter={params.rseg} onSegmentFilter={(rseg) => update({ rseg })} />}
        {params.tab === 'whatif' && (
          <WhatIfTab
            report={report}
            clusterId={clusterId}
            whatIf={whatIf}
            onClear={() => {
              whatIf.clear();
              update({ remove: null });
            }}
            onRun={() => update({ remove: whatIf.picked.map((f) => f.creditCode).join(',') })}
            affectedNames={report.segments.filter((s) => affected.has(s.segmentId)).map((s) => s.name)}
          />
        )}
      </div>
    </section>
  );
}
