import type { InputHTMLAttributes } from 'react';

/**
 * A text input without a visible label, named by its hint: the hint is its placeholder and, for screen readers, its
 * name (aria-label). `onChange` gets the text typed.
 */
export function HintedInput({
  hint,
  onChange,
  ...input
}: { hint: string; value: string; onChange: (value: string) => void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'onChange' | 'placeholder' | 'aria-label'
>) {
  return <input type="text" {...input} aria-label={hint} placeholder={hint} onChange={(e) => onChange(e.target.value)} />;
}
