import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GAP_STATUS_LABELS } from '#shared/labels.js';
import { pick } from '../../i18n';
import { chainMapLink } from '../../lib/links';
import type { Comparison } from './queries';
import './messages';
import { STATUS_SYMBOLS } from '../../graph/palette';

type Pair = Comparison['peerStrengths'][number];

/** Where one cluster is STRONG and another is not, one line per segment: the strong ones, then the others (gaps first, in bold). */
export function PeerStrengths({ comparison }: { comparison: Comparison }) {
  const pairs = comparison.peerStrengths;
  const { t } = useTranslation('compare');
  const bySegment = new Map<string, Pair[]>();
  for (const p of pairs) bySegment.set(p.segmentId, [...(bySegment.get(p.segmentId) ?? []), p]);
  return (
    <section className="peer-strengths" data-testid="peer-strengths">
      <h3>{t('peers')}</h3>
      {bySegment.size === 0 ? (
        <p className="muted">{t('noPeers')}</p>
      ) : (
        <ul>
          {[...bySegment.values()].map((list) => {
            const strong = [...new Set(list.map((p) => p.strongClusterName))];
            const lacking = [...new Map(list.map((p) => [p.lackingClusterId, p])).values()];
            return (
              <li key={list[0]!.segmentId} data-testid="peer-strength">
                <strong>「{list[0]!.segmentName}」</strong> ★ {t('peerStrong', { clusters: strong.join('、') })}
                {' → '}
                {lacking.map((p, i) => (
                  <span key={p.lackingClusterId} className={p.lackingStatus === 'COVERED' ? undefined : 'peer-gap'}>
                    {i > 0 ? '、' : ''}
                    <Link to={chainMapLink(p.lackingClusterId, { year: comparison.year, scope: comparison.scope, seg: p.segmentId })}>
                      {p.lackingClusterName}
                    </Link>
                    （{STATUS_SYMBOLS[p.lackingStatus]} {pick(GAP_STATUS_LABELS[p.lackingStatus])}）
                  </span>
                ))}{' '}
                {t('peerHint')}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
