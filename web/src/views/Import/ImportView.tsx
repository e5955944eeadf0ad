import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { downloadCsv, today } from '../../graph/export';
import '../../graph/ui.css';
import { pick } from '../../i18n';
import { fetchFormat, uploadImport, type ImportFormat, type ImportIssue, type ImportReport } from './api';
import './import.css';
import { NS } from './messages';

const ERRORS_PAGE = 50;

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${Number((bytes / 1024 ** 2).toFixed(1))} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** The kind of file a name stands for (`enterprises.csv` → enterprises), as the server decides it. */
function kindOf(name: string, format: ImportFormat | undefined): string | null {
  const match = /^(.+)\.(csv|xlsx)$/i.exec(name.trim());
  if (!match || !format) return null;
  const base = match[1]!.toLowerCase();
  return format.files.some((f) => f.file === base) ? base : null;
}

/** A stored or imported value as text (lists joined by ；, nothing as —). */
function cellShown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.join('；') || '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}

/** The server's notes are one string, Chinese then English ("…。 An empty…"): split them for the language switch. */
function bilingual(note: string): { zh: string; en: string } {
  const end = note.indexOf('。 ');
  return end < 0 ? { zh: note, en: note } : { zh: note.slice(0, end + 1), en: note.slice(end + 2) };
}

type Phase = { step: 'idle' } | { step: 'uploading'; dryRun: boolean; fraction: number } | { step: 'done'; report: ImportReport; files: File[] } | { step: 'failed'; error: ApiError };

