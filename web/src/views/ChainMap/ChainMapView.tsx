import { keepPreviousData } from '@tanstack/react-query';
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { GAP_STATUSES, type Stage } from '#shared/enums.js';
import { CLUSTER_LEVEL_LABELS, GAP_STATUS_LABELS, STAGE_LABELS } from '#shared/labels.js';
import { ApiError, gql, useGql } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { CytoscapeGraph, type CytoscapeGraphHandle } from '../../graph/CytoscapeGraph';
import { exportPng, exportSvg, fileSafe, today, type ExportFrame } from '../../graph/export';
import { LEVEL_COLORS } from '../../graph/palette';
import { pick } from '../../i18n';
import { AddToListDialog } from '../Targets/AddToListDialog';
import { percent } from '../../lib/format';
import type { Candidate } from '../Targets/queries';
import './chain-map.css';
import { ExtensionTab } from './ExtensionTab';
import { RisksTab } from './RisksTab';
import { TargetsTab } from './TargetsTab';
import { chainElements, chainStylesheet, legendElements } from './chainElements';
import { ChainLegend } from './ChainLegend';
import { ClusterPicker } from './ClusterPicker';
import { AttractTab } from './forward/AttractTab';
import { EvolutionSummary, EvolutionTab } from './forward/EvolutionTab';
import { useEvolution, useEvolutionMarks } from './forward/useEvolution';
import './messages';
import { CHAIN_REPORT_QUERY, WHAT_IF_FIRM_QUERY, WHAT_IF_QUERY, type ChainReport, type Firm, type Segment } from './queries';
import { SegmentList } from './SegmentList';
import { SegmentPanel } from './SegmentPanel';
import { CHAIN_TABS, useChainParams, type ChainTab } from './useChainParams';
import { WhatIfTab } from './WhatIfTab';
import { STATUS_SYMBOLS } from '../../graph/palette';

/** /chain → the cluster picker; /chain/:clusterId → that cluster's chain map. */
export function ChainMapView() {
  const { clusterId } = useParams();
  if (!clusterId) return <ClusterPicker />;
  return <ChainMap key={clusterId} clusterId={clusterId} />;
}

/** The least zoom at which the cards' 13 px text is 12 px on screen. */
const READABLE_ZOOM = 12 / 13;

/** Width of the segment panel over the graph (px), kept in step with chain-map.css. */
const PANEL_WIDTH = 400;

/** Names of firms known only by credit code (a what-if restored from a link): one request per firm, in parallel. */
async function fetchFirms(codes: string[]): Promise<Firm[]> {
  return Promise.all(
    codes.map(async (creditCode): Promise<Firm> => {
      const data = await gql(WHAT_IF_FIRM_QUERY, { creditCode });
      return data.enterprise ?? { creditCode, name: creditCode, local: null, chainLeader: false };
    }),
  );
}

