import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from '#shared/spreadsheet.js';
import { hostileText } from '../helpers/hostile.js';

/**
 * Exports cannot inject formulas: every CSV the server or the web app writes goes through
 * toCsv (which runs every cell through safeCell), and every XLSX row of data through safeCell.
 * A new export that bypasses them fails here.
 */
function files(root: string): { file: string; source: string }[] {
  const out: { file: string; source: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
        out.push({ file: full.split(path.sep).join('/'), source: fs.readFileSync(full, 'utf8') });
    }
  };
  walk(root);
  return out;
}

/** Writers of constant text only (no data), reviewed. */
const CONSTANT_WRITERS = new Map([
  ['server/imports/templates.ts', 'empty import templates: the column names of the spec'],
  ['server/imports/http.ts', 'serves those templates as downloads'],
]);

describe('every export is formula-safe', () => {
  const sources = [...files('server'), ...files('web/src')];

  it('writes CSV only through toCsv (server and web app)', () => {
    const offenders: string[] = [];
    for (const { file, source } of sources) {
      if (file === 'server/shared/spreadsheet.ts' || CONSTANT_WRITERS.has(file)) continue;
      // a CSV body made here: a Blob or a response typed as CSV, or rows joined with commas and line ends
      const makesCsv = /new Blob\([^)]*text\/csv|['"]text\/csv/.test(source) && !/accept=/.test(source.match(/.*text\/csv.*/)?.[0] ?? '');
      const joinsCsv = /\.join\(\s*['"],['"]\s*\)[\s\S]{0,200}\\r\\n/.test(source);
      if ((makesCsv || joinsCsv) && !/\btoCsv\(/.test(source)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
    expect(
      sources
        .filter(({ source }) => /\btoCsv\(/.test(source))
        .map((s) => s.file)
        .sort(),
    ).toEqual(expect.arrayContaining(['server/targets/service.ts', 'web/src/graph/export.ts']));
  });

  it('writes XLSX data rows only through safeCell', () => {
    const offenders: string[] = [];
    for (const { file, source } of sources) {
      if (CONSTANT_WRITERS.has(file) || !/new ExcelJS\.Workbook\(/.test(source) || !/xlsx\.write(Buffer|File)\(/.test(source)) continue;
      for (const line of source.split('\n')) {
        if (/\.addRow\(|\.addRows\(|\.value\s*=/.test(line) && !/safeCell|header/i.test(line)) offenders.push(`${file}: ${line.trim()}`);
      }
      // addSheetRows (server/exports/files.ts) is the shared writer of data rows, itself through safeCell
      if (!/safeCell\(|addSheetRows\(/.test(source)) offenders.push(file);
    }
    expect(offenders).toEqual([]);
    const shared = sources.find((s) => s.file === 'server/exports/files.ts')?.source ?? '';
    expect(shared.match(/export function addSheetRows[\s\S]*?\n}/)?.[0]).toMatch(/safeCell\(/);
  });

  it('turns any text into a cell that no spreadsheet runs as a formula, and keeps the text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.oneof(
              hostileText().map((t) => t.slice(0, 2000)),
              fc.constantFrom('=1+1', '+1', '-1', '@A1', '\t=x', '\r=x', '=cmd|"/C calc"!A0'),
            ),
            { minLength: 1, maxLength: 4 },
          ),
          { maxLength: 6 },
        ),
        (rows) => {
          const width = Math.max(1, ...rows.map((r) => r.length));
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
          const parsed = parse(
            toCsv(
              Array.from({ length: width }, (_, i) => `h${i}`),
              table,
            ),
            { bom: true, relax_column_count: true },
          );
          parsed.slice(1).forEach((row, i) =>
            row.forEach((cell, j) => {
              expect(cell).not.toMatch(/^[=+\-@\t\r]/);
              expect(cell).toBe(safeCell(table[i]![j]) ?? '');
            }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
