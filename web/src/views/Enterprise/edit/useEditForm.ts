import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { ApiError } from '../../../api/client';

/** What the server answered a stale save with (CONFLICT extensions): what is there now and who changed it. */
interface Conflict {
  currentVersion: number;
  current: Record<string, unknown> | null;
  changedBy: string | null;
  changedAt: string | null;
  message: string;
}

export type FieldErrors<V> = Partial<Record<keyof V & string, string>>;

/** The form's state and actions; the actions are plain functions (no `this`), to pass as event handlers. */
export interface EditForm<V extends Record<string, unknown>> {
  values: V;
  /** the values as loaded (to tell what the user changed and what the other user changed) */
  base: V;
  errors: FieldErrors<V>;
  conflict: Conflict | null;
  /** an error not about one field (FORBIDDEN, NOT_FOUND, the network) */
  failure: unknown;
  saving: boolean;
  saved: boolean;
  set: <K extends keyof V & string>(field: K, value: V[K]) => void;
  /** validates, then saves from the version loaded; keeps what the user typed when the save fails */
  submit: () => Promise<boolean>;
  /** after a CONFLICT: saves the user's values over the other change, knowingly */
  overwrite: () => Promise<boolean>;
  /** after a CONFLICT: drops the user's values and loads what is there now */
  reload: () => void;
  reset: (values?: V) => void;
  /** the id of a field's input (labels, focus on the first error) */
  fieldId: (field: keyof V & string) => string;
}

/**
 * The state of one edit form: the user's values, per-field errors (checked as the user types with
 * the shared value rules, and as the server answers BAD_INPUT with a field), the version the edit
 * started from, and a CONFLICT when someone else saved first. A failed save never clears the form.
 */
export function useEditForm<V extends Record<string, unknown>>(options: {
  /** unique on the page: the prefix of the inputs' ids */
  id: string;
  initial: V;
  version: number;
  validate: (values: V) => FieldErrors<V>;
  save: (values: V, expectedVersion: number) => Promise<unknown>;
  onSaved?: () => void;
}): EditForm<V> {
  const { id, initial, version, validate, save, onSaved } = options;
  const fieldId = (field: string) => `${id}-${field}`;
  const queryClient = useQueryClient();
  const [values, setValues] = useState<V>(initial);
  const [base, setBase] = useState<V>(initial);
  const [expected, setExpected] = useState(version);
  const [errors, setErrors] = useState<FieldErrors<V>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [reloading, setReloading] = useState(false);

  // After "reload", in the first render with the fresh data: the form takes the values and version
  // now stored (set while rendering, so no frame shows the old values). A background refetch alone
  // never touches the form: the user's input stays.
  if (reloading) {
    setReloading(false);
    setValues(initial);
    setBase(initial);
    setExpected(version);
    setErrors({});
    setConflict(null);
    setFailure(null);
  }

  const set = useCallback(
    <K extends keyof V & string>(field: K, value: V[K]) => {
      setSaved(false);
      setValues((prev) => {
        const next = { ...prev, [field]: value };
        // instant check of this field with the shared rules; other fields keep their messages
        const problem = validate(next)[field];
        setErrors((old) => ({ ...old, [field]: problem }));
        return next;
      });
    },
    [validate],
  );

  const run = async (expectedVersion: number): Promise<boolean> => {
    const problems = validate(values);
    const fields = Object.keys(problems).filter((k) => problems[k as keyof V & string]);
    setErrors(problems);
    if (fields.length > 0) {
      document.getElementById(fieldId(fields[0]!))?.focus();
      return false;
    }
    setSaving(true);
    setFailure(null);
    try {
      await save(values, expectedVersion);
      setConflict(null);
      setSaved(true);
      await queryClient.invalidateQueries();
      onSaved?.();
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        const d = error.details;
        setConflict({
          currentVersion: Number(d.currentVersion ?? 0),
          current: (d.current as Record<string, unknown> | null) ?? null,
          changedBy: (d.changedBy as string | null) ?? null,
          changedAt: (d.changedAt as string | null) ?? null,
          message: error.message,
        });
      } else if (
        error instanceof ApiError &&
        error.code === 'BAD_INPUT' &&
        typeof error.details.field === 'string' &&
        error.details.field in values
      ) {
        setErrors((old) => ({ ...old, [error.details.field as string]: error.message }));
        document.getElementById(fieldId(error.details.field))?.focus();
      } else {
        setFailure(error);
      }
      return false;
    } finally {
      setSaving(false);
    }
  };

  return {
    fieldId,
    values,
    base,
    errors,
    conflict,
    failure,
    saving,
    saved,
    set,
    submit: () => run(expected),
    overwrite: async () => {
      if (!conflict) return false;
      setExpected(conflict.currentVersion);
      return run(conflict.currentVersion);
    },
    reload: () => {
      void queryClient.invalidateQueries().then(() => setReloading(true));
    },
    reset: (next = initial) => {
      setValues(next);
      setBase(next);
      setErrors({});
      setConflict(null);
      setFailure(null);
    },
  };
}
