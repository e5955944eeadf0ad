import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useResetState } from '../hooks/useResetState';
import './Pager.messages';
import './widgets.css';

/** Rows per page of every long list (target lists, risks, search results): beyond it the list is paged. */
export const PAGE_SIZE = 50;

/** One page of `rows`; the page goes back to the first when `resetKey` changes (a new filter). */
export function usePaged<T>(rows: readonly T[], resetKey: unknown = rows, pageSize = PAGE_SIZE) {
  const [page, setPage] = useResetState(0, resetKey);
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(page, pages - 1);
  const visible = useMemo(() => rows.slice(current * pageSize, (current + 1) * pageSize), [rows, current, pageSize]);
  return { visible, page: current, pages, setPage, total: rows.length, offset: current * pageSize, pageSize };
}

/** Page buttons with "第 1–50 条，共 320 条"; nothing when everything fits on one page. */
export function Pager({
  page,
  pages,
  setPage,
  total,
  offset,
  pageSize,
  testId,
}: ReturnType<typeof usePaged<unknown>> & { testId?: string }) {
  const { t } = useTranslation('pager');
  if (pages <= 1) return null;
  return (
    <nav className="ca-pager" aria-label={t('label')} data-testid={testId}>
      <button type="button" disabled={page === 0} onClick={() => setPage(0)}>
        «
      </button>
      <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
        {t('prev')}
      </button>
      <span className="pager-info">
        {t('info', { from: offset + 1, to: Math.min(total, offset + pageSize), total, page: page + 1, pages })}
      </span>
      <button type="button" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
        {t('next')}
      </button>
      <button type="button" disabled={page >= pages - 1} onClick={() => setPage(pages - 1)}>
        »
      </button>
    </nav>
  );
}
