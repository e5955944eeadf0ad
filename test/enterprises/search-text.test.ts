import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQuery } from '../../server/enterprises/lucene.js';

describe('escapeLucene', () => {
  it('escapes every character of Lucene syntax', () => {
    expect(escapeLucene('+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /')).toBe(
      '\\+ \\- \\&\\& \\|\\| \\! \\( \\) \\{ \\} \\[ \\] \\^ \\" \\~ \\* \\? \\: \\\\ \\/',
    );
  });

  it('disarms the operator words, and leaves other text alone', () => {
    expect(escapeLucene('轴承 AND 钢球 OR NOT x')).toBe('轴承 and 钢球 or not x');
    expect(escapeLucene('ANDROID NOTE ORB 聊城')).toBe('ANDROID NOTE ORB 聊城');
  });
});

describe('luceneQuery', () => {
  it('requires every word, each as a quoted phrase', () => {
    expect(luceneQuery('临清 轴承')).toBe('"临清" AND "轴承"');
    expect(luceneQuery('  精密轴承\t')).toBe('"精密轴承"');
  });

  it('keeps quotes and backslashes inside the phrase escaped', () => {
    expect(luceneQuery('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(luceneQuery('(x) OR y*')).toBe('"\\(x\\)" AND "or" AND "y\\*"');
  });

  it('drops words with no letter or digit; null when nothing is left', () => {
    expect(luceneQuery('* ) " 😀 轴承')).toBe('"轴承"');
    expect(luceneQuery('* ) " 😀')).toBeNull();
    expect(luceneQuery('   ')).toBeNull();
  });
});
