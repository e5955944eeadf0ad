import { badInput } from '../errors.js';
import { checkCreditCode, CREDIT_CODE_PROBLEM_MESSAGES } from '../shared/creditCode.js';
// The importer's year range: the API accepts exactly what an import would.
import { MAX_YEAR, MIN_YEAR } from '../imports/parse.js';

/** Argument checks shared by the enterprise and network services; each throws BAD_INPUT. */

/** Shows a user's value in a message without echoing a huge one back. */
export function shown(value: string, max = 40): string {
  const chars = [...value];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : value;
}

/** Normalises (trim, upper case) and validates a credit code (GB 32100-2015). */
export function creditCodeArg(raw: string, field: string): string {
  const checked = checkCreditCode(raw);
  if (!checked.ok) {
    const message = CREDIT_CODE_PROBLEM_MESSAGES[checked.problem];
    throw badInput(`${field}: "${shown(raw.trim())}" is not a valid credit code: ${message.en} (${message.zh})`, { field, problem: checked.problem });
  }
  return checked.code;
}

/** A trimmed text of 1 to max characters. */
export function textArg(raw: string, field: string, max: number): string {
  const text = raw.trim();
  if (text.length === 0) throw badInput(`${field} must not be empty`, { field });
  if ([...text].length > max) throw badInput(`${field} is too long (${max} characters at most)`, { field });
  return text;
}

/** An optional text: null, or blank, clears it. */
export function optionalTextArg(raw: string | null, field: string, max: number): string | null {
  if (raw === null || raw.trim() === '') return null;
  return textArg(raw, field, max);
}

/** An id (cluster, segment): 1 to 100 characters, as the importer accepts. */
export function idArg(raw: string, field: string): string {
  return textArg(raw, field, 100);
}

export function yearArg(year: number, field: string): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw badInput(`${field} must be a year from ${MIN_YEAR} to ${MAX_YEAR} (got ${year})`, { field });
  return year;
}

/** A supply link's or collaboration's year: 0 (or absent) when unknown, else a real year. */
export function linkYearArg(year: number | null | undefined, field: string): number {
  if (year === null || year === undefined || year === 0) return 0;
  return yearArg(year, field);
}

export function nonNegativeArg(value: number, field: string): number {
  if (!Number.isFinite(value) || value < 0) throw badInput(`${field} must be a non-negative number (got ${value})`, { field });
  return value;
}
