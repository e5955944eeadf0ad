import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n';
import { integer } from '../../lib/format';
import type { ImportFormat, ImportReport } from './api';
import { ChangesPreview } from './ChangesPreview';
import { ErrorsSection } from './ErrorsSection';
import { bilingual } from './importText';
import { useIssueLabels } from './issueLabels';
import { IssueTable } from './IssueTable';
import { NS } from './messages';
import { TableHead } from '../../components/TableHead';

/** Step 3: what the validation or the import found, per file, with errors, warnings and notes. */
export function ReportView({ report, format, stale }: { report: ImportReport; format: ImportFormat | undefined; stale: boolean }) {
  const { t } = useTranslation(NS);
  const labels = useIssueLabels(format);
  const rows = report.files.reduce((s, f) => s + f.rows, 0);
  const sum = (key: 'created' | 'updated' | 'unchanged') => report.files.reduce((s, f) => s + (f[key] ?? 0), 0);

  return (
    <div className="import-report" data-testid="import-report" data-ok={String(report.ok)} data-dry-run={String(report.dryRun)}>
      {report.ok ? (
        <p className="result ok" data-testid="import-summary">
          {report.dryRun
            ? t('okDryRun', { rows: integer(rows) })
            : t('okWritten', {
                rows: integer(rows),
                created: sum('created'),
                updated: sum('updated'),
                unchanged: sum('unchanged'),
                seconds: (report.durationMs / 1000).toFixed(1),
              })}
        </p>
      ) : (
        <p className="result failed" data-testid="import-summary">
          {t('failed', { count: integer(report.errorTotal) })}
        </p>
      )}
      {stale && <p className="notice">{t('stale')}</p>}
      {report.files.length > 0 && <FileCounts report={report} format={format} />}
      <ChangesPreview report={report} labels={labels} />
      {report.errorTotal > 0 && <ErrorsSection report={report} labels={labels} />}
      {report.warningTotal > 0 && (
        <details className="warnings">
          <summary>{t('warnings', { count: report.warningTotal })}</summary>
          <IssueTable issues={report.warnings.slice(0, 200)} labels={labels} testId="warning-table" />
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

function FileCounts({ report, format }: { report: ImportReport; format: ImportFormat | undefined }) {
  const { t } = useTranslation(NS);
  return (
    <table className="data-table" data-testid="file-counts">
      <TableHead
        ns={NS}
        columns={['file', 'format', 'rows', 'created', 'updated', 'unchanged']}
        numeric={['rows', 'created', 'updated', 'unchanged']}
      />
      <tbody>
        {report.files.map((f) => (
          <tr key={f.name}>
            <th scope="row">
              <span className="mono">{f.name}</span>{' '}
              <span className="muted small">{pick(format?.files.find((x) => x.file === f.file)?.title ?? { zh: '', en: '' })}</span>
            </th>
            <td>
              {f.format.toUpperCase()}
              {f.encoding === 'gb18030' && <span className="muted small"> · {t('gbk')}</span>}
            </td>
            <td className="num">{integer(f.rows)}</td>
            <td className="num">{f.created ?? t('notCounted')}</td>
            <td className="num">{f.updated ?? t('notCounted')}</td>
            <td className="num">{f.unchanged ?? t('notCounted')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
