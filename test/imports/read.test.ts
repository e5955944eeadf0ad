import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../server/imports/issues.js';
import { cellText, detectEncoding, TableReader, type TableRow } from '../../server/imports/read.js';
import { FILE_SPECS, type FileName } from '../../server/imports/spec.js';
import { tempDir } from '../helpers/import-fixtures.js';

async function read(file: string, format: 'csv' | 'xlsx', spec: FileName = 'chains') {
  const reader = new TableReader({ name: path.basename(file), path: file, format, spec: FILE_SPECS[spec] });
  const errors: Omit<ImportIssue, 'file'>[] = [];
  const warnings: Omit<ImportIssue, 'file'>[] = [];
  const header = await reader.open(
    (e) => errors.push(e),
    (w) => warnings.push(w),
  );
  const rows: TableRow[] = [];
  if (header) for await (const row of reader.rows((w) => warnings.push(w))) rows.push(row);
  return { header, rows, errors, warnings };
}

describe('detecting the encoding of a CSV file', () => {
  it('takes valid UTF-8 (with or without BOM) as UTF-8', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.csv'), '链ID,产业链名称\nC1,轴承\n');
    fs.writeFileSync(path.join(dir, 'b.csv'), '\uFEFF链ID\n');
    expect(await detectEncoding(path.join(dir, 'a.csv'))).toBe('utf-8');
    expect(await detectEncoding(path.join(dir, 'b.csv'))).toBe('utf-8');
  });

  it('takes a file saved by Chinese Excel (GBK) as GB18030', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'gbk.csv');
    fs.writeFileSync(file, iconv.encode('链ID,产业链名称\nC1,轴承及汽车零部件\n', 'gbk'));
    expect(await detectEncoding(file)).toBe('gb18030');
  });

  it('finds invalid UTF-8 far into a large file (not only at the start)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'late.csv');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('a,b\n' + 'x,y\n'.repeat(600_000)), iconv.encode('中文,行\n', 'gbk')]));
    expect(await detectEncoding(file)).toBe('gb18030');
  });

  it('refuses UTF-16 and a zip file named .csv', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'u16.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b', 'utf16le')]));
    fs.writeFileSync(path.join(dir, 'zip.csv'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    await expect(detectEncoding(path.join(dir, 'u16.csv'))).rejects.toMatchObject({ code: 'BAD_ENCODING' });
    await expect(detectEncoding(path.join(dir, 'zip.csv'))).rejects.toMatchObject({ code: 'UNREADABLE_FILE' });
  });
});

describe('reading a CSV table', () => {
  it('numbers rows as a spreadsheet does, skipping blank rows, with quoted commas and line breaks', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'chains.csv');
    fs.writeFileSync(file, '\uFEFFchain_id,name,备注\r\nC1,"轴承, 钢球",x\r\n\r\n,,\r\nC2,"两行\n名称"\r\nC3,齿轮,,extra\r\n');
    const { header, rows, errors, warnings } = await read(file, 'csv');
    expect(errors).toEqual([]);
    expect(header!.columns.map((c) => c.name)).toEqual(['chain_id', 'name']);
    expect(header!.encoding).toBe('utf-8');
    expect(rows).toEqual([
      { row: 2, values: { chain_id: 'C1', name: '轴承, 钢球' } },
      { row: 5, values: { chain_id: 'C2', name: '两行\n名称' } },
      { row: 6, values: { chain_id: 'C3', name: '齿轮' } },
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['UNKNOWN_COLUMN', 'EXTRA_CELLS']);
  });

  it('reports missing and duplicate columns', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'chains.csv');
    fs.writeFileSync(file, 'name,产业链名称\nx,y\n');
    const { header, errors } = await read(file, 'csv');
    expect(header!.missing.map((c) => c.name)).toEqual(['chain_id']);
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [1, 'name', 'DUPLICATE_COLUMN'],
      [1, 'chain_id', 'MISSING_COLUMN'],
    ]);
  });

  it('reads a GBK file and warns about it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'chains.csv');
    fs.writeFileSync(file, iconv.encode('链ID,产业链名称\r\nC1,轴承\r\n', 'gb18030'));
    const { rows, warnings } = await read(file, 'csv');
    expect(rows).toEqual([{ row: 2, values: { chain_id: 'C1', name: '轴承' } }]);
    expect(warnings.map((w) => w.code)).toEqual(['GB18030_ENCODING']);
  });
});

describe('reading an XLSX table', () => {
  it('reads the first sheet with spreadsheet row numbers and the text a user sees', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'enterprise_years.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('第一页');
    sheet.addRow(['统一社会信用代码', '年份', '营业收入', '规上', '专精特新等级']);
    sheet.addRow(['91350100M000100Y43', 2023, 1234.5, true, { richText: [{ text: '专精特新' }, { text: '小巨人' }] }]);
    sheet.getRow(4).values = ['91350100M000100Y43', { formula: '2020+4', result: 2024 }, 99, false, '无'];
    workbook.addWorksheet('second').addRow(['ignored']);
    await workbook.xlsx.writeFile(file);
    const { rows } = await read(file, 'xlsx', 'enterprise_years');
    expect(rows).toEqual([
      {
        row: 2,
        values: { credit_code: '91350100M000100Y43', year: '2023', revenue: '1234.5', above_scale: 'true', srdi_level: '专精特新小巨人' },
      },
      { row: 4, values: { credit_code: '91350100M000100Y43', year: '2024', revenue: '99', above_scale: 'false', srdi_level: '无' } },
    ]);
  });

  it('turns cell values into text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(12)).toBe('12');
    expect(cellText(new Date(Date.UTC(2015, 5, 1)))).toBe('2015-06-01');
    expect(cellText({ text: 'link', hyperlink: 'http://x' })).toBe('link');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText({ formula: 'A1' })).toBe('');
  });
});
