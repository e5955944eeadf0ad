import { SegmentFigures } from '../aggregates/segment-figures.js';
import { GraphService } from '../graph-service.js';
import { GraphWrites } from '../graph-writes.js';
import { rdIntensity, rdSpendFor, revenueFor, supplyValueFor } from '../auth/disclosure.js';
import { can, clusterScopeProblem, requireClusterScope, requirePermission, type Actor } from '../auth/policy.js';
import type { CypherLibrary } from '../cypher.js';
import type { Database, Tx } from '../db/index.js';
import { creditCodeArg, idArg, linkYearArg, nonNegativeArg, optionalTextArg, ruled, shown, textArg } from '../enterprises/validate.js';
import type { EnterpriseCore, EnterpriseRecord, EnterpriseYearRecord, SegmentRecord, SupplyLinkRecord } from '../enterprises/types.js';
import { AppError, badInput, notFound } from '../errors.js';
import { firstArg, yearArg } from '#shared/args.js';
import { enumParser } from '../imports/parse.js';
import { collaborationEdgeId, supplyLinkId } from '../network/ids.js';
import { COLLABORATION_KINDS, SRDI_LEVELS, type SrdiLevel } from '#shared/enums.js';
import { HOME_COUNTIES } from '#shared/facts.js';
import { COLLABORATION_KIND_LABELS } from '#shared/labels.js';
import { checkCount, NAME_MAX_LENGTH, PLACE_MAX_LENGTH, PRODUCT_MAX_LENGTH } from '#shared/valueRules.js';
import { firmRegion } from '#shared/regions.js';

/**
 * The edits staff make in the app (a firm's page, the chain map's segment panel): a firm's
 * properties and memberships, its yearly figures, supply links, collaborations and segments.
 * Each edit: the importer's value rules, the editor's clusters only, a version check when the
 * caller names the version it started from (CONFLICT instead of a silent overwrite), and one
 * audit entry with before and after, naming the firms it concerns (a firm's recent changes).
 */

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

