import { describe, expect, it } from 'vitest';
import { FRAME_METRICS, layoutFrame } from '../../../web/src/graph/frameLayout.js';

/**
 * The exported picture's frame (issue 18 item 10: the collaboration network's PNG had its
 * subtitle run into the legend). Text widths: a CJK character is 1 em, anything else 0.6 em.
 */
const measure = (text: string, size: number) => [...text].reduce((w, c) => w + (/[\u2E80-\uFFFF]/.test(c) ? size : size * 0.6), 0);
const { PAD, TITLE_SIZE, SUBTITLE_SIZE, LEGEND_SIZE, SWATCH } = FRAME_METRICS;

describe('layoutFrame', () => {
  const frame = {
    title: '产学研合作网络 · 临清轴承',
    subtitle: '全部年份 · 436 个主体 · 1,027 条合作关系 · 24 个社区 · 模拟数据（非真实企业）',
    legend: Array.from({ length: 12 }, (_, i) => ({ label: `社区 ${i + 1} · 某某轴承有限公司`, fill: '#2874a6' })),
    footnote: '圆越大，中心度越高 · 本系统数据为模拟数据，仅用于演示',
  };

  it('puts the first legend row clear below the subtitle: neither its swatches nor its text reach the subtitle line', () => {
    const layout = layoutFrame(frame, 900, measure);
    const subtitleBaseline = PAD + TITLE_SIZE + 8 + SUBTITLE_SIZE;
    // the subtitle's descenders reach about a quarter of its size below the baseline
    const subtitleBottom = subtitleBaseline + SUBTITLE_SIZE * 0.25;
    const firstRow = layout.legendRows[0]!;
    for (const { y } of firstRow) {
      expect(y - SWATCH + 2).toBeGreaterThanOrEqual(subtitleBottom + 6);
      expect(y - LEGEND_SIZE).toBeGreaterThanOrEqual(subtitleBottom + 6);
    }
    // the graph starts below the last legend row
    const last = layout.legendRows.at(-1)![0]!;
    expect(layout.top).toBeGreaterThan(last.y + 2);
  });

  it('is as wide as its widest line, so a long subtitle or footnote is not cut off', () => {
    const narrow = layoutFrame(frame, 300, measure);
    expect(narrow.width).toBeGreaterThanOrEqual(measure(frame.subtitle, SUBTITLE_SIZE) + 2 * PAD);
    expect(narrow.width).toBeGreaterThanOrEqual(measure(frame.footnote, 12) + 2 * PAD);
    // every legend entry within the frame
    for (const row of narrow.legendRows) for (const { x } of row) expect(x).toBeLessThan(narrow.width - PAD);
  });
});
