import { useCallback, useMemo, useState } from 'react';

/** A set of chosen row keys (table checkboxes): toggle one, choose or clear several (a page), clear all. */
export function useSelection() {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback(
    (key: string) =>
      setChosen((prev) => {
        const next = new Set(prev);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    [],
  );
  const setMany = useCallback(
    (keys: readonly string[], on: boolean) =>
      setChosen((prev) => {
        const next = new Set(prev);
        for (const k of keys) {
          if (on) next.add(k);
          else next.delete(k);
        }
        return next;
      }),
    [],
  );
  const clear = useCallback(() => setChosen(new Set()), []);
  return useMemo(
    () => ({
      chosen,
      has: (key: string) => chosen.has(key),
      /** whether every one of `keys` is chosen (false for none: an empty page has nothing ticked) */
      allOf: (keys: readonly string[]) => keys.length > 0 && keys.every((k) => chosen.has(k)),
      size: chosen.size,
      toggle,
      setMany,
      clear,
    }),
    [chosen, toggle, setMany, clear],
  );
}

export type Selection = ReturnType<typeof useSelection>;
