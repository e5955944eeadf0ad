import type { ReactNode } from 'react';
import { Options } from './Options';

/** An option given as its value and its text. */
export interface Choice {
  value: string;
  label: ReactNode;
}

const isChoice = (item: unknown): item is Choice => typeof item === 'object' && item !== null && 'value' in item && 'label' in item;
const valueOf = (item: unknown) => (isChoice(item) ? item.value : String(item));

/**
 * A select of `items` as its options (after `children`, options such as "all" that come first), telling the chosen
 * value. An item is a Choice, or a plain value shown as itself, unless `itemValue` / `itemLabel` say otherwise.
 */
export interface SelectProps<T> {
  value: string | number;
  onChange: (value: string) => void;
  items: readonly T[];
  itemValue?: (item: T) => string;
  itemLabel?: (item: T) => ReactNode;
  testId?: string;
  /** its name for screen readers, where no label wraps it */
  ariaLabel?: string;
  children?: ReactNode;
}

export function Select<T>({ value, onChange, items, itemValue = valueOf, itemLabel, testId, ariaLabel, children }: SelectProps<T>) {
  const label = itemLabel ?? ((item: T) => (isChoice(item) ? item.label : itemValue(item)));
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} aria-label={ariaLabel}>
      {children}
      <Options items={items} value={itemValue} label={label} />
    </select>
  );
}

/** A Select inside its label: the label's text, then (`spaced`: a space and) the select. */
export function SelectField<T>({
  label,
  spaced = false,
  className,
  ...select
}: SelectProps<T> & { label: ReactNode; spaced?: boolean; className?: string }) {
  return (
    <label className={className}>
      {label}
      {spaced && ' '}
      <Select {...select} />
    </label>
  );
}
