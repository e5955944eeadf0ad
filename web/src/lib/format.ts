import { beijingTime, timeZoneLabel } from '../time';
import { WAN_PER_YI } from '#shared/facts.js';
import i18n from '../i18n';

/** Number formats shared by the chain map and the targets view (money is kept in 万元). */
const locale = () => (i18n.language === 'en' ? 'en-US' : 'zh-CN');

/**
 * A money figure as the server gave it for the caller's role (server/auth/disclosure.ts): the
 * figure formatted, else its size band (roles that see bands), else — (withheld or unknown).
 */
export function figureOrBand(value: number | null | undefined, band: string | null | undefined, format: (value: number) => string): string {
  if (value !== null && value !== undefined && Number.isFinite(value)) return format(value);
  return band ?? '—';
}

/** 万元 with thousands separators, e.g. 12,345.6 */
export function wan(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

/**
 * 万元 → 亿元 with two decimals in Chinese (1.23), billions of yuan in English (0.12): the messages
 * around it say 亿元 / bn yuan (bigMoney's rule; English never reads "69.15 (100M yuan)").
 */
export function yi(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return bigMoney(value, { digits, enDigits: digits + 1 });
}

/** A ratio in [0, 1] as a whole percentage, e.g. 8% */
export function percent(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${Math.round(value * 100)}%`;
}

export function integer(value: number): string {
  return new Intl.NumberFormat(locale()).format(value);
}

/** An ISO instant as a date and time in Beijing time, said so (YYYY-MM-DD HH:mm 北京时间): one zone for every user. */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return `${beijingTime(iso)} ${timeZoneLabel()}`;
}

/** "城市 · 省份" without repeating a municipality (北京市 · 北京市). */
export function place(city: string | null | undefined, province: string | null | undefined): string {
  if (city && province && city !== province) return `${city} · ${province}`;
  return city || province || '—';
}

/**
 * Large money (万元 in the data) as each language reads it: 亿元 in Chinese, billions of yuan in English
 * (1 亿 = 0.1 billion; English never reads "4,438.63 100M yuan"). `digits` decimals in Chinese, `enDigits` in
 * English; `grouping: false` leaves out the thousands separators; `language` defaults to the current one.
 * Its unit: bigMoneyUnit().
 */
export function bigMoney(
  wanValue: number | null | undefined,
  {
    digits = 2,
    enDigits = digits,
    grouping = true,
    language = i18n.language,
  }: { digits?: number; enDigits?: number; grouping?: boolean; language?: string } = {},
): string {
  if (wanValue === null || wanValue === undefined || !Number.isFinite(wanValue)) return '—';
  const en = language === 'en';
  const d = en ? enDigits : digits;
  return new Intl.NumberFormat(en ? 'en-US' : 'zh-CN', {
    minimumFractionDigits: d,
    maximumFractionDigits: d,
    useGrouping: grouping,
  }).format(en ? wanValue / WAN_PER_YI / 10 : wanValue / WAN_PER_YI);
}

/** The unit of bigMoney(): 亿元 / bn yuan, or short (a graph label): 亿 / bn. */
export function bigMoneyUnit(short = false, language = i18n.language): string {
  if (language === 'en') return short ? 'bn' : 'bn yuan';
  return short ? '亿' : '亿元';
}

/** A count, rounded to a whole number, with thousands separators, e.g. 1,234 */
export function count(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return integer(Math.round(value));
}

/** A number with exactly `digits` decimals and no separators, e.g. a rate already in percent: 5.90 */
export function decimal(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return value.toFixed(digits);
}

/** A figure that already is a percentage (R&D intensity 3.2 → 3.20%), with fixed decimals; — when unknown. */
export function percentFigure(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${value.toFixed(digits)}%`;
}

/** A file size, e.g. 1.5 MB or 12 KB (at least 1 KB). */
export function bytes(value: number): string {
  return value >= 1024 * 1024 ? `${Number((value / 1024 ** 2).toFixed(1))} MB` : `${Math.max(1, Math.round(value / 1024))} KB`;
}

/** A centrality score (or another small ratio) with three decimals, e.g. 0.125 */
export function score(value: number | null | undefined): string {
  return (value ?? 0).toFixed(3);
}
