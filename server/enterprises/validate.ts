import { badInput } from '../errors.js';
import { yearArg } from '#shared/args.js';
import { checkCreditCode, CREDIT_CODE_PROBLEM_MESSAGES } from '#shared/creditCode.js';
// The importer's value rules: the API accepts exactly what an import would.
import { checkId, checkNonNegative, checkText, type RuleResult } from '#shared/valueRules.js';

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
    throw badInput(`${field}: "${shown(raw.trim())}" is not a valid credit code: ${message.en} (${message.zh})`, {
      field,
      problem: checked.problem,
    });
  }
  return checked.code;
}

/** The value of a shared rule, or BAD_INPUT naming the field, with the rule's message (Chinese first) and problem code. */
export function ruled<T>(checked: RuleResult<T>, field: string): T {
  if (checked.ok) return checked.value;
  throw badInput(`${field}：${checked.message.zh} (${field}: ${checked.message.en})`, { field, problem: checked.problem });
}

/** A trimmed text of 1 to max characters. */
export function textArg(raw: string, field: string, max: number): string {
  return ruled(checkText(raw, max, true), field);
}

/** An optional text: null, or blank, clears it. */
export function optionalTextArg(raw: string | null, field: string, max: number): string | null {
  if (raw === null) return null;
  return ruled(checkText(raw, max), field);
}

/** An id (cluster, segment, institute): as the importer accepts one. */
export function idArg(raw: string, field: string): string {
  return ruled(checkId(raw), field);
}

/** A supply link's or collaboration's year: 0 (or absent) when unknown, else a real year. */
export function linkYearArg(year: number | null | undefined, field: string): number {
  if (year === null || year === undefined || year === 0) return 0;
  return yearArg(year, field);
}

export function nonNegativeArg(value: number, field: string): number {
  return ruled(checkNonNegative(value), field);
}