/** Changes to one year's figures: undefined = keep; null = clear. */
export interface EnterpriseYearChanges {
  revenue?: number | null;
  rdSpend?: number | null;
  aboveScale?: boolean | null;
  srdiLevel?: SrdiLevel | null;
  highValuePatents?: number | null;
  smartFactory?: boolean | null;
  digitalTransformation?: boolean | null;
  greenList?: boolean | null;
  greenDiagnosis?: boolean | null;
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

export interface CollaborationKey {
  instituteId: string;
  creditCode: string;
  kind: string;
  year?: number | null;
}

export interface CollaborationChange extends CollaborationKey {
  title?: string | null;
}

/** A supply link as the API returns it; supplier and buyer are resolved by credit code. */
/** annualValue is null (its band only) for roles that see bands (server/auth/disclosure.ts). */
export type SupplyLinkResult = Omit<SupplyLinkRecord, 'annualValue'> & {
  annualValue: number | null;
  annualValueBand: string | null;
  supplier: { creditCode: string };
  buyer: { creditCode: string };
};

export interface CollaborationResult {
  id: string;
  institute: InstituteRecord;
  creditCode: string;
  kind: string;
  year: number;
  title: string | null;
}

export interface InstituteRecord {
  id: string;
  name: string;
  kind: string | null;
  city: string | null;
}

export interface EnterpriseChangeEntry {
  id: string;
  at: string;
  userName: string;
  action: string;
  entity: string;
  key: string;
  before: string | null;
  after: string | null;
}

export interface EditScope {
  allowed: boolean;
  reason: string | null;
}

/** What an edit finds locked in place before it writes: the version and who made it. */
interface Current {
  version: number;
  updatedByName: string | null;
  updatedAt: string | null;
}

interface EnterpriseForEdit extends Current, EnterpriseCore {
  founded: number | null;
  clusterIds: string[];
  segmentIds: string[];
}

interface References {
  unknownEnterprises: string[];
  unknownClusters: string[];
  unknownSegments: string[];
  unknownCounties: string[];
}

const HOME_COUNTY_NAMES: ReadonlySet<string> = new Set(HOME_COUNTIES.map((county) => county.name));
const MAX_MEMBERSHIPS = 50;
const MAX_CHAINS = 50;
/** Page bounds (firstArg) of a firm's supply links and of its recent changes. */
const SUPPLY_LINKS_PAGE = { default: 100, max: 500 };
const RECENT_CHANGES_PAGE = { default: 10, max: 50 };
/** Money figures in audit images: only roles that see exact figures see them in a firm's changes. */
const FIGURE_KEYS = ['revenue', 'rdSpend', 'annualValue'];
const collaborationKind = enumParser(COLLABORATION_KINDS, COLLABORATION_KIND_LABELS);

export class EditService extends GraphService(
  'edits/enterprise-for-edit',
  'edits/year-for-edit',
  'edits/upsert-year',
  'edits/supply-link-for-edit',
  'edits/supply-links-of',
  'edits/collaborations-of',
  'edits/add-collaboration',
  'edits/remove-collaboration',
  'edits/institutes',
  'edits/chain-segments',
  'edits/set-segment',
  'edits/recent-changes',
  'enterprises/cluster-ids-by-codes',
  'enterprises/check-references',
  'enterprises/update',
  'enterprises/upsert-supply-link',
  'enterprises/delete-supply-link',
) {
  private readonly writes: GraphWrites;
  /** a firm's edit moves the kept figures of its segments by its contribution (server/aggregates/), in the same transaction */
  private readonly figures: SegmentFigures;

  constructor(db: Database, cypher: CypherLibrary) {
    super(db, cypher);
    this.writes = new GraphWrites(db, cypher);
    this.figures = new SegmentFigures(cypher);
  }

  // ---- who may edit what (the web shows the reason on a disabled control) ----

  /** The firm's or link's edit scope: the same rule the mutations enforce (role, then clusters). */
  scope(actor: Actor | null, touchedClusters: readonly string[], what: string): EditScope {
    if (!actor || !can(actor, 'data:write')) {
      try {
        requirePermission(actor, 'data:write');
      } catch (error) {
        return { allowed: false, reason: (error as Error).message };
      }
    }
    const problem = clusterScopeProblem(actor!, touchedClusters, what);
    return problem ? { allowed: false, reason: problem.message } : { allowed: true, reason: null };
  }

  // ---- enterprise ----

  /** Editors: only firms of their clusters, and only memberships of their clusters (FORBIDDEN otherwise). */
  async update(
    rawCode: string,
    changes: EnterpriseChanges,
    actor: Actor | null,
    expectedVersion?: number | null,
  ): Promise<EnterpriseRecord> {
    const editor = requirePermission(actor, 'data:write');
    const creditCode = creditCodeArg(rawCode, 'creditCode');
    const expected = versionArg(expectedVersion);
    const set: Record<string, unknown> = {};
    if (changes.name !== undefined) {
      if (changes.name === null) throw badInput('name：名称不能为空 (name cannot be cleared)', { field: 'name', problem: 'REQUIRED' });
      set.name = textArg(changes.name, 'name', NAME_MAX_LENGTH);
    }
    if (changes.local !== undefined) {
      if (changes.local === null)
        throw badInput('local：请选择是或否 (local cannot be cleared: say true or false)', { field: 'local', problem: 'REQUIRED' });
      set.local = changes.local;
    }
    if (changes.chainLeader !== undefined) {
      if (changes.chainLeader === null)
        throw badInput('chainLeader：请选择是或否 (chainLeader cannot be cleared: say true or false)', {
          field: 'chainLeader',
          problem: 'REQUIRED',
        });
      set.chainLeader = changes.chainLeader;
    }
    for (const field of ['county', 'city', 'province'] as const) {
      if (changes[field] !== undefined) set[field] = optionalTextArg(changes[field] ?? null, field, PLACE_MAX_LENGTH);
    }
    if (changes.founded !== undefined) set.founded = changes.founded === null ? null : yearArg(changes.founded, 'founded');
    const clusterIds = membershipArg(changes.clusterIds, 'clusterIds');
    const segmentIds = membershipArg(changes.segmentIds, 'segmentIds');

    return this.writes.run(async (tx) => {
      const current = await this.enterpriseForEdit(tx, creditCode);
      requireClusterScope(editor, [...current.clusterIds, ...(clusterIds ?? [])], `企业 ${creditCode}`);
      requireVersion(expected, current, enterpriseValues(current), `企业 ${current.name}`);
      // A local firm's county is one of the city's (or one already known), as LOCATED_IN points at it.
      const local = (set.local as boolean | undefined) ?? current.local;
      const county = 'county' in set ? (set.county as string | null) : current.county;
      const countyToCheck =
        local && county !== null && ('county' in set || 'local' in set) && !HOME_COUNTY_NAMES.has(county) ? [county] : [];
      const refs = await this.references(tx, { clusterIds: clusterIds ?? [], segmentIds: segmentIds ?? [], counties: countyToCheck });
      if (refs.unknownClusters.length > 0)
        throw badInput(
          `clusterIds：没有集群 ${refs.unknownClusters.map((id) => shown(id)).join('、')} (unknown cluster ${refs.unknownClusters.map((id) => shown(id)).join(', ')})`,
          { field: 'clusterIds', unknown: refs.unknownClusters },
        );
      if (refs.unknownSegments.length > 0)
        throw badInput(
          `segmentIds：没有环节 ${refs.unknownSegments.map((id) => shown(id)).join('、')} (unknown segment ${refs.unknownSegments.map((id) => shown(id)).join(', ')})`,
          { field: 'segmentIds', unknown: refs.unknownSegments },
        );
      if (refs.unknownCounties.length > 0) {
        throw badInput(
          `county：本地企业的县市区应为 ${[...HOME_COUNTY_NAMES].join('、')} 之一 (unknown county ${shown(county!)} for a local firm: use one of the city's counties)`,
          { field: 'county' },
        );
      }
      // A changed place moves its region codes with it (as the importer derives them: server/shared/regions.ts).
      const placed = (['county', 'city', 'province'] as const).some((field) => field in set);
      const place = (field: 'county' | 'city' | 'province') => (field in set ? (set[field] as string | null) : current[field]);
      const region = placed ? firmRegion({ creditCode, county: place('county'), city: place('city'), province: place('province') }) : {};
      // the name and memberships are not in the kept figures (members are counted live)
      const touchesFigures = Object.keys(set).some((field) => field !== 'name') || segmentIds !== null;
      if (touchesFigures) await this.figures.subtractFirms(tx, [creditCode], segmentIds ?? []);
      const [row] = await tx.run<EnterpriseRecord & Record<string, unknown>>(this.q['enterprises/update'], {
        creditCode,
        set: { ...set, ...region },
        clusterIds,
        segmentIds,
        user: editor.id,
      });
      const before = enterpriseValues(current) as Record<string, unknown>;
      const after = { ...set, ...(clusterIds ? { clusterIds } : {}), ...(segmentIds ? { segmentIds } : {}) };
      await this.writes.record(tx, editor, {
        action: 'enterprise.update',
        entity: 'Enterprise',
        key: creditCode,
        before: pick(before, Object.keys(after)),
        after,
        subjects: [creditCode],
      });
      if (touchesFigures) await this.figures.addFirms(tx, [creditCode]);
      return row!;
    });
  }

  /** A firm in or out of a segment (the segment panel): a change of the firm, in its editor's scope. */
  async setSegment(
    rawCode: string,
    rawSegmentId: string,
    member: boolean,
    actor: Actor | null,
    expectedVersion?: number | null,
  ): Promise<{ creditCode: string; version: number }> {
    const editor = requirePermission(actor, 'data:write');
    const creditCode = creditCodeArg(rawCode, 'creditCode');
    const segmentId = idArg(rawSegmentId, 'segmentId');
    const expected = versionArg(expectedVersion);
    return this.writes.run(async (tx) => {
      const current = await this.enterpriseForEdit(tx, creditCode);
      requireClusterScope(editor, current.clusterIds, `企业 ${creditCode}`);
      requireVersion(expected, current, enterpriseValues(current), `企业 ${current.name}`);
      const refs = await this.references(tx, { segmentIds: [segmentId] });
      if (refs.unknownSegments.length > 0)
        throw badInput(`segmentId：没有环节 ${shown(segmentId)} (unknown segment ${shown(segmentId)})`, { field: 'segmentId' });
      await this.figures.subtractFirms(tx, [creditCode], [segmentId]);
      const [row] = await tx.run<{ wasMember: boolean; version: number }>(this.q['edits/set-segment'], {
        creditCode,
        segmentId,
        member,
        user: editor.id,
      });
      await this.writes.record(tx, editor, {
        action: 'enterprise.segment',
        entity: 'Enterprise',
        key: creditCode,
        before: { segmentId, member: row!.wasMember },
        after: { segmentId, member },
        subjects: [creditCode],
      });
      await this.figures.addFirms(tx, [creditCode]);
      return { creditCode, version: row!.version };
    });
  }

  // ---- yearly figures ----

  async upsertYear(
    rawCode: string,
    rawYear: number,
    changes: EnterpriseYearChanges,
    actor: Actor | null,
    expectedVersion?: number | null,
  ): Promise<EnterpriseYearRecord> {
    const editor = requirePermission(actor, 'data:write');
    const creditCode = creditCodeArg(rawCode, 'creditCode');
    const year = yearArg(rawYear, 'year');
    const expected = versionArg(expectedVersion);
    const set: Record<string, unknown> = {};
    for (const field of ['revenue', 'rdSpend'] as const) {
      const value = changes[field];
      if (value !== undefined) set[field] = value === null ? null : nonNegativeArg(value, field);
    }
    if (changes.highValuePatents !== undefined)
      set.highValuePatents = changes.highValuePatents === null ? null : ruled(checkCount(changes.highValuePatents), 'highValuePatents');
    if (changes.srdiLevel !== undefined) {
      if (changes.srdiLevel !== null && !SRDI_LEVELS.includes(changes.srdiLevel))
        throw badInput(`srdiLevel：未知等级 (unknown level ${shown(String(changes.srdiLevel))})`, { field: 'srdiLevel' });
      set.srdiLevel = changes.srdiLevel;
    }
    for (const field of ['aboveScale', 'smartFactory', 'digitalTransformation', 'greenList', 'greenDiagnosis'] as const) {
      if (changes[field] !== undefined) set[field] = changes[field];
    }
    return this.writes.run(async (tx) => {
      const [current] = await tx.run<{ exists: boolean; figures: Record<string, unknown> | null } & Current & Record<string, unknown>>(
        this.q['edits/year-for-edit'],
        { creditCode, year },
      );
      if (!current)
        throw notFound(`没有统一社会信用代码为 ${creditCode} 的企业 (no enterprise has the credit code ${creditCode})`, {
          field: 'creditCode',
        });
      await this.requireFirmScope(tx, editor, [creditCode], `企业 ${creditCode}`);
      requireVersion(expected, current, current.figures ?? {}, `${creditCode} 的 ${year} 年数据`);
      // of a firm's yearly figures only revenue and 专精特新 level are in the kept figures
      const touchesFigures = 'revenue' in set || 'srdiLevel' in set;
      if (touchesFigures) await this.figures.subtractFirms(tx, [creditCode]);
      const [row] = await tx.run<EnterpriseYearRecord & Record<string, unknown>>(this.q['edits/upsert-year'], {
        creditCode,
        year,
        set,
        user: editor.id,
      });
      await this.writes.record(tx, editor, {
        action: 'enterpriseYear.upsert',
        entity: 'EnterpriseYear',
        key: `${creditCode}:${year}`,
        before: current.exists ? pick(current.figures ?? {}, Object.keys(set)) : null,
        after: set,
        subjects: [creditCode],
      });
      if (touchesFigures) await this.figures.addFirms(tx, [creditCode]);
      const figures = row as EnterpriseYearRecord;
      return {
        ...figures,
        ...revenueFor(editor, figures.revenue),
        rdSpend: rdSpendFor(editor, figures.rdSpend),
        rdIntensity: rdIntensity(figures.rdSpend, figures.revenue),
      };
    });
  }

  // ---- supply links ----

  /** Editors: only links whose firms belong to their clusters and no other (FORBIDDEN otherwise). */
  async upsertSupplyLink(change: SupplyLinkChange, actor: Actor | null, expectedVersion?: number | null): Promise<SupplyLinkResult> {
    const editor = requirePermission(actor, 'data:write');
    const key = supplyLinkKey(change);
    const expected = versionArg(expectedVersion);
    const annualValue = nonNegativeArg(change.annualValue, 'annualValue');
    const product = optionalTextArg(change.product ?? null, 'product', PRODUCT_MAX_LENGTH);
    return this.writes.run(async (tx) => {
      const refs = await this.references(tx, { codes: [key.supplierCode, key.buyerCode], segmentIds: [key.segmentId] });
      if (refs.unknownEnterprises.length > 0) {
        const field = refs.unknownEnterprises.includes(key.supplierCode) ? 'supplierCode' : 'buyerCode';
        throw badInput(
          `${field}：没有统一社会信用代码为 ${refs.unknownEnterprises.join('、')} 的企业，请先导入该企业 (no enterprise has the credit code ${refs.unknownEnterprises.join(', ')}: import or create it first)`,
          { field, unknown: refs.unknownEnterprises },
        );
      }
      if (refs.unknownSegments.length > 0)
        throw badInput(`segmentId：没有环节 ${shown(key.segmentId)} (unknown segment ${shown(key.segmentId)})`, { field: 'segmentId' });
      return this.writeSupplyLink(tx, editor, key, expected, {
        action: 'supplyLink.upsert',
        statement: 'enterprises/upsert-supply-link',
        after: { annualValue, product },
      });
    });
  }

  async deleteSupplyLink(rawKey: SupplyLinkKey, actor: Actor | null, expectedVersion?: number | null): Promise<SupplyLinkResult> {
    const editor = requirePermission(actor, 'data:write');
    const key = supplyLinkKey(rawKey);
    const expected = versionArg(expectedVersion);
    return this.writes.run((tx) =>
      this.writeSupplyLink(tx, editor, key, expected, {
        action: 'supplyLink.delete',
        statement: 'enterprises/delete-supply-link',
        after: null,
      }),
    );
  }

  /**
   * The part an upsert and a delete share: both firms in the editor's scope, the link as expected (a delete needs
   * one), the write, and the audit entry with the link's figures before and after (`after` null: the link goes).
   */
  private async writeSupplyLink(
    tx: Tx,
    editor: Actor,
    key: Required<SupplyLinkKey>,
    expected: number | null,
    change: {
      action: 'supplyLink.upsert' | 'supplyLink.delete';
      statement: 'enterprises/upsert-supply-link' | 'enterprises/delete-supply-link';
      after: { annualValue: number | null; product: string | null } | null;
    },
  ): Promise<SupplyLinkResult> {
    const what = `供应关系 ${key.supplierCode} → ${key.buyerCode}`;
    await this.requireFirmScope(tx, editor, [key.supplierCode, key.buyerCode], what);
    const current = await this.supplyLinkForEdit(tx, key);
    if (!current.exists && !change.after)
      throw notFound(
        `没有这条供应关系 (no supply link ${key.supplierCode} → ${key.buyerCode} in segment ${shown(key.segmentId)}, year ${key.year})`,
      );
    const before = current.exists ? { annualValue: current.annualValue, product: current.product } : null;
    requireVersion(expected, current, before, what);
    const [row] = await tx.run<SupplyLinkRecord & Record<string, unknown>>(this.q[change.statement], {
      ...key,
      ...change.after,
      user: editor.id,
    });
    const link = toSupplyLink(row!, editor);
    await this.writes.record(tx, editor, {
      action: change.action,
      entity: 'SupplyLink',
      key: link.id,
      before,
      after: change.after,
      subjects: [key.supplierCode, key.buyerCode],
    });
    return link;
  }

  // ---- collaborations ----

  async addCollaboration(change: CollaborationChange, actor: Actor | null): Promise<CollaborationResult> {
    const editor = requirePermission(actor, 'data:write');
    const key = collaborationKey(change);
    const title = optionalTextArg(change.title ?? null, 'title', PRODUCT_MAX_LENGTH);
    return this.writes.run(async (tx) => {
      await this.requireFirmScope(tx, editor, [key.creditCode], `企业 ${key.creditCode}`);
      const [row] = await tx.run<CollaborationRow & { before: { title: string | null } | null } & Record<string, unknown>>(
        this.q['edits/add-collaboration'],
        { ...key, title, user: editor.id },
      );
      if (!row)
        throw badInput(`instituteId：没有机构 ${shown(key.instituteId)} (unknown institute ${shown(key.instituteId)})`, {
          field: 'instituteId',
        });
      const result = toCollaboration(row, key.creditCode);
      await this.writes.record(tx, editor, {
        action: 'collaboration.add',
        entity: 'Collaboration',
        key: result.id,
        before: row.before,
        after: { title },
        subjects: [key.creditCode],
      });
      return result;
    });
  }

  async removeCollaboration(rawKey: CollaborationKey, actor: Actor | null): Promise<CollaborationResult> {
    const editor = requirePermission(actor, 'data:write');
    const key = collaborationKey(rawKey);
    return this.writes.run(async (tx) => {
      await this.requireFirmScope(tx, editor, [key.creditCode], `企业 ${key.creditCode}`);
      const [row] = await tx.run<CollaborationRow & Record<string, unknown>>(this.q['edits/remove-collaboration'], key);
      if (!row)
        throw notFound(
          `没有这项合作 (no collaboration of ${shown(key.instituteId)} with ${key.creditCode}, ${key.kind}, year ${key.year})`,
        );
      const result = toCollaboration(row, key.creditCode);
      await this.writes.record(tx, editor, {
        action: 'collaboration.remove',
        entity: 'Collaboration',
        key: result.id,
        before: { title: row.title },
        after: null,
        subjects: [key.creditCode],
      });
      return result;
    });
  }

  // ---- what the edit forms read ----

  async supplyLinksOf(
    rawCode: string,
    direction: string | null | undefined,
    first: number | null | undefined,
    actor: Actor | null,
  ): Promise<SupplyLinkResult[]> {
    requirePermission(actor, 'graph:read');
    const limit = firstArg(first, 'top', SUPPLY_LINKS_PAGE);
    const rows = await this.db.read<SupplyLinkRecord & Record<string, unknown>>(this.q['edits/supply-links-of'], {
      creditCode: rawCode,
      direction: direction ?? 'BOTH',
      limit,
    });
    // Supply values follow the caller's role as everywhere (server/auth/disclosure.ts).
    return rows.map((row) => toSupplyLink(row, actor!));
  }

  async collaborationsOf(creditCode: string, actor: Actor | null): Promise<CollaborationResult[]> {
    requirePermission(actor, 'graph:read');
    const rows = await this.db.read<CollaborationRow & Record<string, unknown>>(this.q['edits/collaborations-of'], { creditCode });
    return rows.map((row) => toCollaboration(row, creditCode));
  }

  async institutes(actor: Actor | null): Promise<InstituteRecord[]> {
    requirePermission(actor, 'graph:read');
    return this.db.read<InstituteRecord & Record<string, unknown>>(this.q['edits/institutes'], {});
  }

  async chainSegments(chainIds: readonly string[], actor: Actor | null): Promise<SegmentRecord[]> {
    requirePermission(actor, 'graph:read');
    if (chainIds.length > MAX_CHAINS)
      throw badInput(`chainIds：最多 ${MAX_CHAINS} 条产业链 (${MAX_CHAINS} chains at most)`, { field: 'chainIds' });
    const ids = [...new Set(chainIds.map((id) => idArg(id, 'chainIds')))];
    return this.db.read<SegmentRecord & Record<string, unknown>>(this.q['edits/chain-segments'], { chainIds: ids });
  }

  /** A firm's recent changes with display names; figures only for roles that see exact figures. */
  async recentChanges(creditCode: string, first: number | null | undefined, actor: Actor | null): Promise<EnterpriseChangeEntry[]> {
    requirePermission(actor, 'graph:read');
    const limit = firstArg(first, 'top', RECENT_CHANGES_PAGE);
    const rows = await this.db.read<
      Omit<EnterpriseChangeEntry, 'userName'> & { userId: string; userName: string | null } & Record<string, unknown>
    >(this.q['edits/recent-changes'], { creditCode, limit });
    const figures = can(actor, 'revenue:exact');
    return rows.map(({ userId, userName, ...row }) => ({
      ...row,
      userName: userName ?? (userId === 'system' ? '系统 (system)' : userId),
      before: figures ? row.before : withoutFigures(row.before),
      after: figures ? row.after : withoutFigures(row.after),
    }));
  }

  // ---- helpers ----

  private async enterpriseForEdit(tx: Tx, creditCode: string): Promise<EnterpriseForEdit> {
    const [current] = await tx.run<EnterpriseForEdit & Record<string, unknown>>(this.q['edits/enterprise-for-edit'], { creditCode });
    if (!current)
      throw notFound(`没有统一社会信用代码为 ${creditCode} 的企业 (no enterprise has the credit code ${creditCode})`, {
        field: 'creditCode',
      });
    return current;
  }

  private async supplyLinkForEdit(
    tx: Tx,
    key: Required<SupplyLinkKey>,
  ): Promise<Current & { exists: boolean; annualValue: number | null; product: string | null }> {
    const [row] = await tx.run<Current & { exists: boolean; annualValue: number | null; product: string | null } & Record<string, unknown>>(
      this.q['edits/supply-link-for-edit'],
      key,
    );
    return row ?? { exists: false, annualValue: null, product: null, version: 0, updatedByName: null, updatedAt: null };
  }

  /** A change touches the clusters of every firm it concerns. */
  private async requireFirmScope(tx: Tx, actor: Actor, codes: string[], what: string): Promise<void> {
    if (actor.role === 'admin') return;
    const rows = await tx.run<{ clusterIds: string[] }>(this.q['enterprises/cluster-ids-by-codes'], { codes });
    requireClusterScope(
      actor,
      rows.flatMap((row) => row.clusterIds),
      what,
    );
  }

  private async references(
    tx: Tx,
    wanted: { codes?: string[]; clusterIds?: readonly string[]; segmentIds?: readonly string[]; counties?: string[] },
  ): Promise<References> {
    const [row] = await tx.run<References & Record<string, unknown>>(this.q['enterprises/check-references'], {
      codes: wanted.codes ?? [],
      clusterIds: wanted.clusterIds ?? [],
      segmentIds: wanted.segmentIds ?? [],
      counties: wanted.counties ?? [],
    });
    return row!;
  }
}

interface CollaborationRow {
  instituteId: string;
  instituteName: string;
  instituteKind: string | null;
  kind: string;
  year: number;
  title: string | null;
}

function toCollaboration(row: CollaborationRow, creditCode: string): CollaborationResult {
  return {
    id: collaborationEdgeId(row.instituteId, creditCode, row.kind, row.year),
    institute: { id: row.instituteId, name: row.instituteName, kind: row.instituteKind, city: null },
    creditCode,
    kind: row.kind,
    year: row.year,
    title: row.title,
  };
}

/** expectedVersion: absent = no check; else a whole number >= 0. */
function versionArg(raw: number | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  if (!Number.isInteger(raw) || raw < 0)
    throw badInput(`expectedVersion：应为非负整数 (expectedVersion must be a whole number >= 0, got ${raw})`, { field: 'expectedVersion' });
  return raw;
}

/**
 * The version check: the edit names the version it started from; when the entity has changed
 * since, CONFLICT with what is there now and who changed it, and nothing is written.
 */
function requireVersion(expected: number | null, current: Current, values: unknown, what: string): void {
  if (expected === null || expected === current.version) return;
  const by = current.updatedByName ?? '导入或其他用户';
  const byEn = current.updatedByName ?? 'an import or another user';
  throw new AppError(
    'CONFLICT',
    `${what}在您打开后已被${by}修改（第 ${expected} 版 → 第 ${current.version} 版），您的修改没有保存；请查看改动后重新加载，或确认覆盖 ` +
      `(${what} was changed by ${byEn} since you opened it (version ${expected}, now ${current.version}); your change was not saved: reload, or save over it knowingly)`,
    { currentVersion: current.version, current: values, changedBy: current.updatedByName, changedAt: current.updatedAt },
  );
}

function enterpriseValues(e: EnterpriseForEdit) {
  return {
    name: e.name,
    local: e.local,
    county: e.county,
    city: e.city,
    province: e.province,
    founded: e.founded,
    chainLeader: e.chainLeader,
    clusterIds: e.clusterIds,
    segmentIds: e.segmentIds,
  };
}

function pick(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, record[key] ?? null]));
}

