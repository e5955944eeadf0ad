import fs from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse as csvParse } from 'csv-parse';
import iconv from 'iconv-lite';
import type { ImportIssue, IssueCode } from './issues.js';
import { parseCreditCode, parsePercent, parseSignedPercent } from './parse.js';
import { matchColumn, normaliseHeader, type ColumnSpec, type FileSpec } from './spec.js';
import { numberText, XlsxBook, XlsxError, type CellInfo, type SheetInfo } from './xlsx.js';

/**
 * Streaming readers for CSV (csv-parse; UTF-8 with or without BOM, or GBK/GB18030 detected
 * by checking UTF-8 validity) and XLSX (`xlsx.ts`: the first visible sheet whose header fits).
 * Both yield `{ row, values }`: the spreadsheet row number (header = row 1) and the cells
 * keyed by the English column name. Nothing is held beyond the current row.
 */
export interface SourceFile {
  /** the name the user gave the file (`enterprises.csv`) */
  name: string;
  path: string;
  format: 'csv' | 'xlsx';
  spec: FileSpec;
}

export interface TableRow {
  row: number;
  values: Record<string, string>;
}

export type TextEncoding = 'utf-8' | 'gb18030';

export interface TableHeader {
  /** the header's row number */
  row: number;
  /** the columns present, in file order */
  columns: ColumnSpec[];
  /** required columns that are absent */
  missing: ColumnSpec[];
  encoding: TextEncoding | null;
}

/** A problem that stops reading the file (reported as a file-level error). */
export class TableReadError extends Error {
  override name = 'TableReadError';
  constructor(
    readonly code: IssueCode,
    readonly zh: string,
    readonly en: string,
    readonly row: number | null = null,
  ) {
    super(en);
  }
}

type Report = (issue: Omit<ImportIssue, 'file'>) => void;

interface RawRecord {
  row: number;
  cells: string[];
  /** XLSX: what each cell shows differently from its text */
  info?: (CellInfo | undefined)[];
  hidden?: boolean;
}

/** Counts bytes as they pass (for progress). */
class ByteCounter extends Transform {
  bytes = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    callback(null, chunk);
  }
}

/**
 * Detects the text encoding of a CSV file: UTF-8 when every byte sequence is valid UTF-8,
 * otherwise GB18030 (a superset of GBK, what Chinese Excel saves) when that decodes cleanly.
 */
export async function detectEncoding(path: string): Promise<TextEncoding> {
  const head = Buffer.alloc(4);
  const fd = await fs.promises.open(path, 'r');
  try {
    await fd.read(head, 0, 4, 0);
  } finally {
    await fd.close();
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new TableReadError(
      'BAD_ENCODING',
      '文件是 UTF-16 编码：请另存为“CSV UTF-8（逗号分隔）”',
      'the file is UTF-16: save it as "CSV UTF-8 (comma delimited)"',
    );
  }
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    throw new TableReadError(
      'UNREADABLE_FILE',
      '这是一个 Excel（xlsx）文件，但扩展名是 .csv：请改为 .xlsx',
      'this is an Excel (xlsx) file named .csv: rename it to .xlsx',
    );
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of fs.createReadStream(path, { highWaterMark: 1 << 20 })) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return 'utf-8';
  } catch {
    // not UTF-8: try GB18030 below
  }
  const gb = iconv.getDecoder('gb18030');
  for await (const chunk of fs.createReadStream(path, { highWaterMark: 1 << 20 })) {
    if (gb.write(chunk as Buffer).includes('\uFFFD')) {
      throw new TableReadError(
        'BAD_ENCODING',
        '文件编码无法识别（既不是 UTF-8，也不是 GBK/GB18030）：请另存为“CSV UTF-8”',
        'unknown text encoding (neither UTF-8 nor GBK/GB18030): save the file as "CSV UTF-8"',
      );
    }
  }
  if ((gb.end() ?? '').includes('\uFFFD')) {
    throw new TableReadError(
      'BAD_ENCODING',
      '文件编码无法识别：请另存为“CSV UTF-8”',
      'unknown text encoding: save the file as "CSV UTF-8"',
    );
  }
  return 'gb18030';
}

