/**
 * A value of untyped data (a change's JSON image, Cytoscape element data) as text: a string as it
 * is, a number or yes/no as written, anything else (an object, a list) as JSON, never "[object Object]".
 */
export function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? '';
}
