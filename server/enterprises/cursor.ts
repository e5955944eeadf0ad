/** Opaque pagination cursors: base64url of the result's offset. Pure. */
const PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** The offset a cursor stands for; null when it is not one of ours. */
export function decodeCursor(cursor: string): number | null {
  if (cursor.length > 40 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX)) return null;
  const digits = text.slice(PREFIX.length);
  if (!/^\d{1,9}$/.test(digits)) return null;
  return Number(digits);
}
