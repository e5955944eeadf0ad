import type { Core } from 'cytoscape';
import { type ExportCell, toCsv } from '#shared/spreadsheet.js';
import './image-export';
import { loadSvgExport, svgExportLoaded } from './extensions';
import { saveBlob } from './image-export';
import { beijingTime } from '../time';
import { FRAME_METRICS, layoutFrame, type ExportFrame } from './frameLayout';

export type { ExportFrame } from './frameLayout';

/**
 * Exports of the graph views and lists: a picture (PNG or SVG) of the whole graph inside a
 * frame with its title, a subtitle, a legend and a footnote, so a picture pasted into a report
 * explains itself; and CSV downloads (UTF-8 with BOM for Excel, formula-safe cells).
 */
const { PAD, TITLE_SIZE, SUBTITLE_SIZE, LEGEND_SIZE, FOOT_SIZE, SWATCH } = FRAME_METRICS;

/** Today as YYYY-MM-DD in Beijing time (the app's one zone), for file names and export subtitles. */
export function today(): string {
  return beijingTime(new Date().toISOString()).slice(0, 10);
}

/** A title made safe as (part of) a file name: no path or reserved characters, not too long. */
export function fileSafe(name: string): string {
  return (
    name
      .replace(/[\\/:*?"<>|\r\n\t]+/g, '_')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'export'
  );
}

/** Downloads rows as a CSV file that Excel opens with Chinese intact (cells made formula-safe). */
export function downloadCsv(filename: string, header: readonly string[], rows: readonly (readonly ExportCell[])[]): void {
  saveBlob(new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }), filename);
}

const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** A PNG of the whole graph (twice the screen resolution, capped) inside its frame. */
export async function exportPng(cy: Core, frame: ExportFrame, filename: string): Promise<void> {
  const graphBlob = cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff', maxWidth: 6000, maxHeight: 6000 });
  const image = await createImageBitmap(graphBlob);
  const scale = 2;
  const probe = document.createElement('canvas').getContext('2d')!;
  const measure = (text: string, size: number) => {
    probe.font = `${size}px ${FONT}`;
    return probe.measureText(text).width;
  };
  const graphWidth = image.width / scale;
  const graphHeight = image.height / scale;
  const layout = layoutFrame(frame, graphWidth, measure);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(layout.width * scale);
  canvas.height = Math.ceil((layout.top + graphHeight + layout.bottom) * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.top + graphHeight + layout.bottom);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#1f2d3d';
  ctx.font = `bold ${TITLE_SIZE}px ${FONT}`;
  ctx.fillText(frame.title, PAD, PAD + TITLE_SIZE);
  if (frame.subtitle) {
    ctx.fillStyle = '#5a6878';
    ctx.font = `${SUBTITLE_SIZE}px ${FONT}`;
    ctx.fillText(frame.subtitle, PAD, PAD + TITLE_SIZE + 8 + SUBTITLE_SIZE);
  }
  ctx.font = `${LEGEND_SIZE}px ${FONT}`;
  for (const row of layout.legendRows) {
    for (const { entry, x, y } of row) {
      ctx.fillStyle = entry.fill;
      ctx.fillRect(x, y - SWATCH + 2, SWATCH, SWATCH);
      ctx.strokeStyle = entry.border ?? entry.fill;
      ctx.lineWidth = entry.dash === 'double' ? 3 : 2;
      ctx.setLineDash(entry.dash === 'dashed' ? [4, 2] : entry.dash === 'dotted' ? [1.5, 2] : []);
      ctx.strokeRect(x, y - SWATCH + 2, SWATCH, SWATCH);
      ctx.setLineDash([]);
      ctx.fillStyle = '#1f2d3d';
      ctx.fillText(entry.label, x + SWATCH + 6, y);
    }
  }
  ctx.drawImage(image, (layout.width - graphWidth) / 2, layout.top, graphWidth, graphHeight);
  if (frame.footnote) {
    ctx.fillStyle = '#5a6878';
    ctx.font = `${FOOT_SIZE}px ${FONT}`;
    ctx.fillText(frame.footnote, PAD, layout.top + graphHeight + 8 + FOOT_SIZE);
  }
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'),
  );
  saveBlob(blob, filename);
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** An SVG of the whole graph (cytoscape-svg) inside its frame: scalable, editable in drawing programs. */
export function exportSvg(cy: Core, frame: ExportFrame, filename: string): Promise<void> {
  // Synchronous once the exporter is loaded (graphs preload it), so a caller that adds elements
  // just for the picture (the chain map's legend) can remove them right after the call.
  if (svgExportLoaded()) {
    writeSvg(cy, frame, filename);
    return Promise.resolve();
  }
  return loadSvgExport().then(() => writeSvg(cy, frame, filename));
}

