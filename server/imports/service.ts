import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AuditWriter } from '../audit/service.js';
import { SegmentFigures } from '../aggregates/segment-figures.js';
import { DataVersion } from '../cache/data-version.js';
import { requirePermission, SYSTEM, type Actor } from '../auth/policy.js';
import type { CypherLibrary, CypherStatement } from '../cypher.js';
import type { Database, Tx } from '../db/index.js';
import { ImportChanges } from './changes.js';
import { IssueList, type ImportIssue, type IssueCount } from './issues.js';
import { ImportJournal } from './journal.js';
import { ImportScope, outOfScopeError } from './scope.js';
import { TableReadError, TableReader, type SourceFile, type TextEncoding } from './read.js';
import { FILE_NAMES, FILE_SPECS, fileSpecFor, type Entity, type FileName } from './spec.js';
import { recogniseFiles, type NamedFile } from './recognise.js';
import { ChangePreview, type FileChanges } from './diff.js';
import { addRegion, ImportValidator, parseRow, type ReferenceLookup, type RowData } from './validate.js';
import { batches, GraphWriter, ImportConflictError, type BatchCounts, type WriteStamp } from './write.js';

/**
 * The importer: validates every file of an import completely before writing anything, then
 * writes either in ONE transaction (imports up to `singleTransactionMaxRows` rows, the rows
 * kept in memory) or, for larger imports, as a staged import that streams the files again
 * and writes batch by batch under a journal that rolls everything back on failure.
 */
/** Imports of at least this many rows resample the indexes and clear the plan cache afterwards. */
const REPLAN_AFTER_ROWS = 10_000;

interface FileReport {
  file: FileName;
  /** the file's name as given */
  name: string;
  format: 'csv' | 'xlsx';
  encoding: TextEncoding | null;
  rows: number;
  /** null when not written (errors, or a dry run of a staged import) */
  created: number | null;
  updated: number | null;
  unchanged: number | null;
  /** [office files] a dry run's preview: what each row would change (diff.ts); absent otherwise */
  changes?: FileChanges;
}

export interface ImportReport {
  ok: boolean;
  dryRun: boolean;
  /** how the rows were (or would be) written; 'bulk': Neo4j's offline importer into an empty database (bulk.ts) */
  mode: 'single-transaction' | 'staged' | 'bulk';
  files: FileReport[];
  /** the first `errorLimit` errors, in file and row order */
  errors: ImportIssue[];
  /** every error counted per (file, column, code) */
  errorCounts: IssueCount[];
  errorTotal: number;
  errorsTruncated: boolean;
  warnings: ImportIssue[];
  warningTotal: number;
  durationMs: number;
  /** what an empty optional cell does to a stored value */
  notes: string[];
}

export interface ImportProgress {
  phase: 'validate' | 'write';
  file: string;
  done: number;
  total: number;
  unit: 'bytes' | 'rows';
}

