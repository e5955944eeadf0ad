import { useEffect, useRef, type RefObject } from 'react';

/** Calls `onOutside` on a mouse press outside the element (closes a dropdown). */
export function useClickOutside(element: RefObject<HTMLElement | null>, onOutside: () => void): void {
  const handler = useRef(onOutside);
  useEffect(() => {
    handler.current = onOutside;
  });
  useEffect(() => {
    const onDown = (event: MouseEvent) => {
      if (element.current && !element.current.contains(event.target as Node)) handler.current();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [element]);
}
