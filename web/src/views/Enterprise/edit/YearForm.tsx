import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SRDI_LEVELS } from '#shared/enums.js';
import { SRDI_LEVEL_LABELS } from '#shared/labels.js';
import { MAX_YEAR, MIN_YEAR } from '#shared/limits.js';
import { checkNumberText, ENTERPRISE_YEAR_FIGURES, type EnterpriseYearFigure } from '#shared/valueRules.js';
import { gql } from '../../../api/client';
import { pick } from '../../../i18n';
import { EDIT_NS } from '../../../components/edit/messages';
import { ConflictNotice, EditFormElement, Field, FlagSelect, FormActions, useFieldLabels } from './parts';
import { UPSERT_YEAR, type EditFirm, type EditYear } from './queries';
import { useEditForm, type FieldErrors } from './useEditForm';
import { Options } from '../../../components/Options';

/** Numbers as typed (text), flags as true/false/null (unknown), the level as a value or ''. */
type Values = Record<EnterpriseYearFigure, string | boolean | null>;

const problem = (checked: { ok: boolean; message?: { zh: string; en: string } }) => (checked.ok ? undefined : pick(checked.message!));

function validate(v: Values): FieldErrors<Values> {
  const errors: FieldErrors<Values> = {};
  for (const { key, kind } of ENTERPRISE_YEAR_FIGURES) {
    if (kind === 'money' || kind === 'count') errors[key] = problem(checkNumberText(String(v[key] ?? ''), kind));
  }
  return errors;
}

function valuesOf(year: EditYear | undefined): Values {
  const out = {} as Values;
  for (const { key, kind } of ENTERPRISE_YEAR_FIGURES) {
    const value = year?.[key] ?? null;
    out[key] =
      kind === 'money' || kind === 'count'
        ? value === null
          ? ''
          : String(value)
        : kind === 'srdi'
          ? ((value as string | null) ?? '')
          : (value as boolean | null);
  }
  return out;
}

/** What the server stores (and reports in a CONFLICT), from the form's values. */
function figures(v: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { key, kind } of ENTERPRISE_YEAR_FIGURES) {
    if (kind === 'money' || kind === 'count') {
      const checked = checkNumberText(String(v[key] ?? ''), kind);
      out[key] = checked.ok ? checked.value : v[key];
    } else if (kind === 'srdi') out[key] = v[key] === '' ? null : v[key];
    else out[key] = v[key];
  }
  return out;
}

/** One year's figures: pick a year (or add one), change values; only changed figures are sent. */
export function YearForm({ firm, onDone }: { firm: EditFirm; onDone: () => void }) {
  const { t } = useTranslation(EDIT_NS);
  const years = [...firm.years].sort((a, b) => b.year - a.year);
  const [year, setYear] = useState<number | 'new'>(years[0]?.year ?? 'new');
  const [newYear, setNewYear] = useState('');
  const current = year === 'new' ? undefined : years.find((y) => y.year === year);
  return (
    <div data-testid="year-editor">
      <div className="edit-grid">
        <div className="edit-field">
          <label htmlFor="year-pick">{t('years.pick')}</label>
          <select
            id="year-pick"
            data-testid="year-pick"
            value={String(year)}
            onChange={(e) => setYear(e.target.value === 'new' ? 'new' : Number(e.target.value))}
          >
            <Options items={years} value={(y) => String(y.year)} />
            <option value="new">{t('years.newYear')}</option>
          </select>
        </div>
        {year === 'new' && <NewYearField value={newYear} onChange={setNewYear} taken={years.map((y) => y.year)} />}
      </div>
      <YearFigures key={String(year)} firm={firm} year={year === 'new' ? newYear : String(year)} current={current} onDone={onDone} />
    </div>
  );
}

function NewYearField({ value, onChange, taken }: { value: string; onChange: (value: string) => void; taken: number[] }) {
  const { t } = useTranslation(EDIT_NS);
  const checked = checkNumberText(value, 'year');
  const error =
    value.trim() === ''
      ? undefined
      : !checked.ok
        ? pick(checked.message)
        : taken.includes(checked.value!)
          ? t('years.taken', { year: checked.value })
          : undefined;
  return (
    <div className={error ? 'edit-field has-error' : 'edit-field'}>
      <label htmlFor="year-new">{t('years.newYearLabel')}</label>
      <input
        id="year-new"
        data-testid="year-new"
        inputMode="numeric"
        placeholder={`${MIN_YEAR}–${MAX_YEAR}`}
        value={value}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? 'year-new-error' : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <small className="field-error" id="year-new-error" role="alert">
          {error}
        </small>
      )}
    </div>
  );
}

function YearFigures({ firm, year, current, onDone }: { firm: EditFirm; year: string; current: EditYear | undefined; onDone: () => void }) {
  const { t } = useTranslation(EDIT_NS);
  const { labels, label } = useFieldLabels();
  const form = useEditForm<Values>({
    id: 'year',
    initial: valuesOf(current),
    version: current?.version ?? 0,
    validate,
    save: (values, expectedVersion): Promise<unknown> => {
      const checkedYear = checkNumberText(year, 'year');
      if (!checkedYear.ok || checkedYear.value === null) throw new Error(checkedYear.ok ? t('fields.year') : pick(checkedYear.message));
      const now = figures(values);
      const before = figures(form.base);
      const input = Object.fromEntries(Object.entries(now).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key])));
      return gql(UPSERT_YEAR, { creditCode: firm.creditCode, year: checkedYear.value, input, expectedVersion });
    },
    onSaved: onDone,
  });
  const v = form.values;
  return (
    <EditFormElement form={form} label={t('years.edit')} testId="year-form">
      <ConflictNotice form={form} labels={labels} compare={figures} />
      <div className="edit-grid">
        {ENTERPRISE_YEAR_FIGURES.map(({ key, kind }) => (
          <Field key={key} form={form} name={key} label={label(key)}>
            {(p) =>
              kind === 'boolean' ? (
                <FlagSelect {...p} value={v[key] as boolean | null} onChange={(value) => form.set(key, value)} />
              ) : kind === 'srdi' ? (
                <select {...p} value={String(v[key] ?? '')} onChange={(e) => form.set(key, e.target.value)}>
                  <option value="">{t('unknownOption')}</option>
                  <Options items={SRDI_LEVELS} value={(level) => level} label={(level) => pick(SRDI_LEVEL_LABELS[level])} />
                </select>
              ) : (
                <input {...p} inputMode="decimal" value={String(v[key] ?? '')} onChange={(e) => form.set(key, e.target.value)} />
              )
            }
          </Field>
        ))}
      </div>
      <FormActions form={form} onCancel={onDone} testId="year" />
    </EditFormElement>
  );
}
