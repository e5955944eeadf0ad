import { describe, expect, it } from 'vitest';
import {
  checkRegionCode,
  clusterRegion,
  codeFromNames,
  firmRegion,
  regionCodes,
  replicaCity,
  replicaDivision,
  scopeCode,
} from '../../server/shared/regions.js';

describe('region codes (GB/T 2260)', () => {
  it('splits a code into its county, city and province', () => {
    expect(regionCodes('371521')).toEqual({ regionCode: '371521', countyCode: '371521', cityCode: '371500', provinceCode: '370000' });
    expect(regionCodes('371500')).toEqual({ regionCode: '371500', countyCode: null, cityCode: '371500', provinceCode: '370000' });
    expect(regionCodes('370000')).toEqual({ regionCode: '370000', countyCode: null, cityCode: null, provinceCode: '370000' });
  });

  it('accepts 6 digits with a known province prefix only', () => {
    expect(checkRegionCode(' 371581 ')).toEqual({ ok: true, code: '371581' });
    expect(checkRegionCode('653201').ok).toBe(true); // not in the table, well-formed: taken as it is
    for (const bad of ['3715', '3715000', '37150A', '991500', '000000']) expect(checkRegionCode(bad).ok).toBe(false);
  });

  it('finds the most specific name the table knows', () => {
    expect(codeFromNames({ county: '临清市', city: '聊城市' })).toBe('371581');
    expect(codeFromNames({ county: '某开发区', city: '聊城' })).toBe('371500');
    expect(codeFromNames({ city: '江阴市', province: '江苏省' })).toBe('320000');
    expect(codeFromNames({ city: '江阴市' })).toBeNull();
  });

  it("a firm: region_code, else names, else the credit code's digits (derived)", () => {
    const code = '91320281MA3C4D5E6F';
    expect(firmRegion({ creditCode: code, regionCode: '371581', county: '阳谷县' })).toMatchObject({
      regionCode: '371581',
      regionDerived: false,
    });
    expect(firmRegion({ creditCode: code, county: '阳谷县' })).toMatchObject({ regionCode: '371521', regionDerived: false });
    expect(firmRegion({ creditCode: code })).toEqual({
      regionCode: '320281',
      regionDerived: true,
      countyCode: '320281',
      cityCode: '320200',
      provinceCode: '320000',
    });
    expect(firmRegion({ creditCode: '91ABCDEFMA3C4D5E6F' })).toEqual({
      regionCode: null,
      regionDerived: null,
      countyCode: null,
      cityCode: null,
      provinceCode: null,
    });
  });

  it("a cluster: its county's code, else the home city's", () => {
    expect(clusterRegion({ county: '冠县' }).regionCode).toBe('371525');
    expect(clusterRegion({ county: '不存在县' })).toEqual({
      regionCode: '371500',
      countyCode: null,
      cityCode: '371500',
      provinceCode: '370000',
    });
    expect(scopeCode(clusterRegion({ county: '冠县' }), 'COUNTY')).toBe('371525');
    expect(scopeCode(clusterRegion({ county: '冠县' }), 'PROVINCE')).toBe('370000');
  });

  it('places the generated replicas in the province: Liaocheng, then the 15 other cities', () => {
    const cities = Array.from({ length: 16 }, (_, r) => replicaCity(r).code);
    expect(cities[0]).toBe('371500');
    expect(new Set(cities).size).toBe(16);
    expect(cities.every((c) => c.startsWith('37'))).toBe(true);
    expect(replicaCity(16).code).toBe(replicaCity(1).code);
    expect(replicaDivision('371581', 0)).toBe('371581');
    expect(replicaDivision('371581', 1)).toBe('370181');
  });
});
