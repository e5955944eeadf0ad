import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../components/AddToListDialog';
import { AttractTab } from './forward/AttractTab';
import { EvolutionTab } from './forward/EvolutionTab';
import type { Evolution } from './forward/queries';
import { ExtensionTab } from './ExtensionTab';
import type { ChainReport } from './queries';
import { RisksTab } from './RisksTab';
import { TargetsTab } from './TargetsTab';
import type { ApiError } from '../../api/client';
import type { useChainParams, ChainTab } from './useChainParams';
import type { WhatIfState } from './useWhatIf';
import { WhatIfTab } from './WhatIfTab';

type ChainParams = ReturnType<typeof useChainParams>;

interface Props {
  clusterId: string;
  report: ChainReport;
  params: ChainParams[0];
  update: ChainParams[1];
  years: number[];
  fromYear: number | null;
  evolution: Evolution | undefined;
  evolutionError: ApiError | null;
  whatIf: WhatIfState;
  onAddToList: (candidates: Candidate[]) => void;
}

/** The lists under the map, one tab at a time (the tab and its filters live in the URL). */
export function ChainTabs({ clusterId, report, params, update, years, fromYear, evolution, evolutionError, whatIf, onAddToList }: Props) {
  const { t } = useTranslation('chainMap');
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
            years={years}
            fromYear={fromYear}
            onFrom={(from) => update(from === null ? { from: null, tab: 'targets' } : { from })}
            evolution={evolution}
            error={evolutionError}
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
            picked={whatIf.picked}
            onPick={whatIf.pick}
            onUnpick={whatIf.unpick}
            onClear={() => {
              whatIf.clear();
              update({ remove: null });
            }}
            onRun={() => update({ remove: whatIf.picked.map((f) => f.creditCode).join(',') })}
            result={whatIf.result}
            running={whatIf.running}
            error={whatIf.error}
            stale={whatIf.stale}
            affectedNames={report.segments.filter((s) => affected.has(s.segmentId)).map((s) => s.name)}
          />
        )}
      </div>
    </section>
  );
}
