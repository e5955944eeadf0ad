import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SEARCH_MAX_QUERY_LENGTH } from '#shared/limits.js';
import { ApiError } from '../api/client';
import { useClickOutside } from '../hooks/useClickOutside';
import { useEnterpriseSearch, type SearchHit } from '../hooks/useEnterpriseSearch';
import './SearchBox.css';
import './SearchBox.messages';

export type { SearchHit };

/** Marks where the query occurs in a text (case-insensitive), for the result list. */
function highlight(text: string, query: string): ReactNode {
  const q = query.trim();
  if (!q) return text;
  const at = text.toLowerCase().indexOf(q.toLowerCase());
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <mark>{text.slice(at, at + q.length)}</mark>
      {text.slice(at + q.length)}
    </>
  );
}

interface Props {
  /** what choosing a firm does; default: open /enterprise/:creditCode */
  onPick?: (hit: SearchHit) => void;
  /** only members of this cluster */
  clusterId?: string | null;
  placeholder?: string;
  /** results listed at once */
  first?: number;
  className?: string;
  testId?: string;
  /** keep the text after a pick (default: clear it) */
  keepText?: boolean;
}

/**
 * Search everywhere (name, credit code, product): type → debounced `searchEnterprises`,
 * ↑/↓ to move, Enter to open, Esc to close. Each hit shows its name, county or city, and a
 * 本地/外地 tag (链主 too).
 */
export function SearchBox({ onPick, clusterId = null, placeholder, first = 8, className, testId = 'search-box', keepText = false }: Props) {
  const { t } = useTranslation('search');
  const navigate = useNavigate();
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  // the highlighted hit, for the answer it was chosen in: a new answer highlights its first hit
  const [chosen, setChosen] = useState<{ answer: unknown; index: number }>({ answer: undefined, index: -1 });
  const root = useRef<HTMLDivElement>(null);
  const search = useEnterpriseSearch(text, { first, clusterId, keepPrevious: true });
  const { hits, query } = search;
  const active = chosen.answer === search.data ? chosen.index : hits.length > 0 ? 0 : -1;
  const setActive = (index: number | ((current: number) => number)) =>
    setChosen({ answer: search.data, index: typeof index === 'function' ? index(active) : index });
  useClickOutside(root, () => setOpen(false));

  function pick(hit: SearchHit) {
    setOpen(false);
    if (!keepText) setText('');
    if (onPick) onPick(hit);
    else void navigate(`/enterprise/${encodeURIComponent(hit.creditCode)}`);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (hits.length > 0) setActive((a) => (step > 0 ? (a + 1) % hits.length : a <= 0 ? hits.length - 1 : a - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Enter before the debounce settled would open a stale hit: wait for the fresh list.
      if (text.trim() !== query) return;
      const hit = hits[active] ?? hits[0];
      if (hit) pick(hit);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
      } else setText('');
    }
  }

  const show = open && text.trim().length > 0;
  const activeId = active >= 0 && hits[active] ? `${listId}-opt-${active}` : undefined;
  return (
    <div className={`ca-search ${className ?? ''}`} ref={root} data-testid={testId}>
      <span className="ca-search-icon" aria-hidden>
        ⌕
      </span>
      <input
        type="search"
        role="combobox"
        aria-label={t('label')}
        aria-expanded={show}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={show ? activeId : undefined}
        placeholder={placeholder ?? t('placeholder')}
        value={text}
        maxLength={SEARCH_MAX_QUERY_LENGTH}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      {show && (
        <div className="ca-search-dropdown" data-state={search.pending ? 'loading' : 'ready'} aria-busy={search.pending}>
          <ul id={listId} role="listbox" aria-label={t('label')}>
            {hits.map((hit, i) => (
              <HitOption
                key={hit.creditCode}
                hit={hit}
                query={query}
                id={`${listId}-opt-${i}`}
                active={i === active}
                onHover={() => setActive(i)}
                onPick={() => pick(hit)}
              />
            ))}
          </ul>
          <SearchFooter search={search} />
        </div>
      )}
    </div>
  );
}

/** One hit: name (query marked), 本地/外地 and 链主 tags, place, credit code, products. */
function HitOption({
  hit,
  query,
  id,
  active,
  onHover,
  onPick,
}: {
  hit: SearchHit;
  query: string;
  id: string;
  active: boolean;
  onHover: () => void;
  onPick: () => void;
}) {
  const { t } = useTranslation('search');
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'active' : undefined}
      onMouseEnter={onHover}
      onMouseDown={(e) => {
        e.preventDefault();
        onPick();
      }}
    >
      <div className="ca-search-name">
        <span className="name">{highlight(hit.name, query)}</span>
        <span className={`ca-chip ${hit.local ? 'local' : 'outside'}`}>{hit.local ? t('local') : t('outside')}</span>
        {hit.chainLeader && <span className="ca-chip leader">{t('leader')}</span>}
      </div>
      <div className="ca-search-meta">
        <span>{hit.local ? hit.county || hit.city || '—' : [hit.city, hit.province].filter(Boolean).join(' · ') || '—'}</span>
        <span className="code">{highlight(hit.creditCode, query.toUpperCase())}</span>
      </div>
      {hit.products && <div className="ca-search-products">{highlight(hit.products, query)}</div>}
    </li>
  );
}

/** Under the list: the error, searching…, nothing found, or the count and the keys. */
function SearchFooter({ search }: { search: ReturnType<typeof useEnterpriseSearch> }) {
  const { t } = useTranslation('search');
  const { t: tc } = useTranslation();
  const { error, pending, hits, total, capped } = search;
  return (
    <div className="ca-search-footer" role="status">
      {error ? (
        <span className="error">
          ⚠{' '}
          {String(
            tc(`errors.${error instanceof ApiError ? error.code : 'generic'}`, {
              message: error.message,
              defaultValue: String(tc('errors.generic', { message: error.message })),
            }),
          )}
        </span>
      ) : pending ? (
        t('searching')
      ) : hits.length === 0 ? (
        t('none')
      ) : (
        <>
          <span>
            {capped
              ? t('totalCapped', { total, shown: hits.length })
              : total > hits.length
                ? t('total', { total, shown: hits.length })
                : t('totalAll', { total })}
          </span>
          <span className="keys">{t('keys')}</span>
        </>
      )}
    </div>
  );
}
