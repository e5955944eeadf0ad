import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GAP_STATUS_LABELS } from '#shared/labels.js';
import { pick } from '../../i18n';
import { chainMapLink } from '../../lib/links';
import type { Comparison } from './queries';
import './messages';
import { STATUS_SYMBOLS } from '../../graph/palette';

/** Where one cluster is STRONG and another is not, one line per segment: the strong ones, then the others (gaps first, in bold). */
export function PeerStrengths({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation('compare');
  return (
    <section className="peer-strengths" data-testid="peer-strengths">
      <h3>{t('peers')}</h3>
      {comparison.peerSegments.length === 0 ? (
        <p className="muted">{t('noPeers')}</p>
      ) : (
        <ul>
          {comparison.peerSegments.map((segment) => (
            <li key={segment.segmentId} data-testid="peer-strength">
              <strong>「{segment.segmentName}」</strong> ★{' '}
              {t('peerStrong', { clusters: segment.strongClusters.map((c) => c.clusterName).join('、') })}
              {' → '}
              {segment.lackingClusters.map((c, i) => (
                <span key={c.clusterId} className={c.status === 'COVERED' ? undefined : 'peer-gap'}>
                  {i > 0 ? '、' : ''}
                  <Link to={chainMapLink(c.clusterId, { year: comparison.year, scope: comparison.scope, seg: segment.segmentId })}>
                    {c.clusterName}
                  </Link>
                  （{STATUS_SYMBOLS[c.status]} {pick(GAP_STATUS_LABELS[c.status])}）
                </span>
              ))}{' '}
              {t('peerHint')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
