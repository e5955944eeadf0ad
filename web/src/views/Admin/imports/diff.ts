import { plainText } from '../../../lib/text';

/**
 * The fields a row's change touched, from its before / after images (JSON `{props, ...owned
 * links}` of server/imports/changes.ts): each property and each link list whose value differs.
 * The bookkeeping that changes with every changed row (updatedBy, updatedAt, the edit version) is left out.
 */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const STAMPS = new Set(['updatedBy', 'updatedAt', 'version']);

function flatten(json: string | null | undefined): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  if (!json) return fields;
  const image = JSON.parse(json) as Record<string, unknown>;
  for (const [name, value] of Object.entries(image)) {
    if (name === 'props' && value && typeof value === 'object') for (const [prop, v] of Object.entries(value)) fields.set(prop, v);
    else fields.set(name, value);
  }
  return fields;
}

/** A value as a person reads it: lists joined with 、, nothing as —. */
function shown(value: unknown): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return '—';
  if (Array.isArray(value)) return value.map(shown).join('、');
  return plainText(value);
}

export function fieldChanges(before: string | null | undefined, after: string | null | undefined): FieldChange[] {
  const [was, now] = [flatten(before), flatten(after)];
  const names = [...new Set([...was.keys(), ...now.keys()])].filter((n) => !STAMPS.has(n));
  return names
    .filter((n) => JSON.stringify(was.get(n) ?? null) !== JSON.stringify(now.get(n) ?? null))
    .sort()
    .map((n) => ({ field: n, before: shown(was.get(n)), after: shown(now.get(n)) }));
}
