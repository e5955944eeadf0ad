import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { NS } from './messages';
import type { AuditRow } from './queries';
import { beijing } from './time';
import { useAuditLog } from './useAuditLog';
import { TableHead } from '../../components/TableHead';
import { Options } from '../../components/Options';

const ENTITIES = ['TargetList', 'TargetListEntry', 'Enterprise', 'SupplyLink', 'User', 'Session', 'Import'];

/** The audit log: filters by user and entity, pages, and a row per change with its before and after (JSON). */
export function AuditLog() {
  const { t } = useTranslation(NS);
  const audit = useAuditLog();
  const { log } = audit;
  return (
    <>
      <div className="audit-filters">
        <select
          value={audit.userId}
          onChange={(e) => audit.setUserId(e.target.value)}
          data-testid="audit-user"
          aria-label={t('audit.user')}
        >
          <option value="">{t('audit.allUsers')}</option>
          <Options items={audit.users} value={(u) => u.id} label={(u) => u.username} />
        </select>
        <select
          value={audit.entity}
          onChange={(e) => audit.setEntity(e.target.value)}
          data-testid="audit-entity"
          aria-label={t('audit.entity')}
        >
          <option value="">{t('audit.allEntities')}</option>
          <Options items={ENTITIES} value={(name) => name} />
        </select>
        {audit.first && (
          <button type="button" onClick={audit.first}>
            {t('audit.first')}
          </button>
        )}
        {audit.next && (
          <button type="button" onClick={audit.next} data-testid="audit-next">
            {t('audit.next')}
          </button>
        )}
      </div>
      {log.isPending ? (
        <Loading />
      ) : log.error ? (
        <ErrorMessage error={log.error} onRetry={() => void log.refetch()} />
      ) : log.data.auditLog.edges.length === 0 ? (
        <p className="muted">{t('audit.empty')}</p>
      ) : (
        <AuditTable rows={log.data.auditLog.edges.map((e) => e.node)} nameOf={audit.nameOf} />
      )}
    </>
  );
}

function AuditTable({ rows, nameOf }: { rows: AuditRow[]; nameOf: (userId: string) => string }) {
  return (
    <table className="admin-table" data-testid="audit-table">
      <TableHead ns={NS} prefix="audit." columns={['at', 'user', 'action', 'entity', 'before', 'after']} />
      <tbody>
        {rows.map((node) => (
          <tr key={node.id} data-testid="audit-row">
            <td>{beijing(node.at)}</td>
            <td>{nameOf(node.userId)}</td>
            <td>{node.action}</td>
            <td>
              {node.entity}
              <br />
              <small className="muted">{node.key}</small>
            </td>
            <td className="json">{node.before}</td>
            <td className="json">{node.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
