import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { AuthGate, useMe } from './auth/session';
import { UserMenu } from './auth/UserMenu';
import { SearchBox } from './components/SearchBox';
import { setLanguage } from './i18n';
import { ChainMapView } from './views/ChainMap/ChainMapView';
import { CompareView } from './views/Compare/CompareView';
import { DashboardView } from './views/Dashboard/DashboardView';
import { EnterpriseView } from './views/Enterprise/EnterpriseView';
import { ImportView } from './views/Import/ImportView';
import { NetworkView } from './views/Network/NetworkView';
import { PanoramaView } from './views/Panorama/PanoramaView';
import { AdminView } from './views/Admin/AdminView';
import { TargetsView } from './views/Targets/TargetsView';

/** The views; one that needs a permission is shown only to roles that have it (the server checks anyway). */
const NAV: readonly { to: string; key: string; permission?: string }[] = [
  { to: '/', key: 'panorama' },
  { to: '/chain', key: 'chain' },
  { to: '/compare', key: 'compare' },
  { to: '/enterprise', key: 'enterprise' },
  { to: '/targets', key: 'targets', permission: 'targets:read' },
  { to: '/network', key: 'network' },
  { to: '/dashboard', key: 'dashboard' },
  { to: '/import', key: 'import', permission: 'data:import' },
  { to: '/admin', key: 'admin', permission: 'users:manage' },
];

/** Nothing of the app before sign-in: the sign-in page until `me` answers with a user. */
export function App() {
  return (
    <AuthGate>
      <SignedInApp />
    </AuthGate>
  );
}

function SignedInApp() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  return (
    <div className={`app lang-${i18n.language === 'en' ? 'en' : 'zh'}`}>
      <header className="topbar">
        <div className="brand">
          <span className="logo" aria-hidden>
            ◈
          </span>
          <div>
            <h1 title={t('app.title')}>
              <span className="title-full">{t('app.title')}</span>
              <span className="title-short">{t('app.shortTitle')}</span>
            </h1>
            <div className="subtitle">{t('app.subtitle')}</div>
          </div>
        </div>
        <nav className="tabs">
          {NAV.filter((item) => !item.permission || me.permissions.includes(item.permission)).map((item) => (
            <NavLink key={item.key} to={item.to} end={item.to === '/'} className={({ isActive }) => (isActive ? 'tab active' : 'tab')}>
              {t(`nav.${item.key}`)}
            </NavLink>
          ))}
        </nav>
        <div className="topbar-right">
          <div className="topbar-search">
            <SearchBox />
          </div>
          <span className="synthetic-badge" title={t('app.syntheticHint')} data-testid="synthetic-badge">
            {t('app.synthetic')}
          </span>
          <button type="button" className="lang-switch" onClick={() => setLanguage(i18n.language === 'en' ? 'zh' : 'en')}>
            {t('app.language')}
          </button>
          <UserMenu />
        </div>
      </header>
      <main>
        <Routes>
          <Route path="/" element={<PanoramaView />} />
          <Route path="/chain/:clusterId?" element={<ChainMapView />} />
          <Route path="/compare/:chainId?" element={<CompareView />} />
          <Route path="/enterprise/:creditCode?" element={<EnterpriseView />} />
          <Route path="/targets" element={<TargetsView />} />
          <Route path="/network" element={<NetworkView />} />
          <Route path="/dashboard" element={<DashboardView />} />
          <Route path="/import" element={<ImportView />} />
          <Route path="/admin" element={<AdminView />} />
          <Route path="*" element={<PanoramaView />} />
        </Routes>
      </main>
    </div>
  );
}
