import { HOME_CITY, HOME_COUNTIES } from './facts.js';
import type { Label } from './labels.js';
import labels from './labels.json' with { type: 'json' };

/**
 * Regions (GB/T 2260 行政区划代码: province → city → county) and the scope at which a firm counts
 * as "local" to a cluster (issue 16). A code's first two digits are its province, the first four
 * its city; `xx0000` is a province, `xxxx00` a city. Liaocheng's three functional zones carry the
 * statistical division codes (统计用区划代码 3715 71–73): GB/T 2260 itself places them inside
 * 东昌府区, but offices list firms by zone.
 */

/** Where "local" is judged: the cluster's county, city (the default) or province. */
export const LOCAL_SCOPES = ['COUNTY', 'CITY', 'PROVINCE'] as const;
export type LocalScope = (typeof LOCAL_SCOPES)[number];
export const DEFAULT_LOCAL_SCOPE: LocalScope = 'CITY';
export const LOCAL_SCOPE_LABELS: Record<LocalScope, Label> = labels.LOCAL_SCOPE_LABELS;

export interface Region {
  code: string;
  name: string;
  /** other names the files use for it (short forms) */
  aliases?: readonly string[];
}

/** The 34 province-level divisions. */
const PROVINCES: readonly Region[] = [
  ['110000', '北京市'],
  ['120000', '天津市'],
  ['130000', '河北省'],
  ['140000', '山西省'],
  ['150000', '内蒙古自治区'],
  ['210000', '辽宁省'],
  ['220000', '吉林省'],
  ['230000', '黑龙江省'],
  ['310000', '上海市'],
  ['320000', '江苏省'],
  ['330000', '浙江省'],
  ['340000', '安徽省'],
  ['350000', '福建省'],
  ['360000', '江西省'],
  ['370000', '山东省'],
  ['410000', '河南省'],
  ['420000', '湖北省'],
  ['430000', '湖南省'],
  ['440000', '广东省'],
  ['450000', '广西壮族自治区'],
  ['460000', '海南省'],
  ['500000', '重庆市'],
  ['510000', '四川省'],
  ['520000', '贵州省'],
  ['530000', '云南省'],
  ['540000', '西藏自治区'],
  ['610000', '陕西省'],
  ['620000', '甘肃省'],
  ['630000', '青海省'],
  ['640000', '宁夏回族自治区'],
  ['650000', '新疆维吾尔自治区'],
  ['710000', '台湾省'],
  ['810000', '香港特别行政区'],
  ['820000', '澳门特别行政区'],
].map(([code, name]) => ({ code: code!, name: name!, aliases: [shortName(name!)] }));

/** Shandong's 16 cities. */
const SHANDONG_CITIES: readonly Region[] = [
  ['370100', '济南市'],
  ['370200', '青岛市'],
  ['370300', '淄博市'],
  ['370400', '枣庄市'],
  ['370500', '东营市'],
  ['370600', '烟台市'],
  ['370700', '潍坊市'],
  ['370800', '济宁市'],
  ['370900', '泰安市'],
  ['371000', '威海市'],
  ['371100', '日照市'],
  ['371300', '临沂市'],
  ['371400', '德州市'],
  ['371500', '聊城市'],
  ['371600', '滨州市'],
  ['371700', '菏泽市'],
].map(([code, name]) => ({ code: code!, name: name!, aliases: [shortName(name!)] }));

/** Liaocheng's counties and districts (and its three functional zones), from domain.ts. */
const HOME_COUNTY_REGIONS: readonly Region[] = HOME_COUNTIES.map((c) => ({ code: c.divisionCode, name: c.name }));

const PROVINCE_PREFIXES = new Set(PROVINCES.map((p) => p.code.slice(0, 2)));

function shortName(name: string): string {
  return name.replace(/(维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|省|市)$/, '');
}

function byName(regions: readonly Region[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const r of regions) for (const n of [r.name, ...(r.aliases ?? [])]) if (n && !map.has(n)) map.set(n, r.code);
  return map;
}
const PROVINCE_BY_NAME = byName(PROVINCES);
const CITY_BY_NAME = byName(SHANDONG_CITIES);
const COUNTY_BY_NAME = byName(HOME_COUNTY_REGIONS);

/** The stored region properties of a firm or cluster: the code and its prefixes at each level. */
export interface RegionCodes {
  /** the most specific code known */
  regionCode: string;
  countyCode: string | null;
  cityCode: string | null;
  provinceCode: string;
}

