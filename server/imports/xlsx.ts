import fs from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';
import { inspectZipArchive, WorkbookRefused, XLSX_LIMITS, ZipRefused, type ZipEntry, type ZipLimits } from './zip-guard.js';

/**
 * A streaming XLSX reader of our own, for the importer. exceljs's streaming reader gives neither
 * merged ranges, nor hidden rows, nor the sheet names in workbook order, and it keeps every
 * shared string however large; offices' spreadsheets need all of these to be read right.
 *
 * - The archive is checked first (`inspectZipArchive`: a zip bomb, a lying header, a shared
 *   strings part larger than `maxSharedStringsBytes`) — before any XML is parsed.
 * - `workbook.xml` (+ its rels) gives the sheets in tab order with their names and visibility;
 *   `styles.xml` gives each cell style's number format (percent, date, text); the shared strings
 *   are read once into memory (bounded by the cap above).
 * - A sheet is streamed twice: once for its `<mergeCells>` (written after the data), then row by
 *   row. Nothing else is held beyond the current row.
 * Each cell comes with what it displays differently from its stored text: a number, a percent-
 * or date-formatted number, an error value, a formula without a cached value, a merged range.
 */
export interface CellInfo {
  kind: 'number' | 'percent' | 'date' | 'error' | 'no-value' | 'bool' | 'text';
  /** the stored number (number, percent, date serial) */
  number?: number;
  /** the merged range the cell is in, when it is not the range's top-left cell */
  merged?: MergedRange;
}

export interface MergedRange {
  ref: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface XlsxRecord {
  row: number;
  cells: string[];
  info: (CellInfo | undefined)[];
  hidden: boolean;
}

export interface SheetInfo {
  name: string;
  /** the part's path in the archive */
  part: string;
  hidden: boolean;
}

type NumberFormat = 'general' | 'percent' | 'date' | 'text';

/** Small parts (workbook, rels, styles) are read whole; they are never this large in a real workbook. */
const MAX_SMALL_PART = 32 * 1024 ** 2;

/** Refused while the workbook's parts are read. */
export class XlsxError extends WorkbookRefused {
  override name = 'XlsxError';
}

const damaged = (what: string) => new XlsxError(`Excel 文件结构损坏（${what}）`, `the workbook is damaged (${what})`);

// ---- a minimal streaming XML tokenizer --------------------------------------------------------

type Attrs = Record<string, string>;
interface XmlHandler {
  open(name: string, attrs: Attrs, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITY[name] ?? whole;
  });
}

const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Feeds XML text in chunks to a handler; tags split across chunks wait for the next chunk. */
class XmlScanner {
  private rest = '';
  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    const text = this.rest + chunk;
    let at = 0;
    for (;;) {
      const lt = text.indexOf('<', at);
      if (lt < 0) {
        if (at < text.length) this.handler.text(decodeXml(text.slice(at)));
        at = text.length;
        break;
      }
      if (lt > at) this.handler.text(decodeXml(text.slice(at, lt)));
      at = lt;
      let end: number;
      if (text.startsWith('<!--', lt)) {
        end = text.indexOf('-->', lt);
        if (end < 0) break;
        at = end + 3;
        continue;
      }
      if (text.startsWith('<![CDATA[', lt)) {
        end = text.indexOf(']]>', lt);
        if (end < 0) break;
        this.handler.text(text.slice(lt + 9, end));
        at = end + 3;
        continue;
      }
      end = tagEnd(text, lt);
      if (end < 0) break;
      const tag = text.slice(lt + 1, end);
      at = end + 1;
      if (tag[0] === '?' || tag[0] === '!') continue;
      if (tag[0] === '/') {
        this.handler.close(localName(tag.slice(1).trim()));
        continue;
      }
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const space = body.search(/\s/);
      const name = localName(space < 0 ? body : body.slice(0, space));
      const attrs: Attrs = {};
      if (space >= 0) {
        ATTR.lastIndex = space;
        for (let m = ATTR.exec(body); m; m = ATTR.exec(body)) attrs[localName(m[1]!)] = decodeXml(m[2] ?? m[3] ?? '');
      }
      this.handler.open(name, attrs, selfClosing);
      if (selfClosing) this.handler.close(name);
    }
    this.rest = text.slice(at);
  }

  end(): void {
    if (this.rest.trim()) this.handler.text(decodeXml(this.rest));
    this.rest = '';
  }
}

