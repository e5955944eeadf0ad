import type { ReactNode } from 'react';

/** The `<option>`s of a select, one per item: `value(item)`, shown as `label(item)` (the value itself by default). */
export function Options<T>({
  items,
  value,
  label = value,
}: {
  items: readonly T[];
  value: (item: T) => string;
  label?: (item: T) => ReactNode;
}) {
  return items.map((item) => (
    <option key={value(item)} value={value(item)}>
      {label(item)}
    </option>
  ));
}
