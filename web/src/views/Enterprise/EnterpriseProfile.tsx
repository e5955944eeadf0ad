import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CLUSTER_LEVEL_LABELS, SRDI_LEVEL_LABELS, STAGE_LABELS } from '#shared/labels.js';
import { ScrollRegion } from '../../components/ScrollRegion';
import { pick } from '../../i18n';
import { count, dateTime, percentFigure } from '../../lib/format';
import { NS } from './messages';
import type { EnterpriseProfile as Profile } from './queries';

/** The firm's card: who and where it is, its clusters and segments, its standing, its figures by year. */
export function EnterpriseProfile({ firm }: { firm: Profile }) {
  const { t } = useTranslation(NS);
  const place = firm.local ? [firm.county].filter(Boolean).join('') : [firm.province, firm.city].filter(Boolean).join(' ');
  return (
    <div className="ent-profile" data-testid="enterprise-profile">
      <div className="ent-title">
        <h2 data-testid="enterprise-name">{firm.name}</h2>
        <div className="ent-tags">
          {firm.chainLeader && (
            <span className="tag tag-leader" data-testid="chain-leader">
              ★ {t('profile.chainLeader')}
            </span>
          )}
          <span className={firm.local ? 'tag tag-local' : 'tag tag-outside'}>{firm.local ? t('profile.local') : t('profile.outside')}</span>
          {firm.srdiLevel && firm.srdiLevel !== 'NONE' && <span className="tag tag-srdi">{pick(SRDI_LEVEL_LABELS[firm.srdiLevel])}</span>}
        </div>
      </div>
      <dl className="ent-facts">
        <dt>{t('profile.creditCode')}</dt>
        <dd className="mono" data-testid="enterprise-code">
          {firm.creditCode}
        </dd>
        <dt>{t('profile.location')}</dt>
        <dd>{place || t('profile.unknown')}</dd>
        <dt>{t('profile.founded')}</dt>
        <dd>{firm.founded ?? t('profile.unknown')}</dd>
        <dt>{t('profile.clusters')}</dt>
        <dd data-testid="enterprise-clusters">
          {firm.clusters.length === 0
            ? t('profile.none')
            : firm.clusters.map((c) => (
                <Link
                  key={c.id}
                  to={`/chain/${encodeURIComponent(c.id)}`}
                  className="chip"
                  title={`${c.county} · ${pick(CLUSTER_LEVEL_LABELS[c.level])}`}
                >
                  {c.name}
                </Link>
              ))}
        </dd>
        <dt>{t('profile.segments')}</dt>
        <dd>
          {firm.segments.length === 0
            ? t('profile.none')
            : firm.segments.map((s) => (
                <span key={s.id} className="chip chip-plain">
                  {s.name}
                  <small>{pick(STAGE_LABELS[s.stage])}</small>
                </span>
              ))}
        </dd>
        <dt>{t('profile.srdi')}</dt>
        <dd>{firm.srdiLevel ? pick(SRDI_LEVEL_LABELS[firm.srdiLevel]) : t('profile.unknown')}</dd>
        <dt>{t('profile.suppliers')}</dt>
        <dd data-testid="supplier-count">{t('profile.firms', { count: firm.supplierCount })}</dd>
        <dt>{t('profile.customers')}</dt>
        <dd data-testid="customer-count">{t('profile.firms', { count: firm.customerCount })}</dd>
      </dl>
      <YearTable firm={firm} />
      {firm.updatedBy && firm.updatedAt && (
        <p className="muted small" data-testid="firm-updated">
          {t('profile.updated', { by: firm.updatedBy, at: dateTime(firm.updatedAt) })}
        </p>
      )}
    </div>
  );
}

function YearTable({ firm }: { firm: Profile }) {
  const { t } = useTranslation(NS);
  const years = [...firm.years].sort((a, b) => a.year - b.year);
  if (years.length === 0) return <p className="muted">{t('years.empty')}</p>;
  const flag = (value: boolean | null | undefined) =>
    value === null || value === undefined ? (
      <span className="muted">—</span>
    ) : value ? (
      <span className="yes">✓ {t('years.yes')}</span>
    ) : (
      <span className="no">{t('years.no')}</span>
    );
  const rows: { key: string; cell: (y: Profile['years'][number]) => React.ReactNode }[] = [
    // viewers see a size band instead of the figure
    {
      key: 'revenue',
      cell: (y) => (y.revenue === null && y.revenueBand ? <span className="muted">{y.revenueBand}</span> : count(y.revenue)),
    },
    { key: 'rdSpend', cell: (y) => count(y.rdSpend) },
    // from the server: viewers get the intensity but not the spend (server/auth/disclosure.ts)
    { key: 'rdIntensity', cell: (y) => percentFigure(y.rdIntensity) },
    { key: 'aboveScale', cell: (y) => flag(y.aboveScale) },
    {
      key: 'srdiLevel',
      cell: (y) => (y.srdiLevel ? <span title={pick(SRDI_LEVEL_LABELS[y.srdiLevel])}>{t(`years.srdiShort.${y.srdiLevel}`)}</span> : '—'),
    },
    { key: 'highValuePatents', cell: (y) => count(y.highValuePatents) },
    { key: 'smartFactory', cell: (y) => flag(y.smartFactory) },
    { key: 'digitalTransformation', cell: (y) => flag(y.digitalTransformation) },
    { key: 'greenList', cell: (y) => flag(y.greenList) },
    { key: 'greenDiagnosis', cell: (y) => flag(y.greenDiagnosis) },
  ];
  return (
    <section className="ent-years">
      <h3 id="enterprise-years-heading">{t('years.heading')}</h3>
      {/* scrolls sideways on a phone: focusable so the keyboard can scroll it too */}
      <ScrollRegion labelledBy="enterprise-years-heading">
        <table className="data-table" data-testid="enterprise-years">
          <thead>
            <tr>
              <th>{t('years.metric')}</th>
              {years.map((y) => (
                <th key={y.year} className="num">
                  {y.year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{t(`years.${row.key}`)}</th>
                {years.map((y) => (
                  <td key={y.year} className="num">
                    {row.cell(y)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="muted small">{t('years.note')}</p>
    </section>
  );
}
