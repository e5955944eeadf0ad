import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCreditCode } from '../../server/imports/parse.js';
import {
  checkCreditCode,
  completeCreditCode,
  CREDIT_CODE_ALPHABET,
  creditCodeCheckCharacter,
  isValidCreditCode,
} from '#shared/creditCode.js';

const alphabetChar = fc.constantFrom(...CREDIT_CODE_ALPHABET.split(''));
const body = fc.array(alphabetChar, { minLength: 17, maxLength: 17 }).map((chars) => chars.join(''));
const validCode = body.map(completeCreditCode);

describe('the credit code check (GB 32100-2015)', () => {
  it('knows a published code', () => {
    // 91350100M000100Y43 is a commonly cited valid example of the standard's layout.
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
  });

  it('accepts every code completed with its check character', () => {
    fc.assert(fc.property(body, (b) => checkCreditCode(completeCreditCode(b)).ok));
  });

  it('rejects a code with any one character changed, or the change moves the check character', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 17 }), alphabetChar, (valid, position, replacement) => {
        fc.pre(valid[position] !== replacement);
        const changed = valid.slice(0, position) + replacement + valid.slice(position + 1);
        if (position === 17) return !isValidCreditCode(changed);
        // a changed body character changes the check character it needs
        return !isValidCreditCode(changed) && creditCodeCheckCharacter(changed.slice(0, 17)) !== valid[17];
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects characters outside the alphabet (I, O, S, V, Z and others)', () => {
    fc.assert(
      fc.property(
        validCode,
        fc.integer({ min: 0, max: 17 }),
        fc.constantFrom('I', 'O', 'S', 'V', 'Z', '-', ' ', '中'),
        (valid, position, bad) => {
          const changed = valid.slice(0, position) + bad + valid.slice(position + 1);
          return !isValidCreditCode(changed);
        },
      ),
    );
  });

  it('accepts lower case and upper-cases it on import', () => {
    fc.assert(
      fc.property(validCode, (valid) => {
        const parsed = parseCreditCode(valid.toLowerCase());
        return parsed.ok && parsed.value === valid;
      }),
    );
  });

  it('reports why a code is wrong', () => {
    expect(checkCreditCode('')).toEqual({ ok: false, problem: 'EMPTY' });
    expect(checkCreditCode('123')).toEqual({ ok: false, problem: 'LENGTH' });
    const bad = parseCreditCode('9.13715E+17');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message.zh).toContain('文本');
  });
});
