import type { CypherLibrary, CypherStatement } from '../cypher.js';
import type { Database } from '../db/index.js';
import { FILE_NAMES, FILE_SPECS, type FileName, type FileSpec } from './spec.js';
import { rowNumbers, type RowData } from './validate.js';

/**
 * What an import would change, for the validation report (a dry run): per file, the rows that
 * would create an entity, the rows that would update one with the before → after of each changed
 * column, and how many would change nothing. The stored values are read with one statement per
 * file (`cypher/imports/before/`), batched; the comparison follows the writes' rules: an empty
 * optional cell keeps the stored value, a given list replaces the stored links.
 */
interface FieldChange {
  /** the column's English name */
  column: string;
  before: unknown;
  after: unknown;
}

interface RowChange {
  row: number;
  /** the row's key, as the file gives it (`C1`, `9137…/2024`) */
  key: string;
  fields: FieldChange[];
}

export interface FileChanges {
  created: number;
  updated: number;
  unchanged: number;
  /** the first `limit` rows that would create an entity */
  createdRows: { row: number; key: string }[];
  /** the first `limit` rows that would update one, with what changes */
  updatedRows: RowChange[];
  /** more created or updated rows than listed */
  truncated: boolean;
}

// synonyms: no preview yet (their rows are counted, not compared)
const STATEMENTS: Partial<Record<FileName, string>> = {
  chains: 'imports/before/chains',
  segments: 'imports/before/segments',
  clusters: 'imports/before/clusters',
  cluster_years: 'imports/before/cluster-years',
  enterprises: 'imports/before/enterprises',
  enterprise_years: 'imports/before/enterprise-years',
  institutes: 'imports/before/institutes',
  platforms: 'imports/before/platforms',
  supply_links: 'imports/before/supply-links',
  collaborations: 'imports/before/collaborations',
};

const same = (a: unknown, b: unknown): boolean => {
  if (Array.isArray(a) || Array.isArray(b)) {
    const x = Array.isArray(a) ? a.map(String) : [];
    const y = Array.isArray(b) ? b.map(String) : [];
    return x.length === y.length && x.every((v) => y.includes(v));
  }
  if (typeof a === 'number' || typeof b === 'number' || typeof a === 'bigint' || typeof b === 'bigint')
    return a !== null && b !== null && a !== undefined && b !== undefined && Number(a) === Number(b);
  return (a ?? null) === (b ?? null);
};

function compareRow(spec: FileSpec, data: RowData, before: Record<string, unknown> | null): FieldChange[] | null {
  if (!before) return null;
  const fields: FieldChange[] = [];
  for (const column of spec.columns) {
    const after = data[column.prop];
    // an empty optional cell keeps what is stored (DATA-FORMAT.md: empty is not zero)
    if (after === null || after === undefined) continue;
    const was = before[column.prop] ?? null;
    if (!same(was, after)) fields.push({ column: column.name, before: typeof was === 'bigint' ? Number(was) : was, after });
  }
  return fields;
}

export class ChangePreview {
  private readonly statements: Partial<Record<FileName, CypherStatement>>;

  constructor(
    private readonly db: Database,
    cypher: CypherLibrary,
    private readonly limit = 200,
    private readonly batchSize = 5000,
  ) {
    const picked = cypher.pick(...Object.values<string>(STATEMENTS));
    this.statements = Object.fromEntries(FILE_NAMES.filter((file) => STATEMENTS[file]).map((file) => [file, picked[STATEMENTS[file]!]]));
  }

  async file(file: FileName, rows: readonly RowData[]): Promise<FileChanges> {
    const spec = FILE_SPECS[file];
    const keyColumns = spec.key.map((name) => spec.columns.find((c) => c.name === name)!);
    const changes: FileChanges = { created: 0, updated: 0, unchanged: 0, createdRows: [], updatedRows: [], truncated: false };
    const statement = this.statements[file];
    if (!statement) return changes;
    for (let start = 0; start < rows.length; start += this.batchSize) {
      const batch = rows.slice(start, start + this.batchSize);
      const found = await this.db.read<{ index: number; before: Record<string, unknown> | null }>(statement, { rows: batch });
      for (const { index, before } of found) {
        const data = batch[Number(index)]!;
        const row = rowNumbers.get(data) ?? 0;
        const key = keyColumns.map((c) => (data[c.prop] === null || data[c.prop] === undefined ? '' : String(data[c.prop]))).join(' / ');
        const fields = compareRow(spec, data, before);
        if (fields === null) {
          changes.created++;
          if (changes.createdRows.length < this.limit) changes.createdRows.push({ row, key });
          else changes.truncated = true;
        } else if (fields.length > 0) {
          changes.updated++;
          if (changes.updatedRows.length < this.limit) changes.updatedRows.push({ row, key, fields });
          else changes.truncated = true;
        } else changes.unchanged++;
      }
    }
    changes.createdRows.sort((a, b) => a.row - b.row);
    changes.updatedRows.sort((a, b) => a.row - b.row);
    return changes;
  }
}
