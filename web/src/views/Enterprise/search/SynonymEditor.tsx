import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, gql, useGql } from '../../../api/client';
import { SEARCH_NS } from './messages';
import { DELETE_SYNONYM, SAVE_SYNONYM, SYNONYMS_QUERY } from './queries';
import { HintedInput } from '../../../components/HintedInput';

/** One segment's synonym dictionary: list, add (or change), remove. Errors are shown beside the form. */
export function SynonymEditor({ segmentId, onChanged }: { segmentId: string; onChanged: () => void }) {
  const { t: ts } = useTranslation(SEARCH_NS);
  const { t } = useTranslation();
  const client = useQueryClient();
  const { data, refetch } = useGql(SYNONYMS_QUERY, { s: segmentId });
  const [term, setTerm] = useState('');
  const [canonical, setCanonical] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
      await refetch();
      // every search may now read differently
      await client.invalidateQueries();
      onChanged();
      return true;
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : String(t('errors.generic', { message: String(error) })));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="ent-synonyms" data-testid="synonym-editor">
      <p className="muted small">{ts('dictionaryHint')}</p>
      {data && data.synonyms.length === 0 && <p className="muted small">{ts('dictionaryEmpty')}</p>}
      <ul>
        {data?.synonyms.map((s) => (
          <li key={s.term}>
            {s.term} → {s.canonical}
            <button
              type="button"
              className="link small"
              disabled={busy}
              onClick={() => void run(() => gql(DELETE_SYNONYM, { s: segmentId, t: s.term }))}
            >
              {ts('remove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run(() => gql(SAVE_SYNONYM, { s: segmentId, t: term, c: canonical })).then((ok) => {
            if (ok) {
              setTerm('');
              setCanonical('');
            }
          });
        }}
      >
        <HintedInput hint={ts('term')} value={term} maxLength={60} onChange={setTerm} required />
        <span aria-hidden>→</span>
        <HintedInput hint={ts('canonical')} value={canonical} maxLength={60} onChange={setCanonical} required />
        <button type="submit" disabled={busy}>
          {ts('add')}
        </button>
        {problem && (
          <span className="error-message small" role="alert">
            ⚠ {problem}
          </span>
        )}
      </form>
    </div>
  );
}
