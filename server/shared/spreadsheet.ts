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

/**
 * Text that must stay text when Excel or WPS opens the file: an all-digit credit code
 * (913701001234567890) or any id that looks like a number or a date would otherwise be turned
 * into 9.13701E+17, losing its last digits. In an XLSX such a cell is a text cell formatted `@`;
 * in a CSV it is written `="913701001234567890"`, a formula whose result is the text, which
 * Excel, WPS and LibreOffice all show as is (the importer reads it back as the text inside).
 */
export interface TextCell {
  text: string;
}

export const asText = (text: string | null | undefined): TextCell | null => (text === null || text === undefined ? null : { text });

export type ExportCell = string | number | boolean | null | undefined | TextCell;

/** Text a spreadsheet would read as a number or a date (digits with signs, dots, exponents, slashes, colons). */
const NUMBER_LIKE = /^[\s\d.eE+\-/:%]+$/;
/** Excel's limit for a text literal inside a formula. */
const FORMULA_TEXT_MAX = 255;

/** How a text cell is written in a CSV: `="…"` when a spreadsheet would otherwise read it as a number or date. */
function csvTextCell(text: string): string {
  if (NUMBER_LIKE.test(text) && /\d/.test(text) && text.length <= FORMULA_TEXT_MAX) return `="${text}"`;
  return csvField(safeCell(text));
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
 * UTF-8 BOM; every cell goes through safeCell, a TextCell through csvTextCell.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly ExportCell[])[]): string {
  const cell = (value: ExportCell) => (value !== null && typeof value === 'object' ? csvTextCell(value.text) : csvField(safeCell(value)));
  const lines = [header.map((h) => csvField(safeCell(h))).join(','), ...rows.map((row) => row.map(cell).join(','))];
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
