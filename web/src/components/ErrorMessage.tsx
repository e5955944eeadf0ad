import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** An API error as a clear sentence in the current language, with a retry button. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const code = error instanceof ApiError ? error.code : 'generic';
  const message = error instanceof Error ? error.message : String(error);
  const text = String(t(`errors.${code}`, { message, defaultValue: String(t('errors.generic', { message })) }));
  return (
    <div className="error-message" role="alert" data-code={code}>
      <span>⚠ {text}</span>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/** Grey blocks where a view's content is coming, said as "加载中…" to screen readers; compact: two lines (a list in a panel). */
export function Loading({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="skeleton" role="status" aria-busy="true" data-testid="loading">
      <span className="sr-only">{t('common.loading')}</span>
      <div className="skeleton-line wide" />
      <div className="skeleton-line short" />
      {!compact && <div className="skeleton-block" />}
    </div>
  );
}
