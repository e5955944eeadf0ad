/** Rules of the 招商 pipeline shared by server and web (PRODUCT.md "Investment targets"). Pure. */
import { PIPELINE_STATUSES, type PipelineStatus } from './enums.js';

/** The pipeline's forward line, in order (DROPPED is off it: a firm may be dropped from any status). */
const LINE: readonly PipelineStatus[] = PIPELINE_STATUSES.filter((s) => s !== 'DROPPED');

/** A forward move past at least this many statuses is a large jump, which the UI asks to confirm (已识别 → 已签约 skips 2). */
const PIPELINE_JUMP_CONFIRM_SKIPPED = 2;

/** The statuses a forward move from `from` to `to` passes over, in order ([] for a backward move, no move, or DROPPED). */
export function skippedStatuses(from: PipelineStatus, to: PipelineStatus): PipelineStatus[] {
  const a = LINE.indexOf(from);
  const b = LINE.indexOf(to);
  if (a < 0 || b < 0 || b <= a) return [];
  return LINE.slice(a + 1, b);
}

/** A move that skips PIPELINE_JUMP_CONFIRM_SKIPPED statuses or more. */
export function isLargeJump(from: PipelineStatus, to: PipelineStatus): boolean {
  return skippedStatuses(from, to).length >= PIPELINE_JUMP_CONFIRM_SKIPPED;
}
