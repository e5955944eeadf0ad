import { useCallback, useState } from 'react';

/** A set of chosen keys (ticked rows): toggle one, set or clear many, clear all. */
export function useSelection() {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
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
  /** ticks (or unticks) all of `keys`, leaving the others as they are */
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
  const allOf = (keys: readonly string[]) => keys.length > 0 && keys.every((k) => chosen.has(k));
  return { chosen, toggle, setMany, clear, allOf };
}
