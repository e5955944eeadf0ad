import { GraphWrites } from '../graph-writes.js';
import ExcelJS from 'exceljs';
import { requirePermission, type Actor } from '../auth/policy.js';
import type { CypherLibrary } from '../cypher.js';
import type { Database } from '../db/index.js';
import { searchWords } from '../enterprises/lucene.js';
import type { EnterpriseService, SearchArgs } from '../enterprises/service.js';
import { idArg } from '../enterprises/validate.js';
import { badInput, notFound } from '../errors.js';
import { type Stage, STAGES } from '#shared/enums.js';
import { SEARCH_EXPORT_MAX_ROWS, SEARCH_MAX_QUERY_LENGTH, SEARCH_SEGMENT_HITS_MAX } from '#shared/limits.js';
import { checkSynonymTerm, normaliseSearchText } from '#shared/searchText.js';
import { safeCell, toCsv } from '#shared/spreadsheet.js';

/** A synonym of a segment's dictionary. */
export interface SynonymRecord {
  segmentId: string;
  segmentName: string | null;
  chainId: string | null;
  term: string;
  canonical: string;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface SegmentHitRecord {
  segment: { id: string; name: string; stage: Stage; order: number; chainId: string };
  chainName: string | null;
  clusterIds: string[];
  localFirmCount: number;
  chainLeaders: { creditCode: string; name: string }[];
  synonyms: string[];
}

export interface SearchExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
const EXPORT_HEADER = ['统一社会信用代码', '企业名称', '本地/外地', '县市区', '所在城市', '所在省份', '链主', '匹配产品', '产品'];

/**
 * Search beyond the firm list (issue 18): the segments a text finds, the synonym dictionaries
 * that widen every search (one per segment, editable by editors and admins, importable as
 * `synonyms`), and the export of a search's results.
 */
export class SearchService {
  private readonly q;
  private readonly writes: GraphWrites;

  constructor(
    private readonly db: Database,
    cypher: CypherLibrary,
    private readonly enterprises: EnterpriseService,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.q = cypher.pick('search/segments', 'search/synonyms', 'search/save-synonym', 'search/delete-synonym');
    this.writes = new GraphWrites(db, cypher, clock);
  }

  async searchSegments(query: string, actor: Actor | null): Promise<SegmentHitRecord[]> {
    requirePermission(actor, 'graph:read');
    const text = normaliseSearchText(query);
    if (text.length === 0) throw badInput('query must not be empty', { field: 'query' });
    if ([...text].length > SEARCH_MAX_QUERY_LENGTH)
      throw badInput(`query is too long: ${SEARCH_MAX_QUERY_LENGTH} characters at most`, { field: 'query' });
    const keys = searchWords(text).map((w) => w.key);
    if (keys.length === 0) return [];
    const rows = await this.db.read<{
      id: string;
      name: string;
      stage: Stage;
      order: number;
      chainId: string;
      chainName: string | null;
      synonyms: string[];
      clusterIds: string[];
      localFirmCount: number;
      chainLeaders: { creditCode: string; name: string }[];
    }>(this.q['search/segments'], { keys, joinedKey: keys.join(''), limit: SEARCH_SEGMENT_HITS_MAX });
    return rows.map((row) => ({
      segment: {
        id: row.id,
        name: row.name,
        stage: STAGES.includes(row.stage) ? row.stage : 'MIDSTREAM',
        order: row.order,
        chainId: row.chainId,
      },
      chainName: row.chainName,
      clusterIds: row.clusterIds,
      localFirmCount: row.localFirmCount,
      chainLeaders: row.chainLeaders,
      synonyms: row.synonyms,
    }));
  }

  async synonyms(segmentId: string | null | undefined, actor: Actor | null): Promise<SynonymRecord[]> {
    requirePermission(actor, 'graph:read');
    const id = segmentId?.trim() || null;
    if (id) idArg(id, 'segmentId');
    return this.db.read<SynonymRecord & Record<string, unknown>>(this.q['search/synonyms'], { segmentId: id });
  }

