import { useTranslation } from 'react-i18next';
import type { ImportFormat } from './api';
import { NS } from './messages';

export interface IssueLabels {
  /** a column as 中文名（name）, or its name when the format does not know it; null for none */
  columnLabel: (issue: { file: string; column: string | null }) => string | null;
  /** an issue code in the page's language */
  codeLabel: (code: string) => string;
}

/** How the report names an issue's column and code. */
export function useIssueLabels(format: ImportFormat | undefined): IssueLabels {
  const { t } = useTranslation(NS);
  const columnLabel = (issue: { file: string; column: string | null }) => {
    if (!issue.column) return null;
    const base = issue.file.replace(/\.(csv|xlsx)$/i, '').toLowerCase();
    const column = format?.files.find((f) => f.file === base)?.columns.find((c) => c.name === issue.column);
    return column ? `${column.zh}（${column.name}）` : issue.column;
  };
  const codeLabel = (code: string) => String(t(`codes.${code}`, { defaultValue: code }));
  return { columnLabel, codeLabel };
}
