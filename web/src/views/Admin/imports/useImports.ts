import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ApiError, gql, useGql } from '../../../api/client';
import type { AuditEntry, ImportChange, ImportUndoResult } from '../../../api/schema-types';

/**
 * The data of 导入记录: the imports (audit entries of entity Import, newest first, with their
 * undo entries folded in), one import's per-row changes page by page, and the undo itself.
 */
const IMPORTS = 'query($after: String) { auditLog(first: 50, after: $after, entity: "Import") { edges { node { id at userId action key after } } pageInfo { hasNextPage endCursor } } }';
const USERS = '{ users { id username } }';
const CHANGES = 'query($id: ID!, $after: String) { importChanges(importId: $id, first: 20, after: $after) { edges { node { file row key op before after } } pageInfo { hasNextPage endCursor } totalCount } }';
const UNDO = 'mutation($id: ID!) { undoImport(importId: $id) { importId restored deleted auditEntryId } }';

export interface ImportFile {
  name: string;
  rows: number;
  created: number | null;
  updated: number | null;
}

export interface ImportSummary {
  id: string;
  at: string;
  userName: string;
  files: ImportFile[];
  /** rows the import created or changed (null: not recorded) */
  changedRows: number | null;
  /** written with a per-row audit, so it can be undone */
  undoable: boolean;
  undone: { at: string; userName: string } | null;
}

type AuditPage = { auditLog: { edges: { node: Pick<AuditEntry, 'id' | 'at' | 'userId' | 'action' | 'key' | 'after'> }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

/** Imports, newest first; an undo is newer than its import, so it is always on the same or an earlier page. */
export function useImportList() {
  const users = useGql<{ users: { id: string; username: string }[] }>(USERS);
  const log = useInfiniteQuery<AuditPage, ApiError>({
    queryKey: [IMPORTS],
    queryFn: ({ pageParam, signal }) => gql<AuditPage>(IMPORTS, { after: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.auditLog.pageInfo.hasNextPage ? last.auditLog.pageInfo.endCursor : undefined),
    staleTime: 0,
  });
  const imports = useMemo(() => {
    const names = new Map((users.data?.users ?? []).map((u) => [u.id, u.username]));
    const nameOf = (id: string) => names.get(id) ?? id;
    const entries = (log.data?.pages ?? []).flatMap((p) => p.auditLog.edges.map((e) => e.node));
    const undos = new Map(entries.filter((e) => e.action === 'import.undo').map((e) => [e.key, { at: e.at, userName: nameOf(e.userId) }]));
    return entries
      .filter((e) => e.action === 'import')
      .map((e): ImportSummary => {
        const after = (e.after ? JSON.parse(e.after) : {}) as { files?: ImportFile[]; changedRows?: number | null; perRowAudit?: boolean };
        return { id: e.id, at: e.at, userName: nameOf(e.userId), files: after.files ?? [], changedRows: after.changedRows ?? null, undoable: after.perRowAudit === true, undone: undos.get(e.id) ?? null };
      });
  }, [log.data, users.data]);
  return { imports, isPending: log.isPending, error: log.error, refetch: () => void log.refetch(), hasMore: log.hasNextPage, loadMore: () => void log.fetchNextPage(), loadingMore: log.isFetchingNextPage };
}

type ChangesPage = { importChanges: { edges: { node: ImportChange }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number } };

/** One import's per-row changes, 20 a page, with next / previous. */
export function useImportChanges(importId: string) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const changes = useGql<ChangesPage>(CHANGES, { id: importId, after: cursors.at(-1) ?? null }, { staleTime: 0 });
  const page = changes.data?.importChanges;
  return {
    rows: page?.edges.map((e) => e.node) ?? [],
    totalCount: page?.totalCount ?? 0,
    pageNumber: cursors.length,
    isPending: changes.isPending,
    error: changes.error,
    refetch: () => void changes.refetch(),
    next: page?.pageInfo.hasNextPage ? () => setCursors([...cursors, page.pageInfo.endCursor]) : null,
    previous: cursors.length > 1 ? () => setCursors(cursors.slice(0, -1)) : null,
  };
}

/** Undoes an import; the list and its changes are read again afterwards. */
export function useUndoImport() {
  const queryClient = useQueryClient();
  return useMutation<ImportUndoResult, ApiError, string>({
    mutationFn: async (importId) => (await gql<{ undoImport: ImportUndoResult }>(UNDO, { id: importId })).undoImport,
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: [IMPORTS] }), queryClient.invalidateQueries({ queryKey: [CHANGES] })]),
  });
}
