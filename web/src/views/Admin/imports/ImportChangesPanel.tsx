import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../../components/ErrorMessage';
import { fieldChanges } from './diff';
import { NS } from './messages';
import { useImportChanges, type ImportSummary } from './useImports';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { TableHead } from '../../../components/TableHead';

/** One import's per-row changes: file, row, entity, and before → after of every changed field, 20 rows a page. */
export function ImportChangesPanel({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation(NS);
  const changes = useImportChanges(summary.id);
  const heading = useRef<HTMLHeadingElement>(null);
  // opened from a row's button: move the reader to what opened
  useEffect(() => heading.current?.focus(), [summary.id]);
  return (
    <section className="import-changes" aria-labelledby={`changes-${summary.id}`} data-testid="import-changes">
      <h3 id={`changes-${summary.id}`} ref={heading} tabIndex={-1}>
        {t('changesHeading', { files: summary.files.map((f) => f.name).join('、') })}
      </h3>
      {changes.isPending ? (
        <Loading />
      ) : changes.error ? (
        <ErrorMessage error={changes.error} onRetry={changes.refetch} />
      ) : changes.totalCount === 0 ? (
        <p className="muted">{t('noChanges')}</p>
      ) : (
        <>
          <p className="muted">{t('changesCount', { count: changes.totalCount, page: changes.pageNumber })}</p>
          <ScrollRegion label={t('changesHeading', { files: '' })}>
            <table className="admin-table changes-table" data-testid="changes-table">
              <TableHead ns={NS} columns={['file', 'row', 'key', 'op', 'change']} />
              <tbody>
                {changes.rows.map((c) => (
                  <tr key={`${c.file}|${c.key}`} data-testid="change-row">
                    <td>{c.file}</td>
                    <td>{c.row === null || c.row === undefined ? '—' : t('rowN', { row: c.row })}</td>
                    <td className="key">{c.key}</td>
                    <td>{c.op === 'CREATED' ? t('created') : t('updated')}</td>
                    <td>
                      <ul className="field-changes">
                        {fieldChanges(c.before, c.after).map((f) => (
                          <li key={f.field}>
                            <span className="field">{f.field}</span>: <del>{f.before}</del> → <ins>{f.after}</ins>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {(changes.previous || changes.next) && (
            <div className="row-actions pager">
              <button type="button" onClick={changes.previous ?? undefined} disabled={!changes.previous}>
                {t('previous')}
              </button>
              <button type="button" onClick={changes.next ?? undefined} disabled={!changes.next} data-testid="changes-next">
                {t('next')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
