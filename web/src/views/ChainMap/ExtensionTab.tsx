import { useTranslation } from 'react-i18next';
import { STAGE_LABELS } from '#shared/labels.js';
import { StatusTag } from '../../components/StatusTag';
import { pick } from '../../i18n';
import { figureOrBand, wan } from '../../lib/format';
import type { ChainReport } from './queries';
import { TableHead } from '../../components/TableHead';

/** 延链机会: missing downstream segments, with the count of targets behind each. */
export function ExtensionTab({ report, onShowTargets }: { report: ChainReport; onShowTargets: (segmentId: string) => void }) {
  const { t } = useTranslation('chainMap');
  const ids = new Set(report.extensionOpportunities.map((e) => e.segmentId));
  const rows = report.segments.filter((s) => ids.has(s.segmentId));
  if (rows.length === 0) return <p className="muted">{t('extension.empty')}</p>;
  return (
    <div data-testid="extension-tab">
      <p className="muted">{t('extension.summary')}</p>
      <table className="ca-table">
        <TableHead
          ns="chainMap"
          prefix="extension."
          columns={['segment', 'stage', 'status', 'inflow', 'suppliers', 'buyers', 'targets']}
          numeric={['inflow', 'suppliers', 'buyers']}
        />
        <tbody>
          {rows.map((s) => {
            const count = report.investmentTargets.filter((x) => x.segmentId === s.segmentId).length;
            return (
              <tr key={s.segmentId}>
                <td>
                  <strong>{s.name}</strong> <span className="seg-id">{s.segmentId}</span>
                </td>
                <td>{pick(STAGE_LABELS[s.stage])}</td>
                <td>
                  <StatusTag status={s.status} />
                </td>
                <td className="num">{figureOrBand(s.inflow, s.inflowBand, (v) => wan(v, 0))}</td>
                <td className="num">{s.supplierCount}</td>
                <td className="num">{s.buyerCount}</td>
                <td>
                  {count > 0 ? (
                    <button type="button" className="link-button" onClick={() => onShowTargets(s.segmentId)}>
                      {t('extension.viewTargets', { count })}
                    </button>
                  ) : (
                    <span className="muted">{t('extension.noTargets')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
