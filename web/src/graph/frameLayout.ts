/**
 * Where the parts of an exported picture's frame go (title, subtitle, legend rows, graph,
 * footnote). Pure, so the layout can be tested without a browser.
 */
interface ExportLegendEntry {
  label: string;
  /** fill colour of the swatch */
  fill: string;
  /** border colour of the swatch (default: the fill) */
  border?: string;
  dash?: 'solid' | 'dashed' | 'dotted' | 'double';
}

export interface ExportFrame {
  title: string;
  subtitle?: string;
  legend?: ExportLegendEntry[];
  footnote?: string;
}

const PAD = 24;
const TITLE_SIZE = 22;
const SUBTITLE_SIZE = 14;
const LEGEND_SIZE = 13;
const FOOT_SIZE = 12;
const SWATCH = 14;
/** Space between the subtitle's descenders and the top of the first legend row. */
const LEGEND_GAP = 12;

export const FRAME_METRICS = { PAD, TITLE_SIZE, SUBTITLE_SIZE, LEGEND_SIZE, FOOT_SIZE, SWATCH } as const;

export interface FrameLayout {
  width: number;
  top: number;
  bottom: number;
  legendRows: { entry: ExportLegendEntry; x: number; y: number }[][];
}

/**
 * Where the title, legend rows and footnote go around a graph picture of the given width: as wide
 * as the widest line (title, subtitle, footnote), the first legend row a clear line below the
 * subtitle (its baseline `y`; a swatch spans y - SWATCH + 2 to y + 2).
 */
export function layoutFrame(frame: ExportFrame, graphWidth: number, measure: (text: string, size: number) => number): FrameLayout {
  const width = Math.max(
    graphWidth + 2 * PAD,
    measure(frame.title, TITLE_SIZE) + 2 * PAD,
    frame.subtitle ? measure(frame.subtitle, SUBTITLE_SIZE) + 2 * PAD : 0,
    frame.footnote ? measure(frame.footnote, FOOT_SIZE) + 2 * PAD : 0,
    480,
  );
  let y = PAD + TITLE_SIZE;
  if (frame.subtitle) y += 8 + SUBTITLE_SIZE;
  const rows: { entry: ExportLegendEntry; x: number; y: number }[][] = [];
  if (frame.legend?.length) {
    // below the subtitle's descenders (about a quarter of its size), then the row's own height
    y += Math.ceil(SUBTITLE_SIZE * 0.25) + LEGEND_GAP + Math.max(LEGEND_SIZE, SWATCH);
    let row: { entry: ExportLegendEntry; x: number; y: number }[] = [];
    let x = PAD;
    for (const entry of frame.legend) {
      const w = SWATCH + 6 + measure(entry.label, LEGEND_SIZE) + 18;
      if (row.length > 0 && x + w > width - PAD) {
        rows.push(row);
        row = [];
        x = PAD;
        y += LEGEND_SIZE + 10;
      }
      row.push({ entry, x, y });
      x += w;
    }
    rows.push(row);
  }
  const top = y + 16;
  const bottom = frame.footnote ? FOOT_SIZE + PAD + 8 : PAD;
  return { width, top, bottom, legendRows: rows };
}
