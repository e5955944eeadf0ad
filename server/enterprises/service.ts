import { rdIntensity, rdSpendFor, revenueFor, supplyValueFor } from '../auth/disclosure.js';
import { requirePermission, type Actor } from '../auth/policy.js';
import type { CypherLibrary } from '../cypher.js';
import { DatabaseError, DatabaseUnavailableError, type Database } from '../db/index.js';
import { badInput } from '../errors.js';
import { CREDIT_CODE_ALPHABET } from '../shared/creditCode.js';
import {
  CREDIT_CODE_PREFIX_MIN_LENGTH,
  SEARCH_DEFAULT_PAGE_SIZE,
  SEARCH_MAX_PAGE_SIZE,
  SEARCH_MAX_QUERY_LENGTH,
  SRDI_LEVELS,
  type SrdiLevel,
} from '../shared/domain.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { luceneQuery } from './lucene.js';
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

export interface EnterpriseConnection {
  edges: { cursor: string; node: EnterpriseRecord; score: number }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const CODE_PREFIX = new RegExp(`^[${CREDIT_CODE_ALPHABET}]{${CREDIT_CODE_PREFIX_MIN_LENGTH},18}$`);

/** Enterprises: lookup, the per-row batches behind the loaders, and search (edits: server/edits/service.ts). */
export class EnterpriseService {
  private readonly q;

  constructor(
    private readonly db: Database,
    cypher: CypherLibrary,
  ) {
    this.q = cypher.pick(
      'enterprises/by-codes',
      'enterprises/cluster-ids-by-codes',
      'enterprises/segments-by-codes',
      'enterprises/years-by-codes',
      'enterprises/supply-counts-by-codes',
      'enterprises/search',
    );
  }

  /** Validates a credit code argument (lower case accepted); the normalised code. */
  creditCode(raw: string, field = 'creditCode'): string {
    return creditCodeArg(raw, field);
  }

  // ---- batches for the DataLoaders: one statement for many credit codes, answers in key order ----

  async byCodes(codes: readonly string[]): Promise<(EnterpriseRecord | null)[]> {
    const rows = await this.db.read<EnterpriseRecord & Record<string, unknown>>(this.q['enterprises/by-codes'], { codes: [...codes] });
    const byCode = new Map(rows.map((row) => [row.creditCode, row]));
    return codes.map((code) => byCode.get(code) ?? null);
  }

  async clusterIdsByCodes(codes: readonly string[]): Promise<string[][]> {
    const rows = await this.db.read<{ code: string; clusterIds: string[] }>(this.q['enterprises/cluster-ids-by-codes'], { codes: [...codes] });
    const byCode = new Map(rows.map((row) => [row.code, row.clusterIds]));
    return codes.map((code) => byCode.get(code) ?? []);
  }

  async segmentsByCodes(codes: readonly string[]): Promise<SegmentRecord[][]> {
    const rows = await this.db.read<{ code: string; segments: SegmentRecord[] }>(this.q['enterprises/segments-by-codes'], { codes: [...codes] });
    const byCode = new Map(rows.map((row) => [row.code, row.segments]));
    return codes.map((code) => byCode.get(code) ?? []);
  }

  /** Yearly figures; revenue and R&D spend as the caller may see them (server/auth/disclosure.ts). */
  async yearsByCodes(codes: readonly string[], actor: Actor | null): Promise<EnterpriseYearRecord[][]> {
    const rows = await this.db.read<{ code: string; years: EnterpriseYearRecord[] }>(this.q['enterprises/years-by-codes'], { codes: [...codes] });
    const byCode = new Map(rows.map((row) => [row.code, row.years.map((year) => ({
      ...cleanYear(year),
      ...revenueFor(actor, year.revenue),
      rdSpend: rdSpendFor(actor, year.rdSpend),
      rdIntensity: rdIntensity(year.rdSpend, year.revenue),
    }))]));
    return codes.map((code) => byCode.get(code) ?? []);
  }

