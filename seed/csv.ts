/**
 * A small streaming CSV writer: UTF-8, comma-separated, `\n` line ends, a header row, fields
 * quoted only when they contain a comma, a quote or a line break. Rows are buffered in chunks
 * and written with back-pressure, so millions of rows never sit in memory.
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

const NEEDS_QUOTES = /[",\r\n]/;
const CHUNK_CHARS = 1 << 16;

/** Money and other decimals: at most 2 decimals, no trailing zeros, never `-0` or exponents. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} to CSV`);
  const rounded = Math.round(value * 100) / 100;
  if (Object.is(rounded, -0) || rounded === 0) return '0';
  if (Math.abs(rounded) >= 1e21) throw new RangeError(`number too large for CSV: ${value}`);
  return String(rounded);
}

export function formatField(value: CsvValue): string {
  let text: string;
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') text = value;
  else text = value.map((v) => (typeof v === 'number' ? formatNumber(v) : v)).join(';');
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatRow(values: readonly CsvValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += ',';
    line += formatField(values[i]);
  }
  return line + '\n';
}

export class CsvWriter {
  private chunk = '';
  private stream: WriteStream;
  private failure: Error | undefined;
  /** data rows written so far (the header is not counted) */
  rows = 0;
  bytes = 0;

  constructor(
    readonly path: string,
    readonly header: readonly string[],
  ) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.stream.on('error', (error) => {
      this.failure = error;
    });
    this.chunk = formatRow(header);
  }

  /** Adds a row; returns a promise only when a chunk had to be flushed (await it). */
  row(values: readonly CsvValue[]): Promise<void> | undefined {
    if (values.length !== this.header.length) {
      throw new RangeError(`${this.path}: row has ${values.length} fields, header has ${this.header.length}`);
    }
    this.chunk += formatRow(values);
    this.rows++;
    return this.chunk.length >= CHUNK_CHARS ? this.flush() : undefined;
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.chunk.length === 0) return;
    const data = this.chunk;
    this.chunk = '';
    this.bytes += Buffer.byteLength(data, 'utf8');
    if (!this.stream.write(data)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
    });
    if (this.failure) throw this.failure;
  }
}
