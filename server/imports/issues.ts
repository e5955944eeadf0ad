/**
 * Errors and warnings of an import: a stable code, where (file, row, column) and a plain
 * message in Chinese and English. The list keeps the first `limit` issues in full and counts
 * every issue per (file, column, code), so a 100,000-row file full of errors stays readable.
 */
type ErrorCode =
  | 'MISSING_COLUMN'
  | 'DUPLICATE_COLUMN'
  | 'NO_HEADER'
  | 'REQUIRED'
  | 'BAD_ID'
  | 'BAD_CREDIT_CODE'
  | 'BAD_NUMBER'
  | 'BAD_INTEGER'
  | 'NEGATIVE'
  | 'BAD_ENUM'
  | 'BAD_BOOLEAN'
  | 'BAD_YEAR'
  /** a region_code that is not 6 digits with a known province prefix (GB/T 2260) */
  | 'BAD_REGION_CODE'
  | 'UNKNOWN_REFERENCE'
  | 'SEGMENT_CHAIN_MISMATCH'
  | 'SELF_SUPPLY'
  /** a firm's 注销/迁出年份 before its 成立年份 */
  | 'DISSOLVED_BEFORE_FOUNDED'
  | 'DUPLICATE_KEY'
  | 'UNKNOWN_FILE'
  | 'DUPLICATE_FILE'
  | 'NO_FILES'
  | 'BAD_ENCODING'
  | 'UNREADABLE_FILE'
  | 'TOO_LARGE'
  | 'CHANGED_DURING_IMPORT'
  /** an editor's row outside the clusters assigned to them (the import is refused as FORBIDDEN) */
  | 'OUT_OF_SCOPE'
  // an XLSX cell whose stored value differs from what it shows, and which cannot be taken as shown
  | 'HIDDEN_ROW'
  | 'MERGED_CELLS'
  | 'PERCENT_CELL'
  | 'FORMULA_NO_VALUE'
  | 'ERROR_CELL';

type WarningCode =
  | 'UNKNOWN_COLUMN'
  | 'GB18030_ENCODING'
  | 'IGNORED_FILE'
  | 'EXTRA_CELLS'
  | 'UNKNOWN_COUNTY'
  | 'STAGED_FALLBACK'
  | 'TABLE_LOCATED'
  | 'RECOGNISED_FILE'
  | 'HIDDEN_COLUMN';

export type IssueCode = ErrorCode | WarningCode;

export interface Message {
  zh: string;
  en: string;
}

export interface ImportIssue {
  /** the file's name as given (`enterprises.csv`) */
  file: string;
  /** spreadsheet row: the header is row 1, the first data row is row 2; null for the whole file */
  row: number | null;
  /** the column's English name; null for the whole row or file */
  column: string | null;
  code: IssueCode;
  message: Message;
}

export interface IssueCount {
  file: string;
  column: string | null;
  code: IssueCode;
  count: number;
}

export class IssueList {
  private readonly kept: ImportIssue[] = [];
  private readonly counts = new Map<string, IssueCount>();
  private seen = 0;

  constructor(readonly limit = 1000) {}

  add(issue: ImportIssue): void {
    this.seen++;
    if (this.kept.length < this.limit) this.kept.push(issue);
    const key = `${issue.file}\u0000${issue.column ?? ''}\u0000${issue.code}`;
    const count = this.counts.get(key);
    if (count) count.count++;
    else this.counts.set(key, { file: issue.file, column: issue.column, code: issue.code, count: 1 });
  }

  get total(): number {
    return this.seen;
  }

  get truncated(): boolean {
    return this.seen > this.kept.length;
  }

  /** The kept issues in the order of the files given, then row, then column. */
  items(fileOrder: readonly string[] = []): ImportIssue[] {
    const rank = (file: string) => {
      const i = fileOrder.indexOf(file);
      return i < 0 ? fileOrder.length : i;
    };
    return [...this.kept].sort((a, b) => rank(a.file) - rank(b.file) || (a.row ?? 0) - (b.row ?? 0));
  }

  countList(): IssueCount[] {
    return [...this.counts.values()];
  }
}
