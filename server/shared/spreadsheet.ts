/**
 * Spreadsheet safety and CSV writing, shared by every export (pure: no Node or browser APIs).
 *
 * Formula injection (CSV injection): a cell whose text starts with `=`, `+`, `-` or `@`, or with
 * a tab or carriage return, may be run as a formula by Excel, WPS or LibreOffice when the file
 * is opened. Such text is written with a leading apostrophe, so it shows as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CellValue = string | number | boolean | null;

/** The value as a safe cell: text that could start a formula gets a leading `'`; numbers and booleans stay as they are. */
export function safeCell(value: string | number | boolean | null | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** UTF-8 byte order mark: lets Excel open a UTF-8 CSV with Chinese text correctly. */
export const UTF8_BOM = '\uFEFF';

function csvField(value: CellValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV (CRLF line ends, fields quoted when they hold `,`, `"` or line breaks) with a
 * UTF-8 BOM; every cell goes through safeCell.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => csvField(safeCell(cell))).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