async function* csvRecords(path: string, encoding: TextEncoding, counter: ByteCounter): AsyncGenerator<RawRecord> {
  const parser = csvParse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: false });
  const input = fs.createReadStream(path, { highWaterMark: 1 << 20 });
  const flowing =
    encoding === 'gb18030' ? pipeline(input, counter, iconv.decodeStream('gb18030'), parser) : pipeline(input, counter, parser);
  const done = flowing.catch((error: unknown) => {
    parser.destroy(error as Error);
  });
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row++;
      yield { row, cells };
    }
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    throw new TableReadError(
      'UNREADABLE_FILE',
      `CSV 格式错误${lines ? `（约第${lines}行）` : ''}：${(error as Error).message}`,
      `malformed CSV${lines ? ` (near line ${lines})` : ''}: ${(error as Error).message}`,
      null,
    );
  } finally {
    parser.destroy();
    await done;
  }
}

/** Converts an exceljs cell value to the text a user sees. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((part) => part.text).join('');
    if ('result' in v) return cellText(v.result);
    if ('formula' in v || 'sharedFormula' in v) return '';
    if ('text' in v) return cellText(v.text);
    if ('error' in v) return String(v.error);
    // a cell kind this reader does not know: shown as it is rather than as "[object Object]"
    return JSON.stringify(v);
  }
  return typeof value === 'bigint' ? value.toString() : '';
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/** How many non-blank rows at the top of a sheet are searched for the header (titles and notes may come first). */
const HEADER_SCAN_ROWS = 20;

interface HeaderFit {
  /** distinct columns of the spec the row names */
  matched: number;
  /** every required column is named */
  complete: boolean;
}

function headerFit(spec: FileSpec, cells: string[]): HeaderFit {
  const found = new Set<ColumnSpec>();
  for (const cell of cells) {
    const column = cell.trim() ? matchColumn(spec, cell) : undefined;
    if (column) found.add(column);
  }
  return { matched: found.size, complete: spec.columns.every((c) => !c.required || found.has(c)) };
}

/** The header among the first rows: the first row naming every required column, else the row naming most columns, else the first row. */
function findHeader(spec: FileSpec, rows: RawRecord[]): { index: number; fit: HeaderFit } {
  let best = { index: 0, fit: rows.length ? headerFit(spec, rows[0]!.cells) : { matched: 0, complete: false } };
  for (let i = 0; i < rows.length; i++) {
    const fit = headerFit(spec, rows[i]!.cells);
    if (fit.complete) return { index: i, fit };
    if (fit.matched > best.fit.matched) best = { index: i, fit };
  }
  return best;
}

async function peek(records: AsyncGenerator<RawRecord>, count: number): Promise<RawRecord[]> {
  const rows: RawRecord[] = [];
  while (rows.length < count) {
    const next = await records.next();
    if (next.done) break;
    if (!isBlank(next.value.cells)) rows.push(next.value);
  }
  return rows;
}

async function* chain(first: RawRecord[], rest: AsyncGenerator<RawRecord>): AsyncGenerator<RawRecord> {
  yield* first;
  yield* rest;
}

function xlsxReadError(error: unknown): TableReadError {
  if (error instanceof TableReadError) return error;
  if (error instanceof XlsxError)
    return new TableReadError(error.kind === 'too-large' ? 'TOO_LARGE' : 'UNREADABLE_FILE', error.zh, error.en);
  return new TableReadError(
    'UNREADABLE_FILE',
    `无法读取 Excel 文件：${(error as Error).message}`,
    `cannot read the Excel file: ${(error as Error).message}`,
  );
}

