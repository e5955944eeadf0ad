/** Checks for the data files under seed/facts/ (JSON: an enum field is any string until it is checked). */

/** A value of `allowed`, or a RangeError naming where the data file has something else. */
export function oneOf<T extends string>(allowed: readonly T[], value: string, where: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new RangeError(`${where}: ${value} is not one of ${allowed.join(', ')}`);
  return value as T;
}
