import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportTables } from '../../server/exports/files.js';
import { TableReader } from '../../server/imports/read.js';
import { FILE_SPECS } from '../../server/imports/spec.js';
import { XlsxBook } from '../../server/imports/xlsx.js';
import { asText, toCsv } from '#shared/spreadsheet.js';
import { tempDir } from '../helpers/import-fixtures.js';

/**
 * All-digit credit codes in exports open as text: read back with spreadsheet readers, they are
 * the 18 characters written, never 9.13701E+17.
 */
const DIGITS = '913715001234560009'; // a valid all-digit code (its check character is a digit)
const MIXED = '91371500MA3CXXXX17';

/** exceljs's CSV reader, which (like Excel) turns number-like text into numbers. */
async function readCsvWithExcelJs(text: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  const sheet = await wb.csv.read(Readable.from([text.replace(/^\uFEFF/, '')]));
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('credit codes in CSV exports', () => {
  it('are written as ="…" so that spreadsheets keep them as text (a plain cell becomes a number)', async () => {
    const plain = await readCsvWithExcelJs(toCsv(['统一社会信用代码'], [[DIGITS]]));
    // the failure of issue 15: the code is read as a number and its last digits are lost
    expect(typeof plain[1]![0]).toBe('number');
    expect(String(plain[1]![0])).not.toBe(DIGITS);

    const csv = toCsv(
      ['统一社会信用代码', '企业名称', '金额'],
      [
        [asText(DIGITS), '甲公司', 12.5],
        [asText(MIXED), '=乙', 3],
      ],
    );
    expect(csv).toBe(`\uFEFF统一社会信用代码,企业名称,金额\r\n="${DIGITS}",甲公司,12.5\r\n${MIXED},'=乙,3\r\n`);
    const rows = await readCsvWithExcelJs(csv);
    // a text formula whose result is the code: Excel, WPS and LibreOffice show the code itself
    expect(rows[1]![0]).toBe(`="${DIGITS}"`);
    expect(rows[2]![0]).toBe(MIXED);
  });

  it('come back as the code when the exported CSV is imported again', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'enterprises.csv');
    fs.writeFileSync(file, toCsv(['credit_code', 'name', 'local'], [[asText(DIGITS), '甲公司', '是']]));
    const reader = new TableReader({ name: 'enterprises.csv', path: file, format: 'csv', spec: FILE_SPECS.enterprises });
    await reader.open(
      () => {},
      () => {},
    );
    const rows = [];
    for await (const row of reader.rows(() => {})) rows.push(row.values);
    await reader.close();
    expect(rows).toEqual([{ credit_code: DIGITS, name: '甲公司', local: '是' }]);
  });
});

describe('credit codes in XLSX exports', () => {
  it("are text cells formatted as text (@), read back by exceljs and by the importer's own reader", async () => {
    const file = await exportTables('xlsx', '测试', [
      { title: '清单', header: ['统一社会信用代码', '金额'], rows: [[asText(DIGITS), 1.5]] },
    ]);
    expect(file.filename).toBe('测试.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as never);
    const cell = wb.getWorksheet('清单')!.getRow(2).getCell(1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(DIGITS);
    expect(cell.numFmt).toBe('@');
    expect(wb.getWorksheet('清单')!.getRow(2).getCell(2).value).toBe(1.5);

    const path_ = path.join(tempDir(), 'x.xlsx');
    fs.writeFileSync(path_, file.body);
    const book = await XlsxBook.open(path_);
    const records = [];
    for await (const record of book.rows(book.sheets[0]!)) records.push(record);
    expect(records[1]!.cells).toEqual([DIGITS, '1.5']);
    expect(records[1]!.info[0]).toBeUndefined(); // a string, not a number
  });

  it('CSV of exportTables is the first table', async () => {
    const file = await exportTables('csv', '测试', [
      { title: 'a', header: ['代码'], rows: [[asText(DIGITS)]] },
      { title: 'b', header: ['x'], rows: [] },
    ]);
    expect(file.filename).toBe('测试.csv');
    expect(file.body.toString('utf8')).toBe(`\uFEFF代码\r\n="${DIGITS}"\r\n`);
  });
});
