import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A column of a TableHead: its message key, or a falsy value for a column left out (e.g. shown only sometimes). */
export type TableColumn = string | false | null | undefined;

/**
 * The header row of a data table: one `<th scope="col">` per column, labelled by the message `prefix + key` of
 * namespace `ns`; the `numeric` columns are right-aligned (`.num`) like their cells. `children` come first: header
 * cells that are more than a label, such as a select-all checkbox (SelectAllHeader).
 */
export function TableHead({
  ns,
  prefix = '',
  columns,
  numeric = [],
  children,
}: {
  ns: string;
  prefix?: string;
  columns: readonly TableColumn[];
  numeric?: readonly string[];
  children?: ReactNode;
}) {
  const { t } = useTranslation(ns);
  return (
    <thead>
      <tr>
        {children}
        {columns.map(
          (key) =>
            key && (
              <th key={key} scope="col" className={numeric.includes(key) ? 'num' : undefined}>
                {t(prefix + key)}
              </th>
            ),
        )}
      </tr>
    </thead>
  );
}
