import { checkCreditCode, CREDIT_CODE_PROBLEM_MESSAGES } from '#shared/creditCode.js';
import { checkCount, checkNonNegative, checkYear, ID_MAX_LENGTH, type RuleResult } from '#shared/valueRules.js';
import { checkRegionCode } from '#shared/regions.js';
import type { IssueCode, Message } from './issues.js';

// The value rules (ranges, limits, messages) are shared with the edit forms and mutations.
const fromRule = <T>(checked: RuleResult<T>): Parsed<T> =>
  checked.ok ? checked : { ok: false, code: checked.problem as IssueCode, message: checked.message };

/**
 * Cell parsers: one per kind of column of DATA-FORMAT.md. Each takes the raw (already
 * trimmed) text of a non-empty cell and returns the typed value or a problem with a code
 * and a plain message in Chinese and English. Empty cells never reach a parser.
 */
type Parsed<T> = { ok: true; value: T } | { ok: false; code: IssueCode; message: Message };
export type CellParser<T = unknown> = (raw: string) => Parsed<T>;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (code: IssueCode, zh: string, en: string): Parsed<never> => ({ ok: false, code, message: { zh, en } });

/** Full-width characters (digits, letters, brackets, ％) to ASCII, as Chinese input methods type them. */
export function normaliseWidth(text: string): string {
  return text.normalize('NFKC');
}

