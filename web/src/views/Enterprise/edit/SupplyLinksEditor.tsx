import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gql, useGql } from '../../../api/client';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useAction } from '../../../hooks/useAction';
import { wan } from '../../../lib/format';
import { EDIT_NS } from '../../../components/edit/messages';
import { ScopeNote } from '../../../components/edit/ScopeNote';
import { LinkForm } from './LinkForm';
import { CHAIN_SEGMENTS_QUERY, DELETE_LINK, type EditFirm, type EditLink } from './queries';

/** The firm's supply links in and out: change a value or product, delete one, add one. */
export function SupplyLinksEditor({ firm }: { firm: EditFirm }) {
  const { t } = useTranslation(EDIT_NS);
  const [editing, setEditing] = useState<string | null>(null);
  const removal = useAction();
  const queryClient = useQueryClient();
  const chainIds = [
    ...new Set([...firm.clusters.map((c) => c.chainId), ...firm.segments.map((s) => s.chainId)].filter((id): id is string => Boolean(id))),
  ].sort();
  const segments = useGql(CHAIN_SEGMENTS_QUERY, { chainIds }, { enabled: chainIds.length > 0 });
  const segmentName = (id: string) => segments.data?.chainSegments.find((s) => s.id === id)?.name ?? id;

  const remove = async (link: EditLink) => {
    if (!window.confirm(t('links.confirmDelete'))) return;
    await removal.run(async () => {
      await gql(DELETE_LINK, {
        key: { supplierCode: link.supplierCode, buyerCode: link.buyerCode, segmentId: link.segmentId, year: link.year },
        expectedVersion: link.version,
      });
      setEditing(null);
      await queryClient.invalidateQueries();
    });
  };

  return (
    <section data-testid="links-editor">
      <h3>{t('links.heading')}</h3>
      {removal.error !== null && <ErrorMessage error={removal.error} />}
      {firm.supplyLinks.length === 0 ? (
        <p className="muted">{t('links.none')}</p>
      ) : (
        <ul className="edit-list" data-testid="links-list">
          {firm.supplyLinks.map((link) => {
            const out = link.supplierCode === firm.creditCode;
            const other = out ? link.buyer.name : link.supplier.name;
            const reason = link.editScope.allowed ? null : link.editScope.reason;
            return (
              <li key={link.id} data-testid="link-row" data-link={link.id}>
                <span className="grow">
                  {out ? `→ ${other}` : `${other} →`} · {segmentName(link.segmentId)} ·{' '}
                  {link.year === 0 ? t('links.yearUnknown') : link.year} · <strong>{wan(link.annualValue, 2)}</strong> {t('links.wan')}
                  {link.product && <span className="muted"> · {link.product}</span>}
                </span>
                <button
                  type="button"
                  disabled={!link.editScope.allowed}
                  title={reason ?? undefined}
                  aria-expanded={editing === link.id}
                  onClick={() => setEditing(editing === link.id ? null : link.id)}
                  data-testid="link-change"
                >
                  {t('change')}
                </button>
                <button
                  type="button"
                  className="danger"
                  disabled={!link.editScope.allowed}
                  title={reason ?? undefined}
                  onClick={() => void remove(link)}
                  data-testid="link-delete"
                >
                  {t('remove')}
                </button>
                {reason && <ScopeNote reason={reason} testId="link-scope-note" />}
                {editing === link.id && (
                  <LinkForm
                    key={link.id}
                    firm={firm}
                    link={link}
                    segments={segments.data?.chainSegments ?? []}
                    onDone={() => setEditing(null)}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {firm.editScope.allowed &&
        (editing === 'new' ? (
          <LinkForm firm={firm} segments={segments.data?.chainSegments ?? []} onDone={() => setEditing(null)} />
        ) : (
          <button type="button" onClick={() => setEditing('new')} data-testid="link-add">
            + {t('links.add')}
          </button>
        ))}
    </section>
  );
}