function writeSvg(cy: Core, frame: ExportFrame, filename: string): void {
  const inner = cy.svg({ full: true, scale: 1, bg: '#ffffff' });
  const doc = new DOMParser().parseFromString(inner, 'image/svg+xml');
  const root = doc.documentElement;
  const graphWidth = Number.parseFloat(root.getAttribute('width') ?? '800') || 800;
  const graphHeight = Number.parseFloat(root.getAttribute('height') ?? '600') || 600;
  // Text widths are estimated (a CJK character is about 1 em, Latin about 0.6 em).
  const measure = (text: string, size: number) => [...text].reduce((w, c) => w + (/[\u2E80-\uFFFF]/.test(c) ? size : size * 0.6), 0);
  const layout = layoutFrame(frame, graphWidth, measure);
  const height = layout.top + graphHeight + layout.bottom;
  const parts: string[] = [];
  parts.push(`<rect width="${layout.width}" height="${height}" fill="#ffffff"/>`);
  parts.push(
    `<text x="${PAD}" y="${PAD + TITLE_SIZE}" font-family="${escapeXml(FONT)}" font-size="${TITLE_SIZE}" font-weight="bold" fill="#1f2d3d">${escapeXml(frame.title)}</text>`,
  );
  if (frame.subtitle)
    parts.push(
      `<text x="${PAD}" y="${PAD + TITLE_SIZE + 8 + SUBTITLE_SIZE}" font-family="${escapeXml(FONT)}" font-size="${SUBTITLE_SIZE}" fill="#5a6878">${escapeXml(frame.subtitle)}</text>`,
    );
  for (const row of layout.legendRows) {
    for (const { entry, x, y } of row) {
      const dash = entry.dash === 'dashed' ? ' stroke-dasharray="4 2"' : entry.dash === 'dotted' ? ' stroke-dasharray="1.5 2"' : '';
      parts.push(
        `<rect x="${x}" y="${y - SWATCH + 2}" width="${SWATCH}" height="${SWATCH}" fill="${escapeXml(entry.fill)}" ` +
          `stroke="${escapeXml(entry.border ?? entry.fill)}" stroke-width="${entry.dash === 'double' ? 3 : 2}"${dash}/>`,
      );
      parts.push(
        `<text x="${x + SWATCH + 6}" y="${y}" font-family="${escapeXml(FONT)}" font-size="${LEGEND_SIZE}" fill="#1f2d3d">${escapeXml(entry.label)}</text>`,
      );
    }
  }
  root.setAttribute('x', String((layout.width - graphWidth) / 2));
  root.setAttribute('y', String(layout.top));
  parts.push(new XMLSerializer().serializeToString(root));
  if (frame.footnote)
    parts.push(
      `<text x="${PAD}" y="${layout.top + graphHeight + 8 + FOOT_SIZE}" font-family="${escapeXml(FONT)}" font-size="${FOOT_SIZE}" fill="#5a6878">${escapeXml(frame.footnote)}</text>`,
    );
  const svg =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${layout.width}" height="${height}" viewBox="0 0 ${layout.width} ${height}">` +
    `${parts.join('')}</svg>`;
  saveBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), filename);
}
