import type { ImportProgress, ImportReport } from './service.js';

/** The import report as plain text for a terminal: counts per file, then every kept error, then warnings. */
export function formatReport(report: ImportReport, source: string): string {
  const lines: string[] = [];
  const mode =
    report.mode === 'staged' ? 'staged import' : report.mode === 'bulk' ? "Neo4j's bulk importer, empty database" : 'single transaction';
  lines.push(`ChainAtlas import${report.dryRun ? ' (dry run)' : ''}: ${source} — ${mode}`);
  lines.push('');
  const header = ['file', 'rows', 'created', 'updated', 'unchanged'];
  const table = report.files.map((f) =>
    [f.name + (f.encoding === 'gb18030' ? ' (GBK)' : ''), f.rows, f.created, f.updated, f.unchanged].map((v) =>
      v === null ? '-' : String(v),
    ),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const render = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  lines.push(render(header));
  for (const row of table) lines.push(render(row));
  lines.push('');

  const seconds = (report.durationMs / 1000).toFixed(1);
  if (report.ok) {
    lines.push(
      report.dryRun
        ? `OK: the data is valid (nothing written, ${seconds} s). 数据有效（试运行，未写入）。`
        : `OK: imported in ${seconds} s. 导入成功。`,
    );
  } else {
    lines.push(`FAILED: ${report.errorTotal} error(s) — nothing was written. 发现 ${report.errorTotal} 个错误，未写入任何数据。`);
    lines.push('');
    lines.push(report.errorsTruncated ? `Errors (the first ${report.errors.length} of ${report.errorTotal}):` : 'Errors:');
    for (const e of report.errors) lines.push(`  ${where(e)} [${e.code}] ${e.message.zh} / ${e.message.en}`);
    if (report.errorsTruncated) {
      lines.push('');
      lines.push('All errors by file, column and code:');
      for (const c of report.errorCounts) lines.push(`  ${c.file}${c.column ? `, ${c.column}` : ''} [${c.code}]: ${c.count}`);
    }
  }
  if (report.warnings.length > 0) {
    lines.push('');
    lines.push(`Warnings (${report.warningTotal}):`);
    for (const w of report.warnings) lines.push(`  ${where(w)} [${w.code}] ${w.message.zh} / ${w.message.en}`);
  }
  lines.push('');
  for (const note of report.notes) lines.push(`Note: ${note}`);
  return lines.join('\n') + '\n';
}

function where(issue: { file: string; row: number | null; column: string | null }): string {
  const parts = [issue.file || '(import)'];
  if (issue.row !== null) parts.push(`row ${issue.row}`);
  if (issue.column) parts.push(issue.column);
  return parts.join(', ') + ':';
}

/** A one-line progress bar for a TTY (no dependency): `validate enterprises.csv [#####.....] 52%`. */
export function progressLine(progress: ImportProgress, width = 30): string {
  const ratio = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  const filled = Math.round(ratio * width);
  const amount =
    progress.unit === 'rows'
      ? `${progress.done}/${progress.total} rows`
      : `${(progress.done / 1024 ** 2).toFixed(1)}/${(progress.total / 1024 ** 2).toFixed(1)} MB`;
  return `${progress.phase.padEnd(8)} ${progress.file} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(ratio * 100)).padStart(3)}% ${amount}`;
}