/** A membership list: null/undefined keeps the current one; ids are checked and deduplicated. */
function membershipArg(ids: readonly string[] | null | undefined, field: string): string[] | null {
  if (ids === null || ids === undefined) return null;
  if (ids.length > MAX_MEMBERSHIPS) throw badInput(`${field}：最多 ${MAX_MEMBERSHIPS} 个 (${MAX_MEMBERSHIPS} at most)`, { field });
  return [...new Set(ids.map((id) => idArg(id, field)))];
}

function supplyLinkKey(key: SupplyLinkKey): Required<{ [K in keyof SupplyLinkKey]: NonNullable<SupplyLinkKey[K]> }> {
  const supplierCode = creditCodeArg(key.supplierCode, 'supplierCode');
  const buyerCode = creditCodeArg(key.buyerCode, 'buyerCode');
  if (supplierCode === buyerCode)
    throw badInput('buyerCode：企业不能向自己供货 (a firm cannot supply itself: supplierCode and buyerCode must differ)', {
      field: 'buyerCode',
      problem: 'SELF_SUPPLY',
    });
  return { supplierCode, buyerCode, segmentId: idArg(key.segmentId, 'segmentId'), year: linkYearArg(key.year, 'year') };
}

function collaborationKey(key: CollaborationKey): { instituteId: string; creditCode: string; kind: string; year: number } {
  const kind = collaborationKind(key.kind.trim());
  if (!kind.ok) throw badInput(`kind：${kind.message.zh} (kind: ${kind.message.en})`, { field: 'kind', problem: kind.code });
  return {
    instituteId: idArg(key.instituteId, 'instituteId'),
    creditCode: creditCodeArg(key.creditCode, 'creditCode'),
    kind: kind.value,
    year: linkYearArg(key.year, 'year'),
  };
}

/** A link as the caller may see it (server/auth/disclosure.ts): roles that see bands get the value's band only. */
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

function withoutFigures(json: string | null): string | null {
  if (json === null) return null;
  try {
    const value = JSON.parse(json) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const copy = { ...(value as Record<string, unknown>) };
      for (const key of FIGURE_KEYS) if (key in copy) copy[key] = '***';
      return JSON.stringify(copy);
    }
  } catch {
    /* not an image we wrote */
  }
  return json;
}
