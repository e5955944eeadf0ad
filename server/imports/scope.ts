import { AppError } from '../errors.js';
import type { ImportIssue } from './issues.js';
import type { FileName } from './spec.js';
import type { RowData } from './validate.js';

/**
 * The editors' rule of imports, checked row by row: an editor may import only rows that touch
 * at least one cluster, every one of them assigned to the editor. A row touches the clusters it
 * names (clusters, cluster years, an enterprise's cluster_ids) and the clusters its firms belong
 * to — in the database, and as this import's enterprises file assigns them (enterprises, their
 * years, supply links at both ends, collaborations). A row of an outside firm (no cluster) or of
 * another cluster is refused even when the rest of the file is the editor's own: checking the
 * union of the rows let such a row ride along with one row of the editor's cluster. Chains,
 * segments, institutes and platforms are shared by every cluster: importing them is for
 * administrators.
 *
 * Only what the check needs is kept per row (file, row number, the firms and named clusters as
 * small numbers), so an editor's large file stays small in memory.
 */
const SHARED_FILES: readonly FileName[] = ['chains', 'segments', 'institutes', 'platforms', 'synonyms'];

/** A row's clusters and the column they come from (the column a refused row is named by). */
interface RowSource {
  column: string;
  clusters: number[];
  /** a firm whose clusters count (their database clusters, and those this import assigns) */
  firm?: number;
}

/** Interns strings to small numbers. */
class Names {
  private readonly ids = new Map<string, number>();
  readonly list: string[] = [];
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(value, id);
      this.list.push(value);
    }
    return id;
  }
}

/** At most this many refused rows are named in the error's message; all of them are in its issues (up to the import's error limit). */
const NAMED_IN_MESSAGE = 5;

export class ImportScope {
  readonly files = new Set<FileName>();
  private readonly fileNames = new Names();
  private readonly firms = new Names();
  private readonly clusters = new Names();
  /** per checked row: which file (index into fileNames), its spreadsheet row, where its clusters come from */
  private readonly rowFile: number[] = [];
  private readonly rowNumber: number[] = [];
  private readonly rowSources: RowSource[][] = [];
  /** clusters the import's enterprises file gives a firm (a given cluster_ids list replaces the stored one) */
  private readonly assigned = new Map<number, number[]>();

  /** Adds a valid row of `file` (named `name` by the user, spreadsheet row `row`). */
  add(file: FileName, row: RowData, where: { name: string; row: number } = { name: file, row: 0 }): void {
    this.files.add(file);
    if (SHARED_FILES.includes(file)) return;
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    const firm = (value: unknown, column: string): RowSource[] => {
      const code = text(value);
      return code === null ? [] : [{ column, clusters: [], firm: this.firms.id(code) }];
    };
    const named = (values: unknown, column: string): RowSource[] => {
      const list = (Array.isArray(values) ? values : [values]).filter((v): v is string => typeof v === 'string');
      return list.length === 0 ? [] : [{ column, clusters: list.map((id) => this.clusters.id(id)) }];
    };
    let sources: RowSource[];
    switch (file) {
      case 'clusters':
        sources = named(row.id, 'cluster_id');
        break;
      case 'cluster_years':
        sources = named(row.clusterId, 'cluster_id');
        break;
      case 'enterprises': {
        sources = [...firm(row.creditCode, 'credit_code'), ...named(row.clusterIds, 'cluster_ids')];
        const code = text(row.creditCode);
        if (code !== null && Array.isArray(row.clusterIds)) this.assigned.set(this.firms.id(code), sources[1]?.clusters ?? []);
        break;
      }
      case 'enterprise_years':
      case 'collaborations':
        sources = firm(row.creditCode, 'credit_code');
        break;
      case 'supply_links':
        sources = [...firm(row.supplier, 'supplier_code'), ...firm(row.buyer, 'buyer_code')];
        break;
      default:
        return;
    }
    this.rowFile.push(this.fileNames.id(where.name));
    this.rowNumber.push(where.row);
    this.rowSources.push(sources);
  }