async function* xlsxRecords(book: XlsxBook, sheet: SheetInfo, counter: ByteCounter): AsyncGenerator<RawRecord> {
  try {
    for await (const record of book.rows(sheet)) {
      counter.bytes += record.cells.reduce((sum, cell) => sum + cell.length + 8, 16);
      yield record;
    }
  } catch (error) {
    throw xlsxReadError(error);
  }
}

/** The table of a file: the sheet (XLSX) and the header row that fit `spec` best, and the rows from the header on. */
interface LocatedTable {
  records: AsyncGenerator<RawRecord>;
  /** the first rows, header included */
  head: RawRecord[];
  headerIndex: number;
  fit: HeaderFit;
  sheet: string | null;
  sheetCount: number;
  /** XLSX: the columns hidden in the sheet read */
  hiddenColumns?: () => ReadonlySet<number>;
}

async function locateXlsx(book: XlsxBook, spec: FileSpec, counter: ByteCounter): Promise<LocatedTable> {
  const visible = book.sheets.filter((s) => !s.hidden);
  const sheets = visible.length > 0 ? visible : book.sheets;
  if (sheets.length === 0) throw new TableReadError('NO_HEADER', '工作簿中没有工作表', 'the workbook has no worksheet');
  let best: { sheet: SheetInfo; index: number; fit: HeaderFit } | undefined;
  for (const sheet of sheets) {
    const records = xlsxRecords(book, sheet, counter);
    const head = await peek(records, HEADER_SCAN_ROWS);
    const { index, fit } = findHeader(spec, head);
    if (fit.complete)
      return {
        records,
        head,
        headerIndex: index,
        fit,
        sheet: sheet.name,
        sheetCount: book.sheets.length,
        hiddenColumns: () => book.hiddenColumnsOf(sheet),
      };
    await records.return(undefined);
    if (!best || fit.matched > best.fit.matched) best = { sheet, index, fit };
  }
  const records = xlsxRecords(book, best!.sheet, counter);
  const head = await peek(records, HEADER_SCAN_ROWS);
  return {
    records,
    head,
    headerIndex: best!.index,
    fit: best!.fit,
    sheet: best!.sheet.name,
    sheetCount: book.sheets.length,
    hiddenColumns: () => book.hiddenColumnsOf(best!.sheet),
  };
}

/**
 * Recognises a file by its header when its name is not one of the format's (`企业名录（2025年）.xlsx`):
 * the kind whose required columns the header names (searching the first rows of every visible
 * sheet), the one naming most columns when several do; the file's name breaks a tie
 * (`企业年度数据-宏瑞.xlsx`). Undefined when no kind fits.
 */
export async function recogniseFile(
  filePath: string,
  fileName: string,
  format: 'csv' | 'xlsx',
  specs: readonly FileSpec[],
): Promise<FileSpec | undefined> {
  const tables: RawRecord[][] = [];
  const counter = new ByteCounter();
  if (format === 'csv') {
    const records = csvRecords(filePath, await detectEncoding(filePath), counter);
    try {
      tables.push(await peek(records, HEADER_SCAN_ROWS));
    } finally {
      await records.return(undefined);
    }
  } else {
    const book = await XlsxBook.open(filePath).catch((error: unknown) => {
      throw xlsxReadError(error);
    });
    for (const sheet of book.sheets.filter((s) => !s.hidden)) {
      const records = xlsxRecords(book, sheet, counter);
      try {
        tables.push(await peek(records, HEADER_SCAN_ROWS));
      } finally {
        await records.return(undefined);
      }
    }
  }
  const name = normaliseHeader(fileName);
  let best: { spec: FileSpec; matched: number; named: number } | undefined;
  for (const spec of specs) {
    for (const rows of tables) {
      const { fit } = findHeader(spec, rows);
      if (!fit.complete) continue;
      // A name containing the kind's title (企业年度数据) or file name (enterprise_years) says which it is.
      const named = Math.max(name.includes(spec.title.zh) ? spec.title.zh.length : 0, name.includes(spec.file) ? spec.file.length : 0);
      if (!best || named > best.named || (named === best.named && fit.matched > best.matched)) best = { spec, matched: fit.matched, named };
    }
  }
  return best?.spec;
}

