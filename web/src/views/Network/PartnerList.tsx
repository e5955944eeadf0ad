import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NS } from './messages';
import type { NetworkData } from './networkGraph';

/** Partners listed per institute or platform before "and N more". */
const PARTNERS_SHOWN = 40;

/**
 * The collaboration network as a list (keyboard and screen readers; phones): each university,
 * institute and platform with its partners (firms link to their page), most connected first.
 */
export function PartnerList({ network, onPick }: { network: NetworkData; onPick: (id: string) => void }) {
  const { t } = useTranslation(NS);
  const hubs = useMemo(() => {
    const byId = new Map(network.nodes.map((n) => [n.id, n]));
    const partners = new Map<string, Set<string>>();
    for (const edge of network.edges) {
      for (const [a, b] of [
        [edge.source, edge.target],
        [edge.target, edge.source],
      ] as const) {
        if (!partners.has(a)) partners.set(a, new Set());
        partners.get(a)!.add(b);
      }
    }
    return network.nodes
      .filter((n) => n.kind === 'INSTITUTE' || n.kind === 'PLATFORM')
      .map((n) => ({
        node: n,
        partners: [...(partners.get(n.id) ?? [])]
          .map((id) => byId.get(id))
          .filter((p) => p !== undefined)
          .sort((a, b) => a.label.localeCompare(b.label, 'zh')),
      }))
      .sort((a, b) => b.partners.length - a.partners.length || a.node.label.localeCompare(b.node.label, 'zh'));
  }, [network]);

  return (
    <details className="graph-list" data-testid="partner-list">
      <summary>{t('partnerList.heading', { count: hubs.length })}</summary>
      {hubs.length === 0 && <p className="muted">{t('partnerList.empty')}</p>}
      {hubs.map(({ node, partners }) => (
        <section key={node.id} className="county-group" aria-label={node.label} data-testid="partner-hub">
          <h3>
            <button type="button" className="link-button" onClick={() => onPick(node.id)}>
              {node.label}
            </button>{' '}
            <span className="muted">
              {t(`kind.${node.kind}`)} · {t('partnerList.count', { count: partners.length })}
            </span>
          </h3>
          <ul>
            {partners.slice(0, PARTNERS_SHOWN).map((p) => (
              <li key={p.id}>
                {p.creditCode ? <Link to={`/enterprise/${encodeURIComponent(p.creditCode)}`}>{p.label}</Link> : p.label}{' '}
                <span className="muted">· {t(`kind.${p.kind}`)}</span>
              </li>
            ))}
            {partners.length > PARTNERS_SHOWN && (
              <li className="muted">{t('partnerList.more', { count: partners.length - PARTNERS_SHOWN })}</li>
            )}
          </ul>
        </section>
      ))}
    </details>
  );
}
