import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, today } from '../../graph/export';
import { pick } from '../../i18n';
import { integer } from '../../lib/format';
import type { ImportReport } from './api';
import type { IssueLabels } from './issueLabels';
import { IssueTable } from './IssueTable';
import { NS } from './messages';
import { TableHead } from '../../components/TableHead';

const ERRORS_PAGE = 50;

/** The report's errors: how many, counted per file, column and kind, then listed page by page (and as CSV). */
export function ErrorsSection({ report, labels }: { report: ImportReport; labels: IssueLabels }) {
  const { t } = useTranslation(NS);
  const [shown, setShown] = useState(ERRORS_PAGE);
  const { columnLabel, codeLabel } = labels;
  const exportErrors = () =>
    downloadCsv(
      `${t('errorsCsv')}-${today()}.csv`,
      [t('file'), t('row'), t('column'), t('kind'), t('message')],
      report.errors.map((e) => [e.file, e.row, columnLabel(e) ?? '', codeLabel(e.code), pick(e.message)]),
    );
  return (
    <>
      <div className="report-head">
        <h4>{t('errors')}</h4>
        <span className="muted small">
          {report.errorsTruncated
            ? t('errorsShown', { total: integer(report.errorTotal), shown: integer(report.errors.length) })
            : t('errorsAll', { total: integer(report.errorTotal) })}
        </span>
        <span className="spacer" />
        <button type="button" onClick={exportErrors}>
          {t('downloadErrors')}
        </button>
      </div>
      {(report.errorsTruncated || report.errorCounts.length > 1) && (
        <details className="error-summary" open={report.errorsTruncated}>
          <summary>{t('summary')}</summary>
          <table className="data-table" data-testid="error-counts">
            <TableHead ns={NS} columns={['file', 'column', 'kind', 'count']} numeric={['count']} />
            <tbody>
              {[...report.errorCounts]
                .sort((a, b) => b.count - a.count)
                .map((c) => (
                  <tr key={`${c.file}|${c.column}|${c.code}`}>
                    <td className="mono">{c.file || '—'}</td>
                    <td>{columnLabel(c) ?? '—'}</td>
                    <td>{codeLabel(c.code)}</td>
                    <td className="num">{integer(c.count)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </details>
      )}
      <IssueTable issues={report.errors.slice(0, shown)} labels={labels} testId="error-table" />
      {report.errors.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + ERRORS_PAGE)}>
          {t('more', { count: Math.min(ERRORS_PAGE, report.errors.length - shown) })}
        </button>
      )}
    </>
  );
}
