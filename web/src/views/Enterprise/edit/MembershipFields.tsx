import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { STAGE_LABELS } from '#shared/labels.js';
import { useGql } from '../../../api/client';
import { useMe } from '../../../auth/session';
import { EDIT_NS } from '../../../components/edit/messages';
import { pick } from '../../../i18n';
import { useFieldLabels } from './parts';
import type { Values } from './propertyValues';
import { CHAIN_SEGMENTS_QUERY, type EditClusters, type EditFirm } from './queries';
import type { EditForm } from './useEditForm';

const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id].sort() : list.filter((x) => x !== id));

/** The firm's clusters (only the user's own can change) and the segments of their chains. */
export function MembershipFields({ form, all, firm }: { form: EditForm<Values>; all: EditClusters; firm: EditFirm }) {
  const { t } = useTranslation(EDIT_NS);
  const me = useMe();
  const v = form.values;
  const { label } = useFieldLabels();
  const mine = new Set(me.role === 'ADMIN' ? all.map((c) => c.id) : me.clusterIds);
  const chainIds = useMemo(
    () =>
      [
        ...new Set(
          [...all.filter((c) => v.clusterIds.includes(c.id)).map((c) => c.chainId), ...firm.segments.map((s) => s.chainId)].filter(
            (id): id is string => Boolean(id),
          ),
        ),
      ].sort(),
    [all, v.clusterIds, firm.segments],
  );
  const segments = useGql(CHAIN_SEGMENTS_QUERY, { chainIds }, { enabled: chainIds.length > 0 });
  return (
    <>
      <fieldset className="edit-field">
        <legend>{label('clusterIds')}</legend>
        <div className="edit-choices" data-testid="firm-clusters">
          {all.map((c) => {
            const allowed = mine.has(c.id);
            return (
              <label key={c.id} className={allowed ? '' : 'disabled'} title={allowed ? undefined : t('clusterOutside')}>
                <input
                  type="checkbox"
                  checked={v.clusterIds.includes(c.id)}
                  disabled={!allowed}
                  onChange={(e) => form.set('clusterIds', toggle(v.clusterIds, c.id, e.target.checked))}
                />
                {c.name}
                {!allowed && <span className="muted"> ({t('clusterOutside')})</span>}
              </label>
            );
          })}
        </div>
        {form.errors.clusterIds && (
          <small className="field-error" role="alert">
            {form.errors.clusterIds}
          </small>
        )}
      </fieldset>
      <fieldset className="edit-field">
        <legend>{label('segmentIds')}</legend>
        <div className="edit-choices" data-testid="firm-segments">
          {chainIds.length === 0 ? (
            <span className="muted">{t('noSegments')}</span>
          ) : (
            (segments.data?.chainSegments ?? []).map((s) => (
              <label key={s.id}>
                <input
                  type="checkbox"
                  checked={v.segmentIds.includes(s.id)}
                  onChange={(e) => form.set('segmentIds', toggle(v.segmentIds, s.id, e.target.checked))}
                />
                {s.name} <small className="muted">{pick(STAGE_LABELS[s.stage])}</small>
              </label>
            ))
          )}
        </div>
        <small className="muted">{t('segmentsHint')}</small>
        {form.errors.segmentIds && (
          <small className="field-error" role="alert">
            {form.errors.segmentIds}
          </small>
        )}
      </fieldset>
    </>
  );
}
