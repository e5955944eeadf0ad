import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGql } from '../../../api/client';
import { useCan } from '../../../auth/session';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { CollaborationsEditor } from './CollaborationsEditor';
import { EDIT_NS } from '../../../components/edit/messages';
import { ScopeNote } from '../../../components/edit/ScopeNote';
import { PropertiesForm } from './PropertiesForm';
import { ENTERPRISE_EDIT_QUERY } from './queries';
import { RecentChanges } from './RecentChanges';
import { SupplyLinksEditor } from './SupplyLinksEditor';
import { YearForm } from './YearForm';

type Open = null | 'properties' | 'years';

/** The panels a button opens (one at a time): its message and the button's test id. */
const PANELS = [
  { panel: 'properties', label: 'editProperties', testId: 'edit-properties' },
  { panel: 'years', label: 'years.edit', testId: 'edit-years' },
] as const;

/**
 * Editing on a firm's page: its details, yearly figures, supply links and collaborations, for
 * the roles and clusters the server allows (a disabled control says why); its recent changes
 * with who made them, for every role.
 */
export function EnterpriseEditor({ creditCode }: { creditCode: string }) {
  const { t } = useTranslation(EDIT_NS);
  const canWrite = useCan('data:write');
  const { data, error, refetch } = useGql(ENTERPRISE_EDIT_QUERY, { creditCode });
  const [open, setOpen] = useState<Open>(null);
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const firm = data?.enterprise;
  if (!firm) return null;
  const reason = firm.editScope.allowed ? null : firm.editScope.reason;
  return (
    <div className="ent-edit" data-testid="enterprise-editor">
      {canWrite && (
        <>
          <div className="edit-toolbar">
            {PANELS.map(({ panel, label, testId }) => (
              <button
                key={panel}
                type="button"
                disabled={!firm.editScope.allowed}
                title={reason ?? undefined}
                aria-expanded={open === panel}
                onClick={() => setOpen(open === panel ? null : panel)}
                data-testid={testId}
              >
                ✎ {t(label)}
              </button>
            ))}
          </div>
          <ScopeNote reason={reason} />
          {open === 'properties' && <PropertiesForm firm={firm} all={data.clusters} onDone={() => setOpen(null)} />}
          {open === 'years' && <YearForm firm={firm} onDone={() => setOpen(null)} />}
          <SupplyLinksEditor firm={firm} />
          <CollaborationsEditor firm={firm} />
        </>
      )}
      <RecentChanges changes={firm.recentChanges} />
    </div>
  );
}
