import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n';
import type { ImportIssue } from './api';
import type { IssueLabels } from './issueLabels';
import { NS } from './messages';
import { TableHead } from '../../components/TableHead';

export function IssueTable({ issues, labels, testId }: { issues: ImportIssue[]; labels: IssueLabels; testId: string }) {
  const { t } = useTranslation(NS);
  return (
    <table className="data-table issues" data-testid={testId}>
      <TableHead ns={NS} columns={['file', 'row', 'column', 'message']} numeric={['row']} />
      <tbody>
        {issues.map((issue, i) => (
          <tr key={i}>
            <td className="mono">{issue.file || '—'}</td>
            <td className="num">{issue.row === null ? <span className="muted">{t('wholeFile')}</span> : t('rowN', { row: issue.row })}</td>
            <td>{labels.columnLabel(issue) ?? <span className="muted">{issue.row === null ? '—' : t('wholeRow')}</span>}</td>
            <td>
              <span className="issue-kind">{labels.codeLabel(issue.code)}</span>
              {pick(issue.message)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