export interface ImportOptions {
  dryRun?: boolean;
  /** validate and report only, write nothing and ask the database nothing more (the bulk loader writes: bulk.ts) */
  validateOnly?: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

/** Uploaded files come from a person: who (null: nobody signed in) decides what they may import. */
export interface UploadImportOptions extends ImportOptions {
  actor: Actor | null;
}

export interface ImportServiceOptions {
  /** imports with more rows than this are written as a staged import (default 150,000; see README) */
  singleTransactionMaxRows?: number;
  /** rows per UNWIND batch (default 5,000) */
  batchSize?: number;
  /** errors kept in full (default 1,000) */
  errorLimit?: number;
  /** larger files are refused (default 2 GiB) */
  maxFileBytes?: number;
  /**
   * Record the per-row audit (before/after of every row created or changed, needed to undo the
   * import; default true). The seed of an empty database turns it off: see server/imports/README.md.
   */
  recordChanges?: boolean;
  /** answers which referenced keys exist instead of the database (bulk.ts: an empty database, before Neo4j runs) */
  lookup?: ReferenceLookup;
  /** test hook: called after each batch is written (inside its transaction); throwing aborts the import */
  afterBatch?: (info: { file: FileName | 'products'; batch: number }) => void | Promise<void>;
}

/** The input cannot be read at all (the folder does not exist): not a data error. */
class ImportInputError extends Error {
  override name = 'ImportInputError';
}

/** A dry run writes in a transaction and rolls it back to count what would change. */
class DryRunRollback extends Error {}

const EMPTY_CELL_NOTE = {
  zh: '空的可选单元格表示“未知”：不会覆盖数据库中已有的值（列表为空时保留原有关联）。',
  en: 'An empty optional cell means "unknown": it does not overwrite a value already stored (an empty list keeps the existing links).',
};

const LOOKUPS: Record<Entity, string> = {
  chain: 'imports/lookup/chains',
  segment: 'imports/lookup/segments',
  cluster: 'imports/lookup/clusters',
  enterprise: 'imports/lookup/enterprises',
  institute: 'imports/lookup/institutes',
};

/** What every write of one import shares: its id (its audit entry's id), who and when, and whether rows are audited one by one. */
interface WriteContext {
  importId: string;
  stamp: WriteStamp;
  recordChanges: boolean;
}

interface PlannedFile {
  source: SourceFile;
  report: FileReport;
  size: number;
  mtimeMs: number;
  /** the valid rows, while the import is small enough for one transaction */
  rows: RowData[] | undefined;
}

export class ImportService {
  private readonly lookups: Record<Entity, CypherStatement>;
  private readonly writer: GraphWriter;
  private readonly journal: ImportJournal;
  private readonly changes: ImportChanges;
  private readonly singleTransactionMaxRows: number;
  private readonly batchSize: number;
  private readonly errorLimit: number;
  private readonly maxFileBytes: number;
  private readonly audit: AuditWriter;
  private readonly clusterIdsByCodes: CypherStatement;
  private readonly prepareForReplanning: CypherStatement;
  /** [office files] the dry run's before → after preview (diff.ts) */
  private readonly preview: ChangePreview;

  /** imports are bulk work: their transactions may run DB_BULK_TIMEOUT_MS */
  private readonly db: Database;
  /** every transaction that writes rows bumps the data version (cached answers), the dry run's too (rolled back with it) */
  private readonly versions: DataVersion;
  /** the local-firm figures kept per segment and year (server/aggregates/): recomputed for what an import touched */
  private readonly figures: SegmentFigures;

  constructor(
    db: Database,
    cypher: CypherLibrary,
    private readonly options: ImportServiceOptions = {},
  ) {
    this.db = db.bulk();
    const picked = cypher.pick(...Object.values(LOOKUPS));
    this.lookups = Object.fromEntries(Object.entries(LOOKUPS).map(([entity, name]) => [entity, picked[name]])) as Record<
      Entity,
      CypherStatement
    >;
    this.writer = new GraphWriter(cypher);
    this.singleTransactionMaxRows = options.singleTransactionMaxRows ?? 150_000;
    this.batchSize = options.batchSize ?? 5000;
    this.errorLimit = options.errorLimit ?? 1000;
    this.maxFileBytes = options.maxFileBytes ?? 2 * 1024 ** 3;
    this.versions = DataVersion.of(this.db, cypher);
    this.figures = new SegmentFigures(cypher);
    this.journal = new ImportJournal(this.db, cypher, this.batchSize);
    this.changes = new ImportChanges(this.db, cypher, this.batchSize);
    this.audit = new AuditWriter(cypher);
    this.clusterIdsByCodes = cypher.pick('enterprises/cluster-ids-by-codes')['enterprises/cluster-ids-by-codes'];
    this.prepareForReplanning = cypher.pick('imports/after/prepare-for-replanning')['imports/after/prepare-for-replanning'];
    this.preview = new ChangePreview(db, cypher);
  }

  /** Fresh statistics and plans after the data changed in bulk; a database user without the right to it only loses that. */
  private async replanAfterImport(): Promise<void> {
    try {
      await this.db.autoCommit(this.prepareForReplanning);
    } catch {
      // e.g. a restricted user on a managed Neo4j: queries replan by themselves later (statistics divergence)
    }
  }

  /** Imports the files of a folder (`chains.csv`, `enterprises.xlsx`, ...): the server's own files (seed, command line). */
  async importFolder(dir: string, options: ImportOptions = {}): Promise<ImportReport> {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch (error) {
      throw new ImportInputError(`Cannot read the folder ${dir}: ${(error as Error).message}`);
    }
    const files = entries
      .filter((e) => e.isFile() && !e.name.startsWith('.') && !e.name.startsWith('~$'))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((e) => ({ name: e.name, path: path.join(dir, e.name) }));
    return this.run(files, options, true, SYSTEM);
  }

