import { describe, expect, it } from 'vitest';
import { FILE_SPECS } from '../../server/imports/spec.js';
import {
  enumParser,
  parseBoolean,
  parseCount,
  parseId,
  parseIdList,
  parseMoney,
  parseNumberText,
  parsePercent,
  parseSignedPercent,
  parseYear,
  splitList,
} from '../../server/imports/parse.js';
import { PLATFORM_KINDS, STAGES } from '#shared/enums.js';
import { PLATFORM_KIND_LABELS, STAGE_LABELS } from '#shared/labels.js';

const value = (result: { ok: boolean; value?: unknown; code?: string }) => (result.ok ? result.value : result.code);

describe('cell parsers', () => {
  it('reads booleans as true/false, 1/0 and 是/否 only', () => {
    for (const yes of ['true', 'TRUE', 'True', '1', '是', ' 是 ', '１']) expect(value(parseBoolean(yes))).toBe(true);
    for (const no of ['false', 'FALSE', '0', '否']) expect(value(parseBoolean(no))).toBe(false);
    for (const bad of ['yes', 'no', 'Y', '对', '2', '是的', '-1']) expect(value(parseBoolean(bad))).toBe('BAD_BOOLEAN');
  });

  it('reads enums in English (any case) or the Chinese words of labels.ts', () => {
    const stage = enumParser(STAGES, STAGE_LABELS);
    expect(value(stage('UPSTREAM'))).toBe('UPSTREAM');
    expect(value(stage('midstream'))).toBe('MIDSTREAM');
    expect(value(stage('下游'))).toBe('DOWNSTREAM');
    expect(value(stage('上游段'))).toBe('BAD_ENUM');
    const kind = enumParser(PLATFORM_KINDS, PLATFORM_KIND_LABELS);
    expect(['检测', '培训', '营销', '技术', '政策', '要素', '数字化'].map((w) => value(kind(w)))).toEqual([
      'TESTING',
      'TRAINING',
      'MARKETING',
      'TECHNOLOGY',
      'POLICY',
      'FINANCE',
      'DIGITAL',
    ]);
    const bad = kind('金融');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.message.zh).toContain('FINANCE/要素');
      expect(bad.message.en).toContain('FINANCE (要素)');
    }
  });

  it('reads numbers with thousands separators, full-width digits and percent signs', () => {
    expect(parseNumberText('1,234,567.5')).toBe(1234567.5);
    expect(parseNumberText('１２３')).toBe(123);
    expect(parseNumberText(' 42 ')).toBe(42);
    expect(parseNumberText('1e3')).toBe(1000);
    expect(parseNumberText('12,34')).toBeUndefined();
    expect(parseNumberText('abc')).toBeUndefined();
    expect(parseNumberText('6.47%')).toBeUndefined();
    expect(parseNumberText('6.47%', true)).toBe(6.47);
    expect(parseNumberText('Infinity')).toBeUndefined();
  });

  it('keeps money and shares non-negative; growth may be negative; counts are whole', () => {
    expect(value(parseMoney('0'))).toBe(0);
    expect(value(parseMoney('-0'))).toBe(0);
    expect(value(parseMoney('3000.25'))).toBe(3000.25);
    expect(value(parseMoney('-1'))).toBe('NEGATIVE');
    expect(value(parseMoney('三千'))).toBe('BAD_NUMBER');
    expect(value(parsePercent('68.74%'))).toBe(68.74);
    expect(value(parsePercent('-2'))).toBe('NEGATIVE');
    expect(value(parseSignedPercent('-2.5%'))).toBe(-2.5);
    expect(value(parseCount('12'))).toBe(12);
    expect(value(parseCount('1.5'))).toBe('BAD_INTEGER');
    expect(value(parseCount('-3'))).toBe('NEGATIVE');
  });

  it('reads years as four digits, 2023年, 2023.0 or a date', () => {
    expect(value(parseYear('2023'))).toBe(2023);
    expect(value(parseYear('2023年'))).toBe(2023);
    expect(value(parseYear('2023.0'))).toBe(2023);
    expect(value(parseYear('2015-06-01'))).toBe(2015);
    expect(value(parseYear('2015年6月'))).toBe(2015);
    for (const bad of ['23', '2023.5', '1899', '2101', 'two thousand', '2023-13']) expect(value(parseYear(bad))).toBe('BAD_YEAR');
  });

  it('splits lists on ; and ；, trimming, dropping empty items and duplicates', () => {
    expect(splitList('A;B；C')).toEqual(['A', 'B', 'C']);
    expect(splitList(' A ; ;B;A；')).toEqual(['A', 'B']);
    expect(splitList(';')).toEqual([]);
    expect(value(parseIdList('K1；K2'))).toEqual(['K1', 'K2']);
  });

  it('refuses ids with list separators', () => {
    expect(value(parseId('C-1'))).toBe('C-1');
    expect(value(parseId('C;1'))).toBe('BAD_ID');
    expect(value(parseId('C；1'))).toBe('BAD_ID');
    expect(value(parseId('x'.repeat(101)))).toBe('BAD_ID');
  });

  it('accepts every label the app shows for an enum (小巨人 as on the firm page), and nothing else', () => {
    const srdi = FILE_SPECS.enterprise_years.columns.find((c) => c.name === 'srdi_level')!.parse;
    for (const label of [
      'LITTLE_GIANT',
      'little_giant',
      '专精特新小巨人',
      '小巨人',
      '专精特新“小巨人”',
      'Little giant',
      'little giant',
      '小 巨 人',
    ])
      expect(value(srdi(label))).toBe('LITTLE_GIANT');
    for (const label of ['省级', '省级专精特新', 'Provincial SRDI', 'provincial']) expect(value(srdi(label))).toBe('PROVINCIAL');
    for (const label of ['无', 'None']) expect(value(srdi(label))).toBe('NONE');
    expect(value(srdi('大巨人'))).toBe('BAD_ENUM');
    const kind = FILE_SPECS.platforms.columns.find((c) => c.name === 'kind')!.parse;
    expect(value(kind('Factors / finance'))).toBe('FINANCE');
  });
});
