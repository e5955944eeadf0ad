import { useTranslation } from 'react-i18next';

/** Placeholder until the view is built. */
export function TargetsView() {
  const { t } = useTranslation();
  return (
    <section className="view">
      <header className="view-header">
        <h2>{t('nav.targets')}</h2>
      </header>
    </section>
  );
}