/** 导入 (/import): templates, upload of several CSV/XLSX files, a validation report, then the import. */
export function ImportView() {
  const { t } = useTranslation(NS);
  const queryClient = useQueryClient();
  const format = useQuery<ImportFormat, ApiError>({ queryKey: ['import-format'], queryFn: ({ signal }) => fetchFormat(signal), staleTime: Infinity });
  const [files, setFiles] = useState<File[]>([]);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const titleOf = (kind: string | null) => {
    const spec = format.data?.files.find((f) => f.file === kind);
    return spec ? pick(spec.title) : null;
  };
  const maxBytes = format.data?.maxFileBytes ?? 100 * 1024 * 1024;

  // Problems the page can see before uploading (the server checks them again).
  const problems = useMemo(() => {
    const seen = new Map<string, string>();
    return files.map((file) => {
      const kind = kindOf(file.name, format.data);
      // another name is fine for a .csv / .xlsx: the server recognises the file by its header
      if (!kind && !/\.(csv|xlsx)$/i.test(file.name)) return t('unknownName', { names: (format.data?.files ?? []).map((f) => f.file).join('、') });
      if (file.size > maxBytes) return t('tooLarge', { max: size(maxBytes) });
      if (!kind) return null;
      const other = seen.get(kind);
      if (other) return t('duplicateKind', { other });
      seen.set(kind, file.name);
      return null;
    });
  }, [files, format.data, maxBytes, t]);

  const addFiles = (list: FileList | null) => {
    if (!list) return;
    const added = [...list];
    setFiles((current) => [...current.filter((f) => !added.some((a) => a.name === f.name)), ...added]);
    setPhase({ step: 'idle' });
  };

  const run = async (dryRun: boolean, chosen: File[]) => {
    setPhase({ step: 'uploading', dryRun, fraction: 0 });
    try {
      const report = await uploadImport(chosen, dryRun, (fraction) => setPhase({ step: 'uploading', dryRun, fraction }));
      setPhase({ step: 'done', report, files: chosen });
      // A written import changes what every view shows.
      if (report.ok && !report.dryRun) void queryClient.invalidateQueries();
    } catch (error) {
      setPhase({ step: 'failed', error: error instanceof ApiError ? error : new ApiError('INTERNAL', String(error)) });
    }
  };

  // The result is what the user waits for: bring it into view when it arrives.
  const result = useRef<HTMLElement>(null);
  useEffect(() => {
    if (phase.step === 'done' || phase.step === 'failed') result.current?.scrollIntoView({ block: 'start' });
  }, [phase.step]);

  const busy = phase.step === 'uploading';
  const validated = phase.step === 'done' && phase.report.ok && phase.report.dryRun;
  const stale = phase.step === 'done' && phase.files !== files;

  return (
    <section className="view view-import">
      <header className="view-header">
        <h2>{t('heading')}</h2>
        <p className="hint import-hint">{t('hint')}</p>
      </header>
      <div className="import-body">
        <section className="import-card">
          <h3>{t('step1')}</h3>
          <p className="muted small">{t('step1Hint')}</p>
          {format.isLoading && <Loading />}
          {format.error && <ErrorMessage error={format.error} onRetry={() => void format.refetch()} />}
          {format.data && <TemplateTable format={format.data} />}
        </section>

        <section className="import-card">
          <h3>{t('step2')}</h3>
          <p className="muted small">{t('step2Hint', { max: size(maxBytes) })}</p>
          <div
            className={dragging ? 'dropzone dragging' : 'dropzone'}
            data-testid="dropzone"
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(event) => {
              event.preventDefault();
              setDragging(false);
              addFiles(event.dataTransfer.files);
            }}
          >
            <span>{t('drop')}</span>
            <button type="button" onClick={() => input.current?.click()} disabled={busy}>
              {t('choose')}
            </button>
            <input
              ref={input}
              type="file"
              multiple
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              data-testid="file-input"
              hidden
              onChange={(event) => {
                addFiles(event.target.files);
                event.target.value = '';
              }}
            />
          </div>
          {files.length > 0 && (
            <>
              <p className="small muted selected-count">{t('selected', { count: files.length })}</p>
              <ul className="file-list" data-testid="file-list">
                {files.map((file, i) => (
                  <li key={file.name} className={problems[i] ? 'has-problem' : ''}>
                    <span className="file-name mono">{file.name}</span>
                    <span className="muted small">{titleOf(kindOf(file.name, format.data))}</span>
                    <span className="muted small">{size(file.size)}</span>
                    {problems[i] && <span className="warn small">⚠ {problems[i]}</span>}
                    <button type="button" className="link-button" disabled={busy} onClick={() => setFiles((current) => current.filter((f) => f !== file))}>
                      {t('remove')}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="import-actions">
            <button type="button" className="primary" data-testid="validate" disabled={busy || files.length === 0} onClick={() => void run(true, files)}>
              {t('validate')}
            </button>
            <button type="button" data-testid="confirm-import" disabled={busy || !validated || stale} onClick={() => phase.step === 'done' && void run(false, phase.files)}>
              {t('confirm')}
            </button>
            <button type="button" disabled={busy || files.length === 0} onClick={() => (setFiles([]), setPhase({ step: 'idle' }))}>
              {t('clear')}
            </button>
          </div>
          {phase.step === 'uploading' && <UploadProgress fraction={phase.fraction} dryRun={phase.dryRun} />}
        </section>

        {(phase.step === 'done' || phase.step === 'failed') && (
          <section className="import-card" data-testid="import-result" ref={result}>
            <h3>{phase.step === 'done' && !phase.report.dryRun ? t('step3Written') : t('step3')}</h3>
            {phase.step === 'failed' && <ErrorMessage error={phase.error} />}
            {phase.step === 'done' && <ReportView report={phase.report} format={format.data} stale={stale} />}
          </section>
        )}
      </div>
    </section>
  );
}

function UploadProgress({ fraction, dryRun }: { fraction: number; dryRun: boolean }) {
  const { t } = useTranslation(NS);
  const uploaded = fraction >= 1;
  const percent = Math.round(fraction * 100);
  return (
    <div className="upload-progress" data-testid="upload-progress">
      <div className={uploaded ? 'bar indeterminate' : 'bar'} role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={uploaded ? undefined : percent}>
        <div className="fill" style={{ width: uploaded ? '100%' : `${percent}%` }} />
      </div>
      <span className="small">{uploaded ? (dryRun ? t('validating') : t('writing')) : t('uploading', { percent })}</span>
    </div>
  );
}

function TemplateTable({ format }: { format: ImportFormat }) {
  const { t } = useTranslation(NS);
  return (
    <table className="data-table templates" data-testid="templates">
      <thead>
        <tr>
          <th>{t('file')}</th>
          <th>{t('fileName')}</th>
          <th>{t('requiredColumns')}</th>
          <th>{t('download')}</th>
        </tr>
      </thead>
      <tbody>
        {format.files.map((f) => (
          <tr key={f.file}>
            <th scope="row">{pick(f.title)}</th>
            <td className="mono small">{f.file}</td>
            <td className="small" title={`${t('optionalColumns')}：${f.columns.filter((c) => !c.required).map((c) => c.zh).join('、')}`}>
              {f.columns
                .filter((c) => c.required)
                .map((c) => c.zh)
                .join('、')}
            </td>
            <td className="downloads">
              <a href={`/api/import/templates/${f.file}.csv`} download data-testid={`template-${f.file}-csv`}>
                CSV
              </a>
              <a href={`/api/import/templates/${f.file}.xlsx`} download data-testid={`template-${f.file}-xlsx`}>
                Excel
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ReportView({ report, format, stale }: { report: ImportReport; format: ImportFormat | undefined; stale: boolean }) {
  const { t } = useTranslation(NS);
  const [shown, setShown] = useState(ERRORS_PAGE);
  const rows = report.files.reduce((s, f) => s + f.rows, 0);
  const sum = (key: 'created' | 'updated' | 'unchanged') => report.files.reduce((s, f) => s + (f[key] ?? 0), 0);
  const columnLabel = (issue: { file: string; column: string | null }) => {
    if (!issue.column) return null;
    const base = issue.file.replace(/\.(csv|xlsx)$/i, '').toLowerCase();
    const column = format?.files.find((f) => f.file === base)?.columns.find((c) => c.name === issue.column);
    return column ? `${column.zh}（${column.name}）` : issue.column;
  };
  const codeLabel = (code: string) => String(t(`codes.${code}`, { defaultValue: code }));
  const exportErrors = () =>
    downloadCsv(
      `${t('errorsCsv')}-${today()}.csv`,
      [t('file'), t('row'), t('column'), t('kind'), t('message')],
      report.errors.map((e) => [e.file, e.row, columnLabel(e) ?? '', codeLabel(e.code), pick(e.message)]),
    );

  return (
    <div className="import-report" data-testid="import-report" data-ok={String(report.ok)} data-dry-run={String(report.dryRun)}>
      {report.ok ? (
        <p className="result ok" data-testid="import-summary">
          {report.dryRun
            ? t('okDryRun', { rows: rows.toLocaleString('zh-CN') })
            : t('okWritten', { rows: rows.toLocaleString('zh-CN'), created: sum('created'), updated: sum('updated'), unchanged: sum('unchanged'), seconds: (report.durationMs / 1000).toFixed(1) })}
        </p>
      ) : (
        <p className="result failed" data-testid="import-summary">
          {t('failed', { count: report.errorTotal.toLocaleString('zh-CN') })}
        </p>
      )}
      {stale && <p className="notice">{t('stale')}</p>}

      {report.files.length > 0 && (
        <table className="data-table" data-testid="file-counts">
          <thead>
            <tr>
              <th>{t('file')}</th>
              <th>{t('format')}</th>
              <th className="num">{t('rows')}</th>
              <th className="num">{t('created')}</th>
              <th className="num">{t('updated')}</th>
              <th className="num">{t('unchanged')}</th>
            </tr>
          </thead>
          <tbody>
            {report.files.map((f) => (
              <tr key={f.name}>
                <th scope="row">
                  <span className="mono">{f.name}</span> <span className="muted small">{pick(format?.files.find((x) => x.file === f.file)?.title ?? { zh: '', en: '' })}</span>
                </th>
                <td>
                  {f.format.toUpperCase()}
                  {f.encoding === 'gb18030' && <span className="muted small"> · {t('gbk')}</span>}
                </td>
                <td className="num">{f.rows.toLocaleString('zh-CN')}</td>
                <td className="num">{f.created ?? t('notCounted')}</td>
                <td className="num">{f.updated ?? t('notCounted')}</td>
                <td className="num">{f.unchanged ?? t('notCounted')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {report.files.some((f) => f.changes && (f.changes.updatedRows.length > 0 || f.changes.createdRows.length > 0)) && (
        <details className="changes" data-testid="import-changes" open>
          <summary>{t('changes')}</summary>
          {report.files.map((f) =>
            f.changes && (f.changes.updatedRows.length > 0 || f.changes.createdRows.length > 0) ? (
              <div key={f.name}>
                <h4 className="mono">{f.name}</h4>
                {f.changes.createdRows.length > 0 && (
                  <p className="muted small">
                    {t('changesCreated', { count: f.changes.created })}
                    {f.changes.createdRows.map((r) => `${t('rowN', { row: r.row })} ${r.key}`).join('；')}
                  </p>
                )}
                {f.changes.updatedRows.length > 0 && (
                  <table className="data-table">
                    <thead>
                      <tr>
                        <th>{t('row')}</th>
                        <th>{t('changeKey')}</th>
                        <th>{t('column')}</th>
                        <th>{t('before')}</th>
                        <th>{t('after')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {f.changes.updatedRows.flatMap((r) =>
                        r.fields.map((field, i) => (
                          <tr key={`${r.row}-${field.column}`}>
                            <td className="num">{i === 0 ? r.row : ''}</td>
                            <td className="mono">{i === 0 ? r.key : ''}</td>
                            <td>{columnLabel({ file: f.name, column: field.column })}</td>
                            <td>{cellShown(field.before)}</td>
                            <td>{cellShown(field.after)}</td>
                          </tr>
                        )),
                      )}
                    </tbody>
                  </table>
                )}
                {f.changes.truncated && <p className="muted small">{t('changesTruncated')}</p>}
              </div>
            ) : null,
          )}
        </details>
      )}

      {report.errorTotal > 0 && (
        <>
          <div className="report-head">
            <h4>{t('errors')}</h4>
            <span className="muted small">{report.errorsTruncated ? t('errorsShown', { total: report.errorTotal.toLocaleString('zh-CN'), shown: report.errors.length.toLocaleString('zh-CN') }) : t('errorsAll', { total: report.errorTotal.toLocaleString('zh-CN') })}</span>
            <span className="spacer" />
            <button type="button" onClick={exportErrors}>
              {t('downloadErrors')}
            </button>
          </div>
          {(report.errorsTruncated || report.errorCounts.length > 1) && (
            <details className="error-summary" open={report.errorsTruncated}>
              <summary>{t('summary')}</summary>
              <table className="data-table" data-testid="error-counts">
                <thead>
                  <tr>
                    <th>{t('file')}</th>
                    <th>{t('column')}</th>
                    <th>{t('kind')}</th>
                    <th className="num">{t('count')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...report.errorCounts]
                    .sort((a, b) => b.count - a.count)
                    .map((c) => (
                      <tr key={`${c.file}|${c.column}|${c.code}`}>
                        <td className="mono">{c.file || '—'}</td>
                        <td>{columnLabel(c) ?? '—'}</td>
                        <td>{codeLabel(c.code)}</td>
                        <td className="num">{c.count.toLocaleString('zh-CN')}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </details>
          )}
          <IssueTable issues={report.errors.slice(0, shown)} columnLabel={columnLabel} codeLabel={codeLabel} testId="error-table" />
          {report.errors.length > shown && (
            <button type="button" onClick={() => setShown((n) => n + ERRORS_PAGE)}>
              {t('more', { count: Math.min(ERRORS_PAGE, report.errors.length - shown) })}
            </button>
          )}
        </>
      )}

      {report.warningTotal > 0 && (
        <details className="warnings">
          <summary>{t('warnings', { count: report.warningTotal })}</summary>
          <IssueTable issues={report.warnings.slice(0, 200)} columnLabel={columnLabel} codeLabel={codeLabel} testId="warning-table" />
        </details>
      )}
      {report.notes.length > 0 && (
        <p className="muted small">
          {t('notes')}：{report.notes.map(bilingual).map(pick).join(' ')}
        </p>
      )}
    </div>
  );
}

function IssueTable({ issues, columnLabel, codeLabel, testId }: { issues: ImportIssue[]; columnLabel: (i: ImportIssue) => string | null; codeLabel: (code: string) => string; testId: string }) {
  const { t } = useTranslation(NS);
  return (
    <table className="data-table issues" data-testid={testId}>
      <thead>
        <tr>
          <th>{t('file')}</th>
          <th className="num">{t('row')}</th>
          <th>{t('column')}</th>
          <th>{t('message')}</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue, i) => (
          <tr key={i}>
            <td className="mono">{issue.file || '—'}</td>
            <td className="num">{issue.row === null ? <span className="muted">{t('wholeFile')}</span> : t('rowN', { row: issue.row })}</td>
            <td>{columnLabel(issue) ?? <span className="muted">{issue.row === null ? '—' : t('wholeRow')}</span>}</td>
            <td>
              <span className="issue-kind">{codeLabel(issue.code)}</span>
              {pick(issue.message)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
