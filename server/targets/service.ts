import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { AuditWriter } from '../audit/service.js';
import { requirePermission, SYSTEM, type Actor } from '../auth/policy.js';
import type { CypherLibrary } from '../cypher.js';
import { ConstraintViolationError, type Database, type Tx } from '../db/index.js';
import { AppError, badInput, notFound } from '../errors.js';
import { checkCreditCode, CREDIT_CODE_PROBLEM_MESSAGES } from '#shared/creditCode.js';
import { PIPELINE_STATUSES, type PipelineStatus } from '#shared/enums.js';
import { PIPELINE_STATUS_LABELS } from '#shared/labels.js';
import { MAX_YEAR, MIN_YEAR, TARGET_LIST_LIMITS } from '#shared/limits.js';
import { asText, type ExportCell, toCsv } from '#shared/spreadsheet.js';
import { addSheetRows } from '../exports/files.js';

interface StatusChange {
  status: PipelineStatus;
  note: string | null;
  /** the business date of the change (YYYY-MM-DD), when given */
  date: string | null;
  /** user id ('system' when there was no signed-in user) */
  by: string;
  /** that user's display name; null for the system or a user no longer in the database */
  byName: string | null;
  /** when it was recorded (ISO 8601, UTC) */
  at: string;
}

export interface TargetListEntry {
  listId: string;
  creditCode: string;
  /** null when the firm has since left the database */
  name: string | null;
  local: boolean | null;
  county: string | null;
  city: string | null;
  province: string | null;
  segmentId: string | null;
  segmentName: string | null;
  reason: string | null;
  status: PipelineStatus;
  /** note and date of the latest status change */
  statusNote: string | null;
  statusDate: string | null;
  addedBy: string;
  /** display names (null for the system or a user no longer in the database) */
  addedByName: string | null;
  addedAt: string;
  updatedBy: string;
  updatedByName: string | null;
  updatedAt: string;
  history: StatusChange[];
}

/** A list a firm is on, with the firm's status there. */
export interface ListMembership {
  listId: string;
  listName: string;
  status: PipelineStatus;
}

interface PipelineStatusCount {
  status: PipelineStatus;
  count: number;
}

export interface TargetList {
  id: string;
  name: string;
  clusterId: string | null;
  clusterName: string | null;
  note: string | null;
  createdBy: string;
  createdByName: string | null;
  createdAt: string;
  updatedBy: string;
  updatedByName: string | null;
  updatedAt: string;
  entryCount: number;
  /** every status in pipeline order, zeros included */
  statusCounts: PipelineStatusCount[];
  entries: TargetListEntry[];
}

const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

type ListRow = Omit<TargetList, 'statusCounts' | 'entries'> & { statusCounts: PipelineStatusCount[] };
type EntryRow = Omit<TargetListEntry, 'statusNote' | 'statusDate'>;

/**
 * 招商 target lists: investment-promotion staff keep lists of outside firms to attract, and move
 * each firm through the pipeline (IDENTIFIED → CONTACTED → NEGOTIATING → SIGNED → LANDED, or
 * DROPPED; any status may follow any other). Every write records who and when; every status
 * change is kept. Adding a firm that is already in the list is a CONFLICT (not silently ignored,
 * since the second add may carry another reason or segment).
 */
export class TargetListService {
  private readonly q;
  private readonly audit: AuditWriter;

  constructor(
    private readonly db: Database,
    cypher: CypherLibrary,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.audit = new AuditWriter(cypher, clock);
    this.q = cypher.pick(
      'targets/lists',
      'targets/entries',
      'targets/list-exists',
      'targets/create-list',
      'targets/rename-list',
      'targets/delete-list',
      'targets/add-entry-check',
      'targets/add-entry',
      'targets/remove-entry',
      'targets/set-status',
      'targets/memberships',
    );
  }

  /** All lists (or those of one cluster), most recently changed first, with their entries (two queries). */
  async lists(filter: { clusterId?: string | null }, actor: Actor | null): Promise<TargetList[]> {
    requirePermission(actor, 'targets:read');
    const clusterId = optionalText(filter.clusterId, 'clusterId', 100);
    return this.db.readTransaction((tx) => this.load(tx, { ids: null, clusterId }));
  }

  /** One list, or null when there is none with this id. */
  async get(id: string, actor: Actor | null): Promise<TargetList | null> {
    requirePermission(actor, 'targets:read');
    const [list] = await this.db.readTransaction((tx) => this.load(tx, { ids: [id], clusterId: null }));
    return list ?? null;
  }