  /**
   * Imports uploaded files: `name` is the name the user gave (it says which file it is), `path`
   * where it is stored. Editors and admins only; an editor's files may touch only the clusters
   * assigned to them (FORBIDDEN otherwise, nothing written).
   */
  async importFiles(files: { name: string; path: string }[], options: UploadImportOptions): Promise<ImportReport> {
    const actor = requirePermission(options.actor, 'data:import');
    return this.run(files, options, false, actor);
  }

  private async run(
    files: { name: string; path: string }[],
    options: ImportOptions,
    fromFolder: boolean,
    actor: Actor,
  ): Promise<ImportReport> {
    const started = Date.now();
    const scope = new ImportScope();
    const errors = new IssueList(this.errorLimit);
    const warnings = new IssueList(this.errorLimit);
    // [office files] a file not named as the format says is recognised by its header (recognise.ts)
    const planned = this.plan(await recogniseFiles(files, warnings), errors, warnings, fromFolder);
    const validator = new ImportValidator((entity, keys) => this.lookup(entity, keys), errors, warnings, this.batchSize);
    let keptRows = 0;
    let keepRows = true;

    for (const file of planned) {
      const { source, report } = file;
      const reader = new TableReader(source);
      const fileError = (issue: Omit<ImportIssue, 'file'>) => errors.add({ file: source.name, ...issue });
      const fileWarning = (issue: Omit<ImportIssue, 'file'>) => warnings.add({ file: source.name, ...issue });
      const progress = setInterval(
        () => options.onProgress?.({ phase: 'validate', file: source.name, done: reader.bytesRead, total: file.size, unit: 'bytes' }),
        200,
      );
      try {
        const header = await reader.open(fileError, fileWarning);
        report.encoding = source.format === 'csv' ? (header?.encoding ?? null) : null;
        if (!header) {
          validator.markUnusable(source.spec.file);
          continue;
        }
        const kept: RowData[] = [];
        file.rows = kept;
        report.rows = await validator.validateFile(source, header, reader.rows(fileWarning), (valid) => {
          valid.data._row = valid.row;
          if (actor.role !== 'admin') scope.add(source.spec.file, valid.data, { name: source.name, row: valid.row });
          if (!keepRows) return;
          if (keptRows >= this.singleTransactionMaxRows) {
            // Too large for one transaction: keep no rows, stream the files again when writing.
            keepRows = false;
            for (const other of planned) other.rows = undefined;
            return;
          }
          kept.push(valid.data);
          keptRows++;
        });
        if (!keepRows) file.rows = undefined;
      } catch (error) {
        if (!(error instanceof TableReadError)) throw error;
        errors.add({ file: source.name, row: error.row, column: null, code: error.code, message: { zh: error.zh, en: error.en } });
        validator.markUnusable(source.spec.file);
      } finally {
        clearInterval(progress);
        await reader.close().catch(() => {});
      }
      options.onProgress?.({ phase: 'validate', file: source.name, done: file.size, total: file.size, unit: 'bytes' });
    }

    if (planned.length === 0 && errors.total === 0) {
      errors.add({
        file: '',
        row: null,
        column: null,
        code: 'NO_FILES',
        message: {
          zh: `没有可导入的文件（应为 ${FILE_NAMES.join('、')} 之一，扩展名 .csv 或 .xlsx）`,
          en: `nothing to import (expected files named ${FILE_NAMES.join(', ')} with .csv or .xlsx)`,
        },
      });
    }
    let mode: ImportReport['mode'] = keepRows ? 'single-transaction' : 'staged';
    if (errors.total === 0 && !options.validateOnly) {
      const refused: ImportIssue[] = [];
      const refusedTotal = await scope.check(
        actor,
        (codes) => this.clustersOf(codes),
        (issue) => {
          if (refused.length < this.errorLimit) refused.push(issue);
        },
      );
      if (refusedTotal > 0) throw outOfScopeError(refused, refusedTotal);
      // [office files] a dry run of valid rows kept in memory also shows what each row would change (diff.ts)
      if (options.dryRun && keepRows) {
        for (const file of planned) file.report.changes = await this.preview.file(file.source.spec.file, file.rows ?? []);
      }
      const context: WriteContext = {
        importId: randomUUID(),
        stamp: { user: actor.id, at: new Date().toISOString() },
        recordChanges: this.options.recordChanges !== false && !options.dryRun,
      };
      const audit = (tx: Tx) => this.recordImport(tx, actor, planned, mode, warnings.total, fromFolder, context);
      if (mode === 'single-transaction') {
        try {
          await this.writeSingle(planned, options, context, audit);
        } catch (error) {
          // Neo4j's transaction memory (dbms.memory.transaction.total.max, 70% of the heap by
          // default) is too small for these rows in one transaction: nothing was written, so
          // write them as a staged import instead.
          if (options.dryRun || !isTransactionMemoryError(error)) throw error;
          for (const file of planned) file.rows = undefined;
          warnings.add({
            file: '',
            row: null,
            column: null,
            code: 'STAGED_FALLBACK',
            message: {
              zh: '数据量超出数据库单个事务的内存上限，已改为分批（可回滚）导入',
              en: "the rows did not fit in one transaction of the database's memory; they were written as a staged (journalled) import",
            },
          });
          mode = 'staged';
          await this.writeStaged(planned, options, context, audit);
        }
      } else if (!options.dryRun) await this.writeStaged(planned, options, context, audit);
      // Only after a bulk load: replanning clears every cached plan (all users' next queries
      // compile again), and a few rows do not move the statistics a plan depends on.
      if (!options.dryRun && planned.reduce((sum, file) => sum + file.report.rows, 0) >= REPLAN_AFTER_ROWS) await this.replanAfterImport();
    }

    const fileOrder = planned.map((p) => p.source.name);
    return {
      ok: errors.total === 0,
      dryRun: Boolean(options.dryRun),
      mode,
      files: planned.map((p) => p.report),
      errors: errors.items(fileOrder),
      errorCounts: errors.countList(),
      errorTotal: errors.total,
      errorsTruncated: errors.truncated,
      warnings: warnings.items(fileOrder),
      warningTotal: warnings.total,
      durationMs: Date.now() - started,
      notes: [`${EMPTY_CELL_NOTE.zh} ${EMPTY_CELL_NOTE.en}`],
    };
  }

