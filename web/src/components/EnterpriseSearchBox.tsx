import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_MAX_QUERY_LENGTH } from '#shared/limits.js';
import { useClickOutside } from '../hooks/useClickOutside';
import { placeOf, useEnterpriseSearch, type SearchHit } from '../hooks/useEnterpriseSearch';
import { useResetState } from '../hooks/useResetState';
import './EnterpriseSearchBox.css';
import './EnterpriseSearchBox.messages';

/**
 * A search field with suggestions (name, product or credit code): arrow keys and Enter pick
 * one, as does a click. Used to open a firm, to pick the other end of a supply path or of a
 * supply link, and to add a firm to a chain segment.
 */
export function EnterpriseSearchBox({
  onSelect,
  placeholder,
  exclude,
  autoFocus,
  testId,
  size = 'normal',
}: {
  onSelect: (hit: SearchHit) => void;
  placeholder: string;
  exclude?: string;
  autoFocus?: boolean;
  testId?: string;
  size?: 'normal' | 'large';
}) {
  const { t } = useTranslation('enterpriseSearchBox');
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const { query, data, isFetching, error, hits: all } = useEnterpriseSearch(text);
  const hits = all.filter((h) => h.creditCode !== exclude);
  // a new search highlights its first suggestion
  const [active, setActive] = useResetState(0, query);
  const listId = useId();
  const box = useRef<HTMLDivElement>(null);
  useClickOutside(box, () => setOpen(false));

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    setText(hit.name);
    onSelect(hit);
  };

  return (
    <div className={`ent-search ent-search-${size}`} ref={box}>
      <input
        type="search"
        value={text}
        placeholder={placeholder}
        autoFocus={autoFocus}
        data-testid={testId}
        role="combobox"
        aria-expanded={open && query.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        maxLength={SEARCH_MAX_QUERY_LENGTH}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((a) => Math.min(a + 1, hits.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            choose(hits[active]);
          } else if (event.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      {open && query.length > 0 && (
        <ul className="ent-suggestions" id={listId} role="listbox">
          {error && <li className="ent-suggestion muted">{String(t('errors.generic', { ns: 'translation', message: error.message }))}</li>}
          {!error && hits.length === 0 && !isFetching && data && <li className="ent-suggestion muted">{t('none', { query })}</li>}
          {!data && isFetching && <li className="ent-suggestion muted">{t('common.loading', { ns: 'translation' })}</li>}
          {hits.map((hit, i) => (
            <li
              key={hit.creditCode}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'ent-suggestion active' : 'ent-suggestion'}
              onMouseEnter={() => setActive(i)}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(hit);
              }}
            >
              <span className="ent-suggestion-name">{hit.name}</span>
              {hit.chainLeader && <span className="tag tag-leader">{t('chainLeader')}</span>}
              <span className={hit.local ? 'tag tag-local' : 'tag tag-outside'}>{hit.local ? t('local') : t('outside')}</span>
              <span className="ent-suggestion-meta">
                {placeOf(hit)} · {hit.creditCode}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