  async create(input: { name: string; clusterId?: string | null; note?: string | null }, actor: Actor | null): Promise<TargetList> {
    const by = requirePermission(actor, 'targets:write');
    const name = listName(input.name);
    const clusterId = optionalText(input.clusterId, 'clusterId', 100);
    const note = optionalText(input.note, 'note', TARGET_LIST_LIMITS.noteMax);
    const id = randomUUID();
    return this.db.writeTransaction(async (tx) => {
      const created = await tx.run(this.q['targets/create-list'], { id, name, clusterId, note, ...this.stamp(by) });
      if (created.length === 0) throw notFound(`no cluster ${clusterId} (集群不存在)`, { clusterId });
      const list = await this.loadOne(tx, id);
      await this.audit.record(tx, by, { action: 'targetList.create', entity: 'TargetList', key: id, after: listSummary(list) });
      return list;
    });
  }

  async rename(id: string, name: string, actor: Actor | null): Promise<TargetList> {
    const by = requirePermission(actor, 'targets:write');
    const newName = listName(name);
    return this.db.writeTransaction(async (tx) => {
      const before = await this.loadOne(tx, id);
      const renamed = await tx.run(this.q['targets/rename-list'], { id, name: newName, ...this.stamp(by) });
      if (renamed.length === 0) throw listNotFound(id);
      await this.audit.record(tx, by, {
        action: 'targetList.rename',
        entity: 'TargetList',
        key: id,
        before: { name: before.name },
        after: { name: newName },
      });
      return this.loadOne(tx, id);
    });
  }

  /** Deletes the list with its entries and history; NOT_FOUND when there is none. */
  async delete(id: string, actor: Actor | null): Promise<boolean> {
    const by = requirePermission(actor, 'targets:write');
    return this.db.writeTransaction(async (tx) => {
      const before = await this.loadOne(tx, id);
      const rows = await tx.run(this.q['targets/delete-list'], { id });
      if (rows.length === 0) throw listNotFound(id);
      await this.audit.record(tx, by, {
        action: 'targetList.delete',
        entity: 'TargetList',
        key: id,
        before: { ...listSummary(before), entries: before.entries.map(entrySummary) },
        after: null,
      });
      return true;
    });
  }

  async addEntry(
    input: { listId: string; creditCode: string; segmentId?: string | null; reason?: string | null },
    actor: Actor | null,
  ): Promise<TargetListEntry> {
    const by = requirePermission(actor, 'targets:write');
    const creditCode = validCreditCode(input.creditCode);
    const segmentId = optionalText(input.segmentId, 'segmentId', 100);
    const reason = optionalText(input.reason, 'reason', TARGET_LIST_LIMITS.reasonMax);
    const { listId } = input;
    try {
      return await this.db.writeTransaction(async (tx) => {
        const [check] = await tx.run<{ firmExists: boolean; segmentExists: boolean; duplicate: boolean }>(
          this.q['targets/add-entry-check'],
          { listId, creditCode, segmentId },
        );
        if (!check) throw listNotFound(listId);
        if (!check.firmExists) throw notFound(`no enterprise with credit code ${creditCode} (企业不存在)`, { creditCode });
        if (!check.segmentExists) throw notFound(`no segment ${segmentId} (产业链环节不存在)`, { segmentId });
        if (check.duplicate) throw alreadyInList(listId, creditCode);
        const status: PipelineStatus = 'IDENTIFIED';
        await tx.run(this.q['targets/add-entry'], { listId, creditCode, segmentId, reason, status, ...this.stamp(by) });
        const entry = await this.loadEntry(tx, listId, creditCode);
        await this.audit.record(tx, by, {
          action: 'targetList.addEntry',
          entity: 'TargetListEntry',
          key: `${listId}/${creditCode}`,
          after: entrySummary(entry),
        });
        return entry;
      });
    } catch (error) {
      // Two adds of the same firm at the same moment: the uniqueness constraint refuses the second.
      if (error instanceof ConstraintViolationError) throw alreadyInList(listId, creditCode);
      throw error;
    }
  }

