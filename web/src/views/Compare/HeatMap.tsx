import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GAP_STATUSES } from '#shared/enums.js';
import { GAP_STATUS_LABELS } from '#shared/labels.js';
import { STATUS_COLORS } from '../../graph/palette';
import { pick } from '../../i18n';
import { percent } from '../../lib/format';
import { chainMapLink } from '../../lib/links';
import type { Comparison } from './queries';
import './messages';
import { STATUS_FILLS, STATUS_SYMBOLS } from '../../graph/palette';

type SortKey = 'completeness' | 'name' | `seg:${string}`;

/** Clusters × segments: status by colour, symbol and word in each cell; column heads sort (keyboard: they are buttons). */
export function HeatMap({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation('compare');
  const [sort, setSort] = useState<SortKey>('completeness');
  const rows = useMemo(() => {
    const rank = (row: Comparison['clusters'][number], segmentId: string) =>
      GAP_STATUSES.indexOf(row.segments.find((s) => s.segmentId === segmentId)?.status ?? 'MISSING');
    return [...comparison.clusters].sort((a, b) => {
      if (sort === 'name') return a.clusterName.localeCompare(b.clusterName, 'zh');
      if (sort.startsWith('seg:')) return rank(b, sort.slice(4)) - rank(a, sort.slice(4)) || b.completeness - a.completeness;
      return b.completeness - a.completeness || a.clusterName.localeCompare(b.clusterName, 'zh');
    });
  }, [comparison, sort]);
  const head = (key: SortKey, label: string, title?: string) => (
    <button
      type="button"
      className={`sort-head${sort === key ? ' active' : ''}`}
      aria-pressed={sort === key}
      title={title}
      onClick={() => setSort(key)}
    >
      {label}
      {sort === key ? ' ▼' : ''}
    </button>
  );
  return (
    <div className="heatmap-wrap">
      <table className="heatmap" data-testid="heatmap">
        <thead>
          <tr>
            <th scope="col">{head('name', t('cluster'))}</th>
            <th scope="col" className="num">
              {head('completeness', t('completeness'))}
            </th>
            {comparison.segments.map((s) => (
              <th key={s.segmentId} scope="col">
                {head(`seg:${s.segmentId}`, s.name, t('sortSegment', { name: s.name }))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.clusterId} data-testid="heatmap-row">
              <th scope="row">
                <Link to={chainMapLink(row.clusterId, { year: comparison.year, scope: comparison.scope })}>{row.clusterName}</Link>
                {row.county && <div className="muted">{row.county}</div>}
              </th>
              <td className="num">{percent(row.completeness)}</td>
              {row.segments.map((s) => {
                const label = t('cell', {
                  status: pick(GAP_STATUS_LABELS[s.status]),
                  ratio: percent(s.localSupplyRatio),
                  firms: s.clusterFirms,
                });
                return (
                  <td
                    key={s.segmentId}
                    className={`cell status-${s.status}`}
                    style={{ background: STATUS_FILLS[s.status], borderColor: STATUS_COLORS[s.status] }}
                    title={label}
                    aria-label={label}
                    data-status={s.status}
                  >
                    <span style={{ color: STATUS_COLORS[s.status] }}>{STATUS_SYMBOLS[s.status]}</span> {pick(GAP_STATUS_LABELS[s.status])}
                    <div className="cell-ratio">{percent(s.localSupplyRatio)}</div>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
