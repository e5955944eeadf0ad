import { describe, expect, it } from 'vitest';
import { safeCell, toCsv, UTF8_BOM } from '#shared/spreadsheet.js';

describe('safeCell', () => {
  it('escapes text that a spreadsheet could run as a formula with a leading apostrophe', () => {
    expect(safeCell('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(safeCell('+1+1')).toBe("'+1+1");
    expect(safeCell('-2+3')).toBe("'-2+3");
    expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeCell('\t=1')).toBe("'\t=1");
    expect(safeCell('\r=1')).toBe("'\r=1");
  });

  it('leaves other text, numbers, booleans and empty values alone', () => {
    expect(safeCell('聊城市临清轴承有限公司')).toBe('聊城市临清轴承有限公司');
    expect(safeCell('a=b')).toBe('a=b');
    expect(safeCell(' =1')).toBe(' =1');
    expect(safeCell('')).toBe('');
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell(3.5)).toBe(3.5);
    expect(safeCell(true)).toBe(true);
    expect(safeCell(null)).toBeNull();
    expect(safeCell(undefined)).toBeNull();
  });
});

describe('toCsv', () => {
  it('writes a BOM, CRLF lines, quotes where needed and escapes formulas', () => {
    const csv = toCsv(
      ['名称', '备注'],
      [
        ['甲,乙', 'say "hi"'],
        ['=1+1', null],
        [7, 'two\nlines'],
      ],
    );
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('名称,备注\r\n"甲,乙","say ""hi"""\r\n\'=1+1,\r\n7,"two\nlines"\r\n');
  });
});