  /** Removes the firm (and its history) from the list; returns the list as it is now. */
  async removeEntry(listId: string, creditCode: string, actor: Actor | null): Promise<TargetList> {
    const by = requirePermission(actor, 'targets:write');
    const code = validCreditCode(creditCode);
    return this.db.writeTransaction(async (tx) => {
      await this.requireList(tx, listId);
      const before = await this.loadEntry(tx, listId, code);
      const [row] = await tx.run<{ removed: number }>(this.q['targets/remove-entry'], { listId, creditCode: code, ...this.stamp(by) });
      if (!row || row.removed === 0) throw notInList(listId, code);
      await this.audit.record(tx, by, {
        action: 'targetList.removeEntry',
        entity: 'TargetListEntry',
        key: `${listId}/${code}`,
        before: entrySummary(before),
        after: null,
      });
      return this.loadOne(tx, listId);
    });
  }

  /**
   * The lists holding each of `codes` (one statement): for the 补链 targets' "already on a list"
   * mark, in the order asked ([] for a firm on no list). The GraphQL layer batches it (DataLoader).
   */
  async memberships(codes: readonly string[], actor: Actor | null): Promise<ListMembership[][]> {
    requirePermission(actor, 'targets:read');
    const rows = await this.db.read<{ creditCode: string; lists: ListMembership[] }>(this.q['targets/memberships'], { codes: [...codes] });
    const byCode = new Map(rows.map((row) => [row.creditCode, row.lists]));
    return codes.map((code) => byCode.get(code) ?? []);
  }

  /** Moves the firm to `status`, appending the change (with note, date, who, when) to its history. */
  async setStatus(
    input: { listId: string; creditCode: string; status: string; note?: string | null; date?: string | null },
    actor: Actor | null,
  ): Promise<TargetListEntry> {
    const by = requirePermission(actor, 'targets:write');
    const creditCode = validCreditCode(input.creditCode);
    if (!PIPELINE_STATUSES.includes(input.status as PipelineStatus))
      throw badInput(`unknown status ${input.status}; one of ${PIPELINE_STATUSES.join(', ')}`, { status: input.status });
    const status = input.status as PipelineStatus;
    const note = optionalText(input.note, 'note', TARGET_LIST_LIMITS.noteMax);
    const date = isoDate(input.date);
    const { listId } = input;
    return this.db.writeTransaction(async (tx) => {
      await this.requireList(tx, listId);
      const before = await this.loadEntry(tx, listId, creditCode);
      // the same status with no new note or date: nothing to record (no duplicate history entry, no audit line)
      if (before.status === status && (note === null || note === before.statusNote) && (date === null || date === before.statusDate))
        return before;
      const changed = await tx.run(this.q['targets/set-status'], { listId, creditCode, status, note, date, ...this.stamp(by) });
      if (changed.length === 0) throw notInList(listId, creditCode);
      const entry = await this.loadEntry(tx, listId, creditCode);
      await this.audit.record(tx, by, {
        action: 'targetList.setStatus',
        entity: 'TargetListEntry',
        key: `${listId}/${creditCode}`,
        before: { status: before.status },
        after: { status, note, date },
      });
      return entry;
    });
  }

  /**
   * The list as a file for staff: CSV (UTF-8 with BOM, Chinese headers) or XLSX (the entries,
   * the full status history, and the list's details on three sheets). Every text cell goes
   * through safeCell, so nothing in it can run as a formula.
   */
  async exportTargetList(id: string, format: string, actor: Actor | null): Promise<ExportFile> {
    const reader = requirePermission(actor, 'targets:read');
    if (!EXPORT_FORMATS.includes(format as ExportFormat))
      throw badInput(`format must be csv or xlsx, not ${String(format).slice(0, 20)}`, { format: String(format).slice(0, 20) });
    const list = await this.get(id, reader);
    if (!list) throw listNotFound(id);
    // The list leaves the system: that is recorded too.
    await this.db.writeTransaction((tx) =>
      this.audit.record(tx, reader, {
        action: 'targetList.export',
        entity: 'TargetList',
        key: id,
        after: { format, entries: list.entryCount },
      }),
    );
    const exportedAt = this.clock();
    const day = new Date(exportedAt.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10).replace(/-/g, '');
    const filename = `招商目标清单-${fileSafe(list.name)}-${day}.${format}`;
    const body =
      format === 'csv' ? Buffer.from(toCsv(ENTRY_HEADER, list.entries.map(entryCells)), 'utf8') : await workbook(list, exportedAt);
    return { filename, contentType: CONTENT_TYPES[format as ExportFormat], body };
  }

  private stamp(actor: Actor): { by: string; now: string } {
    return { by: actor.id, now: this.clock().toISOString() };
  }

  private async requireList(tx: Tx, id: string): Promise<void> {
    const [row] = await tx.run<{ exists: boolean }>(this.q['targets/list-exists'], { id });
    if (!row?.exists) throw listNotFound(id);
  }

