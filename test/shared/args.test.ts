import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors.js';
import { firstArg, offsetArg, yearArg, type Paging } from '#shared/args.js';
import { MAX_YEAR, MIN_YEAR } from '#shared/limits.js';

/** The AppError a call throws (or a failure when it throws none). */
function thrown(call: () => unknown): AppError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected BAD_INPUT, got a value');
}

const SIZE = { default: 20, max: 100 };

describe('page arguments', () => {
  it('takes the default when first is absent, and any whole number up to the max', () => {
    for (const paging of ['offset', 'cursor', 'top'] as Paging[]) {
      expect(firstArg(null, paging, SIZE)).toBe(20);
      expect(firstArg(undefined, paging, SIZE)).toBe(20);
      expect(firstArg(1, paging, SIZE)).toBe(1);
      expect(firstArg(100, paging, SIZE)).toBe(100);
    }
  });

  it('allows first: 0 when paging by offset only', () => {
    expect(firstArg(0, 'offset', SIZE)).toBe(0);
    for (const paging of ['cursor', 'top'] as Paging[]) {
      const error = thrown(() => firstArg(0, paging, SIZE));
      expect(error.code).toBe('BAD_INPUT');
      expect(error.details).toEqual({ field: 'first', first: 0 });
      expect(error.message).toBe('first 须为1–100的整数 (first must be a whole number from 1 to 100; got 0)');
    }
  });

  it('refuses a negative, too large or fractional first with BAD_INPUT naming first', () => {
    for (const paging of ['offset', 'cursor', 'top'] as Paging[]) {
      for (const bad of [-1, 101, 2.5, Number.NaN]) {
        const error = thrown(() => firstArg(bad, paging, SIZE));
        expect(error.code).toBe('BAD_INPUT');
        expect(error.details.field).toBe('first');
      }
    }
    expect(thrown(() => firstArg(-1, 'offset', SIZE)).message).toBe(
      'first 须为0–100的整数 (first must be a whole number from 0 to 100; got -1)',
    );
  });

  it('takes offset 0 when absent, refuses a negative or fractional one', () => {
    expect(offsetArg(null)).toBe(0);
    expect(offsetArg(undefined)).toBe(0);
    expect(offsetArg(0)).toBe(0);
    expect(offsetArg(61)).toBe(61);
    for (const bad of [-1, 1.5]) expect(thrown(() => offsetArg(bad)).details).toEqual({ field: 'offset', offset: bad });
  });
});

describe('year arguments', () => {
  it('keeps null and absent as null, and takes MIN_YEAR to MAX_YEAR', () => {
    expect(yearArg(null)).toBeNull();
    expect(yearArg(undefined, 'fromYear')).toBeNull();
    expect(yearArg(MIN_YEAR)).toBe(1900);
    expect(yearArg(MAX_YEAR)).toBe(2100);
    expect(yearArg(2023, 'founded')).toBe(2023);
  });

  it('refuses other years with BAD_INPUT naming the field, Chinese first, the importer problem code', () => {
    const error = thrown(() => yearArg(1899, 'fromYear'));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.details).toEqual({ field: 'fromYear', year: 1899, problem: 'BAD_YEAR' });
    expect(error.message).toBe(
      'fromYear：“1899”不是有效年份（应为1900–2100之间的四位数字） (fromYear: "1899" is not a valid year (a four-digit year from 1900 to 2100))',
    );
    for (const bad of [2101, 2023.5, -2023, Number.NaN])
      expect(thrown(() => yearArg(bad)).details).toMatchObject({ field: 'year', problem: 'BAD_YEAR' });
  });
});