/** A cell that cannot be taken as it shows (reported as an error on its row and column). */
interface CellProblem {
  column: string | null;
  code: IssueCode;
  message: { zh: string; en: string };
}

export interface TableRowWithProblems extends TableRow {
  problems?: CellProblem[];
}

const PERCENT_PARSERS = new Set<unknown>([parsePercent, parseSignedPercent]);

/**
 * The text of an XLSX cell for a column, as the cell shows it, or the problem that keeps it
 * from being taken: a percent-formatted cell in a percent column is its value × 100 (0.09 shown
 * as 9.00% is 9); anywhere else it is refused, as are error values, formulas without a cached
 * value, numbers in a credit-code column (Excel keeps 15 digits) and merged ranges across columns.
 */
function xlsxCellText(
  column: ColumnSpec,
  text: string,
  info: CellInfo,
  headerRow: number,
  col: number,
  cellRef: string,
): { text: string } | CellProblem {
  const where = cellRef;
  if (info.merged) {
    const range = info.merged;
    if (range.top <= headerRow) {
      return {
        column: column.name,
        code: 'MERGED_CELLS',
        message: {
          zh: `合并单元格 ${range.ref} 跨越了表头和数据行：请取消合并`,
          en: `the merged range ${range.ref} spans the header and data rows: unmerge it`,
        },
      };
    }
    if (range.left !== col) {
      return {
        column: column.name,
        code: 'MERGED_CELLS',
        message: {
          zh: `合并单元格 ${range.ref} 横跨多列，无法确定 ${column.name}（${column.zh}）的值：请取消合并，每列分别填写`,
          en: `the merged range ${range.ref} spans several columns, so ${column.name} has no value of its own: unmerge it and fill each column`,
        },
      };
    }
  }
  if (info.kind === 'error') {
    return {
      column: column.name,
      code: 'ERROR_CELL',
      message: {
        zh: `单元格 ${where} 是错误值 ${text}：请改正公式或填写数值`,
        en: `cell ${where} holds the error value ${text}: fix the formula or enter the value`,
      },
    };
  }
  if (info.kind === 'no-value') {
    return {
      column: column.name,
      code: 'FORMULA_NO_VALUE',
      message: {
        zh: `单元格 ${where} 是公式，但文件中没有计算结果（生成它的程序没有计算）：请用 Excel 或 WPS 打开并保存后再导入，或把公式换成数值`,
        en: `cell ${where} is a formula with no computed value in the file (the program that wrote it did not compute it): open and save it in Excel or WPS, or replace the formula by its value`,
      },
    };
  }
  const numeric = info.kind === 'number' || info.kind === 'percent' || info.kind === 'date';
  if (numeric && column.parse === parseCreditCode) {
    return {
      column: column.name,
      code: 'BAD_CREDIT_CODE',
      message: {
        zh: `单元格 ${where}（${text}）：Excel 把这个信用代码存成了数字，末几位已经丢失：请把该列设为“文本”格式后重新输入代码`,
        en: `cell ${where} (${text}): Excel stored this code as a number and lost its last digits: format the column as text and enter the codes again`,
      },
    };
  }
  if (info.kind === 'percent') {
    if (PERCENT_PARSERS.has(column.parse)) return { text: numberText(info.number! * 100) };
    return {
      column: column.name,
      code: 'PERCENT_CELL',
      message: {
        zh: `单元格 ${where} 显示为百分比（存储值 ${text}），但 ${column.name}（${column.zh}）不是百分比列：请改为常规数字格式并填写数值`,
        en: `cell ${where} is formatted as a percentage (stored ${text}), but ${column.name} is not a percent column: use a plain number format and enter the value`,
      },
    };
  }
  return { text };
}

/**
 * A CSV cell written as `="0123"` (how our exports and many tools keep digits as text in Excel
 * and WPS) is the text inside.
 */