  /**
   * FORBIDDEN unless `actor` may import all of this. A shared file refuses the import as a
   * whole; otherwise every row outside the editor's clusters is handed to `refused` (file, row,
   * column, code OUT_OF_SCOPE) and the import is refused when there is any. `clustersOf` gives
   * the current clusters of firms by credit code.
   */
  async check(
    actor: { role: string; clusterIds?: readonly string[] },
    clustersOf: (codes: string[]) => Promise<Map<string, string[]>>,
    refused: (issue: ImportIssue) => void,
  ): Promise<number> {
    if (actor.role === 'admin') return 0;
    const shared = SHARED_FILES.filter((file) => this.files.has(file));
    if (shared.length > 0) {
      throw new AppError(
        'FORBIDDEN',
        `没有权限：${shared.join('、')} 是各集群共用的数据，只有管理员可以导入 (${shared.join(', ')} are shared by every cluster: only administrators import them)`,
        { files: shared },
      );
    }
    const stored = await clustersOf(this.firms.list);
    const mine = new Set(actor.clusterIds ?? []);
    const firmClusters = (firm: number): string[] => {
      const ids = new Set(stored.get(this.firms.list[firm]!) ?? []);
      for (const id of this.assigned.get(firm) ?? []) ids.add(this.clusters.list[id]!);
      return [...ids];
    };
    let count = 0;
    for (let i = 0; i < this.rowSources.length; i++) {
      const sources = this.rowSources[i]!;
      let touched = 0;
      let offending: { column: string; outside: string[] } | null = null;
      for (const source of sources) {
        const ids = source.firm === undefined ? source.clusters.map((c) => this.clusters.list[c]!) : firmClusters(source.firm);
        touched += ids.length;
        const outside = ids.filter((id) => !mine.has(id));
        if (outside.length > 0 && !offending) offending = { column: source.column, outside: [...new Set(outside)].sort() };
      }
      if (!offending && touched > 0) continue;
      count++;
      const file = this.fileNames.list[this.rowFile[i]!]!;
      const row = this.rowNumber[i]!;
      if (offending) {
        refused({
          file,
          row,
          column: offending.column,
          code: 'OUT_OF_SCOPE',
          message: {
            zh: `没有权限：该行涉及您负责范围以外的集群 ${offending.outside.join('、')}`,
            en: `not allowed: this row touches clusters outside yours: ${offending.outside.join(', ')}`,
          },
        });
      } else {
        const column = sources[0]?.column ?? null;
        refused({
          file,
          row,
          column,
          code: 'OUT_OF_SCOPE',
          message: {
            zh: '没有权限：该行的企业不属于任何集群，只有管理员可以导入',
            en: 'not allowed: this row belongs to no cluster (its firms are in none): only administrators import it',
          },
        });
      }
    }
    return count;
  }
}

/** The FORBIDDEN error of an import refused for rows outside the editor's clusters, naming the first of them. */
export function outOfScopeError(issues: ImportIssue[], total: number): AppError {
  const named = issues.slice(0, NAMED_IN_MESSAGE).map((i) => `${i.file} 第${i.row}行 ${i.column ?? ''}`.trim());
  const namedEn = issues.slice(0, NAMED_IN_MESSAGE).map((i) => `${i.file} row ${i.row} ${i.column ?? ''}`.trim());
  const more = total > named.length ? ` 等 ${total} 行` : '';
  const moreEn = total > named.length ? ` and ${total - named.length} more` : '';
  return new AppError(
    'FORBIDDEN',
    `没有权限：${named.join('；')}${more} 涉及您负责范围以外的集群或不属于任何集群，未写入任何数据 (not allowed: ${namedEn.join('; ')}${moreEn} touch clusters outside yours or no cluster; nothing was written)`,
    { errors: issues, errorTotal: total },
  );
}
