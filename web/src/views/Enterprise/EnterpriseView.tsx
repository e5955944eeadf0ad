import { useTranslation } from 'react-i18next';

/** Placeholder until the view is built. */
export function EnterpriseView() {
  const { t } = useTranslation();
  return (
    <section className="view">
      <header className="view-header">
        <h2>{t('nav.enterprise')}</h2>
      </header>
    </section>
  );
}
