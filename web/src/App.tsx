import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { Link, NavLink, Route, Routes, useLocation } from 'react-router';
import { AuthGate, useMe } from './auth/session';
import { UserMenu } from './auth/UserMenu';
import { SearchBox } from './components/SearchBox';
import { keysHintId } from './graph/CytoscapeGraph';
import { setLanguage } from './i18n';
import { NAV, navItemOf } from './nav';
import { ChainMapView } from './views/ChainMap/ChainMapView';
import { CompareView } from './views/Compare/CompareView';
import { DashboardView } from './views/Dashboard/DashboardView';
import { EnterpriseView } from './views/Enterprise/EnterpriseView';
import { ImportView } from './views/Import/ImportView';
import { NetworkView } from './views/Network/NetworkView';
import { PanoramaView } from './views/Panorama/PanoramaView';
import { AdminView } from './views/Admin/AdminView';
import { TargetsView } from './views/Targets/TargetsView';

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
  const location = useLocation();
  // the path the menu (phones) was opened on: choosing a view changes the path, which closes it
  // (during render, not in an effect: the closed menu is drawn at once, and a return to the
  // path does not reopen it)
  const [menuOpenedOn, setMenuOpenedOn] = useState<string | null>(null);
  if (menuOpenedOn !== null && menuOpenedOn !== location.pathname) setMenuOpenedOn(null);
  const menuOpen = menuOpenedOn === location.pathname;
  const item = navItemOf(location.pathname);
  // each view names the browser tab
  useEffect(() => {
    document.title = `${item ? t(`nav.${item.key}`) : t('notFound.title')} · ${t('app.title')}`;
  }, [item, t, i18n.language]);
  return (
    <div className={`app lang-${i18n.language === 'en' ? 'en' : 'zh'}`}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className={menuOpen ? 'topbar nav-open' : 'topbar'}>
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
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpenedOn(menuOpen ? null : location.pathname)}
          data-testid="menu-toggle"
        >
          <span aria-hidden>☰</span> {t('app.menu')}
        </button>
        <nav className="tabs" id="main-nav" aria-label={t('app.mainNav')}>
          {NAV.filter((entry) => !entry.permission || me.permissions.includes(entry.permission)).map((entry) => (
            <NavLink key={entry.key} to={entry.to} end={entry.to === '/'} className={({ isActive }) => (isActive ? 'tab active' : 'tab')}>
              {t(`nav.${entry.key}`)}
            </NavLink>
          ))}
        </nav>
        <div className="topbar-right">
          <div className="topbar-search" title={t('placeholder', { ns: 'search' })}>
            <SearchBox placeholder={t('placeholderShort', { ns: 'search' })} />
          </div>
          <span className="synthetic-badge" title={t('app.syntheticHint')} data-testid="synthetic-badge">
            {t('app.synthetic')}
          </span>
          <button
            type="button"
            className="lang-switch"
            lang={i18n.language === 'en' ? 'zh-CN' : 'en'}
            onClick={() => setLanguage(i18n.language === 'en' ? 'zh' : 'en')}
          >
            {t('app.language')}
          </button>
          <UserMenu />
        </div>
      </header>
      <p id={keysHintId} className="sr-only">
        {t('app.graphKeys')}
      </p>
      <main id="main" tabIndex={-1}>
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
          <Route path="*" element={<NotFound />} />
        </Routes>
      </main>
    </div>
  );
}

/** Any path no view has: said plainly, with the way back. */
function NotFound() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <section className="view not-found" data-testid="not-found">
      <h2>{t('notFound.title')}</h2>
      <p>{t('notFound.text', { path: location.pathname })}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