  async supplyCountsByCodes(codes: readonly string[]): Promise<SupplyCounts[]> {
    const rows = await this.db.read<{ code: string } & SupplyCounts & Record<string, unknown>>(this.q['enterprises/supply-counts-by-codes'], { codes: [...codes] });
    const byCode = new Map(rows.map((row) => [row.code, row]));
    return codes.map((code) => {
      const row = byCode.get(code);
      return { supplierCount: row?.supplierCount ?? 0, customerCount: row?.customerCount ?? 0 };
    });
  }

  // ---- search ----

  async search(args: SearchArgs, actor: Actor | null): Promise<EnterpriseConnection> {
    requirePermission(actor, 'graph:read');
    const text = args.query.trim();
    if (text.length === 0) throw badInput('query must not be empty: type part of a name, a product or a credit code', { field: 'query' });
    const length = [...text].length;
    if (length > SEARCH_MAX_QUERY_LENGTH) throw badInput(`query is too long: ${SEARCH_MAX_QUERY_LENGTH} characters at most (got ${length})`, { field: 'query' });
    const first = args.first ?? SEARCH_DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 1 || first > SEARCH_MAX_PAGE_SIZE) throw badInput(`first must be between 1 and ${SEARCH_MAX_PAGE_SIZE} (got ${first})`, { field: 'first' });
    let skip = 0;
    if (args.after !== null && args.after !== undefined) {
      const offset = decodeCursor(args.after);
      if (offset === null) throw badInput('after is not a cursor of this search: pass an endCursor or edge cursor from a previous page', { field: 'after' });
      skip = offset + 1;
    }
    const county = args.county?.trim() || null;
    if (county && county.length > 50) throw badInput('county is too long (50 characters at most)', { field: 'county' });
    const clusterId = args.clusterId?.trim() || null;
    if (clusterId) idArg(clusterId, 'clusterId');
    const segmentId = args.segmentId?.trim() || null;
    if (segmentId) idArg(segmentId, 'segmentId');
    let srdiLevels: SrdiLevel[] | null = null;
    if (args.srdiLevels !== null && args.srdiLevels !== undefined) {
      if (args.srdiLevels.length === 0) throw badInput(`srdiLevels must name at least one of ${SRDI_LEVELS.join(', ')} (or be left out)`, { field: 'srdiLevels' });
      const unknown = args.srdiLevels.find((level) => !SRDI_LEVELS.includes(level));
      if (unknown !== undefined) throw badInput(`srdiLevels: unknown level ${shown(String(unknown))}; known: ${SRDI_LEVELS.join(', ')}`, { field: 'srdiLevels' });
      srdiLevels = [...new Set(args.srdiLevels)];
    }

    const upper = text.toUpperCase();
    const codePrefix = CODE_PREFIX.test(upper) ? upper : null;
    const lucene = luceneQuery(text);
    if (codePrefix === null && lucene === null) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

    let result: { totalCount: number; page: { score: number; node: EnterpriseRecord }[] } | undefined;
    try {
      [result] = await this.db.read<{ totalCount: number; page: { score: number; node: EnterpriseRecord }[] }>(this.q['enterprises/search'], {
        codePrefix,
        lucene,
        county,
        clusterId,
        local: args.local ?? null,
        segmentId,
        chainLeader: args.chainLeader ?? null,
        srdiLevels,
        srdiKnownLevels: SRDI_LEVELS,
        skip,
        limit: first,
      });
    } catch (error) {
      // The text is escaped, so Lucene should never refuse it; if it does, it is still the user's text.
      if (error instanceof DatabaseError && !(error instanceof DatabaseUnavailableError) && /ParseException|Cannot parse|TooManyClauses/i.test(error.message)) {
        throw badInput(`the search text "${shown(text)}" could not be understood; try plain words`, { field: 'query' });
      }
      throw error;
    }
    const totalCount = result?.totalCount ?? 0;
    const edges = (result?.page ?? []).map((row, i) => ({ cursor: encodeCursor(skip + i), node: row.node, score: row.score }));
    return {
      edges,
      pageInfo: { hasNextPage: skip + edges.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount,
    };
  }
}

/** Drops a stored 专精特新 level the API does not know, rather than failing the whole answer. */
function cleanYear(year: EnterpriseYearRecord): EnterpriseYearRecord {
  const level = year.srdiLevel;
  return level === null || SRDI_LEVELS.includes(level as SrdiLevel) ? year : { ...year, srdiLevel: null };
}
