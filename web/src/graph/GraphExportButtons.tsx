import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CytoscapeGraphHandle } from './CytoscapeGraph';
import { exportPng, exportSvg, fileSafe, today, type ExportFrame } from './export';

/**
 * "导出 PNG" and "导出 SVG" for a graph view: the whole graph in a frame with the view's title,
 * a subtitle (with the date and the synthetic-data label), its legend and a footnote.
 */
export function GraphExportButtons({
  graph,
  frame,
  fileBase,
  disabled = false,
}: {
  graph: RefObject<CytoscapeGraphHandle | null>;
  frame: () => ExportFrame;
  fileBase: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const cy = () => graph.current?.cy() ?? null;
  const name = (ext: string) => `${fileSafe(fileBase)}-${today()}.${ext}`;
  return (
    <span className="graph-export">
      <button
        type="button"
        data-testid="export-png"
        disabled={busy || disabled}
        onClick={() => {
          const core = cy();
          if (!core) return;
          setBusy(true);
          void exportPng(core, frame(), name('png')).finally(() => setBusy(false));
        }}
      >
        {t('common.exportPng')}
      </button>
      <button
        type="button"
        data-testid="export-svg"
        disabled={disabled}
        onClick={() => {
          const core = cy();
          if (core) void exportSvg(core, frame(), name('svg'));
        }}
      >
        {t('common.exportSvg')}
      </button>
    </span>
  );
}