function ChainMap({ clusterId }: { clusterId: string }) {
  const { t, i18n } = useTranslation('chainMap');
  const [params, update] = useChainParams();
  const graph = useRef<CytoscapeGraphHandle>(null);
  const { data, error, isLoading, isFetching, refetch } = useGql(CHAIN_REPORT_QUERY, { clusterId, year: params.year }, { placeholderData: keepPreviousData, retry: false });
  const report = data?.chainGapReport;
  const cluster = data?.cluster ?? null;
  // the years with supply data (0 = links without a year is not offered as a year)
  const years = useMemo(() => {
    const list = (report?.supplyYears ?? []).filter((y) => y > 0);
    if (report?.year && !list.includes(report.year)) list.push(report.year);
    return list.sort((a, b) => b - a);
  }, [report]);
  const latest = years[0] ?? null;

  // --- what-if: picks are local until run; the run's firms live in the URL (shareable)
  const [picked, setPicked] = useState<Firm[]>([]);
  const removeKey = params.remove.join(',');
  useEffect(() => {
    let cancelled = false;
    const known = new Map(picked.map((f) => [f.creditCode, f]));
    const missing = params.remove.filter((c) => !known.has(c));
    if (missing.length === 0) return;
    fetchFirms(missing)
      .then((firms) => {
        if (!cancelled) setPicked((prev) => [...prev, ...firms.filter((f) => !prev.some((p) => p.creditCode === f.creditCode))]);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
    // only when the URL's run changes (a restored link), not on every pick
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [removeKey]);
  const whatIf = useGql(WHAT_IF_QUERY, { clusterId, remove: params.remove, year: params.year }, { enabled: params.remove.length > 0, retry: false });
  const whatIfResult = params.remove.length > 0 ? whatIf.data?.whatIf : undefined;
  const pickedKey = picked.map((f) => f.creditCode).sort().join(',');
  const stale = params.remove.length > 0 && pickedKey !== [...params.remove].sort().join(',');
  const affected = useMemo(() => {
    const ids = new Set<string>();
    for (const wave of whatIfResult?.waves ?? []) for (const firm of wave.firms) for (const s of firm.segments) ids.add(s.id);
    return ids;
  }, [whatIfResult]);

  const [dialog, setDialog] = useState<Candidate[] | null>(null);

  // --- graph
  const segments = report?.segments ?? [];
  // FEEDS arrows between segments (the chain's own flow); the map falls back to stage columns without them
  const links = useMemo(() => segments.flatMap((s) => s.feeds.map((target) => ({ source: s.segmentId, target }))), [segments]);
  // laid out along the arrows there are no stage columns, so each card names its stage
  const withStage = links.length > 0;
  const nodeLabel = useCallback(
    (s: Segment) =>
      [
        s.name,
        `${STATUS_SYMBOLS[s.status]} ${pick(GAP_STATUS_LABELS[s.status])}${withStage ? ` · ${pick(STAGE_LABELS[s.stage])}` : ''}${s.singlePoint ? `  ${t('node.singlePoint')}` : ''}`,
        t('node.firms', { local: s.localFirms, cluster: s.clusterFirms }),
        s.localSupplyRatio === null || s.localSupplyRatio === undefined ? t('node.noInflow') : t('node.ratio', { value: percent(s.localSupplyRatio) }),
      ].join('\n'),
    // the language is part of the label
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language, withStage],
  );
  const stageLabel = useCallback((stage: Stage, count: number) => t('stage', { stage: pick(STAGE_LABELS[stage]), count }), [t]);
  const { elements, layout } = useMemo(() => chainElements(segments, nodeLabel, stageLabel, links), [segments, nodeLabel, stageLabel, links]);
  const selected = segments.find((s) => s.segmentId === params.seg) ?? null;
  // comparison with an earlier year: the evolution tab picks it (default the earliest), the URL keeps it
  const fromYear = params.from ?? (params.tab === 'evolution' ? (years.at(-1) ?? null) : null);
  const { evolution, error: evolutionError } = useEvolution(clusterId, fromYear !== null && fromYear < (report?.year ?? 0) ? fromYear : null, report?.year ?? null);
  useEvolutionMarks(graph, evolution, elements);

  useEffect(() => {
    const cy = graph.current?.cy();
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().removeClass('chosen affected dimmed');
      if (params.seg) cy.getElementById(params.seg).addClass('chosen');
      if (affected.size > 0) {
        cy.nodes('[kind = "segment"]').forEach((node) => {
          node.addClass(affected.has(node.id()) ? 'affected' : 'dimmed');
        });
      }
    });
  }, [elements, params.seg, affected]);

  // the side panel lies over the right of the graph: bring the chosen segment into view beside it
  useEffect(() => {
    const cy = graph.current?.cy();
    if (!cy || !params.seg) return;
    const node = cy.getElementById(params.seg);
    if (node.empty()) return;
    const visibleRight = cy.width() - PANEL_WIDTH - 24;
    const box = node.renderedBoundingBox();
    if (box.x2 > visibleRight) cy.animate({ panBy: { x: visibleRight - box.x2 - 16, y: 0 } }, { duration: 250 });
  }, [elements, params.seg]);

  const onNodeTap = useCallback(
    (id: string, node: Record<string, unknown>) => {
      if (node.kind !== 'segment') return;
      update({ seg: params.seg === id ? null : id });
    },
    [params.seg, update],
  );

  if (isLoading) return <Loading />;
  if (error || !report) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') {
      return (
        <section className="view chain-view">
          <div className="error-message" role="alert" data-code="NOT_FOUND" data-testid="chain-error">
            <span>⚠ {t('notFound', { id: clusterId })}</span>
            <Link to="/chain">{t('backToPicker')}</Link>
          </div>
        </section>
      );
    }
    return (
      <section className="view chain-view" data-testid="chain-error">
        <ErrorMessage error={error} onRetry={() => void refetch()} />
      </section>
    );
  }

  const counts = Object.fromEntries(GAP_STATUSES.map((s) => [s, segments.filter((x) => x.status === s).length])) as Record<(typeof GAP_STATUSES)[number], number>;
  const th = report.thresholds;
  // The picture carries its own legend (keys drawn like the cards, under the chain); the frame adds the title and facts.
  const frame = (): ExportFrame => ({
    title: t('exportTitle', { cluster: report.clusterName, chain: report.chainName ?? '' }),
    footnote: [
      t('exportSubtitle', { completeness: percent(report.completeness), year: report.year ?? '—', date: today() }),
      ...(evolution ? [t('evolution.summary', { ns: 'chainForward', from: evolution.fromYear, healed: evolution.gapsHealed, fresh: evolution.gapsNew, persistent: evolution.gapsPersistent, before: percent(evolution.completenessFrom), now: percent(evolution.completenessTo) })] : []),
      t('exportFootnote'),
    ].join(' · '),
  });
  /** Exports with the legend under the chain and without the on-screen selection (what-if marks stay: they are the point). */
  const exportWith = (run: (cy: Core) => unknown) => {
    const cy = graph.current?.cy();
    if (!cy) return;
    const chosen = cy.nodes('.chosen');
    chosen.removeClass('chosen');
    const legend = cy.add(
      legendElements(
        cy.elements().boundingBox(),
        GAP_STATUSES.map((s) => ({ status: s, label: `${STATUS_SYMBOLS[s]} ${pick(GAP_STATUS_LABELS[s])}` })),
        [t('legend.singlePoint', { share: percent(th.singlePointShare) }), ...(affected.size > 0 ? [t('legend.affectedExport')] : []), ...(evolution ? [t('evolution.legend', { ns: 'chainForward' })] : [])],
      ),
    );
    try {
      run(cy);
    } finally {
      cy.remove(legend);
      chosen.addClass('chosen');
    }
  };
  const fileBase = `${fileSafe(report.clusterName)}-${t('heading')}-${report.year ?? ''}`;
  const tabCounts: Record<ChainTab, number | null> = {
    targets: report.investmentTargetsHidden ? null : report.investmentTargets.length,
    extension: report.extensionOpportunities.length,
    risks: report.singleSourceRiskCount,
    whatif: null,
    evolution: null,
    attract: params.attract.length > 0 ? params.attract.length : null,
  };
  const tabLabels: Record<ChainTab, string> = { targets: t('tabs.targets'), extension: t('tabs.extension'), risks: t('tabs.risks'), whatif: t('tabs.whatIf'), evolution: t('tabs.evolution'), attract: t('tabs.attract') };
  const onAttract = (creditCode: string) => update({ tab: 'attract', attract: creditCode });
  const pickFirm = (firm: Firm) => setPicked((prev) => (prev.some((p) => p.creditCode === firm.creditCode) ? prev : [...prev, firm]));

  return (
    <section className="view chain-view" data-testid="chain-map">
      <header className="view-header chain-header">
        <div className="title-row">
          <h2 data-testid="chain-title">{report.clusterName}</h2>
          {cluster && (
            <span className="level-tag" style={{ borderColor: LEVEL_COLORS[cluster.level], color: LEVEL_COLORS[cluster.level] }} data-testid="chain-level">
              {pick(CLUSTER_LEVEL_LABELS[cluster.level])}
            </span>
          )}
          <span className="muted">
            {cluster?.county ? `${cluster.county} · ` : ''}
            {report.chainName ?? ''}
          </span>
          {report.chainId && (
            <Link to={`/compare/${encodeURIComponent(report.chainId)}`} data-testid="chain-compare-link">
              {t('header.compare')}
            </Link>
          )}
          <span className="spacer" />
          <label className="year-select">
            {t('header.year')}{' '}
            <select value={report.year ?? ''} onChange={(e) => update({ year: Number(e.target.value) === latest ? null : e.target.value, remove: null, from: null })} data-testid="year-select" disabled={years.length === 0}>
              {years.length === 0 && <option value="">{t('header.noYear')}</option>}
              {years.map((y) => (
                <option key={y} value={y}>
                  {y === latest ? t('header.yearLatest', { year: y }) : t('header.yearOption', { year: y })}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => exportWith((cy) => void exportPng(cy, frame(), `${fileBase}.png`))} disabled={segments.length === 0}>
            {t('header.exportPng')}
          </button>
          <button type="button" onClick={() => exportWith((cy) => exportSvg(cy, frame(), `${fileBase}.svg`))} disabled={segments.length === 0}>
            {t('header.exportSvg')}
          </button>
          <Link className="button" to="/chain">
            {t('header.switchCluster')}
          </Link>
        </div>
        <p className="summary kpis">
          <strong className="completeness" data-testid="completeness">
            {t('header.completeness', { value: percent(report.completeness) })}
          </strong>
          <span>{t('header.segments', { count: segments.length })}</span>
          <span>{t('header.gaps', { missing: counts.MISSING, weak: counts.WEAK })}</span>
          {report.figuresYear && <span className="muted">{t('header.figuresYear', { year: report.figuresYear })}</span>}
          {isFetching && <span className="muted">{t('common.loading', { ns: 'translation' })}</span>}
        </p>
        {evolution && <EvolutionSummary evolution={evolution} />}
        <p className="hint" data-testid="thresholds">
          {t('header.thresholds', { weak: percent(th.weakLocalSupplyRatio), strong: percent(th.strongLocalSupplyRatio), minFirms: th.strongMinLocalFirms, single: percent(th.singlePointShare) })}
        </p>
      </header>

      {segments.length === 0 ? (
        <p className="muted">{t('header.noSegments')}</p>
      ) : (
        <div className="chain-body">
          <div className="chain-graph-column">
            <div className="graph-area chain-graph">
              <CytoscapeGraph ref={graph} elements={elements} stylesheet={chainStylesheet} layout={layout} ariaLabel={t('heading')} onNodeTap={onNodeTap} readableZoom={READABLE_ZOOM} />
              {selected && (
                <SegmentPanel
                  segment={selected}
                  report={report}
                  picked={new Set(picked.map((f) => f.creditCode))}
                  onClose={() => update({ seg: null })}
                  onWhatIf={(firm) => {
                    pickFirm(firm);
                    update({ tab: 'whatif' });
                  }}
                  onAddToList={setDialog}
                  onAttract={onAttract}
                  onShowAllTargets={(segmentId) => update({ tab: 'targets', tseg: segmentId })}
                  onShowAllRisks={(segmentId) => update({ tab: 'risks', rseg: segmentId })}
                />
              )}
            </div>
            <ChainLegend counts={counts} singlePointShare={th.singlePointShare} affected={affected.size > 0} comparing={!!evolution} />
            <SegmentList segments={segments} chosen={params.seg} onChoose={(id) => update({ seg: params.seg === id ? null : id })} />
          </div>
        </div>
      )}

      <section className="chain-lists">
        <div role="tablist" className="ca-tabs" aria-label={t('heading')}>
          {params.tabs.map((tab) => (
            <button key={tab} type="button" role="tab" aria-selected={params.tab === tab} className={params.tab === tab ? 'active' : undefined} onClick={() => update({ tab })} data-testid={`tab-${tab}`}>
              {tabLabels[tab]}
              {tabCounts[tab] !== null && <span className="tab-count">{tabCounts[tab]}</span>}
            </button>
          ))}
        </div>
        <div role="tabpanel" className="tab-panel">
          {params.tab === 'targets' && <TargetsTab report={report} segmentFilter={params.tseg} onSegmentFilter={(tseg) => update({ tseg })} onAddToList={setDialog} onAttract={onAttract} />}
          {params.tab === 'evolution' && <EvolutionTab toYear={report.year} years={years} fromYear={fromYear} onFrom={(from) => update(from === null ? { from: null, tab: 'targets' } : { from })} evolution={evolution} error={evolutionError} />}
          {params.tab === 'attract' && <AttractTab clusterId={clusterId} year={params.year} attract={params.attract} onClear={() => update({ attract: null })} />}
          {params.tab === 'extension' && <ExtensionTab report={report} onShowTargets={(segmentId) => update({ tab: 'targets', tseg: segmentId })} />}
          {params.tab === 'risks' && <RisksTab report={report} segmentFilter={params.rseg} onSegmentFilter={(rseg) => update({ rseg })} />}
          {params.tab === 'whatif' && (
            <WhatIfTab
              report={report}
              clusterId={clusterId}
              picked={picked}
              onPick={pickFirm}
              onUnpick={(code) => setPicked((prev) => prev.filter((f) => f.creditCode !== code))}
              onClear={() => {
                setPicked([]);
                update({ remove: null });
              }}
              onRun={() => update({ remove: picked.map((f) => f.creditCode).join(',') })}
              result={whatIfResult}
              running={whatIf.isFetching}
              error={whatIf.error}
              stale={stale}
              affectedNames={segments.filter((s) => affected.has(s.segmentId)).map((s) => s.name)}
            />
          )}
        </div>
      </section>

      {dialog && <AddToListDialog candidates={dialog} clusterId={clusterId} clusterName={report.clusterName} onClose={() => setDialog(null)} />}
    </section>
  );
}
