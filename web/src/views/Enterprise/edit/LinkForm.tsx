import { useTranslation } from 'react-i18next';
import { checkNumberText, checkText, PRODUCT_MAX_LENGTH } from '#shared/valueRules.js';
import { ApiError, gql } from '../../../api/client';
import { EnterpriseSearchBox } from '../../../components/EnterpriseSearchBox';
import { EDIT_NS } from '../../../components/edit/messages';
import { pick } from '../../../i18n';
import { ConflictNotice, EditFormElement, Field, FormActions, TextField, useFieldLabels } from './parts';
import { UPSERT_LINK, type ChainSegment, type EditFirm, type EditLink } from './queries';
import { useEditForm, type FieldErrors } from './useEditForm';
import { Options } from '../../../components/Options';

interface Values extends Record<string, unknown> {
  direction: 'in' | 'out';
  counterpartCode: string;
  counterpartName: string;
  segmentId: string;
  year: string;
  annualValue: string;
  product: string;
}

const problem = (checked: { ok: boolean; message?: { zh: string; en: string } }) => (checked.ok ? undefined : pick(checked.message!));

/** Adds a supply link of the firm, or changes one's value and product (its key stays). */
export function LinkForm({
  firm,
  link,
  segments,
  onDone,
}: {
  firm: EditFirm;
  link?: EditLink;
  segments: ChainSegment[];
  onDone: () => void;
}) {
  const { t } = useTranslation(EDIT_NS);
  const { labels, label } = useFieldLabels();
  const out = link ? link.supplierCode === firm.creditCode : false;
  const initial: Values = link
    ? {
        direction: out ? 'out' : 'in',
        counterpartCode: out ? link.buyerCode : link.supplierCode,
        counterpartName: out ? link.buyer.name : link.supplier.name,
        segmentId: link.segmentId,
        year: link.year === 0 ? '' : String(link.year),
        annualValue: String(link.annualValue),
        product: link.product ?? '',
      }
    : {
        direction: 'in',
        counterpartCode: '',
        counterpartName: '',
        segmentId: firm.segments[0]?.id ?? segments[0]?.id ?? '',
        year: '',
        annualValue: '',
        product: '',
      };
  const validate = (v: Values): FieldErrors<Values> => ({
    counterpartCode: v.counterpartCode ? undefined : t('links.counterpartMissing'),
    segmentId: v.segmentId ? undefined : t('required'),
    year: problem(checkNumberText(v.year, 'year')),
    annualValue: v.annualValue.trim() === '' ? t('required') : problem(checkNumberText(v.annualValue, 'money')),
    product: problem(checkText(v.product, PRODUCT_MAX_LENGTH)),
  });
  const form = useEditForm<Values>({
    id: link ? 'link-edit' : 'link-new',
    initial,
    version: link?.version ?? 0,
    validate,
    save: (v, expectedVersion) => {
      const year = checkNumberText(v.year, 'year');
      const value = checkNumberText(v.annualValue, 'money');
      // validate() refuses an empty or bad value before a save: this only narrows the type
      if (!value.ok || value.value === null) return Promise.reject(new ApiError('BAD_INPUT', t('required')));
      return gql(UPSERT_LINK, {
        input: {
          supplierCode: v.direction === 'out' ? firm.creditCode : v.counterpartCode,
          buyerCode: v.direction === 'out' ? v.counterpartCode : firm.creditCode,
          segmentId: v.segmentId,
          year: year.ok ? (year.value ?? 0) : 0,
          annualValue: value.value,
          product: v.product.trim() || null,
        },
        expectedVersion,
      });
    },
    onSaved: onDone,
  });
  const v = form.values;
  const fixedKey = Boolean(link);
  const compare = (values: Values) => ({
    annualValue: checkNumberText(values.annualValue, 'money').ok ? Number(values.annualValue.replace(/,/g, '')) : values.annualValue,
    product: values.product.trim() || null,
  });
  return (
    <EditFormElement form={form} label={link ? t('change') : t('links.add')} testId="link-form">
      <ConflictNotice form={form} labels={labels} compare={compare} />
      <div className="edit-grid">
        <Field form={form} name="direction" label={label('direction')}>
          {(p) => (
            <select {...p} value={v.direction} disabled={fixedKey} onChange={(e) => form.set('direction', e.target.value as 'in' | 'out')}>
              <option value="in">{t('links.in')}</option>
              <option value="out">{t('links.out')}</option>
            </select>
          )}
        </Field>
        <Field form={form} name="counterpartCode" label={`${label('counterpart')} *`}>
          {(p) =>
            fixedKey || v.counterpartCode ? (
              <div className="edit-toolbar">
                <input {...p} value={v.counterpartName} readOnly />
                {!fixedKey && (
                  <button type="button" onClick={() => (form.set('counterpartCode', ''), form.set('counterpartName', ''))}>
                    ✕
                  </button>
                )}
              </div>
            ) : (
              <div className="ent-search-wrap" id={p.id} tabIndex={-1}>
                <EnterpriseSearchBox
                  placeholder={t('links.pickCounterpart')}
                  exclude={firm.creditCode}
                  testId="link-counterpart"
                  onSelect={(hit) => {
                    form.set('counterpartName', hit.name);
                    form.set('counterpartCode', hit.creditCode);
                  }}
                />
              </div>
            )
          }
        </Field>
        <Field form={form} name="segmentId" label={`${label('segmentId')} *`}>
          {(p) => (
            <select {...p} value={v.segmentId} disabled={fixedKey} onChange={(e) => form.set('segmentId', e.target.value)}>
              {!segments.some((s) => s.id === v.segmentId) && <option value={v.segmentId}>{v.segmentId || '—'}</option>}
              <Options items={segments} value={(s) => s.id} label={(s) => s.name} />
            </select>
          )}
        </Field>
        <TextField
          form={form}
          name="year"
          label={label('year')}
          readOnly={fixedKey}
          inputMode="numeric"
          placeholder={t('links.yearUnknown')}
        />
        <TextField form={form} name="annualValue" label={`${label('annualValue')} *`} inputMode="decimal" />
        <TextField form={form} name="product" label={label('product')} />
      </div>
      <FormActions form={form} onCancel={onDone} testId="link" />
    </EditFormElement>
  );
}
