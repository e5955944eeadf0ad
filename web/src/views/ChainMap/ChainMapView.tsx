import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { scopeParam } from '../../lib/links';
import { CytoscapeGraph } from '../../graph/CytoscapeGraph';
import { AddToListDialog } from '../../components/AddToListDialog';
import '../../components/widgets.css';
import './chain-map.css';
import { exportChain } from './chainExport';
import { chainStylesheet } from './chainElements';
import { ChainHeader } from './ChainHeader';
import { ChainLegend } from './ChainLegend';
import { ChainTabs } from './ChainTabs';
import { ClusterPicker } from './ClusterPicker';
import './messages';
import { SegmentList } from './SegmentList';
import { SegmentPanel } from './SegmentPanel';
import { useChainMap } from './useChainMap';

/** /chain → the cluster picker; /chain/:clusterId → that cluster's chain map. */
export function ChainMapView() {
  const { clusterId } = useParams();
  if (!clusterId) return <ClusterPicker />;
  return <ChainMap key={clusterId} clusterId={clusterId} />;
}

/** The least zoom at which the cards' 13 px text is 12 px on screen. */
const READABLE_ZOOM = 12 / 13;

function ChainMap({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation('chainMap');
  const {
    query,
    report,
    cluster,
    params,
    update,
    years,
    whatIf,
    dialog,
    setDialog,
    segments,
    fromYear,
    evolution,
    evolutionError,
    graphRef,
    elements,
    layout,
    counts,
    onYear,
    chooseSegment,
  } = useChainMap(clusterId);
  const onNodeTap = useCallback(
    (id: string, node: Record<string, unknown>) => {
      if (node.kind === 'segment') chooseSegment(id);
    },
    [chooseSegment],
  );

  if (query.isLoading) return <Loading />;
  if (query.error || !report) return <ChainError clusterId={clusterId} error={query.error} onRetry={() => void query.refetch()} />;

  const selected = segments.find((s) => s.segmentId === params.seg) ?? null;
  const onExport = (kind: 'png' | 'svg') => {
    const cy = graphRef.current?.cy();
    if (cy) exportChain(cy, kind, t, report, evolution, whatIf.affected.size > 0);
  };
  return (
    <section className="view chain-view" data-testid="chain-map">
      <ChainHeader
        report={report}
        cluster={cluster}
        counts={counts}
        years={years}
        evolution={evolution}
        fetching={query.isFetching}
        onYear={onYear}
        onScope={(scope) => update({ scope: scopeParam(scope) })}
        onExport={segments.length > 0 ? onExport : null}
      />
      {segments.length === 0 ? (
        <p className="muted">{t('header.noSegments')}</p>
      ) : (
        <div className="chain-body">
          <div className="chain-graph-column">
            <div className="graph-area chain-graph">
              <CytoscapeGraph
                ref={graphRef}
                elements={elements}
                stylesheet={chainStylesheet}
                layout={layout}
                ariaLabel={t('heading')}
                onNodeTap={onNodeTap}
                readableZoom={READABLE_ZOOM}
              />
              {selected && (
                <SegmentPanel
                  segment={selected}
                  report={report}
                  picked={new Set(whatIf.picked.map((f) => f.creditCode))}
                  onClose={() => update({ seg: null })}
                  onWhatIf={(firm) => {
                    whatIf.pick(firm);
                    update({ tab: 'whatif' });
                  }}
                  onAddToList={setDialog}
                  onAttract={(creditCode) => update({ tab: 'attract', attract: creditCode })}
                  onShowAllTargets={(segmentId) => update({ tab: 'targets', tseg: segmentId })}
                  onShowAllRisks={(segmentId) => update({ tab: 'risks', rseg: segmentId })}
                />
              )}
            </div>
            <ChainLegend
              counts={counts}
              singleSourceShare={report.thresholds.singleSourceShare}
              affected={whatIf.affected.size > 0}
              comparing={!!evolution}
            />
            <SegmentList segments={segments} chosen={params.seg} onChoose={chooseSegment} />
          </div>
        </div>
      )}
      <ChainTabs
        clusterId={clusterId}
        report={report}
        params={params}
        update={update}
        years={years}
        fromYear={fromYear}
        evolution={evolution}
        evolutionError={evolutionError}
        whatIf={whatIf}
        onAddToList={setDialog}
      />
      {dialog && (
        <AddToListDialog candidates={dialog} clusterId={clusterId} clusterName={report.clusterName} onClose={() => setDialog(null)} />
      )}
    </section>
  );
}

/** An unknown cluster (a link back to the picker) or another failure (retry). */
function ChainError({ clusterId, error, onRetry }: { clusterId: string; error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('chainMap');
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
      <ErrorMessage error={error} onRetry={onRetry} />
    </section>
  );
}
