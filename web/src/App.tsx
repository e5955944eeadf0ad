import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { SearchBox } from './components/SearchBox';
import { setLanguage } from './i18n';
import { ChainMapView } from './views/ChainMap/ChainMapView';
import { DashboardView } from './views/Dashboard/DashboardView';
import { EnterpriseView } from './views/Enterprise/EnterpriseView';
import { ImportView } from './views/Import/ImportView';
import { NetworkView } from './views/Network/NetworkView';
import { PanoramaView } from './views/Panorama/PanoramaView';
import { TargetsView } from './views/Targets/TargetsView';

const NAV = [
  { to: '/', key: 'panorama' },
  { to: '/chain', key: 'chain' },
  { to: '/enterprise', key: 'enterprise' },
  { to: '/targets', key: 'targets' },
  { to: '/network', key: 'network' },
  { to: '/dashboard', key: 'dashboard' },
  { to: '/import', key: 'import' },
] as const;

export function App() {
  const { t, i18n } = useTranslation();
  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <span className="logo" aria-hidden>
            ◈
          </span>
          <div>
            <h1>{t('app.title')}</h1>
            <div className="subtitle">{t('app.subtitle')}</div>
          </div>
        </div>
        <nav className="tabs">
          {NAV.map((item) => (
            <NavLink key={item.key} to={item.to} end={item.to === '/'} className={({ isActive }) => (isActive ? 'tab active' : 'tab')}>
              {t(`nav.${item.key}`)}
            </NavLink>
          ))}
        </nav>
        <div className="topbar-right">
          <SearchBox />
          <span className="synthetic-badge" title={t('app.syntheticHint')} data-testid="synthetic-badge">
            {t('app.synthetic')}
          </span>
          <button type="button" className="lang-switch" onClick={() => setLanguage(i18n.language === 'en' ? 'zh' : 'en')}>
            {t('app.language')}
          </button>
        </div>
      </header>
      <main>
        <Routes>
          <Route path="/" element={<PanoramaView />} />
          <Route path="/chain/:clusterId?" element={<ChainMapView />} />
          <Route path="/enterprise/:creditCode?" element={<EnterpriseView />} />
          <Route path="/targets" element={<TargetsView />} />
          <Route path="/network" element={<NetworkView />} />
          <Route path="/dashboard" element={<DashboardView />} />
          <Route path="/import" element={<ImportView />} />
          <Route path="*" element={<PanoramaView />} />
        </Routes>
      </main>
    </div>
  );
}
