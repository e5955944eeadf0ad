import type { ReactNode } from 'react';

/**
 * A box that scrolls sideways when its table is wider than the screen (phones). It is a named,
 * focusable region so the keyboard can scroll it too, even before its rows (and their links) load.
 */
export function ScrollRegion({ label, labelledBy, children }: { label?: string; labelledBy?: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
