import { useTranslation } from 'react-i18next';
import { HOME_COUNTIES } from '#shared/facts.js';
import { checkNumberText, checkText, NAME_MAX_LENGTH, PLACE_MAX_LENGTH } from '#shared/valueRules.js';
import { gql } from '../../../api/client';
import { pick } from '../../../i18n';
import { MembershipFields } from './MembershipFields';
import type { Values } from './propertyValues';
import { EDIT_NS } from '../../../components/edit/messages';
import { ConflictNotice, EditFormElement, FormActions, TextField, useFieldLabels } from './parts';
import { UPDATE_ENTERPRISE, type EditClusters, type EditFirm } from './queries';
import { useEditForm, type FieldErrors } from './useEditForm';

const problem = (checked: { ok: boolean; message?: { zh: string; en: string } }) => (checked.ok ? undefined : pick(checked.message!));

/** The same rules as the importer and the server (server/shared/valueRules.ts), checked as the user types. */
function validate(v: Values): FieldErrors<Values> {
  return {
    name: problem(checkText(v.name, NAME_MAX_LENGTH, true)),
    county: problem(checkText(v.county, PLACE_MAX_LENGTH)),
    city: problem(checkText(v.city, PLACE_MAX_LENGTH)),
    province: problem(checkText(v.province, PLACE_MAX_LENGTH)),
    founded: problem(checkNumberText(v.founded, 'year')),
  };
}

/** Only what the user changed is sent: a field they left alone cannot undo someone else's change to it. */
function changes(v: Values, base: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const text = (s: string) => (s.trim() === '' ? null : s.trim());
  if (v.name !== base.name) out.name = v.name.trim();
  if (v.local !== base.local) out.local = v.local;
  if (v.chainLeader !== base.chainLeader) out.chainLeader = v.chainLeader;
  for (const key of ['county', 'city', 'province'] as const) if (v[key] !== base[key]) out[key] = text(v[key]);
  if (v.founded !== base.founded) {
    const founded = checkNumberText(v.founded, 'year');
    out.founded = founded.ok ? founded.value : null;
  }
  if (v.clusterIds.join() !== base.clusterIds.join()) out.clusterIds = v.clusterIds;
  if (v.segmentIds.join() !== base.segmentIds.join()) out.segmentIds = v.segmentIds;
  return out;
}

/** The values as the server reports them in a CONFLICT (to show field by field). */
const compare = (v: Values): Record<string, unknown> => ({
  name: v.name,
  local: v.local,
  county: v.county || null,
  city: v.city || null,
  province: v.province || null,
  founded: v.founded === '' ? null : Number(v.founded),
  chainLeader: v.chainLeader,
  clusterIds: [...v.clusterIds].sort(),
  segmentIds: [...v.segmentIds].sort(),
});

/** The firm's own properties and memberships: name, place, founded, 链主, clusters, segments. */
export function PropertiesForm({ firm, all, onDone }: { firm: EditFirm; all: EditClusters; onDone: () => void }) {
  const { t } = useTranslation(EDIT_NS);
  const initial: Values = {
    name: firm.name,
    local: firm.local,
    county: firm.county ?? '',
    city: firm.city ?? '',
    province: firm.province ?? '',
    founded: firm.founded === null ? '' : String(firm.founded),
    chainLeader: firm.chainLeader,
    clusterIds: firm.clusters.map((c) => c.id).sort(),
    segmentIds: firm.segments.map((s) => s.id).sort(),
  };
  const form = useEditForm<Values>({
    id: 'firm',
    initial,
    version: firm.version,
    validate,
    save: (values, expectedVersion): Promise<unknown> =>
      gql(UPDATE_ENTERPRISE, { creditCode: firm.creditCode, input: changes(values, form.base), expectedVersion }),
    onSaved: onDone,
  });
  const v = form.values;
  const { labels, label } = useFieldLabels();

  return (
    <EditFormElement form={form} label={t('editProperties')} testId="firm-form">
      <ConflictNotice form={form} labels={labels} compare={compare} />
      <div className="edit-grid">
        <TextField form={form} name="name" label={`${label('name')} *`} required maxLength={NAME_MAX_LENGTH + 10} />
        <TextField form={form} name="founded" label={label('founded')} inputMode="numeric" placeholder="2005" />
        <TextField form={form} name="county" label={label('county')} list="edit-counties" />
        <datalist id="edit-counties">
          {HOME_COUNTIES.map((c) => (
            <option key={c.name} value={c.name} />
          ))}
        </datalist>
        <TextField form={form} name="city" label={label('city')} />
        <TextField form={form} name="province" label={label('province')} />
      </div>
      <div className="edit-toolbar">
        <label className="edit-check">
          <input type="checkbox" checked={v.local} onChange={(e) => form.set('local', e.target.checked)} data-testid="firm-local" />
          {label('local')}
        </label>
        <label className="edit-check">
          <input
            type="checkbox"
            checked={v.chainLeader}
            onChange={(e) => form.set('chainLeader', e.target.checked)}
            data-testid="firm-chainLeader"
          />
          {label('chainLeader')}
        </label>
      </div>
      <MembershipFields form={form} all={all} firm={firm} />
      <FormActions form={form} onCancel={onDone} testId="firm" />
    </EditFormElement>
  );
}