  private async load(tx: Tx, filter: { ids: string[] | null; clusterId: string | null }): Promise<TargetList[]> {
    const lists = await tx.run<ListRow>(this.q['targets/lists'], filter);
    if (lists.length === 0) return [];
    const entries = await tx.run<EntryRow>(this.q['targets/entries'], { listIds: lists.map((l) => l.id), creditCode: null });
    const byList = new Map<string, TargetListEntry[]>();
    for (const row of entries) {
      const list = byList.get(row.listId) ?? [];
      list.push(toEntry(row));
      byList.set(row.listId, list);
    }
    return lists.map((row) => ({
      ...row,
      statusCounts: PIPELINE_STATUSES.map((status) => ({ status, count: row.statusCounts.find((c) => c.status === status)?.count ?? 0 })),
      entries: byList.get(row.id) ?? [],
    }));
  }

  private async loadOne(tx: Tx, id: string): Promise<TargetList> {
    const [list] = await this.load(tx, { ids: [id], clusterId: null });
    if (!list) throw listNotFound(id);
    return list;
  }

  private async loadEntry(tx: Tx, listId: string, creditCode: string): Promise<TargetListEntry> {
    const [row] = await tx.run<EntryRow>(this.q['targets/entries'], { listIds: [listId], creditCode });
    if (!row) throw notInList(listId, creditCode);
    return toEntry(row);
  }
}

const listSummary = (list: TargetList) => ({
  id: list.id,
  name: list.name,
  clusterId: list.clusterId,
  note: list.note,
  entryCount: list.entryCount,
});
const entrySummary = (entry: TargetListEntry) => ({
  creditCode: entry.creditCode,
  segmentId: entry.segmentId,
  reason: entry.reason,
  status: entry.status,
  statusNote: entry.statusNote,
  statusDate: entry.statusDate,
});

function toEntry(row: EntryRow): TargetListEntry {
  const last = row.history.at(-1);
  return { ...row, statusNote: last?.note ?? null, statusDate: last?.date ?? null };
}

// ---- validation ----------------------------------------------------------------------------

const CONTROL = /[\u0000-\u001f\u007f]/;

function length(text: string): number {
  return [...text].length;
}

function listName(raw: string): string {
  const name = (raw ?? '').trim();
  if (length(name) < 1 || length(name) > TARGET_LIST_LIMITS.nameMax) {
    throw badInput(`name must have 1 to ${TARGET_LIST_LIMITS.nameMax} characters (清单名称须为1–${TARGET_LIST_LIMITS.nameMax}个字符)`, {
      field: 'name',
    });
  }
  if (CONTROL.test(name))
    throw badInput('name must be one line without control characters (清单名称不能含换行或控制字符)', { field: 'name' });
  return name;
}

/** Trimmed text, null when absent or blank; BAD_INPUT past `max` characters. */
function optionalText(raw: string | null | undefined, field: string, max: number): string | null {
  const text = raw?.trim() ?? '';
  if (text === '') return null;
  if (length(text) > max) throw badInput(`${field} is too long (${max} characters at most) (${field}超过${max}个字符)`, { field, max });
  return text;
}

function validCreditCode(raw: string): string {
  const checked = checkCreditCode(raw ?? '');
  if (!checked.ok)
    throw badInput(`${CREDIT_CODE_PROBLEM_MESSAGES[checked.problem].en} (${CREDIT_CODE_PROBLEM_MESSAGES[checked.problem].zh})`, {
      field: 'creditCode',
      problem: checked.problem,
    });
  return checked.code;
}

/** An ISO calendar date YYYY-MM-DD that exists (2026-02-30 does not), or null when absent. */
function isoDate(raw: string | null | undefined): string | null {
  const text = raw?.trim() ?? '';
  if (text === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!match || year < MIN_YEAR || year > MAX_YEAR || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw badInput(`date must be an ISO date YYYY-MM-DD, not ${text} (日期格式应为YYYY-MM-DD)`, { field: 'date' });
  }
  return text;
}

const listNotFound = (id: string) => notFound(`no target list ${id} (招商目标清单不存在)`, { listId: id });
const notInList = (listId: string, creditCode: string) =>
  notFound(`${creditCode} is not in target list ${listId} (该企业不在清单中)`, { listId, creditCode });
