import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TableReader, type TableRowWithProblems } from '../../server/imports/read.js';
import { FILE_SPECS } from '../../server/imports/spec.js';
import { classifyFormat, decodeXml, numberText, parseRef, serialToDate, XlsxBook } from '../../server/imports/xlsx.js';
import { tempDir } from '../helpers/import-fixtures.js';
import { writeTinyXlsx } from '../helpers/zip-bomb.js';

/** A chains.xlsx in a new folder: one sheet, the chains header (链ID, 产业链名称, 行业), then `rows` and what stands `afterData`. */
function tinyChainsXlsx(rows: string, afterData = ''): string {
  const file = path.join(tempDir(), 'chains.xlsx');
  writeTinyXlsx(
    file,
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
        <row r="1"><c r="A1" t="inlineStr"><is><t>链ID</t></is></c><c r="B1" t="inlineStr"><is><t>产业链名称</t></is></c><c r="C1" t="inlineStr"><is><t>行业</t></is></c></row>
        ${rows}
      </sheetData>${afterData}</worksheet>`,
  );
  return file;
}

/** Every row the reader gives of a chains.xlsx; errors go to `onError`. */
async function chainsRows(file: string, onError: (error: unknown) => void = () => {}): Promise<TableRowWithProblems[]> {
  const reader = new TableReader({ name: 'chains.xlsx', path: file, format: 'xlsx', spec: FILE_SPECS.chains });
  await reader.open(onError, () => {});
  const rows: TableRowWithProblems[] = [];
  for await (const row of reader.rows(() => {})) rows.push(row);
  return rows;
}

describe('the XLSX reader’s pieces', () => {
  it('tells percent, date and text formats from plain numbers', () => {
    expect(classifyFormat(9, undefined)).toBe('percent');
    expect(classifyFormat(10, undefined)).toBe('percent');
    expect(classifyFormat(14, undefined)).toBe('date');
    expect(classifyFormat(31, undefined)).toBe('date'); // yyyy"年"m"月"d"日" (Chinese built-in)
    expect(classifyFormat(49, undefined)).toBe('text');
    expect(classifyFormat(0, undefined)).toBe('general');
    expect(classifyFormat(164, '0.00%')).toBe('percent');
    expect(classifyFormat(165, '"增长"0.0"%"')).toBe('general'); // a quoted % is text, not a percent format
    expect(classifyFormat(166, 'yyyy"年"m"月"d"日"')).toBe('date');
    expect(classifyFormat(167, '[$-804]yyyy/m/d')).toBe('date');
    expect(classifyFormat(168, '#,##0.00_);[Red](#,##0.00)')).toBe('general');
    expect(classifyFormat(169, '[Red]0.00')).toBe('general');
    expect(classifyFormat(170, 'General')).toBe('general');
  });

  it('converts date serials (with Lotus’s 1900 leap day and the 1904 system) and numbers as Excel shows them', () => {
    expect(serialToDate(36678, false)).toBe('2000-06-01');
    expect(serialToDate(1, false)).toBe('1900-01-01');
    expect(serialToDate(61, false)).toBe('1900-03-01');
    expect(serialToDate(35216, true)).toBe('2000-06-01');
    expect(serialToDate(36678.5, false)).toBe('2000-06-01 12:00:00');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(52000.5)).toBe('52000.5');
    expect(numberText(-0)).toBe('0');
    expect(decodeXml('a &amp; b &lt;c&gt; &#x4E2D;&#25991;')).toBe('a & b <c> 中文');
    expect(parseRef('AB12')).toEqual({ col: 28, row: 12 });
  });

  it('reads inline and rich strings and entities, and fills a vertical merge down to rows below the last written one', async () => {
    const file = tinyChainsXlsx(
      `<row r="2"><c r="A2" t="inlineStr"><is><t>C1</t></is></c><c r="B2" t="inlineStr"><is><r><t>轴承</t></r><r><t>产业链</t></r></is></c><c r="C2" t="inlineStr"><is><t>装备 &amp; 制造</t></is></c></row>
        <row r="3"><c r="A3" t="inlineStr"><is><t>C2</t></is></c><c r="B3" t="inlineStr"><is><t>钢球</t></is></c></row>
        <row r="4"><c r="A4" t="inlineStr"><is><t>C3</t></is></c><c r="B4" t="inlineStr"><is><t>齿轮</t></is></c></row>`,
      '<mergeCells count="1"><mergeCell ref="C2:C5"/></mergeCells>',
    );
    const book = await XlsxBook.open(file);
    expect(book.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    const errors: unknown[] = [];
    const rows = await chainsRows(file, (e) => errors.push(e));
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.row, r.values])).toEqual([
      [2, { chain_id: 'C1', name: '轴承产业链', industry: '装备 & 制造' }],
      [3, { chain_id: 'C2', name: '钢球', industry: '装备 & 制造' }],
      [4, { chain_id: 'C3', name: '齿轮', industry: '装备 & 制造' }],
      // row 5 holds only the merged value: a row the user sees with one cell filled
      [5, { chain_id: '', name: '', industry: '装备 & 制造' }],
    ]);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});

describe('formulas', () => {
  it('takes a cached value (an empty text result too) and refuses a formula never computed', async () => {
    const rows = await chainsRows(
      tinyChainsXlsx(
        `<row r="2"><c r="A2" t="inlineStr"><is><t>C1</t></is></c><c r="B2" t="str"><f>"轴"&amp;"承"</f><v>轴承</v></c><c r="C2" t="str"><f>""</f><v></v></c></row>
        <row r="3"><c r="A3" t="inlineStr"><is><t>C2</t></is></c><c r="B3"><f>A3&amp;"x"</f></c></row>`,
      ),
    );
    expect(rows[0]).toEqual({ row: 2, values: { chain_id: 'C1', name: '轴承', industry: '' } });
    expect(rows[1]!.problems).toEqual([expect.objectContaining({ column: 'name', code: 'FORMULA_NO_VALUE' })]);
  });

  it('refuses the uncomputed formula openpyxl writes (test/fixtures/office)', async () => {
    const file = path.join(import.meta.dirname, '../fixtures/office/refuse-cells/enterprise_years.xlsx');
    const reader = new TableReader({ name: 'enterprise_years.xlsx', path: file, format: 'xlsx', spec: FILE_SPECS.enterprise_years });
    await reader.open(
      () => {},
      () => {},
    );
    const codes: string[] = [];
    for await (const row of reader.rows(() => {})) for (const p of row.problems ?? []) codes.push(`${row.row}:${p.column}:${p.code}`);
    expect(codes).toEqual(['2:revenue:FORMULA_NO_VALUE', '3:revenue:ERROR_CELL', '4:revenue:PERCENT_CELL']);
  });
});

describe('finding the header', () => {
  it('skips a title and notes above the header in a CSV, and says so', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'chains.csv');
    fs.writeFileSync(file, '聊城市产业链名录（2025年）,,\r\n填表人：张三,,\r\n链ID,产业链名称,行业\r\nC1,轴承,装备\r\n');
    const reader = new TableReader({ name: 'chains.csv', path: file, format: 'csv', spec: FILE_SPECS.chains });
    const warnings: { code: string; row: number | null }[] = [];
    const header = await reader.open(
      () => {},
      (w) => warnings.push(w),
    );
    expect(header!.row).toBe(3);
    const rows = [];
    for await (const row of reader.rows(() => {})) rows.push(row);
    expect(rows).toEqual([{ row: 4, values: { chain_id: 'C1', name: '轴承', industry: '装备' } }]);
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'TABLE_LOCATED', row: 3 }));
  });
});
