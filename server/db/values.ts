import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isNode, isPath, isRelationship, isTime } from 'neo4j-driver';

/**
 * Converts driver values into plain JSON-friendly values: Neo4j integers become numbers
 * (ids and counts here stay far below 2^53), temporals ISO strings, nodes their properties.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most of every result: return them before the driver's
  // type checks (nine property probes per value otherwise, on every field of every row).
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return value;
  if (type === 'bigint') return Number(value);
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (
    isDateTime(value as never) ||
    isDate(value as never) ||
    isLocalDateTime(value as never) ||
    isTime(value as never) ||
    isLocalTime(value as never) ||
    isDuration(value as never)
  ) {
    // the temporal types print ISO 8601
    return (value as { toString(): string }).toString();
  }
  if (isNode(value as never)) return toPlain((value as { properties: unknown }).properties);
  if (isRelationship(value as never)) return toPlain((value as { properties: unknown }).properties);
  if (isPath(value as never)) return (value as { segments: unknown[] }).segments.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}
