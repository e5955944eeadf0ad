import { useTranslation } from 'react-i18next';

/** Placeholder until the view is built. */
export function ImportView() {
  const { t } = useTranslation();
  return (
    <section className="view">
      <header className="view-header">
        <h2>{t('nav.import')}</h2>
      </header>
    </section>
  );
}
