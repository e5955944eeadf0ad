import { HOME_COUNTIES } from '#shared/facts.js';
import { clusterRegion, firmRegion } from '#shared/regions.js';
import type { IssueCode, IssueList, Message } from './issues.js';
import type { SourceFile, TableHeader, TableRow, TableRowWithProblems } from './read.js';
import { ENTITY_FILE, ENTITY_LABELS, type ColumnSpec, type Entity, type FileName, type FileSpec } from './spec.js';

/**
 * Row validation and cross-file references. Files are validated in dependency order
 * (FILE_NAMES), so a reference points either to a row of an earlier file of this import or
 * to a node already in the database; the database is asked in batches (one UNWIND per entity
 * per chunk of rows), and answers are cached. Only key sets are kept, never the rows.
 */
export type RowData = Record<string, unknown>;

/** The spreadsheet row of each valid row handed to the writer (set here, read by the change preview). */
export const rowNumbers = new WeakMap<RowData, number>();

/** A key column's parsed value (text or a number) as the text keys are compared by. */
const keyText = (part: unknown): string => (typeof part === 'string' ? part : JSON.stringify(part));

export interface ValidRow {
  row: number;
  data: RowData;
}

/** Answers which keys of an entity exist in the database (with the chain of a segment). */
export type ReferenceLookup = (entity: Entity, keys: string[]) => Promise<Map<string, { chainId: string | null }>>;

export interface PendingRef {
  row: number;
  column: ColumnSpec;
  entity: Entity;
  keys: string[];
  /** for segments: the chain of the referring segment (its feeds must stay in that chain) */
  chainId?: string | null;
}

interface PendingRow {
  row: number;
  data: RowData;
  refs: PendingRef[];
}

const YEAR_DEFAULT_ZERO = new Set<FileName>(['supply_links', 'collaborations']);

/**
 * Parses the cells of one row by the file's column spec: typed values keyed by property (null
 * for an empty cell; a missing supply-link or collaboration year is 0), the references to
 * check, and whether any cell was bad (each problem is passed to `problem`).
 */
export function parseRow(
  spec: FileSpec,
  missing: readonly ColumnSpec[],
  row: number,
  values: Record<string, string>,
  problem: (column: string, code: IssueCode, message: Message) => void,
): { data: RowData; refs: PendingRef[]; invalid: boolean } {
  const data: RowData = {};
  const refs: PendingRef[] = [];
  let invalid = false;
  for (const column of spec.columns) {
    if (missing.includes(column)) {
      data[column.prop] = null;
      invalid = true;
      continue;
    }
    const raw = values[column.name] ?? '';
    if (raw === '') {
      data[column.prop] = null;
      if (column.required) {
        invalid = true;
        problem(column.name, 'REQUIRED', { zh: `${column.name}（${column.zh}）不能为空`, en: `${column.name} (${column.zh}) is required` });
      }
      continue;
    }
    const parsed = column.parse(raw);
    if (!parsed.ok) {
      invalid = true;
      data[column.prop] = undefined;
      problem(column.name, parsed.code, parsed.message);
      continue;
    }
    let value = parsed.value;
    if (Array.isArray(value) && value.length === 0) value = null;
    data[column.prop] = value;
    if (column.ref && value !== null) {
      const keys = Array.isArray(value) ? (value as string[]) : [value as string];
      refs.push({ row, column, entity: column.ref, keys, chainId: spec.file === 'segments' ? (data.chainId as string | null) : undefined });
    }
  }
  if (YEAR_DEFAULT_ZERO.has(spec.file) && data.year === null) data.year = 0;
  return { data, refs, invalid };
}

/**
 * A firm's or cluster's region (server/shared/regions.ts) added to its parsed row, to be written as
 * stored properties (regionCode, regionDerived, countyCode, cityCode, provinceCode) by both writers.
 */
export function addRegion(file: FileName, data: RowData): void {
  if (file === 'enterprises' && typeof data.creditCode === 'string')
    Object.assign(data, firmRegion(data as Parameters<typeof firmRegion>[0]));
  if (file === 'clusters') Object.assign(data, clusterRegion(data as Parameters<typeof clusterRegion>[0]));
}

const HOME_COUNTY_NAMES = new Set<string>(HOME_COUNTIES.map((c) => c.name));

/** Interns key parts to short numbers so the key set of a 2-million-row file stays small. */
class Interner {
  private readonly ids = new Map<string, number>();
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id;
  }
}

export class ImportValidator {
  /** keys defined by the files of this import (with a segment's chain) */
  private readonly defined = new Map<Entity, Map<string, string | null>>();
  /** database answers: keys found (with a segment's chain) and keys known to be absent */
  private readonly found = new Map<Entity, Map<string, string | null>>();
  private readonly absent = new Map<Entity, Set<string>>();
  /** entities whose defining file could not be read or lacks its key column: references to them are not checked */
  private readonly unusable = new Set<Entity>();
  private readonly interner = new Interner();

