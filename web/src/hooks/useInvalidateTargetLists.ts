import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { gqlKey } from '../api/client';
import { TARGET_LIST_QUERY, TARGET_LISTS_QUERY } from '../api/targetLists';

/** Refreshes every cached target-list query (all lists, and each list by id) after a change. */
export function useInvalidateTargetLists() {
  const client = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        client.invalidateQueries({ queryKey: gqlKey(TARGET_LISTS_QUERY).slice(0, 1) }),
        client.invalidateQueries({ queryKey: gqlKey(TARGET_LIST_QUERY).slice(0, 1) }),
      ]),
    [client],
  );
}
