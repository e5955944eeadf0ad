import { useMemo, useState } from 'react';
import { useGql } from '../../api/client';
import { AUDIT_QUERY, USERS_QUERY } from './queries';

/** The audit log, 50 entries a page by cursor, filtered by user and entity (a new filter starts at the first page). */
export function useAuditLog() {
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const [userId, setUserId] = useState('');
  const [entity, setEntity] = useState('');
  const users = useGql(USERS_QUERY);
  const names = useMemo(() => new Map((users.data?.users ?? []).map((u) => [u.id, u.username])), [users.data]);
  const log = useGql(AUDIT_QUERY, { after: pages.at(-1) ?? null, userId: userId || null, entity: entity || null }, { staleTime: 0 });
  const pageInfo = log.data?.auditLog.pageInfo;
  const filter = (set: (v: string) => void) => (value: string) => {
    set(value);
    setPages([null]);
  };
  return {
    log,
    users: users.data?.users ?? [],
    nameOf: (id: string) => names.get(id) ?? id,
    userId,
    setUserId: filter(setUserId),
    entity,
    setEntity: filter(setEntity),
    first: pages.length > 1 ? () => setPages([null]) : null,
    next: pageInfo?.hasNextPage ? () => setPages([...pages, pageInfo.endCursor]) : null,
  };
}
