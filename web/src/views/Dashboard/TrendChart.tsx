import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the dashboard draws: bar and line charts with a target line (SVG: crisp and light).
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, MarkLineComponent, SVGRenderer]);

type Option = echarts.ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | MarkLineComponentOption
>;

/** The smallest 1, 2, 2.5 or 5 × 10^k at or above x: a round top for the axis that leaves room for the target line. */
function niceCeil(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= x) ?? 10;
  return step * power;
}

/** Axis labels without trailing zero decimals (4,000.00 → 4,000). */
const axisLabel = (text: string) => text.replace(/\.0+$/, '');

export interface TrendPoint {
  year: number;
  value: number | null;
}

/**
 * A small chart of an indicator by year: bars for counts, a line for rates and amounts; the
 * baseline year in grey, the chosen year highlighted, the 2026 target as a dashed line.
 */
export function TrendChart({
  points,
  kind,
  target,
  baselineYear,
  year,
  color,
  format,
  targetLabel,
  ariaLabel,
}: {
  points: TrendPoint[];
  kind: 'bar' | 'line';
  target: number | null;
  baselineYear: number;
  year: number;
  color: string;
  format: (value: number) => string;
  targetLabel: string;
  ariaLabel: string;
}) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    chart.current = echarts.init(el.current, undefined, { renderer: 'svg' });
    const resize = new ResizeObserver(() => chart.current?.resize());
    resize.observe(el.current!);
    return () => {
      resize.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const values = points.map((p) => p.value).filter((v): v is number => v !== null);
    const max = Math.max(target ?? 0, ...values);
    const pointColor = (y: number) => (y === year ? color : y === baselineYear ? '#95a5a6' : '#b8c7d6');
    const option: Option = {
      animation: false,
      grid: { left: 6, right: 10, top: 16, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? format(v) : '—'), textStyle: { fontSize: 12 } },
      xAxis: {
        type: 'category',
        data: points.map((p) => String(p.year)),
        axisTick: { show: false },
        axisLabel: { fontSize: 12, color: '#5a6878' },
        axisLine: { lineStyle: { color: '#c5ced8' } },
      },
      yAxis: {
        type: 'value',
        max: max > 0 ? niceCeil(max * 1.08) : undefined,
        splitNumber: 3,
        axisLabel: { fontSize: 12, color: '#5a6878', formatter: (v: number) => axisLabel(format(v)) },
        splitLine: { lineStyle: { color: '#eef1f4' } },
      },
      series: [
        {
          type: kind,
          name: ariaLabel,
          data: points.map((p) => ({ value: p.value, itemStyle: { color: pointColor(p.year) } })),
          barMaxWidth: 26,
          ...(kind === 'line' ? { lineStyle: { color, width: 2 }, symbolSize: 7, connectNulls: false } : {}),
          markLine:
            target === null
              ? undefined
              : {
                  silent: true,
                  symbol: 'none',
                  lineStyle: { color: '#c0392b', type: 'dashed', width: 1.2 },
                  label: { formatter: `${targetLabel} ${format(target)}`, position: 'insideEndTop', fontSize: 12, color: '#c0392b' },
                  data: [{ yAxis: target }],
                },
        },
      ],
    };
    chart.current?.setOption(option, true);
  }, [points, kind, target, baselineYear, year, color, format, targetLabel, ariaLabel]);

  return <div ref={el} className="trend-chart" role="img" aria-label={ariaLabel} />;
}