  /** Maps file names to the format's files; unknown, duplicate and oversized files are errors. */
  private plan(files: NamedFile[], errors: IssueList, warnings: IssueList, fromFolder: boolean): PlannedFile[] {
    const planned: PlannedFile[] = [];
    for (const file of files) {
      const match = file.kind
        ? { spec: FILE_SPECS[file.kind], format: /\.csv$/i.test(file.name) ? ('csv' as const) : ('xlsx' as const) }
        : fileSpecFor(file.name);
      if (!match) {
        if (fromFolder && !/\.(csv|xlsx|xls)$/i.test(file.name)) {
          warnings.add({
            file: file.name,
            row: null,
            column: null,
            code: 'IGNORED_FILE',
            message: { zh: '不是 CSV 或 XLSX 文件，已忽略', en: 'not a CSV or XLSX file; ignored' },
          });
          continue;
        }
        const xls = /\.xls$/i.test(file.name);
        errors.add({
          file: file.name,
          row: null,
          column: null,
          code: 'UNKNOWN_FILE',
          message: xls
            ? { zh: '不支持旧的 .xls 格式：请另存为 .xlsx 或 CSV', en: 'the old .xls format is not supported: save as .xlsx or CSV' }
            : {
                zh: `无法识别的文件：文件名不是 ${FILE_NAMES.join('、')} 之一，表头也不含任何一种文件的全部必填列`,
                en: `unknown file: its name is none of ${FILE_NAMES.join(', ')} and its header does not name every required column of any kind of file`,
              },
        });
        continue;
      }
      const other = planned.find((p) => p.source.spec.file === match.spec.file);
      if (other) {
        errors.add({
          file: file.name,
          row: null,
          column: null,
          code: 'DUPLICATE_FILE',
          message: {
            zh: `与“${other.source.name}”是同一种文件：每种文件只能导入一个`,
            en: `same kind of file as "${other.source.name}": import one file of each kind`,
          },
        });
        continue;
      }
      let stat: fs.Stats;
      try {
        stat = fs.statSync(file.path);
      } catch (error) {
        errors.add({
          file: file.name,
          row: null,
          column: null,
          code: 'UNREADABLE_FILE',
          message: { zh: `无法读取文件：${(error as Error).message}`, en: `cannot read the file: ${(error as Error).message}` },
        });
        continue;
      }
      if (stat.size > this.maxFileBytes) {
        const mb = (n: number) => Math.round(n / 1024 ** 2);
        errors.add({
          file: file.name,
          row: null,
          column: null,
          code: 'TOO_LARGE',
          message: {
            zh: `文件过大（${mb(stat.size)} MB，上限 ${mb(this.maxFileBytes)} MB）`,
            en: `the file is too large (${mb(stat.size)} MB, at most ${mb(this.maxFileBytes)} MB)`,
          },
        });
        continue;
      }
      planned.push({
        source: { name: file.name, path: file.path, format: match.format, spec: match.spec },
        report: {
          file: match.spec.file,
          name: file.name,
          format: match.format,
          encoding: null,
          rows: 0,
          created: null,
          updated: null,
          unchanged: null,
        },
        size: stat.size,
        mtimeMs: stat.mtimeMs,
        rows: undefined,
      });
    }
    return planned.sort((a, b) => FILE_NAMES.indexOf(a.source.spec.file) - FILE_NAMES.indexOf(b.source.spec.file));
  }

