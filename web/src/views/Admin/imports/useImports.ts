import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { type ApiError, gql, gqlKey, useGql } from '../../../api/client';
import { graphql } from '../../../gql';
import type { ImportLogQuery, UndoImportMutation } from '../../../gql/graphql';
import { USERS_QUERY } from '../queries';

/**
 * The data of 导入记录: the imports (audit entries of entity Import, newest first, with their
 * undo entries folded in), one import's per-row changes page by page, and the undo itself.
 */
const IMPORTS_QUERY = graphql(`
  query ImportLog($after: String) {
    auditLog(first: 50, after: $after, entity: "Import") {
      edges {
        node {
          id
          at
          userId
          action
          key
          after
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CHANGES_QUERY = graphql(`
  query ImportChanges($id: ID!, $after: String) {
    importChanges(importId: $id, first: 20, after: $after) {
      edges {
        node {
          file
          row
          key
          op
          before
          after
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const UNDO_IMPORT = graphql(`
  mutation UndoImport($id: ID!) {
    undoImport(importId: $id) {
      importId
      restored
      deleted
      auditEntryId
    }
  }
`);

export type ImportUndoResult = UndoImportMutation['undoImport'];

/**
 * A file of an import as its audit entry's JSON records it (fields of server/imports/service.ts FileReport, which
 * the web build cannot import: that module uses Node). Not a GraphQL result: `after` is a JSON string.
 */
interface ImportFile {
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

/** Imports, newest first; an undo is newer than its import, so it is always on the same or an earlier page. */
export function useImportList() {
  const users = useGql(USERS_QUERY);
  const log = useInfiniteQuery<ImportLogQuery, ApiError>({
    queryKey: gqlKey(IMPORTS_QUERY).slice(0, 1),
    queryFn: ({ pageParam, signal }) => gql(IMPORTS_QUERY, { after: pageParam as string | null }, signal),
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
        return {
          id: e.id,
          at: e.at,
          userName: nameOf(e.userId),
          files: after.files ?? [],
          changedRows: after.changedRows ?? null,
          undoable: after.perRowAudit === true,
          undone: undos.get(e.id) ?? null,
        };
      });
  }, [log.data, users.data]);
  return {
    imports,
    isPending: log.isPending,
    error: log.error,
    refetch: () => void log.refetch(),
    hasMore: log.hasNextPage,
    loadMore: () => void log.fetchNextPage(),
    loadingMore: log.isFetchingNextPage,
  };
}

/** One import's per-row changes, 20 a page, with next / previous. */
export function useImportChanges(importId: string) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const changes = useGql(CHANGES_QUERY, { id: importId, after: cursors.at(-1) ?? null }, { staleTime: 0 });
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
    mutationFn: async (importId) => (await gql(UNDO_IMPORT, { id: importId })).undoImport,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: gqlKey(IMPORTS_QUERY).slice(0, 1) }),
        queryClient.invalidateQueries({ queryKey: gqlKey(CHANGES_QUERY).slice(0, 1) }),
      ]),
  });
}
