import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import * as parse from '../../server/imports/parse.js';
import { TableReadError, TableReader } from '../../server/imports/read.js';
import { fileSpecFor } from '../../server/imports/spec.js';
import { checkCreditCode, completeCreditCode, CREDIT_CODE_ALPHABET, isValidCreditCode } from '#shared/creditCode.js';
import { hostileText } from '../helpers/hostile.js';

/**
 * Property-based tests of what reads untrusted text: the credit-code validator, the cell parsers
 * and the CSV/XLSX readers. Random, huge, empty, mixed-script and hostile input gives a result
 * or a clear, typed error — never another exception, and never a hang.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chainatlas-fuzz-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the credit-code validator', () => {
  it('answers any text with ok and a valid code, or a known problem; never throws', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const result = checkCreditCode(text);
        if (result.ok) return isValidCreditCode(result.code) && result.code.length === 18;
        return ['EMPTY', 'LENGTH', 'CHARACTER', 'CHECK_CHARACTER'].includes(result.problem);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts exactly the codes whose check character is right, in any case and with spaces around', () => {
    const body = fc.array(fc.constantFrom(...CREDIT_CODE_ALPHABET.split('')), { minLength: 17, maxLength: 17 }).map((c) => c.join(''));
    fc.assert(
      fc.property(body, fc.constantFrom(...CREDIT_CODE_ALPHABET.split('')), (b, check) => {
        const valid = completeCreditCode(b);
        const candidate = b + check;
        expect(checkCreditCode(` ${candidate.toLowerCase()} `).ok).toBe(candidate === valid);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the cell parsers', () => {
  const parsers = {
    parseText: parse.parseText,
    parseId: parse.parseId,
    parseIdList: parse.parseIdList,
    parseCreditCode: parse.parseCreditCode,
    parseYear: parse.parseYear,
    parseMoney: parse.parseMoney,
    parsePercent: parse.parsePercent,
    parseSignedPercent: parse.parseSignedPercent,
    parseCount: parse.parseCount,
    parseBoolean: parse.parseBoolean,
  };

  it.each(Object.entries(parsers))('%s gives a value or an issue with a code and a message for any text', (_name, parser) => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const result = (parser as parse.CellParser)(text);
        if (result.ok) {
          if (typeof result.value === 'number') return Number.isFinite(result.value);
          return true;
        }
        return typeof result.code === 'string' && result.message.zh.length > 0 && result.message.en.length > 0;
      }),
      { numRuns: 300 },
    );
  });
});

async function readAll(file: string, name: string): Promise<{ rows: number } | TableReadError> {
  const match = fileSpecFor(name)!;
  const reader = new TableReader({ name, path: file, format: match.format, spec: match.spec });
  try {
    const header = await reader.open(
      () => {},
      () => {},
    );
    let rows = 0;
    if (header) for await (const _row of reader.rows(() => {})) rows++;
    return { rows };
  } catch (error) {
    if (error instanceof TableReadError) return error;
    throw error;
  } finally {
    await reader.close();
  }
}

const within = <T>(promise: Promise<T>, ms = 20_000) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))]);

// hundreds of files written and read: slow on a loaded machine, bounded per file by within()
describe('the CSV reader', { timeout: 60_000 }, () => {
  let n = 0;
  it('reads any bytes as rows or refuses them with a TableReadError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        const file = path.join(dir, `bytes-${n++}.csv`);
        fs.writeFileSync(file, bytes);
        const result = await within(readAll(file, 'enterprises.csv'));
        return result instanceof TableReadError ? typeof result.code === 'string' && result.zh.length > 0 : result.rows >= 0;
      }),
      { numRuns: 150 },
    );
  });

  it('reads hostile CSV text (quotes, separators, BOMs, GBK, huge cells) as rows or a TableReadError', async () => {
    const cell = fc.oneof(hostileText(), fc.constantFrom('"', '""', '"a,b"', '\r', '\n', ',', ';', '"unterminated'));
    const table = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(table, fc.constantFrom('utf8', 'utf8-bom', 'gbk'), async (rows, encoding) => {
        const text = ['credit_code,name,local', ...rows.map((r) => r.join(','))].join('\r\n');
        const file = path.join(dir, `text-${n++}.csv`);
        fs.writeFileSync(file, encoding === 'gbk' ? iconv.encode(text, 'gbk') : (encoding === 'utf8-bom' ? '\uFEFF' : '') + text);
        const result = await within(readAll(file, 'enterprises.csv'));
        return result instanceof TableReadError || result.rows <= rows.length + text.split(/\r\n|\n|\r/).length;
      }),
      { numRuns: 120 },
    );
  });
});

describe('the XLSX reader', { timeout: 60_000 }, () => {
  let n = 0;
  it('refuses any random bytes named .xlsx with a TableReadError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), fc.boolean(), async (bytes, zipHeader) => {
        const file = path.join(dir, `bytes-${n++}.xlsx`);
        fs.writeFileSync(file, zipHeader ? Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), bytes]) : bytes);
        const result = await within(readAll(file, 'chains.xlsx'));
        return result instanceof TableReadError;
      }),
      { numRuns: 120 },
    );
  });

  it('reads workbooks with hostile cell values', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(
            fc.oneof(
              hostileText().map((t) => t.slice(0, 32_000)),
              fc.double(),
              fc.boolean(),
              fc.date({ noInvalidDate: true }),
            ),
            { maxLength: 5 },
          ),
          { maxLength: 10 },
        ),
        async (rows) => {
          const workbook = new ExcelJS.Workbook();
          const sheet = workbook.addWorksheet('数据');
          sheet.addRow(['链ID', '产业链名称', '行业']);
          for (const row of rows)
            sheet.addRow(
              row.map((v) => (typeof v === 'string' ? v.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '') : v)),
            );
          const file = path.join(dir, `cells-${n++}.xlsx`);
          await workbook.xlsx.writeFile(file);
          const result = await within(readAll(file, 'chains.xlsx'));
          return !(result instanceof TableReadError) && result.rows <= rows.length;
        },
      ),
      { numRuns: 40 },
    );
  });
});
