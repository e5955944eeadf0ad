import { describe, expect, it } from 'vitest';
import { IssueList } from '../../server/imports/issues.js';

describe('the issue list', () => {
  it('keeps the first issues in full and counts all per file, column and code', () => {
    const list = new IssueList(3);
    for (let row = 2; row < 12; row++)
      list.add({ file: 'b.csv', row, column: 'x', code: 'REQUIRED', message: { zh: '必填', en: 'required' } });
    list.add({ file: 'a.csv', row: 5, column: null, code: 'NO_HEADER', message: { zh: '空', en: 'empty' } });
    expect(list.total).toBe(11);
    expect(list.truncated).toBe(true);
    expect(list.items().map((i) => i.row)).toEqual([2, 3, 4]);
    expect(list.countList()).toEqual([
      { file: 'b.csv', column: 'x', code: 'REQUIRED', count: 10 },
      { file: 'a.csv', column: null, code: 'NO_HEADER', count: 1 },
    ]);
  });

  it('orders kept issues by the files given, then by row', () => {
    const list = new IssueList();
    const add = (file: string, row: number) => list.add({ file, row, column: null, code: 'REQUIRED', message: { zh: '', en: '' } });
    add('links.csv', 3);
    add('firms.csv', 9);
    add('links.csv', 2);
    add('firms.csv', 4);
    expect(list.items(['firms.csv', 'links.csv']).map((i) => `${i.file}:${i.row}`)).toEqual([
      'firms.csv:4',
      'firms.csv:9',
      'links.csv:2',
      'links.csv:3',
    ]);
  });
});
