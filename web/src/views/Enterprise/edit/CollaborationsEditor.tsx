import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COLLABORATION_KINDS, type CollaborationKind } from '#shared/enums.js';
import { COLLABORATION_KIND_LABELS } from '#shared/labels.js';
import { checkNumberText, checkText, PRODUCT_MAX_LENGTH } from '#shared/valueRules.js';
import { gql, useGql } from '../../../api/client';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useAction } from '../../../hooks/useAction';
import { pick } from '../../../i18n';
import { EDIT_NS } from '../../../components/edit/messages';
import { EditFormElement, Field, FormActions, TextField, useFieldLabels } from './parts';
import { ADD_COLLABORATION, INSTITUTES_QUERY, REMOVE_COLLABORATION, type EditCollaboration, type EditFirm } from './queries';
import { useEditForm, type FieldErrors } from './useEditForm';
import { Options } from '../../../components/Options';

interface Values extends Record<string, unknown> {
  instituteId: string;
  kind: string;
  year: string;
  title: string;
}

const problem = (checked: { ok: boolean; message?: { zh: string; en: string } }) => (checked.ok ? undefined : pick(checked.message!));
const kindLabel = (kind: string) =>
  COLLABORATION_KINDS.includes(kind as CollaborationKind) ? pick(COLLABORATION_KIND_LABELS[kind as CollaborationKind]) : kind;

/** The firm's collaborations with research institutes (产学研): add one, remove one. */
export function CollaborationsEditor({ firm }: { firm: EditFirm }) {
  const { t } = useTranslation(EDIT_NS);
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const removal = useAction();
  const reason = firm.editScope.allowed ? null : firm.editScope.reason;

  const remove = async (c: EditCollaboration) => {
    if (!window.confirm(t('collaborations.confirmDelete'))) return;
    await removal.run(async () => {
      await gql(REMOVE_COLLABORATION, { key: { instituteId: c.institute.id, creditCode: firm.creditCode, kind: c.kind, year: c.year } });
      await queryClient.invalidateQueries();
    });
  };

  return (
    <section data-testid="collaborations-editor">
      <h3>{t('collaborations.heading')}</h3>
      {removal.error !== null && <ErrorMessage error={removal.error} />}
      {firm.collaborations.length === 0 ? (
        <p className="muted">{t('collaborations.none')}</p>
      ) : (
        <ul className="edit-list">
          {firm.collaborations.map((c) => (
            <li key={c.id}>
              <span className="grow">
                {c.institute.name} · {kindLabel(c.kind)} · {c.year === 0 ? t('links.yearUnknown') : c.year}
                {c.title && <span className="muted"> · {c.title}</span>}
              </span>
              <button
                type="button"
                className="danger"
                disabled={!firm.editScope.allowed}
                title={reason ?? undefined}
                onClick={() => void remove(c)}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {firm.editScope.allowed &&
        (adding ? (
          <CollaborationForm firm={firm} onDone={() => setAdding(false)} />
        ) : (
          <button type="button" onClick={() => setAdding(true)} data-testid="collaboration-add">
            + {t('collaborations.add')}
          </button>
        ))}
    </section>
  );
}

function CollaborationForm({ firm, onDone }: { firm: EditFirm; onDone: () => void }) {
  const { t } = useTranslation(EDIT_NS);
  const { label } = useFieldLabels();
  const institutes = useGql(INSTITUTES_QUERY);
  const validate = (v: Values): FieldErrors<Values> => ({
    instituteId: v.instituteId ? undefined : t('required'),
    year: problem(checkNumberText(v.year, 'year')),
    title: problem(checkText(v.title, PRODUCT_MAX_LENGTH)),
  });
  const form = useEditForm<Values>({
    id: 'collaboration',
    initial: { instituteId: '', kind: COLLABORATION_KINDS[0], year: '', title: '' },
    version: 0,
    validate,
    save: (v) => {
      const year = checkNumberText(v.year, 'year');
      return gql(ADD_COLLABORATION, {
        input: {
          instituteId: v.instituteId,
          creditCode: firm.creditCode,
          kind: v.kind,
          year: year.ok ? (year.value ?? 0) : 0,
          title: v.title.trim() || null,
        },
      });
    },
    onSaved: onDone,
  });
  const v = form.values;
  return (
    <EditFormElement form={form} label={t('collaborations.add')}>
      <div className="edit-grid">
        <Field form={form} name="instituteId" label={`${label('instituteId')} *`}>
          {(p) => (
            <select {...p} value={v.instituteId} onChange={(e) => form.set('instituteId', e.target.value)}>
              <option value="">—</option>
              <Options items={institutes.data?.researchInstitutes ?? []} value={(i) => i.id} label={(i) => i.name} />
            </select>
          )}
        </Field>
        <Field form={form} name="kind" label={label('kind')}>
          {(p) => (
            <select {...p} value={v.kind} onChange={(e) => form.set('kind', e.target.value)}>
              <Options items={COLLABORATION_KINDS} value={(k) => k} label={(k) => pick(COLLABORATION_KIND_LABELS[k])} />
            </select>
          )}
        </Field>
        <TextField form={form} name="year" label={label('year')} inputMode="numeric" placeholder={t('links.yearUnknown')} />
        <TextField form={form} name="title" label={label('title')} />
      </div>
      <FormActions form={form} onCancel={onDone} testId="collaboration" />
    </EditFormElement>
  );
}
