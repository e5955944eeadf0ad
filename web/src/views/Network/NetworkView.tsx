import { useTranslation } from 'react-i18next';

/** Placeholder until the view is built. */
export function NetworkView() {
  const { t } = useTranslation();
  return (
    <section className="view">
      <header className="view-header">
        <h2>{t('nav.network')}</h2>
      </header>
    </section>
  );
}