function csvText(text: string): string {
  const trimmed = text.trim();
  const m = /^="((?:[^"]|"")*)"$/.exec(trimmed);
  return m ? m[1]!.replace(/""/g, '"').trim() : trimmed;
}

/** `A`, `B`, ... `AA` for a 1-based column number. */
function columnLetters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/**
 * Opens a table: finds the header (in the first rows of the first sheet that has one), maps it
 * to the file's columns (reporting unknown columns as warnings, duplicate and missing required
 * ones as errors), then streams the data rows.
 */
export class TableReader {
  private records: AsyncGenerator<RawRecord> | undefined;
  private readonly counter = new ByteCounter();
  private mapping: (ColumnSpec | undefined)[] = [];
  private headerRow = 0;
  /** the sheet read (XLSX), for messages */
  sheet: string | null = null;

  constructor(readonly source: SourceFile) {}

  /** Bytes of the file read so far (for an XLSX: of its cells' text). */
  get bytesRead(): number {
    return this.counter.bytes;
  }

  /** Reads the header; null when the file has no header row. Throws TableReadError when unreadable. */
  async open(report: Report, warn: Report): Promise<TableHeader | null> {
    let encoding: TextEncoding | null = null;
    let located: LocatedTable;
    if (this.source.format === 'csv') {
      encoding = await detectEncoding(this.source.path);
      if (encoding === 'gb18030') {
        warn({
          row: null,
          column: null,
          code: 'GB18030_ENCODING',
          message: {
            zh: '文件不是 UTF-8 编码，已按 GBK/GB18030 读取；请核对中文是否正确',
            en: 'the file is not UTF-8; it was read as GBK/GB18030 (check that the Chinese text is right)',
          },
        });
      }
      const records = csvRecords(this.source.path, encoding, this.counter);
      const head = await peek(records, HEADER_SCAN_ROWS);
      const { index, fit } = findHeader(this.source.spec, head);
      located = { records, head, headerIndex: index, fit, sheet: null, sheetCount: 1 };
    } else {
      // The archive is checked (zip bomb, shared strings cap) before any of its XML is parsed.
      const book = await XlsxBook.open(this.source.path).catch((error: unknown) => {
        throw xlsxReadError(error);
      });
      located = await locateXlsx(book, this.source.spec, this.counter);
    }
    const { head, headerIndex, sheet } = located;
    this.sheet = sheet;
    const first = head[headerIndex];
    this.records = chain(head.slice(headerIndex + 1), located.records);
    if (!first) {
      report({
        row: null,
        column: null,
        code: 'NO_HEADER',
        message: { zh: '文件为空：第一行应为表头', en: 'the file is empty: the first row must be the header' },
      });
      return null;
    }
    this.headerRow = first.row;
    if (located.sheetCount > 1 || headerIndex > 0) {
      const skipped = head.slice(0, headerIndex).map((r) => r.row);
      const zh = `${sheet !== null ? `已读取工作表“${sheet}”（共 ${located.sheetCount} 个工作表），` : ''}表头在第 ${first.row} 行${skipped.length ? `，其上的第 ${skipped.join('、')} 行（标题或说明）未导入` : ''}`;
      const en =
        (sheet !== null ? `read the sheet "${sheet}" (of ${located.sheetCount}); ` : '') +
        `the header is row ${first.row}` +
        (skipped.length ? `; row(s) ${skipped.join(', ')} above it (title or notes) were not imported` : '');
      warn({ row: first.row, column: null, code: 'TABLE_LOCATED', message: { zh, en } });
    }
    const where =
      sheet !== null ? { zh: `（工作表“${sheet}”第 ${first.row} 行）`, en: ` (sheet "${sheet}", row ${first.row})` } : { zh: '', en: '' };
    const columns: ColumnSpec[] = [];
    this.mapping = first.cells.map((cell, i) => {
      const text = cell.trim();
      // A header merged across columns names only its first column.
      const merged = first.info?.[i]?.merged;
      if (!text || (merged && merged.left !== i + 1)) return undefined;
      const column = matchColumn(this.source.spec, text);
      if (!column) {
        warn({
          row: first.row,
          column: null,
          code: 'UNKNOWN_COLUMN',
          message: { zh: `未知列“${text}”已忽略`, en: `unknown column "${text}" ignored` },
        });
        return undefined;
      }
      if (columns.includes(column)) {
        report({
          row: first.row,
          column: column.name,
          code: 'DUPLICATE_COLUMN',
          message: {
            zh: `列“${text}”重复（与另一列都对应 ${column.name}）`,
            en: `column "${text}" appears twice (both name ${column.name})`,
          },
        });
        return undefined;
      }
      columns.push(column);
      return column;
    });
    // A column hidden in Excel is imported like the others: say so, since nobody sees it.
    const hiddenColumns = located.hiddenColumns?.() ?? new Set<number>();
    this.mapping.forEach((column, i) => {
      if (column && hiddenColumns.has(i + 1)) {
        const letter = columnLetters(i + 1);
        warn({
          row: first.row,
          column: column.name,
          code: 'HIDDEN_COLUMN',
          message: {
            zh: `${letter} 列 ${column.name}（${column.zh}）在 Excel 中是隐藏的，其内容也会导入：请取消隐藏核对`,
            en: `column ${letter}, ${column.name}, is hidden in Excel and is imported too: unhide it and check it`,
          },
        });
      }
    });
    const missing = this.source.spec.columns.filter((c) => c.required && !columns.includes(c));
    for (const column of missing) {
      report({
        row: first.row,
        column: column.name,
        code: 'MISSING_COLUMN',
        message: {
          zh: `缺少必填列 ${column.name}（${column.zh}）${where.zh}`,
          en: `required column ${column.name} (${column.zh}) is missing${where.en}`,
        },
      });
    }
    return { row: first.row, columns, missing, encoding };
  }

