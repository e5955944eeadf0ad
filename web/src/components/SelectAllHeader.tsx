import type { Selection } from '../hooks/useSelection';

/**
 * The checkbox header cell of a selectable table: checked when every row shown (`keys`, the current page) is
 * chosen; ticking it chooses them all, unticking clears them (rows of other pages keep their state).
 */
export function SelectAllHeader({ label, keys, selection }: { label: string; keys: readonly string[]; selection: Selection }) {
  return (
    <th className="check">
      <input
        type="checkbox"
        aria-label={label}
        checked={selection.allOf(keys)}
        onChange={(e) => selection.setMany(keys, e.target.checked)}
      />
    </th>
  );
}

/** The checkbox cell of one selectable row. */
export function SelectCell({ label, rowKey, selection }: { label: string; rowKey: string; selection: Selection }) {
  return (
    <td className="check">
      <input type="checkbox" aria-label={label} checked={selection.has(rowKey)} onChange={() => selection.toggle(rowKey)} />
    </td>
  );
}
