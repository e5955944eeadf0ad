import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/session';
import { AuditLog } from './AuditLog';
import { ImportsTab } from './imports/ImportsTab';
import { NS } from './messages';
import { UsersTab } from './UsersTab';
import './admin.css';
import { ViewPage } from '../../components/ViewPage';

type AdminTab = 'users' | 'audit' | 'imports';

/** 系统管理 (/admin): users (create, role, clusters, disable, reset password), the audit log, imports (imports/). */
export function AdminView() {
  const { t } = useTranslation(NS);
  const tabs: readonly AdminTab[] = useCan('audit:read') ? ['users', 'audit', 'imports'] : ['users', 'audit'];
  const [tab, setTab] = useState<AdminTab>('users');
  return (
    <ViewPage testId="admin-view" title={t('heading')} hint={t('hint')}>
      <div className="admin-tabs" role="tablist">
        {tabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={tab === name}
            className={tab === name ? 'active' : ''}
            onClick={() => setTab(name)}
            data-testid={`admin-tab-${name}`}
          >
            {t(`tabs.${name}`)}
          </button>
        ))}
      </div>
      <div className="admin-body">{tab === 'users' ? <UsersTab /> : tab === 'audit' ? <AuditLog /> : <ImportsTab />}</div>
    </ViewPage>
  );
}