  constructor(
    private readonly lookup: ReferenceLookup,
    private readonly errors: IssueList,
    private readonly warnings: IssueList,
    private readonly chunkSize = 5000,
  ) {}

  /** Marks a file of the import as unusable (unreadable, or its key column is missing). */
  markUnusable(file: FileName): void {
    for (const [entity, defining] of Object.entries(ENTITY_FILE) as [Entity, FileName][]) {
      if (defining === file) this.unusable.add(entity);
    }
  }

  /** Validates every row of one file; valid rows are handed to `emit` in row order. Returns the row count. */
  async validateFile(
    source: SourceFile,
    header: TableHeader,
    rows: AsyncIterable<TableRow>,
    emit: (row: ValidRow) => void,
  ): Promise<number> {
    const spec = source.spec;
    const keyColumns = spec.key.map((name) => spec.columns.find((c) => c.name === name)!);
    if (spec.defines && header.missing.includes(keyColumns[0]!)) this.markUnusable(spec.file);
    const seen = new Map<string, number>();
    const deferred: PendingRef[] = [];
    let chunk: PendingRow[] = [];
    let count = 0;
    const error = (row: number, column: string | null, code: IssueCode, message: Message) =>
      this.errors.add({ file: source.name, row, column, code, message });

    const flush = async () => {
      await this.resolve(chunk.flatMap((r) => r.refs).concat(spec.file === 'segments' ? chunk.map((r) => this.ownSegmentRef(r)) : []));
      for (const pending of chunk) {
        let valid = true;
        for (const ref of pending.refs) if (!this.checkRef(source, ref, error)) valid = false;
        if (spec.file === 'segments' && !this.checkSegmentChain(pending, error)) valid = false;
        if (valid && !pending.data.__invalid) {
          rowNumbers.set(pending.data, pending.row);
          emit({ row: pending.row, data: pending.data });
        }
      }
      chunk = [];
    };

    for await (const { row, values, problems } of rows as AsyncIterable<TableRowWithProblems>) {
      count++;
      // Cells the reader could not take as they show (hidden row, merged across columns, ...) are errors of their own.
      const refused = new Set<string | null>();
      for (const p of problems ?? []) {
        refused.add(p.column);
        error(row, p.column, p.code, p.message);
        // a refused cell's text is not a value: not parsed, not looked up
        if (p.column !== null) values[p.column] = '';
      }
      const {
        data,
        refs,
        invalid: badCell,
      } = parseRow(spec, header.missing, row, values, (column, code, message) => {
        if (!refused.has(column)) error(row, column, code, message);
      });
      let invalid = badCell || refused.size > 0;

      // The row's key: duplicates inside one file are errors.
      const keyParts = keyColumns.map((c) => data[c.prop]);
      if (keyParts.every((part) => part !== undefined && part !== null)) {
        const key = keyParts.map((part) => this.interner.id(keyText(part))).join(',');
        const first = seen.get(key);
        if (first !== undefined) {
          invalid = true;
          const names = spec.key.join(', ');
          error(row, keyColumns[0]!.name, 'DUPLICATE_KEY', {
            zh: `与第${first}行重复（${names} 相同）`,
            en: `duplicates row ${first} (same ${names})`,
          });
        } else seen.set(key, row);
        if (spec.defines)
          this.define(spec.defines, keyText(keyParts[0]), spec.file === 'segments' ? ((data.chainId as string | null) ?? null) : null);
      }

      if (spec.file === 'supply_links' && data.supplier && data.supplier === data.buyer) {
        invalid = true;
        error(row, 'buyer_code', 'SELF_SUPPLY', { zh: '供应方和采购方不能是同一家企业', en: 'supplier_code and buyer_code must differ' });
      }
      if (
        spec.file === 'enterprises' &&
        typeof data.founded === 'number' &&
        typeof data.dissolved === 'number' &&
        data.dissolved < data.founded
      ) {
        invalid = true;
        error(row, 'dissolved', 'DISSOLVED_BEFORE_FOUNDED', {
          zh: `注销/迁出年份（${data.dissolved}）早于成立年份（${data.founded}）`,
          en: `dissolved (${data.dissolved}) is before founded (${data.founded})`,
        });
      }
      if (
        (spec.file === 'clusters' || (spec.file === 'enterprises' && data.local === true)) &&
        typeof data.county === 'string' &&
        !HOME_COUNTY_NAMES.has(data.county)
      ) {
        this.warnings.add({
          file: source.name,
          row,
          column: 'county',
          code: 'UNKNOWN_COUNTY',
          message: { zh: `“${data.county}”不是聊城市的县市区`, en: `"${data.county}" is not a county or district of Liaocheng` },
        });
      }

      addRegion(spec.file, data);

      // References to rows later in the same file (segments' feeds) wait for the end of the file.
      const local = refs.filter((r) => ENTITY_FILE[r.entity] === spec.file);
      deferred.push(...local);
      if (invalid) data.__invalid = true;
      chunk.push({ row, data, refs: refs.filter((r) => !local.includes(r)) });
      if (chunk.length >= this.chunkSize) await flush();
    }
    // Deferred references must be checked before the last rows are emitted only for
    // erroring; a row with a bad deferred reference fails the import anyway.
    await flush();
    await this.resolve(deferred);
    for (const ref of deferred) this.checkRef(source, ref, error);
    return count;
  }