const alreadyInList = (listId: string, creditCode: string) =>
  new AppError('CONFLICT', `${creditCode} is already in target list ${listId} (该企业已在清单中)`, { listId, creditCode });

// ---- export --------------------------------------------------------------------------------

/** The columns of a target list's download (CSV, and the first sheet of the workbook). */
export const ENTRY_HEADER = [
  '序号',
  '统一社会信用代码',
  '企业名称',
  '本地企业',
  '所在地',
  '所属环节',
  '招商理由',
  '跟进状态',
  '状态日期',
  '状态备注',
  '添加人',
  '添加时间（北京时间）',
  '最后更新人',
  '最后更新时间（北京时间）',
];
const HISTORY_HEADER = ['统一社会信用代码', '企业名称', '跟进状态', '状态日期', '备注', '操作人', '记录时间（北京时间）'];

function entryCells(entry: TargetListEntry, index: number): ExportCell[] {
  return [
    index + 1,
    asText(entry.creditCode),
    entry.name,
    entry.local === null ? null : entry.local ? '是' : '否',
    location(entry),
    entry.segmentName ?? entry.segmentId,
    entry.reason,
    ...statusCells(entry.status, entry.statusDate, entry.statusNote),
    ...doneCells(entry.addedBy, entry.addedByName, entry.addedAt),
    ...doneCells(entry.updatedBy, entry.updatedByName, entry.updatedAt),
  ];
}

/** The 跟进状态, 状态日期 and 备注 columns, of an entry or of one change in its history. */
const statusCells = (status: PipelineStatus, date: string | null, note: string | null): ExportCell[] => [
  PIPELINE_STATUS_LABELS[status]?.zh ?? status,
  date,
  note,
];

/** Who did it and when (北京时间). */
const doneCells = (by: string, byName: string | null, at: string): ExportCell[] => [person(by, byName), beijingTime(at)];

/**
 * Who did something, as people read it: the user's display name; 系统 for the system; a user no
 * longer in the database as 已删除用户 with the start of the id (never a bare id such as 71ee4e1d-…).
 */
function person(id: string, name: string | null): string {
  if (name) return name;
  if (id === SYSTEM.id) return '系统';
  return `已删除用户（${id.slice(0, 8)}）`;
}

function location(entry: TargetListEntry): string | null {
  const parts = entry.local ? [entry.county] : [entry.province, entry.city, entry.county];
  const text = [...new Set(parts.filter((p): p is string => Boolean(p)))].join(' ');
  return text || null;
}

/** China has one time zone, UTC+8, without daylight saving. */
const BEIJING_OFFSET_MS = 8 * 3600_000;

/** ISO instant → "YYYY-MM-DD HH:mm" in Beijing time. */
function beijingTime(iso: string | null): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Date(time + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

function fileSafe(name: string): string {
  return (
    name
      .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_')
      .trim()
      .slice(0, 60) || 'list'
  );
}

/** Excel sheet names: at most 31 characters, none of \ / ? * [ ] : */
function sheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, '_').slice(0, 31) || 'Sheet';
}

async function workbook(list: TargetList, exportedAt: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ChainAtlas';
  wb.created = exportedAt;
  const addTable = (title: string, header: string[], rows: ExportCell[][], widths: number[]) => {
    const sheet = wb.addWorksheet(sheetName(title), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(header).font = { bold: true };
    addSheetRows(sheet, rows);
    widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
    if (rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  };
  addTable('招商目标', ENTRY_HEADER, list.entries.map(entryCells), [6, 22, 30, 9, 18, 16, 40, 10, 12, 30, 14, 18, 14, 18]);
  addTable(
    '跟进记录',
    HISTORY_HEADER,
    list.entries.flatMap((entry) =>
      entry.history.map((change) => [
        asText(entry.creditCode),
        entry.name,
        ...statusCells(change.status, change.date, change.note),
        ...doneCells(change.by, change.byName, change.at),
      ]),
    ),
    [22, 30, 10, 12, 40, 14, 18],
  );
  addTable(
    '清单信息',
    ['项目', '内容'],
    [
      ['清单名称', list.name],
      ['所属集群', list.clusterName ?? list.clusterId],
      ['备注', list.note],
      ['企业数', list.entryCount],
      ['创建人', person(list.createdBy, list.createdByName)],
      ['创建时间（北京时间）', beijingTime(list.createdAt)],
      ['最后更新时间（北京时间）', beijingTime(list.updatedAt)],
      ['导出时间（北京时间）', beijingTime(exportedAt.toISOString())],
    ],
    [24, 60],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