/** The `>` that ends the tag opened at `lt`, skipping quoted attribute values; -1 when not yet in the buffer. */
function tagEnd(text: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

// ---- the archive ------------------------------------------------------------------------------

/** Counts inflated bytes and stops at `max`. */
function capped(max: number, refuse: () => Error): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      seen += chunk.length;
      if (seen > max) return callback(refuse());
      callback(null, chunk);
    },
  });
}

async function* partText(path: string, entry: ZipEntry, max: number, refuse: () => Error): AsyncGenerator<string> {
  if (entry.compressedSize === 0) return;
  const source = fs.createReadStream(path, {
    start: entry.dataStart,
    end: entry.dataStart + entry.compressedSize - 1,
    highWaterMark: 1 << 20,
  });
  const inflate = entry.method === 8 ? zlib.createInflateRaw() : new Transform({ transform: (c, _e, cb) => cb(null, c) });
  const counter = capped(Math.min(max, entry.size), refuse);
  source.on('error', (e) => inflate.destroy(e));
  inflate.on('error', (e) => counter.destroy(e));
  source.pipe(inflate).pipe(counter);
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of counter) yield decoder.decode(chunk as Buffer, { stream: true });
    const tail = decoder.decode();
    if (tail) yield tail;
  } catch (error) {
    if (error instanceof XlsxError) throw error;
    throw damaged(entry.name);
  } finally {
    source.destroy();
    inflate.destroy();
    counter.destroy();
  }
}

async function scanPart(path: string, entry: ZipEntry, handler: XmlHandler, max = MAX_SMALL_PART): Promise<void> {
  const scanner = new XmlScanner(handler);
  const refuse = () =>
    new XlsxError(
      `Excel 文件中的“${entry.name.slice(0, 60)}”过大`,
      `"${entry.name.slice(0, 60)}" in the workbook is too large`,
      'too-large',
    );
  for await (const text of partText(path, entry, max, refuse)) scanner.write(text);
  scanner.end();
}

/** Resolves a relationship target against the folder of the part that owns it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

const BUILTIN_PERCENT = new Set([9, 10]);
const BUILTIN_DATE = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** What a number format shows: a percentage, a date (or time), text (`@`), or the number. */
export function classifyFormat(id: number, code: string | undefined): NumberFormat {
  if (code === undefined) {
    if (BUILTIN_PERCENT.has(id)) return 'percent';
    if (BUILTIN_DATE.has(id)) return 'date';
    if (id === 49) return 'text';
    return 'general';
  }
  // Only the first section (positive numbers) decides; quoted text, escapes, fills and
  // [colour]/[$-locale] brackets are not format characters.
  const section = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .split(';')[0]!;
  const plain = section.replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '');
  if (plain.includes('%')) return 'percent';
  if (plain.trim() === '@') return 'text';
  if (/[ymdhs年月日]/i.test(plain.replace(/general/gi, ''))) return 'date';
  return 'general';
}

/** An Excel date serial as `YYYY-MM-DD` (with ` HH:MM:SS` when it has a time of day). */
export function serialToDate(serial: number, date1904: boolean): string {
  // The 1900 system counts the nonexistent 1900-02-29 (Lotus's bug): serials from 61 on are one day late.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : serial < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const ms = Math.round(serial * 86_400_000);
  const date = new Date(epoch + ms);
  const day = date.toISOString().slice(0, 10);
  const seconds = Math.round((serial - Math.floor(serial)) * 86_400);
  return seconds === 0 ? day : `${day} ${date.toISOString().slice(11, 19)}`;
}

/** A stored number as Excel shows it in General format: 15 significant digits, no float noise. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(15));
  return String(rounded === 0 ? 0 : rounded);
}

/** `AB12` → { col: 28, row: 12 } */
export function parseRef(ref: string): { col: number; row: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col, row: Number(m[2]) };
}

export class XlsxBook {
  private constructor(
    readonly path: string,
    private readonly entries: Map<string, ZipEntry>,
    readonly sheets: SheetInfo[],
    private readonly formats: NumberFormat[],
    private readonly date1904: boolean,
    private readonly sharedStringsPart: string | undefined,
  ) {}

  private strings: string[] | undefined;
  /** per sheet part: the columns hidden in Excel (`<col hidden="1">`), known once its rows are being read */
  private readonly hiddenColumns = new Map<string, Set<number>>();

  /** The 1-based columns hidden in a sheet (read before its first row). */
  hiddenColumnsOf(sheet: SheetInfo): ReadonlySet<number> {
    return this.hiddenColumns.get(sheet.part) ?? new Set();
  }

