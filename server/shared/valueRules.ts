/**
 * The value rules of the data, defined once: the importer's cell parsers (server/imports/parse.ts),
 * the edit mutations (server/enterprises/edits.ts) and the web app's edit forms (instant field
 * checks) all use these. Pure: no Node or browser APIs. Each check returns the value or a problem
 * with a stable code (the importer's issue codes) and a message in Chinese and English.
 */
import { MAX_YEAR, MIN_YEAR } from './limits.js';

type RuleProblem = 'REQUIRED' | 'BAD_ID' | 'BAD_NUMBER' | 'BAD_INTEGER' | 'NEGATIVE' | 'BAD_YEAR' | 'TOO_LONG';
export type RuleResult<T> = { ok: true; value: T } | { ok: false; problem: RuleProblem; message: { zh: string; en: string } };

/** Ids (clusters, segments, institutes): no list separator, at most this long. */
export const ID_MAX_LENGTH = 100;
/** An enterprise's name. */
export const NAME_MAX_LENGTH = 200;
/** County, city and province. */
export const PLACE_MAX_LENGTH = 50;
/** A supply link's product, a collaboration's title. */
export const PRODUCT_MAX_LENGTH = 200;

const ok = <T>(value: T): RuleResult<T> => ({ ok: true, value });
const fail = (problem: RuleProblem, zh: string, en: string): RuleResult<never> => ({ ok: false, problem, message: { zh, en } });

/** A year within MIN_YEAR..MAX_YEAR; `shown` is how the user wrote it (for the message). */
export function checkYear(year: number, shown: string = String(year)): RuleResult<number> {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    return fail(
      'BAD_YEAR',
      `“${shown}”不是有效年份（应为${MIN_YEAR}–${MAX_YEAR}之间的四位数字）`,
      `"${shown}" is not a valid year (a four-digit year from ${MIN_YEAR} to ${MAX_YEAR})`,
    );
  }
  return ok(year);
}

/** A non-negative number (money in 万元, a percentage); -0 becomes 0. */
export function checkNonNegative(value: number, shown: string = String(value)): RuleResult<number> {
  if (!Number.isFinite(value)) return fail('BAD_NUMBER', `“${shown}”不是数字`, `"${shown}" is not a number`);
  if (value < 0) return fail('NEGATIVE', `“${shown}”不能为负数`, `"${shown}" must not be negative`);
  return ok(value === 0 ? 0 : value);
}

/** A non-negative whole number (a count of patents, an order). */
export function checkCount(value: number, shown: string = String(value)): RuleResult<number> {
  const checked = checkNonNegative(value, shown);
  if (!checked.ok) return checked;
  if (!Number.isInteger(checked.value)) return fail('BAD_INTEGER', `“${shown}”应为整数`, `"${shown}" must be a whole number`);
  return checked;
}

/** An id: no `;` or `；` (they separate lists in a cell), 1 to ID_MAX_LENGTH characters. */
export function checkId(raw: string): RuleResult<string> {
  const id = raw.trim();
  if (id.length === 0) return fail('REQUIRED', '编号不能为空', 'an id must not be empty');
  if (/[;；]/.test(id)) return fail('BAD_ID', `编号“${id}”不能包含分号`, `id "${id}" must not contain a semicolon`);
  if (id.length > ID_MAX_LENGTH)
    return fail('BAD_ID', `编号不能超过${ID_MAX_LENGTH}个字符`, `an id must not be longer than ${ID_MAX_LENGTH} characters`);
  return ok(id);
}

/** A trimmed text of 1 to max characters (required) or, when optional, blank = null. */
export function checkText(raw: string, max: number, required: true): RuleResult<string>;
export function checkText(raw: string, max: number, required?: false): RuleResult<string | null>;
export function checkText(raw: string, max: number, required = false): RuleResult<string | null> {
  const text = raw.trim();
  if (text.length === 0) return required ? fail('REQUIRED', '不能为空', 'must not be empty') : ok(null);
  const length = [...text].length;
  if (length > max) return fail('TOO_LONG', `不能超过${max}个字符（现有${length}个）`, `at most ${max} characters (got ${length})`);
  return ok(text);
}

/** A number typed by a person: `1234.5`, `1,234.5`, full-width digits; blank = null; undefined when not a number. */
function numberFromText(raw: string): number | null | undefined {
  let text = raw.normalize('NFKC').replace(/\s+/g, '');
  if (text === '') return null;
  if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** The kinds of yearly figure an enterprise has, in the order of the import file. */
export type FigureKind = 'money' | 'count' | 'boolean' | 'srdi';
export const ENTERPRISE_YEAR_FIGURES = [
  { key: 'revenue', kind: 'money' },
  { key: 'rdSpend', kind: 'money' },
  { key: 'aboveScale', kind: 'boolean' },
  { key: 'srdiLevel', kind: 'srdi' },
  { key: 'highValuePatents', kind: 'count' },
  { key: 'smartFactory', kind: 'boolean' },
  { key: 'digitalTransformation', kind: 'boolean' },
  { key: 'greenList', kind: 'boolean' },
  { key: 'greenDiagnosis', kind: 'boolean' },
] as const satisfies readonly { key: string; kind: FigureKind }[];
export type EnterpriseYearFigure = (typeof ENTERPRISE_YEAR_FIGURES)[number]['key'];

/**
 * A number field of a form, typed as text: blank = null (unknown), else the rule of its kind.
 * The web checks with this as the user types; the server checks the number it receives with
 * the same rule.
 */
export function checkNumberText(raw: string, kind: 'money' | 'count' | 'year'): RuleResult<number | null> {
  const value = numberFromText(raw);
  if (value === null) return ok(null);
  if (value === undefined) return fail('BAD_NUMBER', `“${raw.trim()}”不是数字`, `"${raw.trim()}" is not a number`);
  if (kind === 'year') return checkYear(value, raw.trim());
  return kind === 'count' ? checkCount(value, raw.trim()) : checkNonNegative(value, raw.trim());
}
