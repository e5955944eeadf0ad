import { describe, expect, it } from 'vitest';
import { joinedPhrase, searchWords } from '../../server/enterprises/lucene.js';
import { matchedProducts } from '../../server/enterprises/service.js';
import { checkSynonymTerm, normaliseSearchText, splitProducts } from '#shared/searchText.js';

describe('search text (issue 18)', () => {
  it('forgives spacing: full-width to ASCII, whitespace runs to one space', () => {
    expect(normaliseSearchText('　钢　 球\t厂 ')).toBe('钢 球 厂');
    expect(normaliseSearchText('ＧＣｒ１５')).toBe('GCr15');
  });

  it('splits words for the statement and writes them together as one phrase', () => {
    const words = searchWords('钢 球 "x');
    expect(words).toEqual([
      { text: '钢', key: '钢', phrase: '"钢"' },
      { text: '球', key: '球', phrase: '"球"' },
      { text: '"x', key: '"x', phrase: '"\\"x"' },
    ]);
    expect(joinedPhrase(words)).toBe('"钢球\\"x"');
    expect(joinedPhrase(searchWords('钢'))).toBeNull();
  });

  it('accepts synonym words without Lucene syntax, normalised', () => {
    expect(checkSynonymTerm(' ＰＥ管 ')).toEqual({ ok: true, value: 'PE管' });
    for (const bad of ['', 'a"b', 'a\\b', '-x', 'x'.repeat(31)]) expect(checkSynonymTerm(bad).ok, bad).toBe(false);
  });

  it('shows the products that contain a searched word or synonym', () => {
    expect(splitProducts('冲压钢保持器；尼龙保持器,铜带、x')).toEqual(['冲压钢保持器', '尼龙保持器', '铜带', 'x']);
    expect(matchedProducts('冲压钢保持器；尼龙保持器；铜带', ['保持架', '尼龙保持器'])).toEqual(['尼龙保持器']);
    expect(matchedProducts('PE给水管', ['pe'])).toEqual(['PE给水管']);
    expect(matchedProducts(null, ['x'])).toEqual([]);
  });
});
