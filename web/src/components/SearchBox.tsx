import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SEARCH_MAX_QUERY_LENGTH } from '#shared/limits.js';
import { ApiError, useGql } from '../api/client';
import { graphql } from '../gql';
import type { SearchBoxQuery } from '../gql/graphql';
import './SearchBox.css';
import './SearchBox.messages';

const SEARCH_QUERY = graphql(`
  query SearchBox($query: String!, $first: Int, $clusterId: ID) {
    searchEnterprises(query: $query, first: $first, clusterId: $clusterId) {
      totalCount
      totalCapped
      edges { node { creditCode name local county city province chainLeader products } }
    }
  }
`);

/** A firm as the search box lists it. */
export type SearchHit = SearchBoxQuery['searchEnterprises']['edges'][number]['node'];

/** The value after it has stopped changing for `ms` milliseconds. */
function useDebounced<T>(value: T, ms = 250): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

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
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  // the highlighted hit, for the answer it was chosen in: a new answer highlights its first hit
  const [chosen, setChosen] = useState<{ answer: unknown; index: number }>({ answer: undefined, index: -1 });
  const root = useRef<HTMLDivElement>(null);
  const query = useDebounced(text.trim(), 250);
  const enabled = query.length > 0;
  const { data, error, isFetching } = useGql(
    SEARCH_QUERY,
    { query, first, clusterId },
    { enabled, placeholderData: keepPreviousData, staleTime: 30_000, retry: false },
  );
  const hits = enabled ? (data?.searchEnterprises.edges.map((e) => e.node) ?? []) : [];
  const total = data?.searchEnterprises.totalCount ?? 0;
  // past the count cap the server says "more than total"
  const capped = data?.searchEnterprises.totalCapped ?? false;
  const pending = text.trim() !== query || isFetching;

  const active = chosen.answer === data ? chosen.index : hits.length > 0 ? 0 : -1;
  const setActive = (index: number) => setChosen({ answer: data, index });

  useEffect(() => {
    const onDown = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, []);

  function pick(hit: SearchHit) {
    setOpen(false);
    if (!keepText) setText('');
    if (onPick) onPick(hit);
    else void navigate(`/enterprise/${encodeURIComponent(hit.creditCode)}`);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      if (hits.length > 0) setActive((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (hits.length > 0) setActive(active <= 0 ? hits.length - 1 : active - 1);
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
        <div className="ca-search-dropdown" data-state={pending ? 'loading' : 'ready'} aria-busy={pending}>
          <ul id={listId} role="listbox" aria-label={t('label')}>
            {hits.map((hit, i) => (
              <li
                key={hit.creditCode}
                id={`${listId}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseEnter={() => setActive(i)}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(hit);
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
            ))}
          </ul>
          <div className="ca-search-footer" role="status">
            {error ? (
              <span className="error">⚠ {String(tc(`errors.${error instanceof ApiError ? error.code : 'generic'}`, { message: error.message, defaultValue: String(tc('errors.generic', { message: error.message })) }))}</span>
            ) : pending ? (
              t('searching')
            ) : hits.length === 0 ? (
              t('none')
            ) : (
              <>
                <span>{capped ? t('totalCapped', { total, shown: hits.length }) : total > hits.length ? t('total', { total, shown: hits.length }) : t('totalAll', { total })}</span>
                <span className="keys">{t('keys')}</span>
              </>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
