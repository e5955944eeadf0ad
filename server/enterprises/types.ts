import type { SrdiLevel, Stage } from '#shared/enums.js';

/** An Enterprise node's own properties, as the API returns them. */
export interface EnterpriseRecord {
  creditCode: string;
  name: string;
  local: boolean;
  county: string | null;
  city: string | null;
  province: string | null;
  founded: number | null;
  /** year dissolved or moved away (注销/迁出); null: still present */
  dissolved: number | null;
  chainLeader: boolean;
  products: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
  /** counts the changes (edits and imports); an edit names the version it started from */
  version: number;
  /** the display name of updatedBy (by-codes only) */
  updatedByName?: string | null;
}

/** A firm's identity and place: what a list of firms shows of each (local and chainLeader never null). */
export type EnterpriseCore = Pick<EnterpriseRecord, 'creditCode' | 'name' | 'local' | 'county' | 'city' | 'province' | 'chainLeader'>;

/**
 * What any resolver may hand over as a GraphQL `Enterprise` (the codegen mapper): at least the
 * credit code. Properties left out are loaded by credit code (batched), so other features can
 * return whatever subset of the node they already have.
 */
export type EnterpriseParent = Pick<EnterpriseRecord, 'creditCode'> & Partial<EnterpriseRecord>;

export interface EnterpriseYearRecord {
  year: number;
  /** null for callers who see only the band (viewers) */
  revenue: number | null;
  revenueBand: string | null;
  /** null for callers who do not see exact figures (viewers): see rdIntensity */
  rdSpend: number | null;
  /** rdSpend / revenue × 100, for every role (null without both) */
  rdIntensity: number | null;
  aboveScale: boolean | null;
  srdiLevel: SrdiLevel | null;
  highValuePatents: number | null;
  smartFactory: boolean | null;
  digitalTransformation: boolean | null;
  greenList: boolean | null;
  greenDiagnosis: boolean | null;
  /** counts the changes of this year's figures */
  version: number;
}

export interface SegmentRecord {
  id: string;
  name: string;
  stage: Stage;
  order: number;
  chainId: string;
}

export interface SupplyCounts {
  supplierCount: number;
  customerCount: number;
}

export interface SupplyLinkRecord {
  id: string;
  supplierCode: string;
  buyerCode: string;
  segmentId: string;
  year: number;
  annualValue: number;
  product: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
  version: number;
}
