/**
 * The rules of the API's page and year arguments, one definition for every service that takes
 * them. Each throws BAD_INPUT naming the argument (`field`), Chinese first.
 */
import { badInput } from '../errors.js';
import { checkYear } from './valueRules.js';

/**
 * How a list is paged:
 * - `offset`: `first` and `offset` (chainGapReport.singleSourceRisks, segmentFirms);
 * - `cursor`: `first` and `after`, a connection (searchEnterprises, auditLog, importChanges);
 * - `top`: only the `first` few of a ranked list (localSubstitutes, topActors, supplyLinks, recentChanges).
 *
 * `first: 0` is allowed when paging by offset and refused otherwise. The cursor spec allows 0,
 * but our connections answer an empty page with `hasNextPage: true` and no `endCursor`, so a
 * client following `hasNextPage` would ask for the same page again forever; a ranked list of
 * none answers nothing. An offset page of 0 is still useful (the count beside it, and the client
 * computes the next offset itself).
 */
export type Paging = 'offset' | 'cursor' | 'top';

/** A list's page size when `first` is not given, and the largest one allowed. */
export interface PageSize {
  default: number;
  max: number;
}

/** `first` of a page: the list's default when absent, else a whole number from 0 (offset) or 1 to the list's max. */
export function firstArg(first: number | null | undefined, paging: Paging, size: PageSize): number {
  const value = first ?? size.default;
  const min = paging === 'offset' ? 0 : 1;
  if (!Number.isInteger(value) || value < min || value > size.max) {
    throw badInput(`first 须为${min}–${size.max}的整数 (first must be a whole number from ${min} to ${size.max}; got ${value})`, {
      field: 'first',
      first: value,
    });
  }
  return value;
}

/** `offset` of a page paged by offset: 0 when absent, else a whole number >= 0. */
export function offsetArg(offset: number | null | undefined): number {
  const value = offset ?? 0;
  if (!Number.isInteger(value) || value < 0) {
    throw badInput(`offset 须为不小于0的整数 (offset must be a whole number >= 0; got ${value})`, { field: 'offset', offset: value });
  }
  return value;
}

/**
 * A year argument: null or absent stays null; else a whole year from MIN_YEAR to MAX_YEAR (limits.ts; the
 * importer's rule for the years in the data: valueRules.checkYear), or BAD_INPUT naming the field.
 */
export function yearArg(year: number, field?: string): number;
export function yearArg(year: number | null | undefined, field?: string): number | null;
export function yearArg(year: number | null | undefined, field = 'year'): number | null {
  if (year === null || year === undefined) return null;
  const checked = checkYear(year);
  if (checked.ok) return checked.value;
  throw badInput(`${field}：${checked.message.zh} (${field}: ${checked.message.en})`, { field, year, problem: checked.problem });
}
