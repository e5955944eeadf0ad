import { AuditWriter } from '../audit/service.js';
import { rdIntensity, rdSpendFor, revenueFor, supplyValueFor } from '../auth/disclosure.js';
import { requireClusterScope, requirePermission, type Actor } from '../auth/policy.js';
import type { CypherLibrary } from '../cypher.js';
import { DatabaseError, DatabaseUnavailableError, type Database, type Tx } from '../db/index.js';
import { badInput, notFound } from '../errors.js';
import { supplyLinkId } from '../network/ids.js';
import { CREDIT_CODE_ALPHABET } from '../shared/creditCode.js';
import {
  CREDIT_CODE_PREFIX_MIN_LENGTH,
  HOME_COUNTIES,
  SEARCH_DEFAULT_PAGE_SIZE,
  SEARCH_MAX_PAGE_SIZE,
  SEARCH_MAX_QUERY_LENGTH,
  SRDI_LEVELS,
  type SrdiLevel,
} from '../shared/domain.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { luceneQuery } from './lucene.js';
import type { EnterpriseRecord, EnterpriseYearRecord, SegmentRecord, SupplyCounts, SupplyLinkRecord } from './types.js';
import { creditCodeArg, idArg, linkYearArg, nonNegativeArg, optionalTextArg, shown, textArg, yearArg } from './validate.js';

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

/** Changes to an enterprise: undefined = keep; null = clear (not allowed for name, local, chainLeader). */
export interface EnterpriseChanges {
  name?: string | null;
  local?: boolean | null;
  county?: string | null;
  city?: string | null;
  province?: string | null;
  founded?: number | null;
  chainLeader?: boolean | null;
  clusterIds?: readonly string[] | null;
  segmentIds?: readonly string[] | null;
}

export interface SupplyLinkKey {
  supplierCode: string;
  buyerCode: string;
  segmentId: string;
  year?: number | null;
}

export interface SupplyLinkChange extends SupplyLinkKey {
  annualValue: number;
  product?: string | null;
}

/** A supply link as the API returns it; supplier and buyer are resolved by credit code. */
/** A link as the caller may see it: annualValue null (its band only) for roles that see bands. */
export type SupplyLinkResult = Omit<SupplyLinkRecord, 'annualValue'> & { annualValue: number | null; annualValueBand: string | null; supplier: { creditCode: string }; buyer: { creditCode: string } };

const CODE_PREFIX = new RegExp(`^[${CREDIT_CODE_ALPHABET}]{${CREDIT_CODE_PREFIX_MIN_LENGTH},18}$`);
const HOME_COUNTY_NAMES: ReadonlySet<string> = new Set(HOME_COUNTIES.map((county) => county.name));
const MAX_MEMBERSHIPS = 50;

interface References {
  unknownEnterprises: string[];
  unknownClusters: string[];
  unknownSegments: string[];
  unknownCounties: string[];
}

/** Enterprises: lookup, the per-row batches behind the loaders, search, and the edits staff make. */
export class EnterpriseService {
  private readonly q;
  private readonly audit: AuditWriter;

