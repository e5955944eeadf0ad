/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015.
 * 18 characters from a 31-character alphabet (no I, O, S, V, Z); the last is a check
 * character computed from the first 17 with fixed weights, modulo 31.
 * Pure module: used by the importer, the seed generator, the API and the web app.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeProblem = 'EMPTY' | 'LENGTH' | 'CHARACTER' | 'CHECK_CHARACTER';

/** Computes the check character for the first 17 characters (upper case). */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new RangeError('credit code body must have 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]!);
    if (value < 0) throw new RangeError(`invalid credit code character ${first17[i]}`);
    sum += value * WEIGHTS[i]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_ALPHABET[check]!;
}

/** Normalises (trim, upper-case) and validates; returns the code or the problem found. */
export function checkCreditCode(raw: string): { ok: true; code: string } | { ok: false; problem: CreditCodeProblem } {
  const code = raw.trim().toUpperCase();
  if (code.length === 0) return { ok: false, problem: 'EMPTY' };
  if (code.length !== 18) return { ok: false, problem: 'LENGTH' };
  for (const ch of code) if (!CREDIT_CODE_ALPHABET.includes(ch)) return { ok: false, problem: 'CHARACTER' };
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return { ok: false, problem: 'CHECK_CHARACTER' };
  return { ok: true, code };
}

export function isValidCreditCode(raw: string): boolean {
  return checkCreditCode(raw).ok;
}

/** Builds a valid code from a 17-character body (used by the seed generator and tests). */
export function completeCreditCode(first17: string): string {
  const body = first17.toUpperCase();
  return body + creditCodeCheckCharacter(body);
}

export const CREDIT_CODE_PROBLEM_MESSAGES: Record<CreditCodeProblem, { zh: string; en: string }> = {
  EMPTY: { zh: '统一社会信用代码为空', en: 'credit code is empty' },
  LENGTH: { zh: '统一社会信用代码应为18位', en: 'credit code must have 18 characters' },
  CHARACTER: {
    zh: '统一社会信用代码含有不允许的字符（不能含 I、O、S、V、Z）',
    en: 'credit code contains a character outside 0-9A-HJ-NPQRTUWXY',
  },
  CHECK_CHARACTER: { zh: '统一社会信用代码校验位错误', en: 'credit code check character is wrong' },
};
