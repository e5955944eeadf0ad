import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors.js';
import { completeness, gapStatus, resolveThresholds, shareOfInflow, targetReason, targetReasonEn } from '../../server/gaps/rules.js';
import { yearArg as checkYear } from '#shared/args.js';
import { DEFAULT_GAP_THRESHOLDS } from '#shared/thresholds.js';

const facts = (localFirms: number, localInflow: number, inflow: number, localQualityFirms = 1) => ({
  localFirms,
  localInflow,
  inflow,
  localQualityFirms,
  topSupplierValue: null,
});

describe('gap rules', () => {
  it('fills thresholds from the defaults and validates them', () => {
    expect(resolveThresholds(undefined)).toEqual(DEFAULT_GAP_THRESHOLDS);
    expect(
      resolveThresholds({ weakLocalSupplyRatio: 0, singlePointShare: 1, strongMinLocalFirms: 0, strongLocalSupplyRatio: null }),
    ).toEqual({ ...DEFAULT_GAP_THRESHOLDS, weakLocalSupplyRatio: 0, singlePointShare: 1, strongMinLocalFirms: 0 });
    for (const bad of [
      { weakLocalSupplyRatio: -0.01 },
      { strongLocalSupplyRatio: 1.01 },
      { singlePointShare: Number.NaN },
      { strongMinLocalFirms: -1 },
      { strongMinLocalFirms: 2.5 },
    ]) {
      expect(() => resolveThresholds(bad)).toThrow(AppError);
    }
  });

  it('checks years', () => {
    expect(checkYear(null)).toBeNull();
    expect(checkYear(1900)).toBe(1900);
    expect(checkYear(2100)).toBe(2100);
    expect(() => checkYear(1899)).toThrow(/1900/);
    expect(() => checkYear(2101)).toThrow(AppError);
  });

  it('decides the status at the thresholds exactly', () => {
    const t = DEFAULT_GAP_THRESHOLDS;
    expect(gapStatus(facts(0, 0, 100), t)).toBe('MISSING');
    expect(gapStatus(facts(1, 29, 100), t)).toBe('WEAK');
    expect(gapStatus(facts(1, 30, 100), t)).toBe('COVERED'); // 0.3 is not below 0.3
    expect(gapStatus(facts(5, 70, 100), t)).toBe('STRONG'); // 0.7 and 5 firms suffice
    expect(gapStatus(facts(4, 70, 100), t)).toBe('COVERED');
    expect(gapStatus(facts(5, 70, 100, 0), t)).toBe('COVERED');
    expect(gapStatus(facts(9, 0, 0), { ...t, weakLocalSupplyRatio: 1, strongLocalSupplyRatio: 0, strongMinLocalFirms: 0 })).toBe('COVERED');
    expect(shareOfInflow(5, 0)).toBeNull();
    expect(completeness([])).toBe(0);
    expect(completeness(['MISSING', 'WEAK', 'STRONG', 'COVERED'])).toBe(0.75);
  });

  it('writes the reason in Chinese', () => {
    expect(targetReason('轴承钢', 'WEAK', 0.12, 8500, 6)).toBe(
      '「轴承钢」环节本地配套率 12%（薄弱），该企业年供货 8,500 万元，供应 6 家集群企业',
    );
    expect(targetReason('整机', 'MISSING', 0, 1234.567, 1)).toBe(
      '「整机」环节本地无企业（缺失），该企业年供货 1,234.57 万元，供应 1 家集群企业',
    );
  });

  it('writes the reason in English too', () => {
    expect(targetReasonEn('轴承钢', 'WEAK', 0.12, 8500, 6)).toBe(
      '"轴承钢" segment: local supply 12% (weak); this firm supplies 8,500 (10k yuan) a year to 6 cluster firms',
    );
    expect(targetReasonEn('整机', 'MISSING', 0, 1234.567, 1)).toBe(
      '"整机" segment: no local firm (missing); this firm supplies 1,234.57 (10k yuan) a year to 1 cluster firm',
    );
  });
});
