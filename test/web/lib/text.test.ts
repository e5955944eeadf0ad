import { describe, expect, it } from 'vitest';
import { plainText } from '../../../web/src/lib/text.js';

describe('plainText (untyped data shown as text)', () => {
  it('keeps strings, writes numbers and yes/no, and shows objects and lists as JSON', () => {
    expect(plainText('聊城')).toBe('聊城');
    expect(plainText(12.5)).toBe('12.5');
    expect(plainText(false)).toBe('false');
    expect(plainText({ zh: '轴承', n: 2 })).toBe('{"zh":"轴承","n":2}');
    expect(plainText(['a', 1])).toBe('["a",1]');
    expect(plainText(null)).toBe('null');
    expect(plainText(undefined)).toBe('');
  });
});
