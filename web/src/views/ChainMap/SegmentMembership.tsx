import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gql } from '../../api/client';
import { useCan, useMe } from '../../auth/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { EnterpriseSearchBox } from '../../components/EnterpriseSearchBox';
import { EDIT_NS } from '../../components/edit/messages';
import { ScopeNote } from '../../components/edit/ScopeNote';
import { SET_SEGMENT } from '../../api/segmentMembership';

/** Whether the signed-in user may change the segments of this cluster's firms, and why not (the server checks each firm). */
export function useSegmentScope(clusterId: string): { canWrite: boolean; allowed: boolean; reason: string | null } {
  const { t } = useTranslation(EDIT_NS);
  const me = useMe();
  const canWrite = useCan('data:write');
  const allowed = canWrite && (me.role === 'ADMIN' || me.clusterIds.includes(clusterId));
  return { canWrite, allowed, reason: allowed ? null : canWrite ? t('segment.outside') : t('noPermission') };
}

/** Puts a firm in this segment or takes one out (the chain map's segment panel). */
export function useSegmentMembership(segmentId: string) {
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { t } = useTranslation(EDIT_NS);
  const set = async (firm: { creditCode: string; name: string }, member: boolean) => {
    setBusy(true);
    setFailure(null);
    setNotice(null);
    try {
      await gql(SET_SEGMENT, { creditCode: firm.creditCode, segmentId, member });
      setNotice(t(member ? 'segment.assigned' : 'segment.removed', { name: firm.name }));
      await queryClient.invalidateQueries();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return { set, failure, notice, busy };
}

/** The remove button of one firm row. */
export function RemoveFromSegment({
  firm,
  scope,
  onRemove,
  busy,
}: {
  firm: { creditCode: string; name: string };
  scope: { allowed: boolean; reason: string | null };
  onRemove: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation(EDIT_NS);
  return (
    <button
      type="button"
      className="link-button"
      disabled={!scope.allowed || busy}
      title={scope.reason ?? t('segment.removeTitle', { name: firm.name })}
      aria-label={t('segment.removeTitle', { name: firm.name })}
      onClick={onRemove}
      data-testid="segment-remove"
    >
      ✕ {t('segment.remove')}
    </button>
  );
}

/** Under the segment's firm list: add a firm (search), what happened, and why it is disabled. */
export function SegmentAssign({
  scope,
  membership,
}: {
  scope: { canWrite: boolean; allowed: boolean; reason: string | null };
  membership: ReturnType<typeof useSegmentMembership>;
}) {
  const { t } = useTranslation(EDIT_NS);
  if (!scope.canWrite) return null;
  return (
    <div className="seg-membership" data-testid="segment-membership">
      <strong>{t('segment.manage')}</strong>
      {scope.allowed ? (
        <EnterpriseSearchBox placeholder={t('segment.pick')} testId="segment-assign" onSelect={(hit) => void membership.set(hit, true)} />
      ) : (
        <ScopeNote reason={scope.reason} testId="segment-scope-note" />
      )}
      {membership.notice && (
        <p className="notice" role="status" data-testid="segment-notice">
          ✓ {membership.notice}
        </p>
      )}
      {membership.failure !== null && <ErrorMessage error={membership.failure} />}
    </div>
  );
}