/**
 * The city a replica of the generated data set is in (seed/, --scale): replica 0 is Liaocheng,
 * replica r > 0 the r-th of Shandong's other 15 cities (cycling past 15), so a scale-16 set is a
 * province. A Liaocheng county code moved to that city keeps its last two digits (synthetic).
 */
export function replicaCity(replica: number): Region {
  if (replica === 0) return SHANDONG_CITIES.find((c) => c.code === HOME_CITY.divisionCode)!;
  const others = SHANDONG_CITIES.filter((c) => c.code !== HOME_CITY.divisionCode);
  return others[(replica - 1) % others.length]!;
}
export function replicaDivision(homeCode: string, replica: number): string {
  return replica === 0 ? homeCode : replicaCity(replica).code.slice(0, 4) + homeCode.slice(4);
}

/**
 * Checks a 6-digit division code: six digits with a known province prefix. The level below need
 * not be known (unknown but well-formed codes are taken as they are).
 */
export function checkRegionCode(raw: string): { ok: true; code: string } | { ok: false; message: { zh: string; en: string } } {
  const code = raw.trim();
  if (!/^\d{6}$/.test(code))
    return { ok: false, message: { zh: `行政区划代码应为6位数字（“${code}”）`, en: `a division code is 6 digits (got "${code}")` } };
  if (!PROVINCE_PREFIXES.has(code.slice(0, 2)))
    return { ok: false, message: { zh: `行政区划代码“${code}”的前两位不是省级代码`, en: `"${code}" does not start with a province code` } };
  return { ok: true, code };
}

/** A well-formed code's prefixes: province xx0000, city xxxx00 (null for a province), county (null above county level). */
export function regionCodes(code: string): RegionCodes {
  const provinceCode = `${code.slice(0, 2)}0000`;
  const cityCode = code.slice(2, 4) === '00' ? null : `${code.slice(0, 4)}00`;
  const countyCode = cityCode === null || code.slice(4, 6) === '00' ? null : code;
  return { regionCode: code, countyCode, cityCode, provinceCode };
}

/** The code of the most specific of county / city / province names the table knows (null: none known). */
export function codeFromNames(place: { county?: string | null; city?: string | null; province?: string | null }): string | null {
  const county = place.county?.trim();
  const city = place.city?.trim();
  const province = place.province?.trim();
  return (county && COUNTY_BY_NAME.get(county)) || (city && CITY_BY_NAME.get(city)) || (province && PROVINCE_BY_NAME.get(province)) || null;
}

export interface FirmRegion {
  /** null when nothing says where it is (the credit code's digits are not a division code): then every field is null */
  regionCode: string | null;
  countyCode: string | null;
  cityCode: string | null;
  provinceCode: string | null;
  /** true when the region was taken from the credit code (digits 3–8: where it first registered) */
  regionDerived: boolean | null;
}

/**
 * A firm's region, from what the file says first: an explicit `region_code`, else its county /
 * city / province names (the most specific the table knows), else digits 3–8 of its credit code
 * (derived: the authority it first registered with, which a firm that moved no longer matches).
 * An invalid code in the credit code's digits leaves the region unknown.
 */
export function firmRegion(row: {
  regionCode?: string | null;
  county?: string | null;
  city?: string | null;
  province?: string | null;
  creditCode: string;
}): FirmRegion {
  const stated = row.regionCode ?? codeFromNames(row);
  if (stated) return { ...regionCodes(stated), regionDerived: false };
  const digits = checkRegionCode(row.creditCode.slice(2, 8));
  if (digits.ok) return { ...regionCodes(digits.code), regionDerived: true };
  return { regionCode: null, countyCode: null, cityCode: null, provinceCode: null, regionDerived: null };
}

/**
 * A cluster's region: an explicit code, else its county's (by name), else the home city's (the
 * default data set is one city's: a cluster whose county the table does not know is still in it).
 */
export function clusterRegion(row: { regionCode?: string | null; county?: string | null }): RegionCodes {
  return regionCodes(row.regionCode ?? codeFromNames({ county: row.county }) ?? HOME_CITY.divisionCode);
}

/** The cluster's code at a scope (what a firm's code at that scope must equal to be local). */
export function scopeCode(codes: Partial<RegionCodes> | null | undefined, scope: LocalScope): string | null {
  if (!codes) return null;
  return (scope === 'COUNTY' ? codes.countyCode : scope === 'CITY' ? codes.cityCode : codes.provinceCode) ?? null;
}
