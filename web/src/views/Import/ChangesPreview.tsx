import { useTranslation } from 'react-i18next';
import type { ImportReport } from './api';
import { cellShown } from './importText';
import type { IssueLabels } from './issueLabels';
import { NS } from './messages';
import { TableHead } from '../../components/TableHead';

type FileReport = ImportReport['files'][number];

const hasChanges = (f: FileReport) => Boolean(f.changes && (f.changes.updatedRows.length > 0 || f.changes.createdRows.length > 0));

/** A dry run's preview: per file, the rows that would create an entity and each changed column's before → after. */
export function ChangesPreview({ report, labels }: { report: ImportReport; labels: IssueLabels }) {
  const { t } = useTranslation(NS);
  if (!report.files.some(hasChanges)) return null;
  return (
    <details className="changes" data-testid="import-changes" open>
      <summary>{t('changes')}</summary>
      {report.files.map((f) =>
        f.changes && hasChanges(f) ? (
          <div key={f.name}>
            <h4 className="mono">{f.name}</h4>
            {f.changes.createdRows.length > 0 && (
              <p className="muted small">
                {t('changesCreated', { count: f.changes.created })}
                {f.changes.createdRows.map((r) => `${t('rowN', { row: r.row })} ${r.key}`).join('；')}
              </p>
            )}
            {f.changes.updatedRows.length > 0 && <UpdatedRows file={f} labels={labels} />}
            {f.changes.truncated && <p className="muted small">{t('changesTruncated')}</p>}
          </div>
        ) : null,
      )}
    </details>
  );
}

function UpdatedRows({ file, labels }: { file: FileReport; labels: IssueLabels }) {
  return (
    <table className="data-table">
      <TableHead ns={NS} columns={['row', 'changeKey', 'column', 'before', 'after']} />
      <tbody>
        {(file.changes?.updatedRows ?? []).flatMap((r) =>
          r.fields.map((field, i) => (
            <tr key={`${r.row}-${field.column}`}>
              <td className="num">{i === 0 ? r.row : ''}</td>
              <td className="mono">{i === 0 ? r.key : ''}</td>
              <td>{labels.columnLabel({ file: file.name, column: field.column })}</td>
              <td>{cellShown(field.before)}</td>
              <td>{cellShown(field.after)}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
