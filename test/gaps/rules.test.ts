import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors.js';
import {
  completeness,
  gapStatus,
  resolveThresholds,
  shareOfInflow,
  singleSourceAtRisk,
  targetReason,
  targetReasonEn,
} from '../../server/gaps/rules.js';
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

  const weak = {
    segmentName: '轴承钢',
    status: 'WEAK' as const,
    localSupplyRatio: 0.12,
    inflow: 8500,
    segmentInflow: 34000,
    buyers: 6,
    topBuyers: [
      { name: '甲轴承', value: 3000 },
      { name: '乙轴承', value: 2000.5 },
    ],
    revenue: 52000,
    segmentAverageRevenue: 16000,
    srdiLevel: 'LITTLE_GIANT' as const,
    chainLeader: true,
    sameProvince: false,
    province: '江苏省',
    yearsActive: 18,
  };
  const missing = {
    ...weak,
    segmentName: '整机',
    status: 'MISSING' as const,
    localSupplyRatio: 0,
    inflow: 1234.567,
    segmentInflow: 1234.567,
    buyers: 1,
    topBuyers: [{ name: '丙机械', value: 1234.567 }],
    revenue: null,
    srdiLevel: 'NONE' as const,
    chainLeader: false,
    sameProvince: true,
    province: '山东省',
    yearsActive: null,
  };

  it('writes a target reason from its own figures: share, buyers named, scale, 专精特新/链主, region, age', () => {
    expect(targetReason(weak)).toBe(
      '「轴承钢」环节本地配套率 12%（薄弱）；年供货 8,500 万元，占本环节集群采购 25%；供应集群企业 甲轴承（3,000 万元）、乙轴承（2,001 万元）等 6 家；' +
        '营收 52,000 万元，为本环节集群企业平均的 3.3 倍；专精特新小巨人；链主；省外（江苏省）；成立 18 年',
    );
    expect(targetReason(missing)).toBe(
      '「整机」环节本地无企业（缺失）；年供货 1,234.57 万元，占本环节集群采购 100%；供应集群企业 丙机械（1,235 万元）；省内（山东省）',
    );
    expect(targetReason({ ...weak, revenue: 480000 })).toContain('营收 480,000 万元，为本环节集群企业平均的 30 倍');
    // two targets of one segment differ by what differs about them
    expect(targetReason({ ...weak, topBuyers: [{ name: '丁轴承', value: 8500 }], buyers: 1 })).not.toBe(targetReason(weak));
  });

  it('writes the reason in English too', () => {
    expect(targetReasonEn(weak)).toBe(
      '"轴承钢" segment: local supply 12% (weak); supplies 8,500 (10k yuan) a year, 25% of the segment\'s cluster purchases; ' +
        "to cluster firms 甲轴承 (3,000), 乙轴承 (2,001) and 4 more; revenue 52,000 (10k yuan), 3.3× the segment's cluster average; " +
        'little giant; chain leader; outside the province (江苏省); 18 years active',
    );
    expect(targetReasonEn(missing)).toBe(
      '"整机" segment: no local firm (missing); supplies 1,234.57 (10k yuan) a year, 100% of the segment\'s cluster purchases; ' +
        'to cluster firms 丙机械 (1,235); in the province (山东省)',
    );
  });

  it('flags a segment as a 固链 risk when its single-source purchases reach the share of its inflow', () => {
    const t = DEFAULT_GAP_THRESHOLDS; // singleSourceShare 0.5
    expect(singleSourceAtRisk(3, 50, 100, t)).toBe(true);
    expect(singleSourceAtRisk(3, 49.9, 100, t)).toBe(false);
    expect(singleSourceAtRisk(0, 0, 100, { ...t, singleSourceShare: 0 })).toBe(false);
    expect(singleSourceAtRisk(1, 10, 0, t)).toBe(false);
  });
});
