import { GraphService } from '../graph-service.js';
import { rdIntensity, rdSpendFor, revenueFor } from '../auth/disclosure.js';
import { requirePermission, type Actor } from '../auth/policy.js';
import { DatabaseError, DatabaseUnavailableError } from '../db/index.js';
import { badInput } from '../errors.js';
import { firstArg } from '#shared/args.js';
import { CREDIT_CODE_ALPHABET } from '#shared/creditCode.js';
import { SRDI_LEVELS, type SrdiLevel } from '#shared/enums.js';
import {
  CREDIT_CODE_PREFIX_MIN_LENGTH,
  SEARCH_DEFAULT_PAGE_SIZE,
  SEARCH_MAX_PAGE_SIZE,
  SEARCH_MAX_QUERY_LENGTH,
  SEARCH_TOTAL_CAP,
} from '#shared/limits.js';
import { decodeOffsetCursor, encodeCursor, pageInfoOf, type PageInfo } from '../pagination.js';
import { joinedPhrase, searchWords } from './lucene.js';
import { normaliseSearchText, splitProducts } from '#shared/searchText.js';
import type { EnterpriseRecord, EnterpriseYearRecord, SegmentRecord, SupplyCounts } from './types.js';
import { creditCodeArg, idArg, shown } from './validate.js';

export interface SearchArgs {
  query: string;
  first?: number | null;
  after?: string | null;
  county?: string | null;
  clusterId?: string | null;
  local?: boolean | null;
  segmentId?: string | null;
  chainLeader?: boolean | null;
  srdiLevels?: readonly SrdiLevel[] | null;
}

type SearchFilters = Pick<SearchArgs, 'county' | 'clusterId' | 'local' | 'segmentId' | 'chainLeader' | 'srdiLevels'>;

/** A search word and the synonyms it was widened with. */
interface ExpandedWord {
  word: string;
  alternatives: string[];
}

export interface EnterpriseConnection {
  edges: { cursor: string; node: EnterpriseRecord; score: number; matchedProducts: string[] }[];
  pageInfo: PageInfo;
  /** exact when totalCapped is false; else the cap (there are more) */
  totalCount: number;
  totalCapped: boolean;
  expandedWords: ExpandedWord[];
}

const CODE_PREFIX = new RegExp(`^[${CREDIT_CODE_ALPHABET}]{${CREDIT_CODE_PREFIX_MIN_LENGTH},18}$`);

/** The rows of a by-codes statement in the order of `codes` (a DataLoader's batch), undefined for a code without one. */
function inCodeOrder<R extends { code: string }>(codes: readonly string[], rows: readonly R[]): (R | undefined)[] {
  const byCode = new Map(rows.map((row) => [row.code, row]));
  return codes.map((code) => byCode.get(code));
}

