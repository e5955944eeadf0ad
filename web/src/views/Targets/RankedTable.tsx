import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectAllHeader, SelectCell } from '../../components/SelectAllHeader';
import { StatusTag } from '../../components/StatusTag';
import { TableHead } from '../../components/TableHead';
import type { Selection } from '../../hooks/useSelection';
import { place, wan } from '../../lib/format';
import { rowKey, type RankedRow } from './useRankedTargets';

/** One page of ranked targets, each selectable; the cluster column only when several clusters are chosen. */
export function RankedTable({ rows, selection, manyClusters }: { rows: RankedRow[]; selection: Selection; manyClusters: boolean }) {
  const { t } = useTranslation('targets');
  return (
    <table className="ca-table" data-testid="ranked-table">
      <TableHead
        ns="targets"
        prefix="ranked."
        columns={[manyClusters && 'cluster', 'rank', 'firm', 'place', 'segmentCol', 'inflow', 'buyers', 'reason']}
        numeric={['rank', 'inflow', 'buyers']}
      >
        <SelectAllHeader label={t('ranked.firm')} keys={rows.map(rowKey)} selection={selection} />
      </TableHead>
      <tbody>
        {rows.map((r) => {
          const k = rowKey(r);
          return (
            <tr key={k} className={selection.has(k) ? 'chosen' : undefined} data-testid="target-row">
              <SelectCell label={r.name} rowKey={k} selection={selection} />
              {manyClusters && (
                <td>
                  <Link to={`/chain/${encodeURIComponent(r.clusterId)}?seg=${encodeURIComponent(r.segmentId)}`}>{r.clusterName}</Link>
                </td>
              )}
              <td className="num">{r.rank}</td>
              <td>
                <Link to={`/enterprise/${encodeURIComponent(r.creditCode)}`}>{r.name}</Link>
              </td>
              <td className="nowrap">{place(r.city, r.province)}</td>
              <td className="nowrap">
                {r.segmentName} <StatusTag status={r.segmentStatus} />
              </td>
              <td className="num">{wan(r.inflow, 0)}</td>
              <td className="num">{r.buyers}</td>
              <td className="reason">{r.reason}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