/** Splits a list cell on `;` or `；`, trims the parts, drops empty ones and duplicates. */
export function splitList(raw: string): string[] {
  const out: string[] = [];
  for (const part of raw.split(/[;；]/)) {
    const item = part.trim();
    if (item && !out.includes(item)) out.push(item);
  }
  return out;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** A decimal number: `1234.5`, `1,234.5`, full-width digits; `%` allowed where asked for. */
export function parseNumberText(raw: string, allowPercent = false): number | undefined {
  let text = normaliseWidth(raw).replace(/\s+/g, '');
  if (allowPercent && text.endsWith('%')) text = text.slice(0, -1);
  if (GROUPED.test(text)) text = text.replace(/,/g, '');
  if (!NUMBER.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

export const parseText: CellParser<string> = (raw) => ok(raw);

/** An id: any text without list separators, at most 100 characters. */
export const parseId: CellParser<string> = (raw) => {
  if (/[;；]/.test(raw)) return fail('BAD_ID', `编号“${raw}”不能包含分号`, `id "${raw}" must not contain a semicolon`);
  if (raw.length > ID_MAX_LENGTH)
    return fail('BAD_ID', `编号不能超过${ID_MAX_LENGTH}个字符`, `an id must not be longer than ${ID_MAX_LENGTH} characters`);
  return ok(raw);
};

export const parseIdList: CellParser<string[]> = (raw) => {
  const items = splitList(raw);
  for (const item of items) {
    if (item.length > ID_MAX_LENGTH)
      return fail('BAD_ID', `编号不能超过${ID_MAX_LENGTH}个字符`, `an id must not be longer than ${ID_MAX_LENGTH} characters`);
  }
  return ok(items);
};

export const parseCreditCode: CellParser<string> = (raw) => {
  const checked = checkCreditCode(normaliseWidth(raw));
  if (checked.ok) return ok(checked.code);
  const message = CREDIT_CODE_PROBLEM_MESSAGES[checked.problem];
  // Excel turns an all-digit code into a number such as 9.13715E+17.
  const hint = /^\d(?:\.\d+)?E\+\d+$/i.test(raw)
    ? {
        zh: '（Excel 把它当成了数字：请把该列设为“文本”格式后重新输入）',
        en: ' (Excel stored it as a number: format the column as Text and enter it again)',
      }
    : { zh: '', en: '' };
  return fail('BAD_CREDIT_CODE', `“${raw}”：${message.zh}${hint.zh}`, `"${raw}": ${message.en}${hint.en}`);
};

/** A GB/T 2260 division code: 6 digits with a known province prefix (`371502`; Excel's `371502.0` too). */
export const parseRegionCode: CellParser<string> = (raw) => {
  const checked = checkRegionCode(normaliseWidth(raw).replace(/\.0+$/, ''));
  return checked.ok ? ok(checked.code) : fail('BAD_REGION_CODE', checked.message.zh, checked.message.en);
};

/** A year: `2023`, `2023年`, `2023.0` (Excel), or a date whose year is taken (`2015-06-01`). */
export const parseYear: CellParser<number> = (raw) => {
  const text = normaliseWidth(raw).replace(/\s+/g, '');
  const match = /^(\d{4})(?:\.0+)?年?$/.exec(text) ?? /^(\d{4})(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月(?:\d{1,2}日)?)$/.exec(text);
  return fromRule(checkYear(match ? Number(match[1]) : NaN, raw));
};

function nonNegative(raw: string, allowPercent: boolean): Parsed<number> {
  const value = parseNumberText(raw, allowPercent);
  if (value === undefined) return fail('BAD_NUMBER', `“${raw}”不是数字`, `"${raw}" is not a number`);
  return fromRule(checkNonNegative(value, raw));
}

/** Money in 万元: a non-negative number. */
export const parseMoney: CellParser<number> = (raw) => nonNegative(raw, false);

/** A non-negative percentage (`68.74` or `68.74%`), kept as the number of percent. */
export const parsePercent: CellParser<number> = (raw) => nonNegative(raw, true);

/** A percentage that may be negative (a growth rate). */
export const parseSignedPercent: CellParser<number> = (raw) => {
  const value = parseNumberText(raw, true);
  if (value === undefined) return fail('BAD_NUMBER', `“${raw}”不是数字`, `"${raw}" is not a number`);
  return ok(value === 0 ? 0 : value);
};

/** A non-negative whole number (order, patent count). */
export const parseCount: CellParser<number> = (raw) => {
  const value = parseNumberText(raw, false);
  if (value === undefined) return fail('BAD_NUMBER', `“${raw}”不是数字`, `"${raw}" is not a number`);
  return fromRule(checkCount(value, raw));
};

const TRUE_WORDS = new Set(['true', '1', '是']);
const FALSE_WORDS = new Set(['false', '0', '否']);

/** Booleans: true/false, 1/0, 是/否 (English case-insensitive). */
export const parseBoolean: CellParser<boolean> = (raw) => {
  const text = normaliseWidth(raw).trim().toLowerCase();
  if (TRUE_WORDS.has(text)) return ok(true);
  if (FALSE_WORDS.has(text)) return ok(false);
  return fail('BAD_BOOLEAN', `“${raw}”应为 是/否、true/false 或 1/0`, `"${raw}" must be true/false, 1/0 or 是/否`);
};

/** An enum cell's words compared without case, width, spaces or quotes (专精特新“小巨人” = 专精特新小巨人). */
const enumWord = (text: string) =>
  normaliseWidth(text)
    .toLowerCase()
    .replace(/[\s"'“”‘’「」《》]/g, '');

/**
 * An enum given by its English value (any case) or any label the app displays for it: the
 * Chinese and English labels of `server/shared/labels.ts` and the extra (short) labels given.
 */
export function enumParser<V extends string>(
  values: readonly V[],
  labels: Record<V, { zh: string; en: string }>,
  ...more: Record<V, { zh: string; en: string }>[]
): CellParser<V> {
  const byWord = new Map<string, V>();
  for (const value of values) {
    for (const word of [value, labels[value].zh, labels[value].en, ...more.flatMap((m) => [m[value].zh, m[value].en])])
      byWord.set(enumWord(word), value);
  }
  const allowed = values.map((v) => `${v}/${labels[v].zh}`).join('、');
  const allowedEn = values.map((v) => `${v} (${labels[v].zh})`).join(', ');
  return (raw) => {
    const value = byWord.get(enumWord(raw));
    if (value) return ok(value);
    return fail('BAD_ENUM', `“${raw}”不是允许的取值：${allowed}`, `"${raw}" is not one of ${allowedEn}`);
  };
}
