import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SRDI_LEVEL_LABELS } from '#shared/labels.js';
import { SRDI_QUALIFIED_LEVELS } from '#shared/thresholds.js';
import { downloadCsv, fileSafe } from '../../graph/export';
import { pick } from '../../i18n';
import { wan } from '../../lib/format';
import { NS } from './messages';
import { supplyColumns, type VisibleGraph } from './supplyGraph';

type Side = 'supplier' | 'customer';
type SortKey = 'name' | 'side' | 'depth' | 'place' | 'value';

interface Row {
  id: string;
  name: string;
  side: Side;
  depth: number;
  local: boolean;
  chainLeader: boolean;
  srdi: string | null;
  /** supply value on the links between this firm and the firms next to it on screen (万元) */
  value: number;
}

/**
 * The firm network as a list (keyboard and screen readers; phones): every firm on the graph with
 * whether it is upstream (a supplier) or downstream (a customer) of the centre, counts by type,
 * sortable by any column and exportable as CSV.
 */
export function SupplyList({ centre, name, graph }: { centre: string; name: string; graph: VisibleGraph }) {
  const { t } = useTranslation(NS);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'value', descending: true });

  const rows = useMemo(() => {
    const columns = supplyColumns(centre, graph.nodes, graph.edges);
    const value = new Map<string, number>();
    for (const edge of graph.edges.values())
      for (const end of [edge.source, edge.target]) value.set(end, (value.get(end) ?? 0) + (edge.value ?? 0));
    const list: Row[] = [];
    for (const node of graph.nodes.values()) {
      const column = columns.get(node.id);
      if (node.id === centre || column === undefined || column === 0) continue;
      list.push({
        id: node.id,
        name: node.label,
        side: column < 0 ? 'supplier' : 'customer',
        depth: Math.abs(column),
        local: node.local === true,
        chainLeader: node.chainLeader === true,
        srdi:
          node.srdiLevel && (SRDI_QUALIFIED_LEVELS as readonly string[]).includes(node.srdiLevel)
            ? pick(SRDI_LEVEL_LABELS[node.srdiLevel])
            : null,
        value: value.get(node.id) ?? 0,
      });
    }
    return list;
  }, [centre, graph]);

  const sorted = useMemo(() => {
    const direction = sort.descending ? -1 : 1;
    const keyOf = (row: Row): string | number =>
      sort.key === 'name'
        ? row.name
        : sort.key === 'side'
          ? row.side
          : sort.key === 'depth'
            ? row.depth
            : sort.key === 'place'
              ? Number(row.local)
              : row.value;
    return [...rows].sort((a, b) => {
      const x = keyOf(a);
      const y = keyOf(b);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh');
      return order * direction || a.name.localeCompare(b.name, 'zh');
    });
  }, [rows, sort]);

  const count = (side: Side, test: (row: Row) => boolean = () => true) => rows.filter((row) => row.side === side && test(row)).length;
  const counts = (side: Side) =>
    t('list.counts', {
      total: count(side),
      local: count(side, (r) => r.local),
      outside: count(side, (r) => !r.local),
      leaders: count(side, (r) => r.chainLeader),
      srdi: count(side, (r) => r.srdi !== null),
    });
  const sideLabel = (side: Side) => t(side === 'supplier' ? 'list.supplier' : 'list.customer');
  const header = (key: SortKey, label: string, numeric = false) => (
    <th
      scope="col"
      className={numeric ? 'num' : undefined}
      aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : numeric })}
      >
        {label}
        {sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
  const exportRows = () =>
    downloadCsv(
      `${fileSafe(name)}-${t('list.file')}.csv`,
      [
        t('list.name'),
        t('list.creditCode'),
        t('list.side'),
        t('list.depth'),
        t('list.place'),
        t('profile.chainLeader'),
        t('list.srdi'),
        t('list.value'),
      ],
      sorted.map((row) => [
        row.name,
        row.id,
        sideLabel(row.side),
        row.depth,
        row.local ? t('profile.local') : t('profile.outside'),
        row.chainLeader ? '✓' : '',
        row.srdi ?? '',
        row.value,
      ]),
    );

  return (
    <details className="graph-list" data-testid="supply-list">
      <summary>{t('list.heading', { count: rows.length })}</summary>
      <p className="list-tools" data-testid="supply-counts">
        <span>
          <strong>{t('list.suppliers')}</strong> {counts('supplier')}
        </span>
        <span>
          <strong>{t('list.customers')}</strong> {counts('customer')}
        </span>
        <button type="button" onClick={exportRows} disabled={rows.length === 0} data-testid="supply-list-export">
          {t('common.exportCsv', { ns: 'translation' })}
        </button>
      </p>
      <div className="table-scroll">
        <table data-testid="supply-list-table">
          <thead>
            <tr>
              {header('name', t('list.name'))}
              {header('side', t('list.side'))}
              {header('depth', t('list.depth'), true)}
              {header('place', t('list.place'))}
              <th scope="col">{t('list.tags')}</th>
              {header('value', t('list.value'), true)}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.id} data-side={row.side}>
                <th scope="row">
                  <Link to={`/enterprise/${encodeURIComponent(row.id)}`}>{row.name}</Link>
                </th>
                <td>{sideLabel(row.side)}</td>
                <td className="num">{row.depth}</td>
                <td>{row.local ? t('profile.local') : t('profile.outside')}</td>
                <td>{[row.chainLeader ? t('profile.chainLeader') : null, row.srdi].filter(Boolean).join(' · ')}</td>
                <td className="num">{wan(row.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
