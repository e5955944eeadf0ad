import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TargetEntry } from '../../api/targetLists';
import { place } from '../../lib/format';
import { EntryDetail } from './EntryDetail';
import { PipelineTag } from './pipeline';
import { TableHead } from '../../components/TableHead';

/** A page of a list's entries; the open entry (`open`, from the URL) shows its status form and history below its row. */
export function EntriesTable({
  listId,
  entries,
  open,
  onOpen,
}: {
  listId: string;
  entries: TargetEntry[];
  open: string | null;
  onOpen: (creditCode: string | null) => void;
}) {
  return (
    <table className="ca-table entries" data-testid="entries-table">
      <TableHead ns="targets" prefix="lists." columns={['firm', 'place', 'segment', 'reason', 'status', 'latest', 'actions']} />
      <tbody>
        {entries.map((e) => {
          const isOpen = open === e.creditCode;
          return (
            <Fragment key={e.creditCode}>
              <EntryRow entry={e} isOpen={isOpen} onToggle={() => onOpen(isOpen ? null : e.creditCode)} />
              {isOpen && (
                <tr className="entry-detail">
                  <td colSpan={7}>
                    <EntryDetail listId={listId} entry={e} onRemoved={() => onOpen(null)} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

function EntryRow({ entry: e, isOpen, onToggle }: { entry: TargetEntry; isOpen: boolean; onToggle: () => void }) {
  const { t } = useTranslation('targets');
  return (
    <tr className={isOpen ? 'chosen' : undefined} data-testid="entry-row">
      <td>
        {e.name ? (
          <Link to={`/enterprise/${encodeURIComponent(e.creditCode)}`}>{e.name}</Link>
        ) : (
          <span className="muted">
            {e.creditCode} {t('lists.gone')}
          </span>
        )}{' '}
        {e.local !== null && <span className={`ca-chip ${e.local ? 'local' : 'outside'}`}>{e.local ? t('local') : t('outside')}</span>}
      </td>
      <td className="nowrap">{e.local ? (e.county ?? e.city ?? '—') : place(e.city, e.province)}</td>
      <td>{e.segmentName ?? '—'}</td>
      <td className="reason">{e.reason ?? '—'}</td>
      <td>
        <PipelineTag status={e.status} />
      </td>
      <td className="latest">
        {e.statusDate && <span className="nowrap">{e.statusDate} </span>}
        {e.statusNote && <span className="muted">{e.statusNote}</span>}
      </td>
      <td className="nowrap">
        <button type="button" className="link-button" onClick={onToggle} aria-expanded={isOpen}>
          {isOpen ? t('lists.hide') : t('lists.update')}
        </button>
      </td>
    </tr>
  );
}
