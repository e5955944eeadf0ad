import { useTranslation } from 'react-i18next';

/** Placeholder until the view is built. */
export function DashboardView() {
  const { t } = useTranslation();
  return (
    <section className="view">
      <header className="view-header">
        <h2>{t('nav.dashboard')}</h2>
      </header>
    </section>
  );
}
