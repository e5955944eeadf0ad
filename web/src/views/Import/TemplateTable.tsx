import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n';
import type { ImportFormat } from './api';
import { NS } from './messages';
import { TableHead } from '../../components/TableHead';

/** The required (or optional) columns of a file as its headers read: Chinese headers (Excel) in Chinese, English (CSV) in English. */
function columnList(columns: ImportFormat['files'][number]['columns'], required: boolean): string {
  return columns
    .filter((c) => c.required === required)
    .map((c) => pick({ zh: c.zh, en: c.name }))
    .join(pick({ zh: '、', en: ', ' }));
}

/** Step 1: each file an import takes, its required columns and its templates. */
export function TemplateTable({ format }: { format: ImportFormat }) {
  const { t } = useTranslation(NS);
  return (
    <table className="data-table templates" data-testid="templates">
      <TableHead ns={NS} columns={['file', 'fileName', 'requiredColumns', 'download']} />
      <tbody>
        {format.files.map((f) => (
          <tr key={f.file}>
            <th scope="row">{pick(f.title)}</th>
            <td className="mono small">{f.file}</td>
            <td className="small" title={`${t('optionalColumns')}${pick({ zh: '：', en: ': ' })}${columnList(f.columns, false)}`}>
              {columnList(f.columns, true)}
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