  private define(entity: Entity, key: string, chainId: string | null): void {
    let keys = this.defined.get(entity);
    if (!keys) this.defined.set(entity, (keys = new Map<string, string | null>()));
    keys.set(key, chainId);
  }

  private ownSegmentRef(pending: PendingRow): PendingRef {
    const id = typeof pending.data.id === 'string' ? [pending.data.id] : [];
    return { row: pending.row, column: undefined as never, entity: 'segment', keys: id };
  }

  /** Asks the database about every referenced key not defined in this import and not asked before. */
  private async resolve(refs: PendingRef[]): Promise<void> {
    const wanted = new Map<Entity, Set<string>>();
    for (const ref of refs) {
      if (this.unusable.has(ref.entity)) continue;
      const defined = this.defined.get(ref.entity);
      const found = this.found.get(ref.entity);
      const absent = this.absent.get(ref.entity);
      for (const key of ref.keys) {
        if (ref.column && defined?.has(key)) continue;
        if (found?.has(key) || absent?.has(key)) continue;
        let set = wanted.get(ref.entity);
        if (!set) wanted.set(ref.entity, (set = new Set()));
        set.add(key);
      }
    }
    for (const [entity, keys] of wanted) {
      const answer = await this.lookup(entity, [...keys]);
      let found = this.found.get(entity);
      if (!found) this.found.set(entity, (found = new Map<string, string | null>()));
      let absent = this.absent.get(entity);
      if (!absent) this.absent.set(entity, (absent = new Set()));
      for (const key of keys) {
        const hit = answer.get(key);
        if (hit) found.set(key, hit.chainId);
        else absent.add(key);
      }
    }
  }

  /** The chain of a referenced segment, from this import or the database; undefined when unknown. */
  private segmentChain(id: string): string | null | undefined {
    const defined = this.defined.get('segment');
    if (defined?.has(id)) return defined.get(id)!;
    const found = this.found.get('segment');
    return found?.has(id) ? found.get(id)! : undefined;
  }

  private checkRef(
    source: SourceFile,
    ref: PendingRef,
    error: (row: number, column: string | null, code: IssueCode, message: Message) => void,
  ): boolean {
    if (this.unusable.has(ref.entity)) return true;
    let ok = true;
    const label = ENTITY_LABELS[ref.entity];
    for (const key of ref.keys) {
      const exists = this.defined.get(ref.entity)?.has(key) || this.found.get(ref.entity)?.has(key);
      if (!exists) {
        ok = false;
        error(ref.row, ref.column.name, 'UNKNOWN_REFERENCE', {
          zh: `${label.zh}“${key}”不存在（本次导入的 ${ENTITY_FILE[ref.entity]} 文件和数据库中都没有）`,
          en: `${label.en} "${key}" does not exist (neither in this import's ${ENTITY_FILE[ref.entity]} file nor in the database)`,
        });
        continue;
      }
      // A segment feeds only segments of its own chain.
      if (source.spec.file === 'segments' && ref.entity === 'segment' && ref.chainId) {
        const chain = this.segmentChain(key);
        if (chain && chain !== ref.chainId) {
          ok = false;
          error(ref.row, ref.column.name, 'SEGMENT_CHAIN_MISMATCH', {
            zh: `下游环节“${key}”属于产业链“${chain}”，与本环节的产业链“${ref.chainId}”不一致`,
            en: `segment "${key}" belongs to chain "${chain}", not to this segment's chain "${ref.chainId}"`,
          });
        }
      }
    }
    return ok;
  }

  /** A segment already in the database stays in its chain. */
  private checkSegmentChain(
    pending: PendingRow,
    error: (row: number, column: string | null, code: IssueCode, message: Message) => void,
  ): boolean {
    const id = pending.data.id;
    const chainId = pending.data.chainId;
    if (typeof id !== 'string' || typeof chainId !== 'string') return true;
    const found = this.found.get('segment');
    if (!found?.has(id)) return true;
    const existing = found.get(id);
    if (existing && existing !== chainId) {
      error(pending.row, 'chain_id', 'SEGMENT_CHAIN_MISMATCH', {
        zh: `环节“${id}”在数据库中属于产业链“${existing}”，不能改为“${chainId}”（如需移动请使用新的环节ID）`,
        en: `segment "${id}" belongs to chain "${existing}" in the database and cannot move to "${chainId}" (use a new segment_id)`,
      });
      return false;
    }
    return true;
  }
}
