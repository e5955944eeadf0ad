import fc from 'fast-check';

/** Text an attacker or a broken export would send. */
export const hostileText = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom(
      '',
      ' ',
      '\u0000',
      '\t\r\n',
      '\uFEFF',
      '\u202E\u202D',
      '９１３７１５００ＭＡ３Ｃ５Ｘ１２３Ｘ',
      "' OR 1=1 --",
      '"}) MATCH (n) DETACH DELETE n //',
      '${process.exit(1)}',
      '=HYPERLINK("http://x","y")',
      '@SUM(A1)',
      '+cmd|" /C calc"!A0',
      '-1e309',
      '1e309',
      'NaN',
      'Infinity',
      '0x1F',
      '  1,234.50 ',
      '１２３４',
      '12%',
      '北京市朝阳区😀𠮷',
      'مرحبا',
      '<script>alert(1)</script>',
      '\\',
      '*?~^:[](){}!"',
    ),
    fc.integer({ min: 1000, max: 200_000 }).map((n) => 'x'.repeat(n)),
    fc.integer({ min: 100, max: 20_000 }).map((n) => '链'.repeat(n)),
  );
