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

/** 万元 → 亿元 with two decimals, e.g. 1.23 */
export function yi(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value / WAN_PER_YI);
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

/** A file size, e.g. 1.5 MB or 12 KB (at least 1 KB). */
export function bytes(value: number): string {
  return value >= 1024 * 1024 ? `${Number((value / 1024 ** 2).toFixed(1))} MB` : `${Math.max(1, Math.round(value / 1024))} KB`;
}

/** A centrality score (or another small ratio) with three decimals, e.g. 0.125 */
export function score(value: number | null | undefined): string {
  return (value ?? 0).toFixed(3);
}