  /** The clusters each existing firm among `codes` belongs to (firms in none are absent). */
  private async clustersOf(codes: string[]): Promise<Map<string, string[]>> {
    const clusters = new Map<string, string[]>();
    for (const batch of batches(codes, this.batchSize)) {
      for (const row of await this.db.read<{ code: string; clusterIds: string[] }>(this.clusterIdsByCodes, { codes: batch }))
        clusters.set(row.code, row.clusterIds);
    }
    return clusters;
  }

  /**
   * The import's audit entry, in the transaction that commits it. Its id is the import's id: the
   * per-row changes (`ImportChange.importId`) and an undo refer to it.
   */
  private recordImport(
    tx: Tx,
    actor: Actor,
    planned: PlannedFile[],
    mode: ImportReport['mode'],
    warningTotal: number,
    fromFolder: boolean,
    context: WriteContext,
  ): Promise<void> {
    const files = planned.map((p) => ({
      file: p.report.file,
      name: p.report.name,
      rows: p.report.rows,
      created: p.report.created,
      updated: p.report.updated,
      unchanged: p.report.unchanged,
    }));
    return this.audit.record(tx, actor, {
      id: context.importId,
      action: 'import',
      entity: 'Import',
      key: planned.map((p) => p.report.name).join(', ') || '(none)',
      after: {
        importId: context.importId,
        source: fromFolder ? 'folder' : 'upload',
        mode,
        files,
        warningTotal,
        perRowAudit: context.recordChanges,
        changedRows: context.recordChanges ? planned.reduce((sum, p) => sum + (p.report.created ?? 0) + (p.report.updated ?? 0), 0) : null,
      },
    });
  }

  /** Writes one batch of a file, with its per-row audit when the import keeps one (inside the caller's transaction). */
  private async writeAudited(tx: Tx, context: WriteContext, file: FileName, batch: RowData[]) {
    const before = context.recordChanges ? await this.changes.before(tx, file, batch) : null;
    const result = await this.writer.writeBatch(tx, file, batch, context.stamp);
    if (before) await this.changes.record(tx, context.importId, file, batch, before);
    return result;
  }

  /** Writes the FEEDS of a batch of segments, with their per-row audit (a segment's images include its FEEDS). */
  private async writeFeedsAudited(tx: Tx, context: WriteContext, batch: RowData[]): Promise<string[]> {
    const withFeeds = batch.filter((row) => Array.isArray(row.feeds));
    const before = context.recordChanges ? await this.changes.before(tx, 'segments', withFeeds) : null;
    const ids = await this.writer.writeFeeds(tx, batch, context.stamp);
    // a segment already recorded for its own row keeps that first before-image (record merges by key)
    if (before) await this.changes.record(tx, context.importId, 'segments', withFeeds, before);
    return ids;
  }

  private async lookup(entity: Entity, keys: string[]): Promise<Map<string, { chainId: string | null }>> {
    if (this.options.lookup) return this.options.lookup(entity, keys);
    const found = new Map<string, { chainId: string | null }>();
    for (const batch of batches(keys, this.batchSize)) {
      const rows = await this.db.read<{ key: string; chainId: string | null }>(this.lookups[entity], { keys: batch });
      for (const row of rows) if (!found.has(row.key)) found.set(row.key, { chainId: row.chainId });
    }
    return found;
  }

