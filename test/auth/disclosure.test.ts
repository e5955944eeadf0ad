import { describe, expect, it } from 'vitest';
import {
  MIN_FIRMS_FOR_TOTAL,
  maySeeSupplier,
  rdIntensity,
  rdSpendFor,
  revenueTotalFor,
  supplyValueFor,
} from '../../server/auth/disclosure.js';
import type { Actor } from '../../server/auth/policy.js';

const viewer: Actor = { id: 'v', role: 'viewer', name: 'v' };
const analyst: Actor = { id: 'a', role: 'analyst', name: 'a' };

describe('disclosure rules', () => {
  it('withholds totals over fewer than MIN_FIRMS_FOR_TOTAL firms from band roles, bands the rest', () => {
    expect(MIN_FIRMS_FOR_TOTAL).toBe(3);
    expect(revenueTotalFor(viewer, 4000, 2)).toEqual({ value: null, band: null });
    expect(revenueTotalFor(viewer, 4000, 3)).toEqual({ value: null, band: '2000万–1亿' });
    expect(revenueTotalFor(null, 4000, 5)).toEqual({ value: null, band: '2000万–1亿' });
    expect(revenueTotalFor(analyst, 4000, 1)).toEqual({ value: 4000, band: '2000万–1亿' });
    expect(revenueTotalFor(analyst, 0, 0)).toEqual({ value: 0, band: null });
  });

  it('R&D spend for exact roles only; intensity for all', () => {
    expect(rdSpendFor(viewer, 50)).toBeNull();
    expect(rdSpendFor(analyst, 50)).toBe(50);
    expect(rdIntensity(50, 1000)).toBe(5);
    expect(rdIntensity(50, 0)).toBeNull();
    expect(rdIntensity(null, 1000)).toBeNull();
  });

  it('supply values as bands for band roles; outside suppliers named only with targets:read', () => {
    expect(supplyValueFor(viewer, 800)).toEqual({ value: null, band: '2000万以下' });
    expect(supplyValueFor(analyst, 800)).toEqual({ value: 800, band: '2000万以下' });
    expect([maySeeSupplier(viewer, true), maySeeSupplier(viewer, false), maySeeSupplier(analyst, false)]).toEqual([true, false, true]);
  });
});
