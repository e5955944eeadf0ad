import { useState, type Dispatch, type SetStateAction } from 'react';

/**
 * State that starts again from `initial` whenever `resetKey` changes: a new filter sends a pager
 * back to its first page, a new search moves the highlight back to the first suggestion. It is
 * reset while rendering, as React advises instead of an effect
 * (https://react.dev/learn/you-might-not-need-an-effect#adjusting-some-state-when-a-prop-changes):
 * no frame shows the old value beside the new key. Keys are compared with Object.is, so several
 * values make one string key.
 */
export function useResetState<T>(initial: T, resetKey: unknown): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState(initial);
  const [key, setKey] = useState(resetKey);
  const stale = !Object.is(key, resetKey);
  if (stale) {
    setKey(resetKey);
    setValue(initial);
  }
  return [stale ? initial : value, setValue];
}