  /** Everything in one transaction: a failure anywhere leaves nothing. A dry run rolls it back. */
  private async writeSingle(
    planned: PlannedFile[],
    options: ImportOptions,
    context: WriteContext,
    onCommit: (tx: Tx) => Promise<void>,
  ): Promise<void> {
    let counts = new Map<PlannedFile, BatchCounts>();
    try {
      await this.versions.write(this.db, async (tx) => {
        counts = new Map();
        let batchNo = 0;
        const touched = touchedFirms(planned.map((p) => ({ file: p.source.spec.file, rows: p.rows ?? null })));
        const segmentsBefore = await this.figures.segmentsOf(tx, touched.codes);
        for (const file of planned) {
          const rows = file.rows ?? [];
          const count: BatchCounts = { rows: rows.length, created: 0, updated: 0 };
          counts.set(file, count);
          const unchanged = new Set<string>();
          let done = 0;
          for (const batch of batches(rows, this.batchSize)) {
            const result = await this.writeAudited(tx, context, file.source.spec.file, batch);
            count.created += result.created;
            count.updated += result.updated;
            for (const id of result.unchangedIds ?? []) unchanged.add(id);
            done += batch.length;
            options.onProgress?.({ phase: 'write', file: file.source.name, done, total: rows.length, unit: 'rows' });
            await this.options.afterBatch?.({ file: file.source.spec.file, batch: ++batchNo });
          }
          if (file.source.spec.file === 'segments') {
            for (const batch of batches(rows, this.batchSize)) {
              for (const id of await this.writeFeedsAudited(tx, context, batch)) {
                if (unchanged.delete(id)) count.updated++;
              }
            }
          }
          if (file.source.spec.file === 'supply_links') {
            const suppliers = [...new Set(rows.map((row) => row.supplier as string))];
            for (const batch of batches(suppliers, this.batchSize)) {
              await this.writer.writeProducts(tx, batch);
              await this.options.afterBatch?.({ file: 'products', batch: ++batchNo });
            }
          }
        }
        if (options.dryRun) throw new DryRunRollback();
        await this.figures.refresh(tx, { codes: touched.codes, segmentIds: [...segmentsBefore, ...touched.segmentIds] });
        for (const [file, count] of counts) setCounts(file.report, count);
        await onCommit(tx);
      });
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error;
    }
    for (const [file, count] of counts) setCounts(file.report, count);
  }

