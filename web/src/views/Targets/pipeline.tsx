import type { PipelineStatus } from '#shared/enums.js';
import { PIPELINE_STATUS_LABELS } from '#shared/labels.js';
import type { TargetListSummary } from '../../api/targetLists';
import { pick } from '../../i18n';

/**
 * Colours of the pipeline, from first contact to landing (DROPPED grey); each status also has its
 * label. Also the tags' text colour, so each has AA contrast (4.5:1) on white; DROPPED's light
 * grey is only a bar fill, its tag text uses the muted ink.
 */
const PIPELINE_COLORS: Record<PipelineStatus, string> = {
  IDENTIFIED: '#5a6878',
  CONTACTED: '#1f6fb2',
  NEGOTIATING: '#a84f00',
  SIGNED: '#8e44ad',
  LANDED: '#1e7a3f',
  DROPPED: '#b0b7bf',
};

export function PipelineTag({ status }: { status: PipelineStatus }) {
  return (
    <span
      className={`pipeline-tag pipeline-${status}`}
      style={{ borderColor: PIPELINE_COLORS[status], color: status === 'DROPPED' ? 'var(--muted)' : PIPELINE_COLORS[status] }}
    >
      {pick(PIPELINE_STATUS_LABELS[status])}
    </span>
  );
}

/** A thin bar of the pipeline's counts (each status a coloured part, with its count in the title). */
export function PipelineBar({ counts }: { counts: TargetListSummary['statusCounts'] }) {
  const total = counts.reduce((s, c) => s + c.count, 0);
  if (total === 0) return null;
  return (
    <div className="pipeline-bar" aria-hidden>
      {counts
        .filter((c) => c.count > 0)
        .map((c) => (
          <span
            key={c.status}
            style={{ flex: c.count, background: PIPELINE_COLORS[c.status] }}
            title={`${pick(PIPELINE_STATUS_LABELS[c.status])} ${c.count}`}
          />
        ))}
    </div>
  );
}