  /** Checks the archive (zip bomb, shared strings cap) and reads the workbook's small parts. */
  static async open(path: string, limits: ZipLimits = XLSX_LIMITS): Promise<XlsxBook> {
    let list: ZipEntry[];
    try {
      list = await inspectZipArchive(path, limits);
    } catch (error) {
      if (error instanceof ZipRefused) throw new XlsxError(error.zh, error.en, error.kind);
      throw error;
    }
    const entries = new Map(list.map((e) => [e.name.replace(/^\//, ''), e]));
    const find = (name: string) => entries.get(name) ?? [...entries.values()].find((e) => e.name.toLowerCase() === name.toLowerCase());

    // The workbook part: from the package rels (usually xl/workbook.xml).
    let workbookPart = 'xl/workbook.xml';
    const rootRels = find('_rels/.rels');
    if (rootRels) {
      await scanPart(path, rootRels, {
        open: (name, a) => {
          if (name === 'Relationship' && /\/officeDocument$/.test(a.Type ?? '')) workbookPart = resolveTarget('', a.Target ?? workbookPart);
        },
        close: () => {},
        text: () => {},
      });
    }
    const workbook = find(workbookPart);
    if (!workbook)
      throw new XlsxError(
        '文件不是有效的 Excel（xlsx）工作簿：缺少 workbook.xml',
        'not a valid Excel (xlsx) workbook: workbook.xml is missing',
      );

    const targets = new Map<string, { type: string; target: string }>();
    const relsName = workbookPart.replace(/([^/]+)$/, '_rels/$1.rels');
    const rels = find(relsName);
    if (rels) {
      await scanPart(path, rels, {
        open: (name, a) => {
          if (name === 'Relationship' && a.Id)
            targets.set(a.Id, { type: a.Type ?? '', target: resolveTarget(workbookPart, a.Target ?? '') });
        },
        close: () => {},
        text: () => {},
      });
    }
    const sheets: SheetInfo[] = [];
    let date1904 = false;
    await scanPart(path, workbook, {
      open: (name, a) => {
        if (name === 'workbookPr' && (a.date1904 === '1' || a.date1904 === 'true')) date1904 = true;
        if (name === 'sheet') {
          const rel = targets.get(a.id ?? '');
          const part = rel?.target ?? `xl/worksheets/sheet${sheets.length + 1}.xml`;
          if (rel && !/\/worksheet$/.test(rel.type)) return; // a chart sheet or dialog sheet holds no table
          sheets.push({ name: a.name ?? `Sheet${sheets.length + 1}`, part, hidden: a.state === 'hidden' || a.state === 'veryHidden' });
        }
      },
      close: () => {},
      text: () => {},
    });
    if (sheets.length === 0 && find('xl/worksheets/sheet1.xml'))
      sheets.push({ name: 'Sheet1', part: 'xl/worksheets/sheet1.xml', hidden: false });

    // Number formats of the cell styles (cellXfs, in order).
    const formats: NumberFormat[] = [];
    const stylesTarget = [...targets.values()].find((t) => /\/styles$/.test(t.type))?.target ?? 'xl/styles.xml';
    const styles = find(stylesTarget);
    if (styles) {
      const codes = new Map<number, string>();
      let inCellXfs = false;
      const xfIds: number[] = [];
      await scanPart(path, styles, {
        open: (name, a) => {
          if (name === 'numFmt') codes.set(Number(a.numFmtId), a.formatCode ?? '');
          else if (name === 'cellXfs') inCellXfs = true;
          else if (name === 'xf' && inCellXfs) xfIds.push(Number(a.numFmtId ?? 0));
        },
        close: (name) => {
          if (name === 'cellXfs') inCellXfs = false;
        },
        text: () => {},
      });
      for (const id of xfIds) formats.push(classifyFormat(id, codes.get(id)));
    }
    const sharedTarget = [...targets.values()].find((t) => /\/sharedStrings$/.test(t.type))?.target ?? 'xl/sharedStrings.xml';
    return new XlsxBook(path, entries, sheets, formats, date1904, find(sharedTarget) ? sharedTarget : undefined);
  }

  private entry(part: string): ZipEntry {
    const entry = this.entries.get(part) ?? [...this.entries.values()].find((e) => e.name.toLowerCase() === part.toLowerCase());
    if (!entry) throw damaged(`缺少 ${part} / ${part} is missing`);
    return entry;
  }

  /** The shared strings (read once; the archive check has already capped their size). */
  private async sharedStrings(limits: ZipLimits): Promise<string[]> {
    if (this.strings) return this.strings;
    const strings: string[] = [];
    if (this.sharedStringsPart) {
      let current: string[] | null = null;
      let inText = false;
      let phonetic = 0;
      await scanPart(
        this.path,
        this.entry(this.sharedStringsPart),
        {
          open: (name, _a, selfClosing) => {
            if (name === 'si') current = [];
            else if (name === 'rPh') phonetic++;
            else if (name === 't' && !selfClosing && phonetic === 0) inText = true;
          },
          close: (name) => {
            if (name === 'si') {
              strings.push((current ?? []).join(''));
              current = null;
            } else if (name === 'rPh') phonetic--;
            else if (name === 't') inText = false;
          },
          text: (text) => {
            if (inText && current) current.push(text);
          },
        },
        limits.maxSharedStringsBytes,
      );
    }
    this.strings = strings;
    return strings;
  }

  /**
   * The merged ranges of a sheet: a first pass over it, since `<mergeCells>` follows the data.
   * Only the text from `<mergeCells` on is tokenized; the rows are merely inflated.
   */
  private async mergedRanges(part: string): Promise<MergedRange[]> {
    const ranges: MergedRange[] = [];
    const scanner = new XmlScanner({
      open: (name, a) => {
        if (name !== 'mergeCell' || !a.ref) return;
        const [from, to] = a.ref.split(':');
        const start = parseRef(from ?? '');
        const end = parseRef(to ?? from ?? '');
        if (start && end)
          ranges.push({
            ref: a.ref,
            top: Math.min(start.row, end.row),
            left: Math.min(start.col, end.col),
            bottom: Math.max(start.row, end.row),
            right: Math.max(start.col, end.col),
          });
      },
      close: () => {},
      text: () => {},
    });
    const entry = this.entry(part);
    let found = false;
    let tail = '';
    const refuse = () => damaged(entry.name);
    for await (const text of partText(this.path, entry, Number.MAX_SAFE_INTEGER, refuse)) {
      if (found) {
        scanner.write(text);
        continue;
      }
      const joined = tail + text;
      const at = joined.search(/<(?:\w+:)?mergeCells[\s>]/);
      if (at >= 0) {
        found = true;
        scanner.write(joined.slice(at));
      } else tail = joined.slice(-24);
    }
    scanner.end();
    return ranges;
  }

  /** The rows of a sheet (blank rows are not yielded; merged ranges are filled from their top-left cell). */
  async *rows(sheet: SheetInfo, limits: ZipLimits = XLSX_LIMITS): AsyncGenerator<XlsxRecord> {
    const strings = await this.sharedStrings(limits);
    const merges = await this.mergedRanges(sheet.part);
    const mergeStarts = new Map<number, MergedRange[]>();
    for (const range of merges) {
      const list = mergeStarts.get(range.top) ?? [];
      list.push(range);
      mergeStarts.set(range.top, list);
    }
    /** ranges that have started, with their top-left value */
    let active: { range: MergedRange; text: string; info: CellInfo | undefined }[] = [];

    const ready: XlsxRecord[] = [];
    let rowNumber = 0;
    let lastRow = 0;
    let record: XlsxRecord | null = null;
    let cell: {
      col: number;
      type: string;
      style: number;
      value: string[];
      inValue: boolean;
      seenValue: boolean;
      formula: boolean;
      inline: boolean;
    } | null = null;
    let nextCol = 1;
    let inSheetData = false;

    const finishCell = () => {
      if (!record || !cell) return;
      const raw = cell.value.join('');
      let text = '';
      let info: CellInfo | undefined;
      switch (cell.type) {
        case 's': {
          text = strings[Number(raw)] ?? '';
          break;
        }
        case 'inlineStr':
        case 'str':
          text = raw;
          break;
        case 'b':
          text = raw === '1' || raw === 'true' ? 'true' : 'false';
          info = { kind: 'bool' };
          break;
        case 'e':
          text = raw;
          info = { kind: 'error' };
          break;
        default: {
          if (raw.trim() === '') {
            if (cell.formula) info = { kind: 'no-value' };
            break;
          }
          const value = Number(raw);
          if (!Number.isFinite(value)) {
            text = raw;
            break;
          }
          const format = this.formats[cell.style] ?? 'general';
          if (format === 'percent') {
            text = numberText(value);
            info = { kind: 'percent', number: value };
          } else if (format === 'date') {
            text = serialToDate(value, this.date1904);
            info = { kind: 'date', number: value };
          } else {
            text = numberText(value);
            info = { kind: 'number', number: value };
          }
        }
      }
      // A formula's text result may be empty (`<v></v>`); without any <v> it was never computed.
      if (cell.type === 'str' && cell.formula && !cell.seenValue) info = { kind: 'no-value' };
      while (record.cells.length < cell.col - 1) {
        record.cells.push('');
        record.info.push(undefined);
      }
      record.cells[cell.col - 1] = text;
      record.info[cell.col - 1] = info;
      cell = null;
    };

    const finishRow = () => {
      if (!record) return;
      const r = record.row;
      lastRow = r;
      // Merged ranges: every cell of a range shows its top-left value.
      for (const range of mergeStarts.get(r) ?? []) {
        const i = range.left - 1;
        active.push({ range, text: record.cells[i] ?? '', info: record.info[i] });
      }
      active = active.filter((a) => a.range.bottom >= r);
      for (const { range, text, info } of active) {
        for (let col = range.left; col <= range.right; col++) {
          if (col === range.left && r === range.top) continue;
          while (record.cells.length < col) {
            record.cells.push('');
            record.info.push(undefined);
          }
          record.cells[col - 1] = text;
          record.info[col - 1] = { ...(info ?? { kind: 'text' }), merged: range };
        }
      }
      if (record.cells.some((c) => c.trim() !== '') || record.info.some((i) => i?.kind === 'no-value')) ready.push(record);
      record = null;
    };

    const hidden = new Set<number>();
    this.hiddenColumns.set(sheet.part, hidden);
    const handler: XmlHandler = {
      open: (name, a, selfClosing) => {
        if (name === 'col' && !inSheetData && (a.hidden === '1' || a.hidden === 'true')) {
          const max = Math.min(Number(a.max ?? a.min), Number(a.min) + 16_384);
          for (let col = Number(a.min); col <= max; col++) hidden.add(col);
        }
        if (name === 'sheetData') inSheetData = true;
        if (!inSheetData) return;
        if (name === 'row') {
          rowNumber = a.r ? Number(a.r) : rowNumber + 1;
          // Rows between the last one seen and this one may be merged-into but absent: fill them too.
          for (let r = lastRow + 1; r < rowNumber && active.some((x) => x.range.bottom >= r); r++) {
            record = { row: r, cells: [], info: [], hidden: false };
            finishRow();
          }
          record = { row: rowNumber, cells: [], info: [], hidden: a.hidden === '1' || a.hidden === 'true' };
          nextCol = 1;
        } else if (name === 'c' && record) {
          const col = (a.r ? parseRef(a.r)?.col : undefined) ?? nextCol;
          nextCol = col + 1;
          cell = {
            col,
            type: a.t ?? 'n',
            style: Number(a.s ?? 0),
            value: [],
            inValue: false,
            seenValue: false,
            formula: false,
            inline: a.t === 'inlineStr',
          };
          if (selfClosing) cell = null;
        } else if (cell) {
          if (name === 'v' || (name === 't' && cell.inline)) {
            cell.inValue = !selfClosing;
            cell.seenValue = true;
          } else if (name === 'f') cell.formula = true;
          else if (name === 'rPh') cell.inValue = false;
        }
      },
      close: (name) => {
        if (name === 'sheetData') {
          inSheetData = false;
          return;
        }
        if (!inSheetData) return;
        if (name === 'c') finishCell();
        else if (name === 'row') finishRow();
        else if ((name === 'v' || name === 't') && cell) cell.inValue = false;
      },
      text: (text) => {
        if (cell?.inValue) cell.value.push(text);
      },
    };

    const scanner = new XmlScanner(handler);
    const entry = this.entry(sheet.part);
    const refuse = () =>
      new XlsxError(`Excel 文件中的“${entry.name.slice(0, 60)}”过大`, `"${entry.name.slice(0, 60)}" is too large`, 'too-large');
    for await (const text of partText(this.path, entry, Number.MAX_SAFE_INTEGER, refuse)) {
      scanner.write(text);
      yield* ready.splice(0);
    }
    scanner.end();
    // Merged rows below the last written row.
    for (let r = lastRow + 1; active.some((x) => x.range.bottom >= r); r++) {
      record = { row: r, cells: [], info: [], hidden: false };
      finishRow();
    }
    yield* ready.splice(0);
  }
}