  /**
   * A staged import: the files are streamed again and written batch by batch, each batch in
   * its own transaction together with the before-images of what it changes. On any failure
   * the journal rolls everything back before the error is passed on.
   */
  private async writeStaged(
    planned: PlannedFile[],
    options: ImportOptions,
    context: WriteContext,
    onCommit: (tx: Tx) => Promise<void>,
  ): Promise<void> {
    await this.journal.ensureIndexes();
    const importId = context.importId;
    await this.journal.begin(
      importId,
      planned.map((p) => p.source.name),
    );
    let batchNo = 0;
    /** segments whose kept figures the committed batches invalidated */
    const touchedSegments = new Set<string>();
    try {
      const suppliers = new Set<string>();
      for (const file of planned) {
        const spec = file.source.spec;
        const stat = fs.statSync(file.source.path);
        if (stat.size !== file.size || stat.mtimeMs !== file.mtimeMs) {
          throw new ImportConflictError(`${file.source.name} changed after it was validated`);
        }
        const count: BatchCounts = { rows: 0, created: 0, updated: 0 };
        const segmentRows: RowData[] = [];
        const unchanged = new Set<string>();
        const writeBatch = async (batch: RowData[]) => {
          const step = `${spec.file}:${count.rows + batch.length}`;
          const result = await this.versions.write(this.db, async (tx) => {
            // the touched segments' kept figures are recomputed once the import is done: until then reports read their firms
            const touched = touchedFirms([{ file: spec.file, rows: batch }]);
            const segmentsBefore = await this.figures.segmentsOf(tx, touched.codes);
            await this.journal.snapshot(tx, importId, spec.file, batch);
            const written = await this.writeAudited(tx, context, spec.file, batch);
            const segments = [...segmentsBefore, ...(await this.figures.segmentsOf(tx, touched.codes)), ...touched.segmentIds];
            await this.figures.invalidate(tx, segments);
            for (const id of segments) touchedSegments.add(id);
            await this.journal.heartbeat(tx, importId, step);
            await this.options.afterBatch?.({ file: spec.file, batch: batchNo + 1 });
            return written;
          });
          batchNo++;
          count.rows += batch.length;
          count.created += result.created;
          count.updated += result.updated;
          for (const id of result.unchangedIds ?? []) unchanged.add(id);
          options.onProgress?.({ phase: 'write', file: file.source.name, done: count.rows, total: file.report.rows, unit: 'rows' });
        };

        const reader = new TableReader(file.source);
        try {
          const changed = () => new ImportConflictError(`${file.source.name} changed after it was validated`);
          const header = await reader.open(
            () => {
              throw changed();
            },
            () => {},
          );
          if (!header) throw changed();
          let batch: RowData[] = [];
          for await (const { row, values } of reader.rows(() => {})) {
            const parsed = parseRow(spec, header.missing, row, values, () => {});
            if (parsed.invalid) throw changed();
            addRegion(spec.file, parsed.data);
            parsed.data._row = row;
            batch.push(parsed.data);
            if (spec.file === 'segments') segmentRows.push(parsed.data);
            if (spec.file === 'supply_links') suppliers.add(parsed.data.supplier as string);
            if (batch.length >= this.batchSize) {
              await writeBatch(batch);
              batch = [];
            }
          }
          if (batch.length > 0) await writeBatch(batch);
          if (count.rows !== file.report.rows) throw changed();
        } finally {
          await reader.close().catch(() => {});
        }

        if (spec.file === 'segments') {
          for (const batch of batches(segmentRows, this.batchSize)) {
            const changedIds = await this.versions.write(this.db, async (tx) => {
              await this.journal.snapshot(tx, importId, 'segments', batch);
              const ids = await this.writeFeedsAudited(tx, context, batch);
              await this.journal.heartbeat(tx, importId, 'segments:feeds');
              return ids;
            });
            for (const id of changedIds) if (unchanged.delete(id)) count.updated++;
          }
        }
        setCounts(file.report, count);
      }
      for (const batch of batches([...suppliers], this.batchSize)) {
        await this.versions.write(this.db, async (tx) => {
          await this.journal.snapshotEnterprises(tx, importId, batch);
          await this.writer.writeProducts(tx, batch);
          await this.journal.heartbeat(tx, importId, 'products');
          await this.options.afterBatch?.({ file: 'products', batch: batchNo + 1 });
        });
        batchNo++;
      }
    } catch (error) {
      for (const file of planned) setCounts(file.report, null);
      await this.journal.rollback(importId, [...touchedSegments]);
      throw error;
    }
    await this.journal.finish(importId, onCommit);
    if (touchedSegments.size > 0) await this.figures.rebuild(this.db, [...touchedSegments]);
  }
}

/** The firms an import's rows write (enterprises and their yearly figures) and the segments it writes. */
function touchedFirms(files: { file: FileName; rows: RowData[] | null }[]): { codes: string[]; segmentIds: string[] } {
  const codes = new Set<string>();
  const segmentIds = new Set<string>();
  for (const { file: kind, rows } of files) {
    for (const row of rows ?? []) {
      if (kind === 'enterprises' || kind === 'enterprise_years') codes.add(row.creditCode as string);
      else if (kind === 'segments') segmentIds.add(row.id as string);
    }
  }
  return { codes: [...codes], segmentIds: [...segmentIds] };
}

/** Neo4j refused a transaction for its size (MemoryPoolOutOfMemoryError / transaction memory limits). */
function isTransactionMemoryError(error: unknown): boolean {
  const code = (error as { neo4jCode?: string }).neo4jCode ?? '';
  const message = error instanceof Error ? error.message : '';
  return /MemoryPoolOutOfMemoryError|MemoryLimitExceeded|TransactionOutOfMemory/i.test(code) || /dbms\.memory\.transaction/.test(message);
}

function setCounts(report: FileReport, count: BatchCounts | null): void {
  report.created = count ? count.created : null;
  report.updated = count ? count.updated : null;
  report.unchanged = count ? count.rows - count.created - count.updated : null;
}
