import { afterAll, describe, expect, it } from 'vitest';
import i18n from '../../../web/src/i18n/index.js';
import { bigMoney, bigMoneyUnit, count, decimal } from '../../../web/src/lib/format.js';
import { panoramaElements } from '../../../web/src/views/Panorama/panoramaGraph.js';
import type { PanoramaCluster } from '../../../web/src/views/Panorama/queries.js';

/**
 * Large money (万元 in the data) as each language reads it: 亿元 in Chinese, billions in English (1 亿 = 0.1 bn),
 * never "4,438.63 100M yuan"; counts and rates. 44,386,300 万元 = 4,438.63 亿元 = 443.86 bn yuan.
 */
afterAll(() => i18n.changeLanguage('zh'));

describe('bigMoney / bigMoneyUnit', () => {
  it('reads 亿元 in Chinese and billions in English', async () => {
    await i18n.changeLanguage('zh');
    expect(`${bigMoney(44_386_300)}${bigMoneyUnit()}`).toBe('4,438.63亿元');
    await i18n.changeLanguage('en');
    expect(`${bigMoney(44_386_300)} ${bigMoneyUnit()}`).toBe('443.86 bn yuan');
    expect(bigMoneyUnit(true)).toBe('bn');
  });

  it('takes the digits per language, leaves out separators on request, and an explicit language', () => {
    expect(bigMoney(44_386_300, { digits: 1, enDigits: 2, grouping: false, language: 'zh' })).toBe('4438.6');
    expect(bigMoney(44_386_300, { digits: 1, enDigits: 2, grouping: false, language: 'en' })).toBe('443.86');
    expect(bigMoneyUnit(true, 'zh')).toBe('亿');
    expect(bigMoney(null)).toBe('—');
    expect(bigMoney(Number.NaN)).toBe('—');
  });
});

describe('count / decimal', () => {
  it('rounds counts with separators and keeps a rate to fixed decimals', () => {
    expect(count(1234.6)).toBe('1,235');
    expect(count(undefined)).toBe('—');
    expect(decimal(5.9)).toBe('5.90');
    expect(decimal(12.345, 1)).toBe('12.3');
  });
});

describe('panorama labels', () => {
  const cluster = (id: string, county: string, output: number | null): PanoramaCluster => ({ id, name: id, county, level: 'CITY', output, year: 2025, memberCount: 1, chainName: null });

  it('carry the output in the language asked for, counties by total output', () => {
    const clusters = [cluster('A', '东昌府区', 1_000_000), cluster('B', '临清市', 3_500_000), cluster('C', '东昌府区', null)];
    const zh = panoramaElements(clusters, 'zh');
    expect(zh.filter((e) => e.data.kind === 'county').map((e) => e.data.label)).toEqual(['临清市（1）', '东昌府区（2）']);
    expect(zh.find((e) => e.data.id === 'B')?.data.label).toBe('B\n350.0 亿');
    expect(panoramaElements(clusters, 'en').find((e) => e.data.id === 'B')?.data.label).toBe('B\n35.00 bn');
    expect(zh.find((e) => e.data.id === 'C')?.data.label).toBe('C\n— 亿');
  });
});