  constructor(
    private readonly db: Database,
    cypher: CypherLibrary,
  ) {
    this.audit = new AuditWriter(cypher);
    this.q = cypher.pick(
      'enterprises/supply-link',
      'enterprises/by-codes',
      'enterprises/cluster-ids-by-codes',
      'enterprises/segments-by-codes',
      'enterprises/years-by-codes',
      'enterprises/supply-counts-by-codes',
      'enterprises/search',
      'enterprises/check-references',
      'enterprises/update',
      'enterprises/upsert-supply-link',
      'enterprises/delete-supply-link',
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

  // ---- edits ----

  /** Editors: only firms of their clusters, and only memberships of their clusters (FORBIDDEN otherwise). */
  async update(rawCode: string, changes: EnterpriseChanges, actor: Actor | null): Promise<EnterpriseRecord> {
    const editor = requirePermission(actor, 'data:write');
    const creditCode = creditCodeArg(rawCode, 'creditCode');
    const set: Record<string, unknown> = {};
    if (changes.name !== undefined) {
      if (changes.name === null) throw badInput('name cannot be cleared', { field: 'name' });
      set.name = textArg(changes.name, 'name', 200);
    }
    if (changes.local !== undefined) {
      if (changes.local === null) throw badInput('local cannot be cleared: say true or false', { field: 'local' });
      set.local = changes.local;
    }
    if (changes.chainLeader !== undefined) {
      if (changes.chainLeader === null) throw badInput('chainLeader cannot be cleared: say true or false', { field: 'chainLeader' });
      set.chainLeader = changes.chainLeader;
    }
    for (const field of ['county', 'city', 'province'] as const) {
      if (changes[field] !== undefined) set[field] = optionalTextArg(changes[field] ?? null, field, 50);
    }
    if (changes.founded !== undefined) set.founded = changes.founded === null ? null : yearArg(changes.founded, 'founded');
    const clusterIds = membershipArg(changes.clusterIds, 'clusterIds');
    const segmentIds = membershipArg(changes.segmentIds, 'segmentIds');

    return this.db.writeTransaction(async (tx) => {
      const [current] = await tx.run<EnterpriseRecord & Record<string, unknown>>(this.q['enterprises/by-codes'], { codes: [creditCode] });
      if (!current) throw notFound(`no enterprise has the credit code ${creditCode}`, { field: 'creditCode' });
      const [membership] = await tx.run<{ clusterIds: string[] }>(this.q['enterprises/cluster-ids-by-codes'], { codes: [creditCode] });
      const currentClusters = membership?.clusterIds ?? [];
      requireClusterScope(editor, [...currentClusters, ...(clusterIds ?? [])], `企业 ${creditCode}`);
      // A local firm's county is one of the city's (or one already known), as LOCATED_IN points at it.
      const local = (set.local as boolean | undefined) ?? current.local;
      const county = 'county' in set ? (set.county as string | null) : current.county;
      const countyToCheck = local && county !== null && ('county' in set || 'local' in set) && !HOME_COUNTY_NAMES.has(county) ? [county] : [];
      const refs = await this.references(tx, { clusterIds: clusterIds ?? [], segmentIds: segmentIds ?? [], counties: countyToCheck });
      if (refs.unknownClusters.length > 0) throw badInput(`unknown cluster ${refs.unknownClusters.map((id) => shown(id)).join(', ')}`, { field: 'clusterIds', unknown: refs.unknownClusters });
      if (refs.unknownSegments.length > 0) throw badInput(`unknown segment ${refs.unknownSegments.map((id) => shown(id)).join(', ')}`, { field: 'segmentIds', unknown: refs.unknownSegments });
      if (refs.unknownCounties.length > 0) throw badInput(`unknown county ${shown(county!)} for a local firm: use one of the city's counties (${[...HOME_COUNTY_NAMES].join('、')})`, { field: 'county' });
      const [row] = await tx.run<EnterpriseRecord & Record<string, unknown>>(this.q['enterprises/update'], { creditCode, set, clusterIds, segmentIds, user: editor.id });
      await this.audit.record(tx, editor, {
        action: 'enterprise.update',
        entity: 'Enterprise',
        key: creditCode,
        before: { ...pick(current, Object.keys(set)), ...(clusterIds ? { clusterIds: currentClusters } : {}) },
        after: { ...set, ...(clusterIds ? { clusterIds } : {}), ...(segmentIds ? { segmentIds } : {}) },
      });
      return row!;
    });
  }

  /** Editors: only links whose firms belong to their clusters and no other (FORBIDDEN otherwise). */
  async upsertSupplyLink(change: SupplyLinkChange, actor: Actor | null): Promise<SupplyLinkResult> {
    const editor = requirePermission(actor, 'data:write');
    const key = this.supplyLinkKey(change);
    const annualValue = nonNegativeArg(change.annualValue, 'annualValue');
    const product = optionalTextArg(change.product ?? null, 'product', 200);
    return this.db.writeTransaction(async (tx) => {
      const refs = await this.references(tx, { codes: [key.supplierCode, key.buyerCode], segmentIds: [key.segmentId] });
      if (refs.unknownEnterprises.length > 0) {
        const field = refs.unknownEnterprises.includes(key.supplierCode) ? 'supplierCode' : 'buyerCode';
        throw badInput(`no enterprise has the credit code ${refs.unknownEnterprises.join(', ')}: import or create it first`, { field, unknown: refs.unknownEnterprises });
      }
      if (refs.unknownSegments.length > 0) throw badInput(`unknown segment ${shown(key.segmentId)}`, { field: 'segmentId' });
      await this.requireLinkScope(tx, editor, key);
      const [before] = await tx.run(this.q['enterprises/supply-link'], key);
      const [row] = await tx.run<SupplyLinkRecord & Record<string, unknown>>(this.q['enterprises/upsert-supply-link'], { ...key, annualValue, product, user: editor.id });
      const link = toSupplyLink(row!, editor);
      await this.audit.record(tx, editor, { action: 'supplyLink.upsert', entity: 'SupplyLink', key: link.id, before: before ?? null, after: { annualValue, product } });
      return link;
    });
  }

  async deleteSupplyLink(rawKey: SupplyLinkKey, actor: Actor | null): Promise<SupplyLinkResult> {
    const editor = requirePermission(actor, 'data:write');
    const key = this.supplyLinkKey(rawKey);
    return this.db.writeTransaction(async (tx) => {
      await this.requireLinkScope(tx, editor, key);
      const [row] = await tx.run<SupplyLinkRecord & Record<string, unknown>>(this.q['enterprises/delete-supply-link'], { ...key, user: editor.id });
      if (!row) throw notFound(`no supply link ${key.supplierCode} → ${key.buyerCode} in segment ${shown(key.segmentId)}, year ${key.year}`);
      const link = toSupplyLink(row, editor);
      await this.audit.record(tx, editor, { action: 'supplyLink.delete', entity: 'SupplyLink', key: link.id, before: { annualValue: row.annualValue, product: row.product }, after: null });
      return link;
    });
  }

  /** A supply link touches the clusters of both its firms. */
  private async requireLinkScope(tx: Tx, actor: Actor, key: { supplierCode: string; buyerCode: string }): Promise<void> {
    if (actor.role === 'admin') return;
    const rows = await tx.run<{ clusterIds: string[] }>(this.q['enterprises/cluster-ids-by-codes'], { codes: [key.supplierCode, key.buyerCode] });
    requireClusterScope(actor, rows.flatMap((row) => row.clusterIds), `供应关系 ${key.supplierCode} → ${key.buyerCode}`);
  }

  private supplyLinkKey(key: SupplyLinkKey): Required<{ [K in keyof SupplyLinkKey]: NonNullable<SupplyLinkKey[K]> }> {
    const supplierCode = creditCodeArg(key.supplierCode, 'supplierCode');
    const buyerCode = creditCodeArg(key.buyerCode, 'buyerCode');
    if (supplierCode === buyerCode) throw badInput('a firm cannot supply itself: supplierCode and buyerCode must differ', { field: 'buyerCode' });
    return { supplierCode, buyerCode, segmentId: idArg(key.segmentId, 'segmentId'), year: linkYearArg(key.year, 'year') };
  }

  private async references(tx: Tx, wanted: { codes?: string[]; clusterIds?: readonly string[]; segmentIds?: readonly string[]; counties?: string[] }): Promise<References> {
    const [row] = await tx.run<References & Record<string, unknown>>(this.q['enterprises/check-references'], {
      codes: wanted.codes ?? [],
      clusterIds: wanted.clusterIds ?? [],
      segmentIds: wanted.segmentIds ?? [],
      counties: wanted.counties ?? [],
    });
    return row!;
  }
}

function pick(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, record[key] ?? null]));
}

/** A membership list: null/undefined keeps the current one; ids are checked and deduplicated. */
function membershipArg(ids: readonly string[] | null | undefined, field: string): string[] | null {
  if (ids === null || ids === undefined) return null;
  if (ids.length > MAX_MEMBERSHIPS) throw badInput(`${field}: ${MAX_MEMBERSHIPS} at most`, { field });
  return [...new Set(ids.map((id) => idArg(id, field)))];
}

/** Drops a stored 专精特新 level the API does not know, rather than failing the whole answer. */
function cleanYear(year: EnterpriseYearRecord): EnterpriseYearRecord {
  const level = year.srdiLevel;
  return level === null || SRDI_LEVELS.includes(level as SrdiLevel) ? year : { ...year, srdiLevel: null };
}

function toSupplyLink(row: Omit<SupplyLinkRecord, 'id'>, actor: Actor): SupplyLinkResult {
  const value = supplyValueFor(actor, row.annualValue);
  return {
    ...row,
    annualValue: value.value,
    annualValueBand: value.band,
    id: supplyLinkId(row.supplierCode, row.buyerCode, row.segmentId, row.year),
    supplier: { creditCode: row.supplierCode },
    buyer: { creditCode: row.buyerCode },
  };
}
