import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../../auth/session';
import { SEARCH_NS } from './messages';
import type { SegmentHit } from './queries';
import { SynonymEditor } from './SynonymEditor';

/** The chain segments the search text names: chain, local firms, 链主 firms, the chain map; editors open the segment's synonyms. */
export function SegmentHits({ hits, onChanged }: { hits: SegmentHit[]; onChanged: () => void }) {
  const { t: ts } = useTranslation(SEARCH_NS);
  const canEdit = useCan('data:write');
  const [editing, setEditing] = useState<string | null>(null);
  // a few at first: the firms below are what most searches are for
  const [all, setAll] = useState(false);
  const shown = all ? hits : hits.slice(0, SEGMENT_HITS_FIRST);
  return (
    <section className="ent-segment-hits" data-testid="segment-hits" aria-label={ts('segmentsHeading')}>
      <h3>{ts('segmentsHeading')}</h3>
      <ul>
        {shown.map((hit) => (
          <li key={hit.segment.id}>
            <div className="ent-segment-line">
              <strong>{hit.segment.name}</strong>
              <span className="muted small">{hit.chainName}</span>
              {hit.synonyms.length > 0 && <span className="muted small">{ts('segmentBySynonym', { terms: hit.synonyms.join('、') })}</span>}
              <span className="small">{ts('segmentLocal', { count: hit.localFirmCount })}</span>
              {hit.clusters.map((cluster) => (
                <Link
                  key={cluster.id}
                  className="small"
                  to={`/chain/${encodeURIComponent(cluster.id)}?seg=${encodeURIComponent(hit.segment.id)}`}
                  title={ts('openChainMap')}
                >
                  {cluster.name} →
                </Link>
              ))}
              {canEdit && (
                <button
                  type="button"
                  className="link small"
                  aria-expanded={editing === hit.segment.id}
                  onClick={() => setEditing((e) => (e === hit.segment.id ? null : hit.segment.id))}
                >
                  {ts('dictionary')}
                </button>
              )}
            </div>
            {hit.chainLeaders.length > 0 && (
              <div className="small">
                {ts('segmentLeaders')}
                {hit.chainLeaders.map((leader, i) => (
                  <span key={leader.creditCode}>
                    {i > 0 && '、'}
                    <Link to={`/enterprise/${encodeURIComponent(leader.creditCode)}`}>{leader.name}</Link>
                  </span>
                ))}
              </div>
            )}
            {editing === hit.segment.id && <SynonymEditor segmentId={hit.segment.id} onChanged={onChanged} />}
          </li>
        ))}
      </ul>
      {hits.length > shown.length && (
        <button type="button" className="link small" data-testid="segment-hits-more" onClick={() => setAll(true)}>
          {ts('segmentsMore', { count: hits.length })}
        </button>
      )}
    </section>
  );
}

const SEGMENT_HITS_FIRST = 2;