  /** The data rows after the header; blank rows are skipped (their numbers still count). */
  async *rows(warn: Report): AsyncGenerator<TableRowWithProblems> {
    if (!this.records) throw new Error('TableReader.open() first');
    let extraWarned = false;
    for await (const record of this.records) {
      if (isBlank(record.cells) && !record.info?.some((i) => i?.kind === 'no-value')) continue;
      const values: Record<string, string> = {};
      const problems: CellProblem[] = [];
      let mappedText = false;
      for (let i = 0; i < record.cells.length; i++) {
        const column = this.mapping[i];
        const text = record.cells[i]!;
        if (column) {
          const info = record.info?.[i];
          if (info) {
            const taken = xlsxCellText(column, text, info, this.headerRow, i + 1, `${columnLetters(i + 1)}${record.row}`);
            if ('code' in taken) {
              problems.push(taken);
              values[column.name] = text.trim();
              mappedText = true;
              continue;
            }
            values[column.name] = taken.text.trim();
          } else values[column.name] = this.source.format === 'csv' ? csvText(text) : text.trim();
          if (values[column.name]) mappedText = true;
        } else if (i >= this.mapping.length && text.trim() !== '' && !extraWarned) {
          extraWarned = true;
          warn({
            row: record.row,
            column: null,
            code: 'EXTRA_CELLS',
            message: {
              zh: '该行的单元格比表头多，多出的内容已忽略',
              en: 'this row has more cells than the header; the extra cells were ignored',
            },
          });
        }
      }
      if (record.hidden && mappedText) {
        problems.unshift({
          column: null,
          code: 'HIDDEN_ROW',
          message: {
            zh: `第 ${record.row} 行是隐藏行（被隐藏或筛选掉）：请取消隐藏后确认是否导入，不导入的行请删除`,
            en: `row ${record.row} is hidden (hidden or filtered out): unhide it and check it; delete the rows that must not be imported`,
          },
        });
      }
      yield problems.length ? { row: record.row, values, problems } : { row: record.row, values };
    }
  }

  async close(): Promise<void> {
    await this.records?.return(undefined);
  }
}
