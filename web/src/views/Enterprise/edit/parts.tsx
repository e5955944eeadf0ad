import type { InputHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { EDIT_NS } from '../../../components/edit/messages';
import { dateTime } from '../../../lib/format';
import { plainText } from '../../../lib/text';
import type { EditForm } from './useEditForm';
import '../../../components/edit/edit.css';
import { TableHead } from '../../../components/TableHead';

/** A labelled input with its error beside it (aria-invalid and aria-describedby for screen readers). */
export function Field<V extends Record<string, unknown>>({
  form,
  name,
  label,
  children,
  hint,
}: {
  form: EditForm<V>;
  name: keyof V & string;
  label: string;
  hint?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined; 'data-testid': string }) => ReactNode;
}) {
  const id = form.fieldId(name);
  const error = form.errors[name];
  return (
    <div className={error ? 'edit-field has-error' : 'edit-field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': error ? `${id}-error` : undefined, 'data-testid': id })}
      {hint && !error && <small className="muted">{hint}</small>}
      {error && (
        <small className="field-error" id={`${id}-error`} role="alert" data-testid={`${id}-error`}>
          {error}
        </small>
      )}
    </div>
  );
}

/** The labels of the edit fields (messages `fields`) by key, and `label(key)`: a key without one shows itself. */
export function useFieldLabels(): { labels: Record<string, string>; label: (key: string) => string } {
  const { t } = useTranslation(EDIT_NS);
  const labels = t('fields', { returnObjects: true }) as Record<string, string>;
  return { labels, label: (key) => labels[key] ?? key };
}

/** An edit form: the browser's own validation off (the form validates), submitting saves through the EditForm. */
export function EditFormElement<V extends Record<string, unknown>>({
  form,
  label,
  testId,
  children,
}: {
  form: EditForm<V>;
  label: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <form
      noValidate
      aria-label={label}
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      {children}
    </form>
  );
}

/** The names of a form's text fields (its index signature left out). */
type TextKey<V> = keyof { [K in keyof V as string extends K ? never : V[K] extends string ? K : never]: true } & string;

/** A text input bound to one text field of the form, labelled, with its error (Field); other props go to the input. */
export function TextField<V extends Record<string, unknown>>({
  form,
  name,
  label,
  hint,
  ...input
}: {
  form: EditForm<V>;
  name: NoInfer<TextKey<V>>;
  label: string;
  hint?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'form' | 'name' | 'value' | 'onChange'>) {
  return (
    <Field<V> form={form} name={name} label={label} hint={hint}>
      {(p) => (
        <input {...p} {...input} value={form.values[name] as string} onChange={(e) => form.set(name, e.target.value as V[TextKey<V>])} />
      )}
    </Field>
  );
}

/** A tri-state yes / no / unknown choice (yearly flags). */
export function FlagSelect({
  value,
  onChange,
  ...props
}: {
  value: boolean | null;
  onChange: (value: boolean | null) => void;
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'data-testid': string;
}) {
  const { t } = useTranslation(EDIT_NS);
  return (
    <select
      {...props}
      value={value === null ? '' : value ? 'yes' : 'no'}
      onChange={(e) => onChange(e.target.value === '' ? null : e.target.value === 'yes')}
    >
      <option value="">{t('unknownOption')}</option>
      <option value="yes">{t('yes')}</option>
      <option value="no">{t('no')}</option>
    </select>
  );
}

const shownValue = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.join('、');
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  return plainText(value);
};

/**
 * A refused save (CONFLICT): who changed it and when, each field they changed with the user's
 * value beside theirs, and the two ways on: reload (drop mine) or save mine over theirs.
 */
export function ConflictNotice<V extends Record<string, unknown>>({
  form,
  labels,
  compare,
}: {
  form: EditForm<V>;
  labels: Record<string, string>;
  compare: (values: V) => Record<string, unknown>;
}) {
  const { t } = useTranslation(EDIT_NS);
  const conflict = form.conflict;
  if (!conflict) return null;
  const mine = compare(form.values);
  const loaded = compare(form.base);
  const theirs = conflict.current ?? {};
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  // the fields the other user changed since this form was loaded
  const changed = Object.keys(loaded).filter((key) => key in theirs && !same(theirs[key], loaded[key]));
  return (
    <div className="conflict" role="alert" data-testid="edit-conflict">
      <strong>⚠ {t('conflict.heading')}</strong>
      <p>
        {conflict.changedBy
          ? t('conflict.by', {
              by: conflict.changedBy,
              at: dateTime(conflict.changedAt),
              version: conflict.currentVersion,
            })
          : t('conflict.byUnknown', { version: conflict.currentVersion })}
      </p>
      {conflict.current === null ? (
        <p>{t('conflict.gone')}</p>
      ) : changed.length === 0 ? (
        <p className="muted">{t('conflict.noFieldDiff')}</p>
      ) : (
        <table className="data-table conflict-table" data-testid="conflict-fields">
          <TableHead ns={EDIT_NS} prefix="conflict." columns={['field', 'yours', 'theirs']} />
          <tbody>
            {changed.map((key) => (
              <tr key={key} data-field={key}>
                <th scope="row">{labels[key] ?? key}</th>
                <td>{shownValue(mine[key])}</td>
                <td>{shownValue(theirs[key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="edit-actions">
        <button type="button" onClick={form.reload} data-testid="conflict-reload">
          {t('conflict.reload')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => void form.overwrite()}
          title={t('conflict.overwriteHint')}
          data-testid="conflict-overwrite"
        >
          {t('conflict.overwrite')}
        </button>
      </div>
      <small className="muted">{t('conflict.overwriteHint')}</small>
    </div>
  );
}

/** Save / cancel, the saving state, and an error that is not about one field. */
export function FormActions<V extends Record<string, unknown>>({
  form,
  onCancel,
  testId,
}: {
  form: EditForm<V>;
  onCancel?: () => void;
  testId: string;
}) {
  const { t } = useTranslation(EDIT_NS);
  return (
    <>
      {form.failure !== null && <ErrorMessage error={form.failure} />}
      <div className="edit-actions">
        <button type="submit" className="primary" disabled={form.saving} data-testid={`${testId}-save`}>
          {form.saving ? t('saving') : t('save')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
        {form.saved && (
          <span className="saved" role="status">
            ✓ {t('saved')}
          </span>
        )}
      </div>
    </>
  );
}
