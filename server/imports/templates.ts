import ExcelJS from 'exceljs';
import { FILE_SPECS, type FileName } from './spec.js';

/**
 * Empty import templates, one per file, generated from the column spec (used by the web
 * app's download buttons): CSV with the English header row (UTF-8 with BOM, so that Excel
 * shows Chinese correctly), XLSX with the Chinese headers, required ones marked `*`, and a
 * note on each header with the English name, whether it is required and what it accepts.
 */
export function csvTemplate(file: FileName): Buffer {
  const header = FILE_SPECS[file].columns.map((c) => c.name).join(',');
  return Buffer.from(`\uFEFF${header}\r\n`, 'utf8');
}

async function xlsxTemplate(file: FileName): Promise<Buffer> {
  const spec = FILE_SPECS[file];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ChainAtlas';
  const sheet = workbook.addWorksheet(spec.title.zh, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c) => ({ header: c.required ? `${c.zh}*` : c.zh, width: Math.max(12, c.zh.length * 2 + 4) }));
  spec.columns.forEach((c, i) => {
    const cell = sheet.getRow(1).getCell(i + 1);
    cell.font = { bold: c.required };
    // Credit codes and ids are text: Excel must not turn them into numbers.
    sheet.getColumn(i + 1).numFmt = '@';
    const lines = [`${c.name}${c.required ? '（必填 required）' : '（选填 optional）'}`];
    if (c.hint) lines.push(`${c.hint.zh} / ${c.hint.en}`);
    cell.note = lines.join('\n');
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The template of a file in a format. */
export async function templateFor(file: FileName, format: 'csv' | 'xlsx'): Promise<Buffer> {
  return format === 'csv' ? csvTemplate(file) : xlsxTemplate(file);
}
