import type ExcelJS from 'exceljs';
import { type ExportCell, safeCell, toCsv } from '#shared/spreadsheet.js';

/**
 * Rows into an exceljs sheet for an export: a TextCell is a text cell with the text format `@`
 * (so Excel and WPS keep an all-digit credit code as typed, also after an edit); every other
 * cell goes through safeCell (no formula can run).
 */
export function addSheetRows(sheet: ExcelJS.Worksheet, rows: readonly (readonly ExportCell[])[]): void {
  for (const row of rows) {
    const added = sheet.addRow(row.map((cell) => (cell !== null && typeof cell === 'object' ? cell.text : safeCell(cell))));
    row.forEach((cell, i) => {
      if (cell !== null && typeof cell === 'object') added.getCell(i + 1).numFmt = '@';
    });
  }
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ExportTable {
  /** the sheet's name (XLSX) */
  title: string;
  header: readonly string[];
  rows: readonly (readonly ExportCell[])[];
  /** column widths in characters (XLSX) */
  widths?: readonly number[];
}

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

/** Excel sheet names: at most 31 characters, none of \ / ? * [ ] : */
function sheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, '_').slice(0, 31) || 'Sheet';
}

/** A download's file name: `name` without the characters file systems refuse, at most 80 characters, then `.extension`. */
export function exportFileName(name: string, extension: string): string {
  return `${
    name
      .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_')
      .trim()
      .slice(0, 80) || 'export'
  }.${extension}`;
}

/**
 * A list as a download: CSV (the first table; UTF-8 with BOM, see toCsv) or XLSX (every table on
 * its own sheet, header bold and frozen, with a filter). `name` is the file name without extension.
 */
export async function exportTables(format: ExportFormat, name: string, tables: readonly ExportTable[]): Promise<ExportFile> {
  const filename = exportFileName(name, format);
  if (format === 'csv') {
    const first = tables[0]!;
    return { filename, contentType: EXPORT_CONTENT_TYPES.csv, body: Buffer.from(toCsv(first.header, first.rows), 'utf8') };
  }
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'ChainAtlas';
  for (const table of tables) {
    const sheet = wb.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow([...table.header]).font = { bold: true };
    addSheetRows(sheet, table.rows);
    table.widths?.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
    if (table.rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  }
  return { filename, contentType: EXPORT_CONTENT_TYPES.xlsx, body: Buffer.from(await wb.xlsx.writeBuffer()) };
}