/** Enterprises: lookup, the per-row batches behind the loaders, and search (edits: server/edits/service.ts). */
export class EnterpriseService extends GraphService(
  'enterprises/by-codes',
  'enterprises/cluster-ids-by-codes',
  'enterprises/segments-by-codes',
  'enterprises/years-by-codes',
  'enterprises/supply-counts-by-codes',
  'enterprises/search',
) {
  /** Validates a credit code argument (lower case accepted); the normalised code. */
  creditCode(raw: string, field = 'creditCode'): string {
    return creditCodeArg(raw, field);
  }

  // ---- batches for the DataLoaders: one statement for many credit codes, answers in key order ----
  // (the loaders check the caller's permission first; a firm's own properties, clusters,
  // segments and supply counts are the same for every caller who may read them, its yearly
  // figures per disclosure class)

  byCodes(codes: readonly string[]): Promise<(EnterpriseRecord | null)[]> {
    return this.answers.shared('enterprises.byCodes', codes, () => this.readByCodes(codes));
  }

  private async readByCodes(codes: readonly string[]): Promise<(EnterpriseRecord | null)[]> {
    const rows = await this.db.read<EnterpriseRecord & Record<string, unknown>>(this.q['enterprises/by-codes'], { codes: [...codes] });
    const byCode = new Map(rows.map((row) => [row.creditCode, row]));
    return codes.map((code) => byCode.get(code) ?? null);
  }

  clusterIdsByCodes(codes: readonly string[]): Promise<string[][]> {
    return this.answers.shared('enterprises.clusterIds', codes, () =>
      this.listsByCode<string>('enterprises/cluster-ids-by-codes', 'clusterIds', codes),
    );
  }

  segmentsByCodes(codes: readonly string[]): Promise<SegmentRecord[][]> {
    return this.answers.shared('enterprises.segments', codes, () =>
      this.listsByCode<SegmentRecord>('enterprises/segments-by-codes', 'segments', codes),
    );
  }

  /** A list per code (empty for a firm the statement does not know), from the statement's `code` and `field` columns. */
  private async listsByCode<T>(
    name: 'enterprises/cluster-ids-by-codes' | 'enterprises/segments-by-codes',
    field: 'clusterIds' | 'segments',
    codes: readonly string[],
  ): Promise<T[][]> {
    const rows = await this.db.read<{ code: string } & Partial<Record<typeof field, T[]>>>(this.q[name], { codes: [...codes] });
    return inCodeOrder(codes, rows).map((row) => row?.[field] ?? []);
  }

  /** Yearly figures; revenue and R&D spend as the caller may see them (server/auth/disclosure.ts). */
  yearsByCodes(codes: readonly string[], actor: Actor | null): Promise<EnterpriseYearRecord[][]> {
    return this.answers.get('enterprises.years', actor, codes, () => this.readYears(codes, actor));
  }

  private async readYears(codes: readonly string[], actor: Actor | null): Promise<EnterpriseYearRecord[][]> {
    const rows = await this.db.read<{ code: string; years: EnterpriseYearRecord[] }>(this.q['enterprises/years-by-codes'], {
      codes: [...codes],
    });
    const shown = (year: EnterpriseYearRecord): EnterpriseYearRecord => ({
      ...cleanYear(year),
      ...revenueFor(actor, year.revenue),
      rdSpend: rdSpendFor(actor, year.rdSpend),
      rdIntensity: rdIntensity(year.rdSpend, year.revenue),
    });
    return inCodeOrder(codes, rows).map((row) => row?.years.map(shown) ?? []);
  }

  supplyCountsByCodes(codes: readonly string[]): Promise<SupplyCounts[]> {
    return this.answers.shared('enterprises.supplyCounts', codes, () => this.readSupplyCounts(codes));
  }

  private async readSupplyCounts(codes: readonly string[]): Promise<SupplyCounts[]> {
    const rows = await this.db.read<{ code: string } & SupplyCounts & Record<string, unknown>>(
      this.q['enterprises/supply-counts-by-codes'],
      { codes: [...codes] },
    );
    return inCodeOrder(codes, rows).map((row) => ({ supplierCount: row?.supplierCount ?? 0, customerCount: row?.customerCount ?? 0 }));
  }

  // ---- search ----

  async search(args: SearchArgs, actor: Actor | null): Promise<EnterpriseConnection> {
    requirePermission(actor, 'graph:read');
    const { text, first, skip, filters } = this.searchInput(args);
    // the hits are the same for every caller who may search (their money fields come from the loaders)
    return this.answers.shared('searchEnterprises', { text, first, skip, filters }, () => this.runSearch(text, filters, skip, first));
  }

  /**
   * The first `max` results of a search (the filters as for `search`), for an export: the same
   * statement and order as the pages, counted up to `max` + 1 so the caller knows it was cut.
   */
  async searchAll(args: Omit<SearchArgs, 'first' | 'after'>, max: number, actor: Actor | null): Promise<EnterpriseConnection> {
    requirePermission(actor, 'graph:read');
    const { text, filters } = this.searchInput({ ...args, first: null, after: null });
    return this.runSearch(text, filters, 0, max);
  }

  /** Validates and normalises search arguments (BAD_INPUT for anything wrong). */
  private searchInput(args: SearchArgs) {
    // forgiving spacing: full-width characters to ASCII, whitespace runs to one space
    const text = normaliseSearchText(args.query);
    if (text.length === 0) throw badInput('query must not be empty: type part of a name, a product or a credit code', { field: 'query' });
    const length = [...text].length;
    if (length > SEARCH_MAX_QUERY_LENGTH)
      throw badInput(`query is too long: ${SEARCH_MAX_QUERY_LENGTH} characters at most (got ${length})`, { field: 'query' });
    const first = firstArg(args.first, 'cursor', { default: SEARCH_DEFAULT_PAGE_SIZE, max: SEARCH_MAX_PAGE_SIZE });
    let skip = 0;
    if (args.after !== null && args.after !== undefined) {
      skip = decodeOffsetCursor('search', args.after) + 1;
    }
    const county = args.county?.trim() || null;
    if (county && county.length > 50) throw badInput('county is too long (50 characters at most)', { field: 'county' });
    const clusterId = args.clusterId?.trim() || null;
    if (clusterId) idArg(clusterId, 'clusterId');
    const segmentId = args.segmentId?.trim() || null;
    if (segmentId) idArg(segmentId, 'segmentId');
    let srdiLevels: SrdiLevel[] | null = null;
    if (args.srdiLevels !== null && args.srdiLevels !== undefined) {
      if (args.srdiLevels.length === 0)
        throw badInput(`srdiLevels must name at least one of ${SRDI_LEVELS.join(', ')} (or be left out)`, { field: 'srdiLevels' });
      const unknown = args.srdiLevels.find((level) => !SRDI_LEVELS.includes(level));
      if (unknown !== undefined)
        throw badInput(`srdiLevels: unknown level ${shown(String(unknown))}; known: ${SRDI_LEVELS.join(', ')}`, { field: 'srdiLevels' });
      srdiLevels = [...new Set(args.srdiLevels)];
    }
    const filters = { county, clusterId, local: args.local ?? null, segmentId, chainLeader: args.chainLeader ?? null, srdiLevels };
    return { text, first, skip, filters };
  }

  private async runSearch(text: string, filters: SearchFilters, skip: number, limit: number): Promise<EnterpriseConnection> {
    const upper = text.toUpperCase();
    const codePrefix = CODE_PREFIX.test(upper) ? upper : null;
    const words = searchWords(text);
    if (codePrefix === null && words.length === 0)
      return {
        edges: [],
        pageInfo: pageInfoOf([], { hasNextPage: false, hasPreviousPage: skip > 0 }),
        totalCount: 0,
        totalCapped: false,
        expandedWords: [],
      };
    // Read one row past both the count cap and the end of the page's block: then "more" is known
    // without counting every match, and ties are put in code order block by block (see the statement).
    const window = Math.max(SEARCH_TOTAL_CAP, Math.ceil((skip + limit) / SEARCH_TOTAL_CAP) * SEARCH_TOTAL_CAP) + 1;
    type Row = { counted: number; expanded: ExpandedWord[]; page: { score: number; node: EnterpriseRecord }[] };
    let result: Row | undefined;
    try {
      [result] = await this.db.read<Row>(this.q['enterprises/search'], {
        codePrefix,
        words,
        joined: joinedPhrase(words),
        ...filters,
        srdiKnownLevels: SRDI_LEVELS,
        skip,
        limit,
        window,
        block: SEARCH_TOTAL_CAP,
      });
    } catch (error) {
      // The text is escaped, so Lucene should never refuse it; if it does, it is still the user's text.
      if (
        error instanceof DatabaseError &&
        !(error instanceof DatabaseUnavailableError) &&
        /ParseException|Cannot parse|TooManyClauses/i.test(error.message)
      ) {
        throw badInput(`the search text "${shown(text)}" could not be understood; try plain words`, { field: 'query' });
      }
      throw error;
    }
    const page = result?.page ?? [];
    const known = result?.counted ?? 0;
    const more = known >= window;
    const expanded = result?.expanded ?? [];
    const looked = [...words.map((w) => w.text), ...expanded.flatMap((x) => x.alternatives)];
    if (words.length > 1) looked.push(words.map((w) => w.text).join(''));
    const edges = page.map((row, i) => ({
      cursor: encodeCursor('search', skip + i),
      node: row.node,
      score: row.score,
      matchedProducts: matchedProducts(row.node.products, looked),
    }));
    return {
      edges,
      pageInfo: pageInfoOf(edges, { hasNextPage: more || skip + edges.length < known, hasPreviousPage: skip > 0 }),
      // "more than totalCount" (1,000+ on the first pages); exact whenever the end was reached
      totalCount: more ? window - 1 : known,
      totalCapped: more,
      expandedWords: expanded.filter((x) => x.alternatives.length > 0),
    };
  }
}

/** The products of a firm that contain one of the searched words or their synonyms (case-insensitive), for the result rows. */
export function matchedProducts(products: string | null | undefined, looked: readonly string[]): string[] {
  const keys = [...new Set(looked.map((w) => w.toLowerCase()).filter(Boolean))];
  return splitProducts(products).filter((product) => {
    const lower = product.toLowerCase();
    return keys.some((key) => lower.includes(key));
  });
}

/** Drops a stored 专精特新 level the API does not know, rather than failing the whole answer. */
function cleanYear(year: EnterpriseYearRecord): EnterpriseYearRecord {
  const level = year.srdiLevel;
  return level === null || SRDI_LEVELS.includes(level) ? year : { ...year, srdiLevel: null };
}
