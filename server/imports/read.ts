import fs from 'node:fs';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse as csvParse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { ImportIssue, IssueCode } from './issues.js';
import { checkZipArchive, ZipRefused } from './zip-guard.js';
import { matchColumn, type ColumnSpec, type FileSpec } from './spec.js';

/**
 * Streaming readers for CSV (csv-parse; UTF-8 with or without BOM, or GBK/GB18030 detected
 * by checking UTF-8 validity) and XLSX (exceljs's streaming WorkbookReader, first sheet).
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
    throw new TableReadError('BAD_ENCODING', '文件是 UTF-16 编码：请另存为“CSV UTF-8（逗号分隔）”', 'the file is UTF-16: save it as "CSV UTF-8 (comma delimited)"');
  }
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    throw new TableReadError('UNREADABLE_FILE', '这是一个 Excel（xlsx）文件，但扩展名是 .csv：请改为 .xlsx', 'this is an Excel (xlsx) file named .csv: rename it to .xlsx');
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
      throw new TableReadError('BAD_ENCODING', '文件编码无法识别（既不是 UTF-8，也不是 GBK/GB18030）：请另存为“CSV UTF-8”', 'unknown text encoding (neither UTF-8 nor GBK/GB18030): save the file as "CSV UTF-8"');
    }
  }
  if ((gb.end() ?? '').includes('\uFFFD')) {
    throw new TableReadError('BAD_ENCODING', '文件编码无法识别：请另存为“CSV UTF-8”', 'unknown text encoding: save the file as "CSV UTF-8"');
  }
  return 'gb18030';
}

async function* csvRecords(path: string, encoding: TextEncoding, counter: ByteCounter): AsyncGenerator<RawRecord> {
  const parser = csvParse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: false });
  const input = fs.createReadStream(path, { highWaterMark: 1 << 20 });
  const flowing = encoding === 'gb18030' ? pipeline(input, counter, iconv.decodeStream('gb18030'), parser) : pipeline(input, counter, parser);
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
  }
  return String(value);
}

async function* xlsxRecords(path: string, counter: ByteCounter): AsyncGenerator<RawRecord> {
  const input = fs.createReadStream(path, { highWaterMark: 1 << 20 });
  input.pipe(counter);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(counter as unknown as Readable, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = (row.values ?? []) as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        yield { row: row.number, cells };
      }
      break; // the first sheet only
    }
  } catch (error) {
    if (error instanceof TableReadError) throw error;
    throw new TableReadError('UNREADABLE_FILE', `无法读取 Excel 文件：${(error as Error).message}`, `cannot read the Excel file: ${(error as Error).message}`);
  } finally {
    input.destroy();
    counter.destroy();
  }
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/**
 * Opens a table: reads the header, maps it to the file's columns (reporting unknown columns
 * as warnings, duplicate and missing required ones as errors), then streams the data rows.
 */
export class TableReader {
  private records: AsyncGenerator<RawRecord> | undefined;
  private readonly counter = new ByteCounter();
  private mapping: (ColumnSpec | undefined)[] = [];

  constructor(readonly source: SourceFile) {}

  /** Bytes of the file read so far. */
  get bytesRead(): number {
    return this.counter.bytes;
  }

  /** Reads the header; null when the file has no header row. Throws TableReadError when unreadable. */
  async open(report: Report, warn: Report): Promise<TableHeader | null> {
    let encoding: TextEncoding | null = null;
    if (this.source.format === 'csv') {
      encoding = await detectEncoding(this.source.path);
      if (encoding === 'gb18030') {
        warn({ row: null, column: null, code: 'GB18030_ENCODING', message: { zh: '文件不是 UTF-8 编码，已按 GBK/GB18030 读取；请核对中文是否正确', en: 'the file is not UTF-8; it was read as GBK/GB18030 (check that the Chinese text is right)' } });
      }
      this.records = csvRecords(this.source.path, encoding, this.counter);
    } else {
      // Refuse a zip bomb (or a damaged archive) before any of its XML is parsed.
      try {
        await checkZipArchive(this.source.path);
      } catch (error) {
        if (error instanceof ZipRefused) throw new TableReadError(error.kind === 'too-large' ? 'TOO_LARGE' : 'UNREADABLE_FILE', error.zh, error.en);
        throw error;
      }
      this.records = xlsxRecords(this.source.path, this.counter);
    }
    let first: RawRecord | undefined;
    for (;;) {
      const next = await this.records.next();
      if (next.done) break;
      if (!isBlank(next.value.cells)) {
        first = next.value;
        break;
      }
    }
    if (!first) {
      report({ row: null, column: null, code: 'NO_HEADER', message: { zh: '文件为空：第一行应为表头', en: 'the file is empty: the first row must be the header' } });
      return null;
    }
    const columns: ColumnSpec[] = [];
    this.mapping = first.cells.map((cell) => {
      const text = cell.trim();
      if (!text) return undefined;
      const column = matchColumn(this.source.spec, text);
      if (!column) {
        warn({ row: first.row, column: null, code: 'UNKNOWN_COLUMN', message: { zh: `未知列“${text}”已忽略`, en: `unknown column "${text}" ignored` } });
        return undefined;
      }
      if (columns.includes(column)) {
        report({ row: first.row, column: column.name, code: 'DUPLICATE_COLUMN', message: { zh: `列“${text}”重复（与另一列都对应 ${column.name}）`, en: `column "${text}" appears twice (both name ${column.name})` } });
        return undefined;
      }
      columns.push(column);
      return column;
    });
    const missing = this.source.spec.columns.filter((c) => c.required && !columns.includes(c));
    for (const column of missing) {
      report({ row: first.row, column: column.name, code: 'MISSING_COLUMN', message: { zh: `缺少必填列 ${column.name}（${column.zh}）`, en: `required column ${column.name} (${column.zh}) is missing` } });
    }
    return { row: first.row, columns, missing, encoding };
  }

  /** The data rows after the header; blank rows are skipped (their numbers still count). */
  async *rows(warn: Report): AsyncGenerator<TableRow> {
    if (!this.records) throw new Error('TableReader.open() first');
    let extraWarned = false;
    for await (const record of this.records) {
      if (isBlank(record.cells)) continue;
      const values: Record<string, string> = {};
      for (let i = 0; i < record.cells.length; i++) {
        const column = this.mapping[i];
        if (column) values[column.name] = record.cells[i]!.trim();
        else if (i >= this.mapping.length && record.cells[i]!.trim() !== '' && !extraWarned) {
          extraWarned = true;
          warn({ row: record.row, column: null, code: 'EXTRA_CELLS', message: { zh: '该行的单元格比表头多，多出的内容已忽略', en: 'this row has more cells than the header; the extra cells were ignored' } });
        }
      }
      yield { row: record.row, values };
    }
  }

  async close(): Promise<void> {
    await this.records?.return(undefined);
  }
}