  async saveSynonym(args: { segmentId: string; term: string; canonical: string }, actor: Actor | null): Promise<SynonymRecord> {
    const editor = requirePermission(actor, 'data:write');
    const segmentId = idArg(args.segmentId.trim(), 'segmentId');
    const term = word(args.term, 'term');
    const canonical = word(args.canonical, 'canonical');
    if (term.toLowerCase() === canonical.toLowerCase())
      throw badInput(`同义词与标准词相同：“${term}” (term and canonical word are the same)`, { field: 'term' });
    return this.writes.run(async (tx) => {
      const [row] = await tx.run<SynonymRecord & { before: string | null } & Record<string, unknown>>(this.q['search/save-synonym'], {
        segmentId,
        term,
        canonical,
        by: editor.id,
        now: this.clock().toISOString(),
      });
      if (!row) throw notFound(`没有环节“${segmentId}” (no segment with id ${segmentId})`, { field: 'segmentId' });
      const { before, ...saved } = row;
      await this.writes.record(tx, editor, {
        action: before === null ? 'synonym.create' : 'synonym.update',
        entity: 'Synonym',
        key: `${segmentId}|${term}`,
        before: before === null ? null : { canonical: before },
        after: { canonical },
      });
      return saved;
    });
  }

  async deleteSynonym(args: { segmentId: string; term: string }, actor: Actor | null): Promise<SynonymRecord> {
    const editor = requirePermission(actor, 'data:write');
    const segmentId = idArg(args.segmentId.trim(), 'segmentId');
    const term = word(args.term, 'term');
    return this.writes.run(async (tx) => {
      const [row] = await tx.run<SynonymRecord & Record<string, unknown>>(this.q['search/delete-synonym'], { segmentId, term });
      if (!row) throw notFound(`环节“${segmentId}”没有同义词“${term}” (no such synonym)`, { field: 'term' });
      await this.writes.record(tx, editor, {
        action: 'synonym.delete',
        entity: 'Synonym',
        key: `${segmentId}|${term}`,
        before: { canonical: row.canonical },
        after: null,
      });
      return row;
    });
  }

  /**
   * A search's results as a file (the first SEARCH_EXPORT_MAX_ROWS, in result order): credit code,
   * name, place, 链主, the matching products and all products. Credit codes are text cells.
   */
  async exportSearch(args: Omit<SearchArgs, 'first' | 'after'>, format: string, actor: Actor | null): Promise<SearchExportFile> {
    requirePermission(actor, 'graph:read');
    if (!(EXPORT_FORMATS as readonly string[]).includes(format))
      throw badInput(`format must be csv or xlsx, not ${String(format).slice(0, 20)}`, { field: 'format' });
    const result = await this.enterprises.searchAll(args, SEARCH_EXPORT_MAX_ROWS, actor);
    const rows = result.edges.map(({ node, matchedProducts }) => [
      node.creditCode,
      node.name,
      node.local ? '本地' : '外地',
      node.county ?? '',
      node.city ?? '',
      node.province ?? '',
      node.chainLeader ? '是' : '否',
      matchedProducts.join('；'),
      node.products ?? '',
    ]);
    const filename = `企业搜索-${fileSafe(normaliseSearchText(args.query))}.${format}`;
    if (format === 'csv') return { filename, contentType: CONTENT_TYPES.csv, body: Buffer.from(toCsv(EXPORT_HEADER, rows), 'utf8') };
    const wb = new ExcelJS.Workbook();
    wb.creator = 'ChainAtlas';
    const sheet = wb.addWorksheet('企业搜索', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(EXPORT_HEADER).font = { bold: true };
    for (const row of rows) sheet.addRow(row.map((cell) => safeCell(cell)));
    // credit codes are text (an all-digit code must not become a number in Excel)
    sheet.getColumn(1).numFmt = '@';
    [22, 32, 9, 10, 10, 10, 6, 30, 50].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
    return { filename, contentType: CONTENT_TYPES.xlsx, body: Buffer.from(await wb.xlsx.writeBuffer()) };
  }
}

function word(raw: string, field: string): string {
  const checked = checkSynonymTerm(raw);
  if (!checked.ok) throw badInput(`${checked.message.zh} (${checked.message.en})`, { field });
  return checked.value;
}

/** A file-name-safe form of the search text. */
function fileSafe(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40) || 'search';
}
